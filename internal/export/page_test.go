package export

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// capped is a store of n events that, like SQLite's, returns at most max
// records a call whatever the limit, and records each call's limit.
type capped struct {
	n, max int
	limits []int
}

func (c *capped) Events(_ context.Context, f news.EventFilter) ([]news.EventHit, error) {
	c.limits = append(c.limits, f.Limit)
	var out []news.EventHit
	for i := f.Offset; i < c.n && len(out) < min(f.Limit, c.max); i++ {
		out = append(out, news.EventHit{ID: int64(i + 1), Event: news.Event{Realized: true}, Article: &news.Article{}})
	}
	return out, nil
}
func (c *capped) List(context.Context, news.Filter) ([]*news.Article, error)        { return nil, nil }
func (c *capped) Article(context.Context, int64) (*news.Article, error)             { return nil, news.ErrNotFound }
func (c *capped) Quotes(context.Context, news.QuoteFilter) ([]news.QuoteHit, error) { return nil, nil }

func TestPaging(t *testing.T) {
	tests := []struct {
		name        string
		n, max      int
		opt         Options
		written     int
		firstLimits []int
	}{
		{"a store capping pages below the page size is read to its end", 11, 3, Options{PageSize: 5}, 11, []int{5, 5, 5}},
		{"no page asks for more than the page size", 7, 100, Options{PageSize: 4}, 7, []int{4, 4, 4}},
		{"the last page asks only for what the limit leaves", 20, 100, Options{PageSize: 4, Filter: news.Filter{Limit: 6}}, 6, []int{4, 2}},
		{"an empty store takes one call", 0, 100, Options{}, 0, []int{1000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &capped{n: tt.n, max: tt.max}
			tt.opt.Kind, tt.opt.Format = "events", "jsonl"
			sum, err := Write(context.Background(), &bytes.Buffer{}, s, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Written != tt.written {
				t.Errorf("wrote %d, want %d", sum.Written, tt.written)
			}
			got := s.limits[:min(len(s.limits), len(tt.firstLimits))]
			if diff := cmp.Diff(tt.firstLimits, got); diff != "" {
				t.Errorf("page limits mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
