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

func TestPutArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		in   news.Article
		want news.Article // ID is filled in from Put
	}{
		{
			name: "every field comes back as stored",
			in: news.Article{
				URL: "https://News.Example.org/a/", Title: "Title", Author: "A. Writer",
				Published: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC),
				Language:  "en", Source: "Example News", Text: "Body text.\nSecond line.",
				Origin: "feed.xml#item 3", Hash: "h1",
				Removed: []news.Removal{{Line: "Share this", Rule: "share"}, {Line: "© 2024", Rule: "copyright"}},
			},
			want: news.Article{
				URL: "https://News.Example.org/a/", Title: "Title", Author: "A. Writer",
				Published: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC),
				Language:  "en", Source: "Example News", Text: "Body text.\nSecond line.",
				Origin: "feed.xml#item 3", Hash: "h1",
				Removed: []news.Removal{{Line: "Share this", Rule: "share"}, {Line: "© 2024", Rule: "copyright"}},
			},
		},
		{
			name: "a published time in another zone comes back in UTC, to the second",
			in: news.Article{
				URL:       "https://a.example/zone",
				Published: time.Date(2024, 3, 1, 12, 0, 0, 999, time.FixedZone("MSK", 3*3600)),
			},
			want: news.Article{
				URL:       "https://a.example/zone",
				Published: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC),
			},
		},
		{
			name: "an unknown date and no removals stay zero",
			in:   news.Article{URL: "https://a.example/zero", Title: "Zero"},
			want: news.Article{URL: "https://a.example/zero", Title: "Zero"},
		},
	}
	db := MustOpenDB(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.in
			if r := mustPut(t, db, &a); r != (news.PutResult{Stored: 1}) {
				t.Fatalf("Put = %+v, want one stored", r)
			}
			if a.ID == 0 {
				t.Fatal("Put left ID zero")
			}
			got, err := db.Article(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			want.ID = a.ID
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Article(%d) mismatch (-want +got):\n%s", a.ID, diff)
			}
		})
	}
	t.Run("an absent id is ErrNotFound", func(t *testing.T) {
		_, err := db.Article(ctx, 987654)
		if !errors.Is(err, news.ErrNotFound) {
			t.Errorf("Article(987654) error = %v, want ErrNotFound", err)
		}
	})
}

func TestPutIdempotent(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		first []*news.Article
		again []*news.Article
		want  news.PutResult // of the second Put
		same  []int          // for each article of again, which of first it is (-1: new)
	}{
		{
			name:  "the same URL with a trailing slash, utm parameters and a fragment is a duplicate",
			first: []*news.Article{{URL: "https://a.example/story", Title: "first"}},
			again: []*news.Article{{URL: "HTTPS://A.example/story/?utm_source=newsletter#top", Title: "again"}},
			want:  news.PutResult{Duplicates: 1},
			same:  []int{0},
		},
		{
			name:  "a different query parameter makes a different article",
			first: []*news.Article{{URL: "https://a.example/story?id=1"}},
			again: []*news.Article{{URL: "https://a.example/story?id=2"}},
			want:  news.PutResult{Stored: 1},
			same:  []int{-1},
		},
		{
			name:  "no URL and the same hash is a duplicate",
			first: []*news.Article{{Hash: "abc", Text: "one"}},
			again: []*news.Article{{Hash: "abc", Text: "one"}},
			want:  news.PutResult{Duplicates: 1},
			same:  []int{0},
		},
		{
			name:  "no URL and the hash of an article stored with a URL is a duplicate",
			first: []*news.Article{{URL: "https://a.example/x", Hash: "h-url"}},
			again: []*news.Article{{Hash: "h-url"}},
			want:  news.PutResult{Duplicates: 1},
			same:  []int{0},
		},
		{
			name:  "a URL is identity enough even when a URL-less article shares its hash",
			first: []*news.Article{{Hash: "h-shared"}},
			again: []*news.Article{{URL: "https://a.example/shared", Hash: "h-shared"}},
			want:  news.PutResult{Stored: 1},
			same:  []int{-1},
		},
		{
			name:  "neither URL nor hash means no identity: stored each time",
			first: []*news.Article{{Text: "anonymous"}},
			again: []*news.Article{{Text: "anonymous"}},
			want:  news.PutResult{Stored: 1},
			same:  []int{-1},
		},
		{
			name:  "a repeat within one batch is a duplicate of its first occurrence",
			first: []*news.Article{{URL: "https://a.example/seed"}},
			again: []*news.Article{
				{URL: "https://a.example/in-batch"},
				{URL: "https://a.example/in-batch/"},
				{Hash: "in-batch-hash"},
				{Hash: "in-batch-hash"},
				{URL: "https://a.example/seed?utm_medium=x"},
			},
			want: news.PutResult{Stored: 2, Duplicates: 3},
			same: []int{-1, -1, -1, -1, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			mustPut(t, db, tt.first...)
			before, _ := db.Count(ctx)
			got := mustPut(t, db, tt.again...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("second Put (-want +got):\n%s", diff)
			}
			after, _ := db.Count(ctx)
			if after-before != tt.want.Stored {
				t.Errorf("Count grew by %d, want %d", after-before, tt.want.Stored)
			}
			for i, a := range tt.again {
				if a.ID == 0 {
					t.Errorf("article %d has no ID", i)
				}
				if j := tt.same[i]; j >= 0 && a.ID != tt.first[j].ID {
					t.Errorf("article %d got ID %d, want the stored %d", i, a.ID, tt.first[j].ID)
				}
			}
		})
	}
	t.Run("within a batch the repeat gets the ID of its first occurrence", func(t *testing.T) {
		db := MustOpenDB(t)
		a, b := &news.Article{URL: "https://a.example/p"}, &news.Article{URL: "https://a.example/p/"}
		mustPut(t, db, a, b)
		if a.ID != b.ID {
			t.Errorf("IDs %d and %d, want equal", a.ID, b.ID)
		}
	})
}

func TestPutFailure(t *testing.T) {
	ctx := context.Background()
	t.Run("a nil article is ErrInvalid and stores nothing", func(t *testing.T) {
		db := MustOpenDB(t)
		_, err := db.Put(ctx, []*news.Article{{URL: "https://a.example/1"}, nil})
		if !errors.Is(err, news.ErrInvalid) {
			t.Errorf("error = %v, want ErrInvalid", err)
		}
		if n, _ := db.Count(ctx); n != 0 {
			t.Errorf("Count = %d, want 0", n)
		}
	})
	t.Run("a cancelled context stores nothing and leaves IDs alone", func(t *testing.T) {
		db := MustOpenDB(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		a := &news.Article{URL: "https://a.example/1"}
		if _, err := db.Put(cctx, []*news.Article{a}); !errors.Is(err, context.Canceled) {
			t.Errorf("error = %v, want context.Canceled", err)
		}
		if a.ID != 0 {
			t.Errorf("ID = %d, want 0", a.ID)
		}
		if n, _ := db.Count(ctx); n != 0 {
			t.Errorf("Count = %d, want 0", n)
		}
	})
	t.Run("an empty batch does nothing", func(t *testing.T) {
		db := MustOpenDB(t)
		if r, err := db.Put(ctx, nil); err != nil || r != (news.PutResult{}) {
			t.Errorf("Put(nil) = %+v, %v", r, err)
		}
	})
}

func TestList(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustPut(t, db, fixture(t)...)
	tests := []struct {
		name    string
		f       news.Filter
		want    []string // titles, in order
		wantErr error
	}{
		{
			name: "articles come newest first with the undated one last",
			want: []string{
				"Lukašenka visits Beijing", "Лукашенко прибыл в Пекин", "Farmers expect a late harvest",
				"Минск и Москва договорились о цене на газ", "Belarus and Russia sign a new gas deal",
				"Customs union talks stall", "Undated note on river levels",
			},
		},
		{
			name: "a source matches whatever its case, also in Cyrillic",
			f:    news.Filter{Source: "ВЕСТИ пример"},
			want: []string{"Лукашенко прибыл в Пекин", "Минск и Москва договорились о цене на газ"},
		},
		{
			name: "a source must match whole",
			f:    news.Filter{Source: "Example"},
		},
		{
			name: "a language matches whatever its case",
			f:    news.Filter{Language: "RU"},
			want: []string{"Лукашенко прибыл в Пекин", "Минск и Москва договорились о цене на газ"},
		},
		{
			name: "a date-only To covers that whole day",
			f:    news.Filter{To: day(2024, 3, 1)},
			want: []string{"Минск и Москва договорились о цене на газ", "Belarus and Russia sign a new gas deal", "Customs union talks stall"},
		},
		{
			name: "a To with a time is an exact inclusive bound",
			f:    news.Filter{To: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)},
			want: []string{"Belarus and Russia sign a new gas deal", "Customs union talks stall"},
		},
		{
			name: "From is inclusive and drops undated articles",
			f:    news.Filter{From: time.Date(2024, 3, 2, 7, 0, 0, 0, time.UTC)},
			want: []string{"Lukašenka visits Beijing", "Лукашенко прибыл в Пекин", "Farmers expect a late harvest"},
		},
		{
			name: "From and To on the same date give that day",
			f:    news.Filter{From: day(2024, 3, 5), To: day(2024, 3, 5)},
			want: []string{"Lukašenka visits Beijing", "Лукашенко прибыл в Пекин"},
		},
		{
			name: "bounds in another zone are compared as instants",
			f:    news.Filter{From: time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("MSK", 3*3600)), To: time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("MSK", 3*3600))},
			want: []string{"Минск и Москва договорились о цене на газ"},
		},
		{
			name: "Limit and Offset page through the order",
			f:    news.Filter{Limit: 2, Offset: 1},
			want: []string{"Лукашенко прибыл в Пекин", "Farmers expect a late harvest"},
		},
		{
			name:    "From after To is ErrInvalid",
			f:       news.Filter{From: day(2024, 3, 2), To: day(2024, 3, 1)},
			wantErr: news.ErrInvalid,
		},
		{
			name:    "a negative Limit is ErrInvalid",
			f:       news.Filter{Limit: -1},
			wantErr: news.ErrInvalid,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := db.List(ctx, tt.f)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("List error = %v, want %v", err, tt.wantErr)
			}
			var got []string
			for _, a := range as {
				if a.Text != "" || a.Removed != nil {
					t.Errorf("article %d came with Text or Removed", a.ID)
				}
				got = append(got, a.Title)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("the default limit is 20 and the cap 1000", func(t *testing.T) {
		db := MustOpenDB(t)
		mustPut(t, db, generate(1100, 0)...)
		for _, c := range []struct{ limit, want int }{{0, 20}, {5000, 1000}} {
			as, err := db.List(ctx, news.Filter{Limit: c.limit})
			if err != nil || len(as) != c.want {
				t.Errorf("List(Limit %d) = %d articles, %v; want %d", c.limit, len(as), err, c.want)
			}
		}
	})
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// generate makes n synthetic articles with ids from start, varied enough to
// exercise the index: a few hundred words in rotating vocabularies, dates
// across a year, three sources and two languages.
func generate(n, start int) []*news.Article {
	words := []string{
		"government", "minister", "talks", "gas", "price", "border", "trade", "union",
		"sanctions", "election", "protest", "court", "harvest", "factory", "exports", "pipeline",
		"treaty", "summit", "budget", "inflation", "currency", "bank", "railway", "port",
	}
	sources := []string{"Example News", "Daily Example", "Вести Пример"}
	out := make([]*news.Article, n)
	for i := range out {
		k := start + i
		text := make([]byte, 0, 2048)
		for j := range 250 {
			text = append(text, words[(k*7+j*j)%len(words)]...)
			if j%12 == 11 {
				text = append(text, ". "...)
			} else {
				text = append(text, ' ')
			}
		}
		lang := "en"
		if k%5 == 0 {
			lang = "ru"
		}
		out[i] = &news.Article{
			URL:       fmt.Sprintf("https://gen.example/%d/story-%d", k%97, k),
			Title:     fmt.Sprintf("%s %s %s report %d", words[k%len(words)], words[(k/3)%len(words)], words[(k/7)%len(words)], k),
			Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(k%365*24+k%24) * time.Hour),
			Language:  lang,
			Source:    sources[k%len(sources)],
			Text:      string(text),
			Hash:      fmt.Sprintf("gen-%d", k),
		}
	}
	return out
}

// BenchmarkPut stores fresh articles in batches of 256, as the pipeline does.
func BenchmarkPut(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	const batch = 256
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		as := generate(batch, n)
		b.StartTimer()
		if _, err := db.Put(ctx, as); err != nil {
			b.Fatal(err)
		}
		n += batch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
