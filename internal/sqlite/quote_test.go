package sqlite

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

func TestQuotes(t *testing.T) {
	db := MustOpenDB(t)
	as := corpus(t, db)
	undated := quote(doc("https://a.example/5", time.Time{}, said{"Putin", putin, "surname"}, said{"said: later.", "", ""}), "later.", putin)
	mustPut(t, db, undated)
	tests := []struct {
		name string
		f    news.QuoteFilter
		want []string // quote text @ article URL
	}{
		{
			name: "all quotes come newest article first, undated last, in text order within an article",
			want: []string{"we are one. @https://a.example/3", "yes. @https://a.example/3", "it is over. @https://a.example/2",
				"we stand firm. @https://a.example/1", "later. @https://a.example/5"},
		},
		{
			name: "a speaker filter keeps that actor's quotes",
			f:    news.QuoteFilter{Speaker: putin},
			want: []string{"we are one. @https://a.example/3", "later. @https://a.example/5"},
		},
		{
			name: "a new actor's quotes are found by its id",
			f:    news.QuoteFilter{Speaker: pet},
			want: []string{"it is over. @https://a.example/2"},
		},
		{
			name: "a date range keeps quotes from articles published in it and drops undated ones",
			f:    news.QuoteFilter{Filter: news.Filter{From: date(2020, 1, 1), To: time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)}},
			want: []string{"it is over. @https://a.example/2", "we stand firm. @https://a.example/1"},
		},
		{
			name: "speaker and dates combine",
			f:    news.QuoteFilter{Speaker: luk, Filter: news.Filter{From: date(2021, 1, 1)}},
			want: []string{"yes. @https://a.example/3"},
		},
		{
			name: "limit and offset page the quotes",
			f:    news.QuoteFilter{Filter: news.Filter{Limit: 2, Offset: 1}},
			want: []string{"yes. @https://a.example/3", "it is over. @https://a.example/2"},
		},
		{
			name: "a speaker nobody quotes has no quotes",
			f:    news.QuoteFilter{Speaker: "NOBODY"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Quotes(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Quote.Text+" @"+h.Article.URL)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("a hit carries the whole quote and the article's display fields without text", func(t *testing.T) {
		hits, err := db.Quotes(context.Background(), news.QuoteFilter{Speaker: pet})
		if err != nil || len(hits) != 1 {
			t.Fatalf("Quotes = %v, %v", hits, err)
		}
		a := as[1]
		want := news.QuoteHit{
			Quote:       a.Quotes[0],
			Article:     &news.Article{ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published},
			NumMentions: 1,
			NumArticles: 1,
		}
		if diff := cmp.Diff(want, hits[0]); diff != "" {
			t.Errorf("hit (-want +got):\n%s", diff)
		}
	})
	t.Run("a negative limit is invalid", func(t *testing.T) {
		_, err := db.Quotes(context.Background(), news.QuoteFilter{Filter: news.Filter{Limit: -1}})
		if !errors.Is(err, news.ErrInvalid) {
			t.Errorf("error = %v, want ErrInvalid", err)
		}
	})
}

func BenchmarkQuotes(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	var batch []*news.Article
	for i := range 2000 {
		id := news.ActorID("ACTOR_" + strconv.Itoa(i%50))
		a := doc("https://a.example/"+strconv.Itoa(i), date(2020, 1, 1).AddDate(0, 0, i%730),
			said{"Name", id, ""}, said{"said: yes.", "", ""})
		batch = append(batch, quote(a, "yes.", id))
	}
	mustPut(b, db, batch...)
	for _, bb := range []struct {
		name string
		f    news.QuoteFilter
	}{
		{"a speaker's quotes", news.QuoteFilter{Speaker: "ACTOR_7", Filter: news.Filter{From: date(2020, 6, 1), Limit: 20}}},
		{"the first page of all quotes", news.QuoteFilter{Filter: news.Filter{Limit: 20}}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := db.Quotes(ctx, bb.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
