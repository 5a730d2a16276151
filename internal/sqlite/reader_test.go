package sqlite

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

// TestReaderDuringWrites reads while a writer stores batches: under WAL the
// readers neither block nor fail, and each sees whole batches only, never
// fewer articles than it saw before.
func TestReaderDuringWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "wal.db")
	writer, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	// A second handle has its own connections, as another process would.
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()

	const batches, size = 30, 50
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		for i := range batches {
			if _, err := writer.Put(ctx, crashBatchOf(i * size)[:size]); err != nil {
				t.Error(err)
				return
			}
		}
	}()

	for name, reader := range map[string]*DB{"the same handle": writer, "a second handle": other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last, reads := 0, 0
			for {
				select {
				case <-done:
					if reads == 0 {
						t.Errorf("%s: no read finished while writing", name)
					}
					return
				default:
				}
				n, err := reader.Count(ctx)
				if err != nil {
					t.Errorf("%s: Count: %v", name, err)
					return
				}
				if n%size != 0 || n < last {
					t.Errorf("%s: Count = %d after %d; want a growing multiple of %d", name, n, last, size)
				}
				last = n
				if _, err := reader.Search(ctx, news.Query{Text: "zebra", Filter: news.Filter{Limit: 5}}); err != nil {
					t.Errorf("%s: Search: %v", name, err)
				}
				if _, err := reader.List(ctx, news.Filter{Limit: 5}); err != nil {
					t.Errorf("%s: List: %v", name, err)
				}
				reads++
			}
		}()
	}
	wg.Wait()
	if n, err := other.Count(ctx); err != nil || n != batches*size {
		t.Errorf("final Count = %d, %v; want %d", n, err, batches*size)
	}
}
