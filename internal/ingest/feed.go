package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS, RDF or Atom feed; each item with content becomes a
// Raw. Body is the item's HTML as the feed carried it (content:encoded, else
// the description), a fragment rather than a page: wrapping it would add
// markup the feed never had, and HTML parsers accept fragments.
func readFeed(ctx context.Context, name string, r io.Reader, sink Sink) error {
	b, err := readAll(r)
	if err != nil {
		return err
	}
	feed, err := parseFeed(b)
	if err != nil {
		return fmt.Errorf("%w: feed: %v", news.ErrInvalid, err)
	}
	for i, it := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		iname := fmt.Sprintf("%s#item %d", name, i+1)
		if it == nil {
			continue
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		if strings.TrimSpace(body) == "" {
			sink.skip(iname, "feed: item without content")
			continue
		}
		raw := news.Raw{
			Name:     iname,
			Format:   news.FormatFeed,
			HTML:     true,
			Body:     []byte(body),
			URL:      strings.TrimSpace(it.Link),
			Title:    strings.TrimSpace(it.Title),
			Author:   authors(it),
			Source:   strings.TrimSpace(feed.Title),
			Language: strings.TrimSpace(feed.Language),
		}
		if raw.URL == "" && len(it.Links) > 0 {
			raw.URL = strings.TrimSpace(it.Links[0])
		}
		raw.Published = itemTime(it)
		if err := sink.doc(raw); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed runs gofeed, turning a panic into an error: it is a third-party
// parser fed untrusted bytes, and one bad feed must not end a batch.
func parseFeed(b []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("parser panic: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(b))
}

func authors(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil {
		return strings.TrimSpace(it.Author.Name)
	}
	return strings.Join(names, ", ")
}

func itemTime(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return *it.PublishedParsed
	case it.UpdatedParsed != nil:
		return *it.UpdatedParsed
	}
	return time.Time{}
}
