package sqlite

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// timelineFixture stores gas stories in 2019 and 2020 (one undated) and
// one potash story, in two languages.
func timelineFixture(t testing.TB) *DB {
	db := MustOpenDB(t)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	var batch []*news.Article
	for i, a := range []struct{ date, title, lang string }{
		{"2019-01-10", "Gas talks resume", "en"},
		{"2019-01-25", "Gas price agreed", "en"},
		{"2019-03-02", "Gas transit halts", "ru"},
		{"2020-03-15", "Gas deal signed", "en"},
		{"2020-03-16", "Potash exports fall", "en"},
		{"", "Gas story without a date", "en"},
	} {
		batch = append(batch, &news.Article{
			URL: fmt.Sprintf("https://example.org/%d", i), Title: a.title,
			Text: a.title + ".", Language: a.lang, Published: day(a.date),
		})
	}
	mustPut(t, db, batch...)
	return db
}

func TestCounts(t *testing.T) {
	db := timelineFixture(t)
	tests := []struct {
		name string
		q    news.Query
		by   string
		want []news.Bucket
	}{
		{"gas stories are counted per month, oldest first, undated left out", news.Query{Text: "gas"}, "month",
			[]news.Bucket{{Period: "2019-01", Count: 2}, {Period: "2019-03", Count: 1}, {Period: "2020-03", Count: 1}}},
		{"gas stories are counted per year", news.Query{Text: "gas"}, "year",
			[]news.Bucket{{Period: "2019", Count: 3}, {Period: "2020", Count: 1}}},
		{"an empty query counts every dated article", news.Query{}, "year",
			[]news.Bucket{{Period: "2019", Count: 3}, {Period: "2020", Count: 2}}},
		{"the language filter applies", news.Query{Text: "gas", Filter: news.Filter{Language: "ru"}}, "month",
			[]news.Bucket{{Period: "2019-03", Count: 1}}},
		{"the date filter applies and limit does not cut periods", news.Query{Text: "gas", Filter: news.Filter{
			From: time.Date(2019, 1, 20, 0, 0, 0, 0, time.UTC), Limit: 1}}, "month",
			[]news.Bucket{{Period: "2019-01", Count: 1}, {Period: "2019-03", Count: 1}, {Period: "2020-03", Count: 1}}},
		{"no match gives no buckets", news.Query{Text: "uranium"}, "month", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Counts(context.Background(), tt.q, tt.by)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Counts(%+v, %q) (-want +got):\n%s", tt.q, tt.by, diff)
			}
		})
	}
}

func TestCountsRejects(t *testing.T) {
	db := timelineFixture(t)
	tests := []struct {
		name string
		q    news.Query
		by   string
	}{
		{"an unknown period is invalid", news.Query{Text: "gas"}, "week"},
		{"a malformed query is invalid", news.Query{Text: `"gas`}, "month"},
		{"from after to is invalid", news.Query{Filter: news.Filter{
			From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)}}, "month"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := db.Counts(context.Background(), tt.q, tt.by); !errors.Is(err, news.ErrInvalid) {
				t.Errorf("Counts(%+v, %q) = %v, want ErrInvalid", tt.q, tt.by, err)
			}
		})
	}
}

func BenchmarkCounts(b *testing.B) {
	db := timelineFixture(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.Counts(ctx, news.Query{Text: "gas"}, "month"); err != nil {
			b.Fatal(err)
		}
	}
}
