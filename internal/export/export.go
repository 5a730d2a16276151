package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// A Store is what export reads: the store's read contracts, and nothing
// that writes. *sqlite.DB implements it.
type Store interface {
	List(ctx context.Context, f news.Filter) ([]*news.Article, error)
	Article(ctx context.Context, id int64) (*news.Article, error)
	Quotes(ctx context.Context, f news.QuoteFilter) ([]news.QuoteHit, error)
	Events(ctx context.Context, f news.EventFilter) ([]news.EventHit, error)
}

// Names finds a knowledge-base actor by ID; *kb.KB implements it.
type Names interface {
	Actor(id news.ActorID) (*news.Actor, bool)
}

// Kinds and Formats export knows, in the order help texts list them.
var (
	Kinds   = []string{"articles", "quotes", "events"}
	Formats = []string{"jsonl", "csv", "parquet", "gdelt"}
)

// Options say what to export and how.
type Options struct {
	Kind   string // "articles", "quotes" or "events"
	Format string // "jsonl", "csv", "parquet" or "gdelt" (events only)

	// Filter narrows the records as the store's listings do: for events
	// From and To bound the event's date, otherwise the article's. Limit
	// caps the number of records exported (0: all); Offset skips records.
	Filter news.Filter
	// Actor, SourceActor, TargetActor and Type narrow events as
	// news.EventFilter does; Speaker narrows quotes.
	Actor, SourceActor, TargetActor news.ActorID
	Type                            string
	Speaker                         news.ActorID
	// All exports unrealised events too (negated, threatened, promised,
	// hypothetical); by default only realised events are exported, and the
	// GDELT format, whose events are all realised, refuses All. For
	// quotes, All exports every article's telling of a quote; by default
	// each quote is one record, its first telling with its counts.
	All bool

	// Names, when set, fills actor names and people's CAMEO codes.
	Names Names
	// PageSize is how many records are read from the store at once; 0
	// means 1000, the most the SQLite store returns at once (100 for
	// articles, which carry their text).
	PageSize int
	// Progress, when set, is called after each page with the records
	// written so far.
	Progress func(written int)
}

// A Summary counts what an export did.
type Summary struct {
	Written int `json:"written"`
	// Skipped counts records the format cannot hold: GDELT events with no
	// date, neither their own nor their article's.
	Skipped int `json:"skipped"`
}

// Check reports whether opt names a known kind and format that go together,
// so that a caller can refuse before creating any file.
func (opt Options) Check() error {
	if !known(Kinds, opt.Kind) {
		return fmt.Errorf("kind %q: want one of %s: %w", opt.Kind, strings.Join(Kinds, ", "), news.ErrInvalid)
	}
	if !known(Formats, opt.Format) {
		return fmt.Errorf("format %q: want one of %s: %w", opt.Format, strings.Join(Formats, ", "), news.ErrInvalid)
	}
	if opt.Format == "gdelt" && opt.Kind != "events" {
		return fmt.Errorf("format gdelt holds events, not %s: %w", opt.Kind, news.ErrInvalid)
	}
	if opt.Format == "gdelt" && opt.All {
		return fmt.Errorf("format gdelt holds realised events only, so it takes no --all: %w", news.ErrInvalid)
	}
	if opt.Filter.Limit < 0 || opt.Filter.Offset < 0 {
		return fmt.Errorf("negative limit %d or offset %d: %w", opt.Filter.Limit, opt.Filter.Offset, news.ErrInvalid)
	}
	return nil
}

func known(list []string, s string) bool {
	for _, k := range list {
		if k == s {
			return true
		}
	}
	return false
}

// Write exports the records opt selects from s to w. It stops at the first
// error, after which w holds a partial export: callers writing a file
// should write to a temporary one and rename it on success.
func Write(ctx context.Context, w io.Writer, s Store, opt Options) (Summary, error) {
	if err := opt.Check(); err != nil {
		return Summary{}, err
	}
	switch opt.Kind {
	case "articles":
		return stream(ctx, w, articlePager(s, opt), articleSinks(opt), opt)
	case "quotes":
		return stream(ctx, w, quotePager(s, opt), quoteSinks(opt), opt)
	default:
		return stream(ctx, w, eventPager(s, opt), eventSinks(ctx, s, opt), opt)
	}
}

// A pager reads one page of records at offset.
type pager[R any] func(ctx context.Context, offset, limit int) ([]R, error)

// A sink encodes records of one kind in one format. write returns false
// for a record it skips.
type sink[R any] interface {
	write(r R) (bool, error)
	close() error
}

// sinks builds a kind's sink for each format on w.
type sinks[R any] map[string]func(w io.Writer) (sink[R], error)

func stream[R any](ctx context.Context, w io.Writer, next pager[R], mk sinks[R], opt Options) (Summary, error) {
	var sum Summary
	newSink, ok := mk[opt.Format]
	if !ok {
		return sum, fmt.Errorf("%s as %s: %w", opt.Kind, opt.Format, news.ErrInvalid)
	}
	out, err := newSink(w)
	if err != nil {
		return sum, fmt.Errorf("%s: %w", opt.Format, err)
	}
	size := opt.PageSize
	if size <= 0 {
		size = 1000
		if opt.Kind == "articles" {
			size = 100
		}
	}
	offset, left := opt.Filter.Offset, opt.Filter.Limit
	for {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		n := size
		if opt.Filter.Limit > 0 {
			n = min(n, left)
		}
		page, err := next(ctx, offset, n)
		if err != nil {
			return sum, fmt.Errorf("%s at %d: %w", opt.Kind, offset, err)
		}
		// An empty page, not a short one, ends the export: a store may cap
		// a page below what was asked for.
		if len(page) == 0 {
			break
		}
		for _, r := range page {
			ok, err := out.write(r)
			if err != nil {
				return sum, fmt.Errorf("%s record %d: %w", opt.Kind, sum.Written+sum.Skipped+1, err)
			}
			if ok {
				sum.Written++
			} else {
				sum.Skipped++
			}
		}
		offset += len(page)
		if opt.Filter.Limit > 0 {
			if left -= len(page); left <= 0 {
				break
			}
		}
		if opt.Progress != nil {
			opt.Progress(sum.Written)
		}
	}
	if err := out.close(); err != nil {
		return sum, fmt.Errorf("%s: %w", opt.Format, err)
	}
	if opt.Progress != nil {
		opt.Progress(sum.Written)
	}
	return sum, nil
}

func articlePager(s Store, opt Options) pager[*news.Article] {
	return func(ctx context.Context, offset, limit int) ([]*news.Article, error) {
		f := opt.Filter
		f.Offset, f.Limit = offset, limit
		list, err := s.List(ctx, f)
		if err != nil {
			return nil, err
		}
		// List leaves out the text and the analyses; Article has them.
		for i, a := range list {
			full, err := s.Article(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			list[i] = full
		}
		return list, nil
	}
}

func quotePager(s Store, opt Options) pager[news.QuoteHit] {
	return func(ctx context.Context, offset, limit int) ([]news.QuoteHit, error) {
		f := news.QuoteFilter{Speaker: opt.Speaker, Mentions: opt.All, Filter: opt.Filter}
		f.Offset, f.Limit = offset, limit
		return s.Quotes(ctx, f)
	}
}

func eventPager(s Store, opt Options) pager[news.EventHit] {
	return func(ctx context.Context, offset, limit int) ([]news.EventHit, error) {
		f := news.EventFilter{Actor: opt.Actor, Source: opt.SourceActor, Target: opt.TargetActor,
			Type: opt.Type, Realized: !opt.All, Filter: opt.Filter}
		f.Offset, f.Limit = offset, limit
		return s.Events(ctx, f)
	}
}
