package export

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
)

// benchStore holds n articles of four realised events each, on distinct
// days so that none fold into another.
func benchStore(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	var batch []*news.Article
	for i := range n {
		d := day(2015, 1, 1).AddDate(0, 0, i)
		evs := []news.Event{meeting, sanctions, loan, undated}
		var ss []sentence
		for j, e := range evs {
			e.Date = d
			ss = append(ss, sentence{text: fmt.Sprintf("Minsk answered Moscow in note %d of day %d.", j, i), events: []news.Event{e}})
		}
		tone := &news.Tone{Tone: float64(i%7) - 3, WordCount: 40}
		batch = append(batch, doc(fmt.Sprintf("https://bench.example/%d", i), "Bench", d.Add(9*time.Hour), tone, ss...))
	}
	if _, err := db.Put(context.Background(), batch); err != nil {
		b.Fatal(err)
	}
	return db
}

func BenchmarkEvents(b *testing.B) {
	const articles = 500
	db := benchStore(b, articles)
	for _, format := range []string{"jsonl", "csv", "parquet", "gdelt"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				sum, err := Write(context.Background(), io.Discard, db, Options{Kind: "events", Format: format, Names: testNames})
				if err != nil {
					b.Fatal(err)
				}
				n += sum.Written
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
