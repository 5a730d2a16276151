package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// putter is a fake store that keeps articles in memory and treats a repeated
// URL as a duplicate, as the real stores do.
type putter struct {
	mu      sync.Mutex
	seen    map[string]bool
	batches int
	fail    error
	order   []string          // every URL put, in order
	langs   map[string]string // language by title
}

func (p *putter) Put(_ context.Context, batch []*news.Article) (news.PutResult, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return news.PutResult{}, p.fail
	}
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	p.batches++
	var r news.PutResult
	for _, a := range batch {
		p.order = append(p.order, a.URL)
		if p.langs == nil {
			p.langs = map[string]string{}
		}
		p.langs[a.Title] = a.Language
		key := a.URL + "|" + a.Hash
		if p.seen[key] {
			r.Duplicates++
			continue
		}
		p.seen[key] = true
		r.Stored++
	}
	return r, nil
}

func corpus(n int) fstest.MapFS {
	fs := fstest.MapFS{}
	var jsonl strings.Builder
	for i := range n {
		fmt.Fprintf(&jsonl, `{"url":"https://example.org/%d","title":"Talks round %d","text":"Delegations met for round %d of talks in Minsk."}`+"\n", i, i, i)
	}
	fs["a/many.jsonl"] = &fstest.MapFile{Data: []byte(jsonl.String())}
	fs["a/again.jsonl"] = &fstest.MapFile{Data: []byte(jsonl.String())}
	fs["b/empty.txt"] = &fstest.MapFile{Data: nil}
	fs["b/note.txt"] = &fstest.MapFile{Data: []byte("Gas price agreed\n\nBelarus will pay less for Russian gas from January, officials said.\n")}
	fs["README.md"] = &fstest.MapFile{Data: []byte("not an article")}
	return fs
}

func TestIngest(t *testing.T) {
	inputs, err := FS(corpus(300), ".")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		opt     Options
		batches int // at least
	}{
		{"one worker and small batches", Options{Workers: 1, BatchSize: 7}, 43},
		{"many workers and the default batch", Options{Workers: 4}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &putter{}
			sum, err := Ingest(context.Background(), p, inputs, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Stored != 301 || sum.Duplicates != 300 {
				t.Errorf("stored %d, duplicates %d; want 301 and 300", sum.Stored, sum.Duplicates)
			}
			if sum.Files != 4 {
				t.Errorf("files = %d, want 4 (README skipped)", sum.Files)
			}
			if len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0].Name, "empty.txt") {
				t.Errorf("errors = %v, want one for empty.txt", sum.Errors)
			}
			if p.batches < tt.batches {
				t.Errorf("%d batches, want at least %d", p.batches, tt.batches)
			}
			if !strings.HasPrefix(sum.String(), "ingested 301, duplicates 300, skipped 0, errors 1 from 4 files") {
				t.Errorf("summary line %q", sum.String())
			}
		})
	}
}

// Workers finish out of order; the store must still see the inputs' order,
// so that IDs, and which of two copies founds a cluster, are the same on
// every run.
func TestIngestStoresInReadingOrder(t *testing.T) {
	inputs, err := FS(corpus(300), ".")
	if err != nil {
		t.Fatal(err)
	}
	for run := range 3 {
		p := &putter{}
		if _, err := Ingest(context.Background(), p, inputs, Options{Workers: 4, BatchSize: 16}); err != nil {
			t.Fatal(err)
		}
		var want []string
		for range 2 { // again.jsonl, then many.jsonl: the same records
			for i := range 300 {
				want = append(want, fmt.Sprintf("https://example.org/%d", i))
			}
		}
		if len(p.order) != 601 {
			t.Fatalf("run %d: %d articles put, want 601", run, len(p.order))
		}
		if d := cmp.Diff(want, p.order[:600]); d != "" {
			t.Fatalf("run %d: put order (-want +got):\n%s", run, d)
		}
	}
}

func TestIngestStopsOnStoreFailure(t *testing.T) {
	inputs, _ := FS(corpus(50), ".")
	boom := errors.New("disk full")
	_, err := Ingest(context.Background(), &putter{fail: boom}, inputs, Options{BatchSize: 10})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the store's error", err)
	}
}

func TestIngestCommitsWhatItHasWhenCancelled(t *testing.T) {
	inputs, _ := FS(corpus(2000), ".")
	ctx, cancel := context.WithCancel(context.Background())
	p := &putter{}
	opt := Options{Workers: 1, BatchSize: 1 << 20, Progress: func(pr Progress) {
		if pr.Articles > 0 {
			cancel()
		}
	}, Every: time.Millisecond}
	sum, err := Ingest(ctx, p, inputs, opt)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if sum.Stored == 0 {
		t.Error("nothing committed after cancellation; extracted articles were lost")
	}
}
