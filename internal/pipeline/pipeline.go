package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/entente-news/entente/internal/dedup"
	"github.com/entente-news/entente/internal/extract"
	"github.com/entente-news/entente/internal/ingest"
	"github.com/entente-news/entente/internal/news"
)

// Putter is the part of news.Store an ingest needs.
type Putter interface {
	Put(ctx context.Context, batch []*news.Article) (news.PutResult, error)
}

// Options tune an ingest; the zero value is sensible.
type Options struct {
	Workers   int    // extraction workers; 0 means GOMAXPROCS
	BatchSize int    // articles per transaction; 0 means 256
	Source    string // source for articles that carry none (the demo sets "entente-demo")
	// Analyze runs the NLP and analysis stages (actors, quotes, amounts,
	// tone) on every article; without it articles are only cleaned and stored.
	Analyze bool
	// Progress, when set, is called from one goroutine about every Every.
	Progress func(Progress)
	Every    time.Duration // 0 means 200ms
}

// item travels from the reader to the workers: a raw document or a problem.
type item struct {
	raw  news.Raw
	skip string // reason, when the reader skipped a record
	err  error  // a bad record or file
	name string
	seq  int // reading order, kept by the writer so IDs follow the inputs
}

// Ingest reads every input, extracts its articles and stores them in batches.
// It returns a non-nil error only when the store fails or ctx ends; problems
// with single inputs are listed in the Summary. Articles extracted before a
// cancellation are still committed.
func Ingest(ctx context.Context, store Putter, inputs []Input, opt Options) (*Summary, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.Every <= 0 {
		opt.Every = 200 * time.Millisecond
	}
	var enr *enricher
	if opt.Analyze {
		var err error
		if enr, err = newEnricher(); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	sum := &Summary{Skipped: map[string]int{}}
	var files, articles atomic.Int64
	var bytesRead atomic.Int64
	var total int64
	for _, in := range inputs {
		total += in.Size
	}

	// The reader stops on readCtx, which ends with ctx or when the writer fails.
	readCtx, stopRead := context.WithCancel(ctx)
	defer stopRead()
	items := make(chan item, 64)
	go func() {
		defer close(items)
		var seq int
		for _, in := range inputs {
			if readCtx.Err() != nil {
				return
			}
			readInput(readCtx, in, items, &seq, &bytesRead)
			files.Add(1)
		}
	}()

	// Each item yields exactly one result, so the writer can put them back
	// in reading order: workers finish out of order, and stored IDs, and
	// with them which of two near-duplicates founds the cluster, would
	// otherwise change from run to run.
	type result struct {
		art  *news.Article
		item item  // the item itself when it was skipped or failed
		note error // a problem with an article that is still stored
	}
	results := make(chan result, 64)
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				if it.skip != "" || it.err != nil {
					results <- result{item: it}
					continue
				}
				a, err := extract.Article(it.raw)
				if err != nil {
					it.err = fmt.Errorf("extract: %w", err)
					results <- result{item: it}
					continue
				}
				var note error
				if a.Source == "" {
					a.Source = opt.Source
				}
				if a.Language == "" {
					a.Language = language(a.Text)
				}
				sig := dedup.Signature(a.Text)
				a.Signature, a.Bands = sig[:], sig.Bands()
				if enr != nil {
					if n := enr.enrich(a); n > 0 {
						note = fmt.Errorf("analysis: dropped %d findings outside the text", n)
					}
				}
				articles.Add(1)
				results <- result{art: a, item: item{name: it.name, seq: it.seq}, note: note}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	report := func() {
		if opt.Progress != nil {
			opt.Progress(Progress{
				Files: int(files.Load()), FilesTotal: len(inputs),
				Articles: int(articles.Load()),
				Bytes:    bytesRead.Load(), BytesTotal: total,
				Elapsed: time.Since(start),
			})
		}
	}
	// Commits use a context that outlives ctx, so that Ctrl-C still commits
	// what was already extracted instead of losing it.
	commitCtx := context.WithoutCancel(ctx)
	batch := make([]*news.Article, 0, opt.BatchSize)
	var storeErr error
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			batch = batch[:0]
			return
		}
		r, err := store.Put(commitCtx, batch)
		if err != nil {
			storeErr = fmt.Errorf("store: %w", err)
			stopRead()
		}
		sum.Stored += r.Stored
		sum.Duplicates += r.Duplicates
		batch = batch[:0]
	}
	problem := func(name string, err error) {
		// Readers name the input in their errors already.
		msg := strings.TrimPrefix(err.Error(), name+": ")
		sum.Errors = append(sum.Errors, Problem{Name: name, Err: msg})
	}
	lastFlush := time.Now()
	take := func(r result) {
		switch {
		case r.art != nil:
			if r.note != nil {
				problem(r.item.name, r.note)
			}
			batch = append(batch, r.art)
			if len(batch) >= opt.BatchSize {
				flush()
				lastFlush = time.Now()
			}
		case r.item.skip != "":
			sum.Skipped[r.item.skip]++
		case r.item.err != nil:
			problem(r.item.name, r.item.err)
		}
	}
	pending := map[int]result{}
	next := 0
	tick := time.NewTicker(opt.Every)
	defer tick.Stop()
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			pending[r.item.seq] = r
			for p, ok := pending[next]; ok; p, ok = pending[next] {
				delete(pending, next)
				take(p)
				next++
			}
		case <-tick.C:
			report()
			// A slow trickle of articles still reaches the disk every few seconds.
			if time.Since(lastFlush) > 2*time.Second {
				flush()
				lastFlush = time.Now()
			}
		}
	}
	flush()
	report()
	sum.Files = int(files.Load())
	sum.Bytes = bytesRead.Load()
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, storeErr
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("ingest interrupted after %d files: %w", sum.Files, err)
	}
	return sum, nil
}

// readInput sends one input's documents and problems to items.
func readInput(ctx context.Context, in Input, items chan<- item, seq *int, n *atomic.Int64) {
	send := func(it item) error {
		it.seq = *seq
		select {
		case items <- it:
			*seq++
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	rc, err := in.Open()
	if err != nil {
		send(item{name: in.Name, err: err})
		return
	}
	defer rc.Close()
	sink := ingest.Sink{
		Doc:   func(r news.Raw) error { return send(item{raw: r, name: r.Name}) },
		Skip:  func(name, reason string) { send(item{name: name, skip: reason}) },
		Error: func(name string, err error) { send(item{name: name, err: err}) },
	}
	err = ingest.Read(ctx, in.Name, &counter{r: rc, n: n}, sink)
	if err != nil && !errors.Is(err, context.Canceled) {
		send(item{name: in.Name, err: err})
	}
}

// counter counts bytes as they are read, for MB/s in progress reports.
type counter struct {
	r io.Reader
	n *atomic.Int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
