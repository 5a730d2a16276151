package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// span returns the byte span of the n-th (from 0) occurrence of sub in text.
func span(tb testing.TB, text, sub string, n int) news.Span {
	tb.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			tb.Fatalf("%q has no occurrence %d of %q", text, n, sub)
		}
		if i == n {
			return news.Span{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

// mention builds the n-th mention of sub in text.
func mention(tb testing.TB, text, sub string, n int, actor news.ActorID, code, how string, sentence int) news.Mention {
	tb.Helper()
	return news.Mention{Span: span(tb, text, sub, n), Text: sub, Actor: actor, Code: code, How: how, Sentence: sentence}
}

// analysed is a hand-made article carrying one of everything the analysis
// stages produce.
func analysed(tb testing.TB, url string, published time.Time) *news.Article {
	tb.Helper()
	text := "Belarusian President Alexander Lukashenko met Ivan Petrov, founder of the consulting firm Ostrov, in Minsk. " +
		"\u201cWe will not sell,\u201d Lukashenko said of the $1.5 billion loan. Petrov said talks went well."
	return &news.Article{
		URL: url, Title: "Lukashenko meets Petrov", Published: published, Language: "en", Source: "Wire",
		Text: text, Hash: "h-" + url,
		Mentions: []news.Mention{
			mention(tb, text, "Alexander Lukashenko", 0, "ALEXANDER_LUKASHENKO", "BLRGOV", "name", 0),
			mention(tb, text, "Ivan Petrov", 0, "NEW:IVAN_PETROV", "", "new", 0),
			mention(tb, text, "Minsk", 0, "BLRGOV", "BLRGOV", "metonym", 0),
			mention(tb, text, "Lukashenko", 1, "ALEXANDER_LUKASHENKO", "BLRGOV", "surname", 1),
			mention(tb, text, "Petrov", 1, "NEW:IVAN_PETROV", "", "surname", 2),
		},
		NewActors: []news.Actor{{ID: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Kind: "person", Descriptor: "founder of the consulting firm Ostrov"}},
		Quotes: []news.Quote{
			{
				Text: "We will not sell,", Speaker: "ALEXANDER_LUKASHENKO", SpeakerText: "Lukashenko",
				Cue: "said", Direct: true, Span: span(tb, text, "We will not sell,", 0),
				SpeakerSpan: span(tb, text, "Lukashenko", 1), Sentence: 1,
			},
			{
				Text: "talks went well", Speaker: "NEW:IVAN_PETROV", SpeakerText: "Petrov",
				Descriptor: "founder of the consulting firm Ostrov", Cue: "said",
				Span: span(tb, text, "talks went well", 0), SpeakerSpan: span(tb, text, "Petrov", 1), Sentence: 2,
			},
		},
		Amounts: []news.Amount{{
			Text: "$1.5 billion", Value: 1.5e9, Unit: "USD", Kind: "money", Object: "loan",
			Span: span(tb, text, "$1.5 billion", 0), Sentence: 1,
		}},
		Tone: &news.Tone{Tone: -1.25, Positive: 2.5, Negative: 3.75, Polarity: 6.25, WordCount: 32},
	}
}

func TestPutAnalysesRoundTrip(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2020, 8, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   func(testing.TB) *news.Article
	}{
		{"mentions, a new actor, quotes, amounts and tone come back as put", func(tb testing.TB) *news.Article {
			return analysed(tb, "https://a.example/full", day)
		}},
		{"an article without analyses comes back without any", func(tb testing.TB) *news.Article {
			return &news.Article{URL: "https://a.example/bare", Title: "Bare", Text: "Nothing here."}
		}},
		{"a zero tone is kept apart from no tone", func(tb testing.TB) *news.Article {
			return &news.Article{URL: "https://a.example/zero-tone", Text: "Flat.", Tone: &news.Tone{}}
		}},
		{"an undated article keeps its mentions", func(tb testing.TB) *news.Article {
			a := analysed(tb, "https://a.example/undated", time.Time{})
			a.Quotes, a.Amounts, a.Tone = nil, nil, nil
			return a
		}},
	}
	db := MustOpenDB(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in(t)
			want := *in
			mustPut(t, db, in)
			got, err := db.Article(ctx, in.ID)
			if err != nil {
				t.Fatal(err)
			}
			want.ID = in.ID
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Article(%d) mismatch (-want +got):\n%s", in.ID, diff)
			}
		})
	}
}

func TestPutAnalysesOfDuplicates(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	first := analysed(t, "https://a.example/dup", time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC))
	mustPut(t, db, first)
	second := analysed(t, "https://a.example/dup", first.Published)
	second.Mentions = second.Mentions[:1]
	second.Quotes, second.Amounts, second.Tone = nil, nil, &news.Tone{Tone: 9}
	t.Run("a duplicate keeps the analyses of the copy stored first", func(t *testing.T) {
		if r := mustPut(t, db, second); r.Duplicates != 1 {
			t.Fatalf("Put = %+v, want a duplicate", r)
		}
		got, err := db.Article(ctx, first.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := analysed(t, "https://a.example/dup", first.Published)
		want.ID = first.ID
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("after re-put (-want +got):\n%s", diff)
		}
	})
	t.Run("a repeat within one batch stores its analyses once", func(t *testing.T) {
		a := analysed(t, "https://a.example/twice", first.Published)
		b := analysed(t, "https://a.example/twice", first.Published)
		mustPut(t, db, a, b)
		var n int
		if err := db.db.QueryRow("SELECT count(*) FROM mentions WHERE article_id = ?", a.ID).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(a.Mentions) {
			t.Errorf("%d mention rows, want %d", n, len(a.Mentions))
		}
	})
}

func TestPutRejectsUnstorableAnalyses(t *testing.T) {
	text := "Minsk said no."
	tests := []struct {
		name string
		edit func(*news.Article)
	}{
		{"a mention past the end of the text", func(a *news.Article) {
			a.Mentions = []news.Mention{{Span: news.Span{Start: 6, End: 99}, Actor: "BLRGOV"}}
		}},
		{"a mention ending before it starts", func(a *news.Article) {
			a.Mentions = []news.Mention{{Span: news.Span{Start: 4, End: 2}, Actor: "BLRGOV"}}
		}},
		{"a mention without an actor", func(a *news.Article) {
			a.Mentions = []news.Mention{{Span: news.Span{Start: 0, End: 5}, Text: "Minsk"}}
		}},
		{"a quote with a negative start", func(a *news.Article) {
			a.Quotes = []news.Quote{{Span: news.Span{Start: -1, End: 3}}}
		}},
		{"a quote whose speaker lies outside the text", func(a *news.Article) {
			a.Quotes = []news.Quote{{Span: news.Span{Start: 0, End: 3}, SpeakerSpan: news.Span{Start: 20, End: 25}}}
		}},
		{"an amount outside the text", func(a *news.Article) {
			a.Amounts = []news.Amount{{Span: news.Span{Start: 10, End: 15}}}
		}},
		{"an amount that is not a number", func(a *news.Article) {
			a.Amounts = []news.Amount{{Value: math.NaN()}}
		}},
		{"a tone that is infinite", func(a *news.Article) {
			a.Tone = &news.Tone{Positive: math.Inf(1)}
		}},
		{"a new actor without an id", func(a *news.Article) {
			a.NewActors = []news.Actor{{Name: "Ivan Petrov"}}
		}},
	}
	db := MustOpenDB(t)
	for _, tt := range tests {
		t.Run(tt.name+" is invalid and stores nothing of the batch", func(t *testing.T) {
			ok := &news.Article{URL: "https://a.example/ok", Text: text}
			bad := &news.Article{URL: "https://a.example/bad", Text: text}
			tt.edit(bad)
			_, err := db.Put(context.Background(), []*news.Article{ok, bad})
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("Put error = %v, want ErrInvalid", err)
			}
			if n, _ := db.Count(context.Background()); n != 0 {
				t.Errorf("%d articles stored", n)
			}
		})
	}
}

func TestMigrateFromArticlesOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	// Build a version-1 database as an older build left it.
	v1, err := fs.ReadFile(migrations, "migrations/0001_articles.sql")
	if err != nil {
		t.Fatal(err)
	}
	old, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, old, fstest.MapFS{"migrations/0001_articles.sql": {Data: v1}}); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`INSERT INTO articles (url, url_key, title, published, text, ingested_at)
		VALUES ('https://a.example/old', 'https://a.example/old', 'Old', '2013-05-01T00:00:00Z', 'Old text.', '2024-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("upgrading: %v", err)
	}
	defer db.Close()
	t.Run("the upgrade reaches the latest version", func(t *testing.T) {
		if v, want := pragma(t, db, "user_version"), latestVersion(t); v != want {
			t.Errorf("user_version = %s, want %s", v, want)
		}
	})
	t.Run("the upgrade keeps the articles, which have no analyses", func(t *testing.T) {
		got, err := db.Article(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		want := &news.Article{ID: 1, URL: "https://a.example/old", Title: "Old",
			Published: time.Date(2013, 5, 1, 0, 0, 0, 0, time.UTC), Text: "Old text."}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("old article (-want +got):\n%s", diff)
		}
	})
	t.Run("the upgraded database stores analyses and still searches", func(t *testing.T) {
		a := analysed(t, "https://a.example/new", time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC))
		mustPut(t, db, a)
		got, err := db.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Mentions) != len(a.Mentions) || got.Tone == nil {
			t.Errorf("analyses not stored: %d mentions, tone %v", len(got.Mentions), got.Tone)
		}
		hits, err := db.Search(ctx, news.Query{Text: "old"})
		if err != nil || len(hits) != 1 {
			t.Errorf("Search(old) = %d hits, %v", len(hits), err)
		}
	})
}

// BenchmarkPutWithAnalyses puts batches of 100 articles, each with five
// mentions, a new actor, two quotes, an amount and a tone.
func BenchmarkPutWithAnalyses(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	const batch = 100
	day := time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC)
	base := analysed(b, "https://a.example/", day)
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		as := make([]*news.Article, batch)
		for i := range as {
			a := *base
			a.URL = "https://a.example/" + strconv.Itoa(n)
			n++
			as[i] = &a
		}
		if _, err := db.Put(ctx, as); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// FuzzPutAnalyses checks that whatever spans a stage hands over, Put either
// stores them to come back unchanged or refuses them as invalid, storing
// nothing.
func FuzzPutAnalyses(f *testing.F) {
	f.Add("Minsk said no.", 0, 5, 6, 10, "BLRGOV", 1.5)
	f.Add("Лукашэнка сказаў", 0, 18, 19, 31, "ALEXANDER_LUKASHENKO", -2.0)
	f.Add("short", 3, 2, 0, 9, "", 0.0)
	db, err := Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	f.Fuzz(func(t *testing.T, text string, start, end, qstart, qend int, actor string, value float64) {
		ctx := context.Background()
		in := &news.Article{
			Text:     text,
			Mentions: []news.Mention{{Span: news.Span{Start: start, End: end}, Actor: news.ActorID(actor), Text: actor}},
			Quotes:   []news.Quote{{Span: news.Span{Start: qstart, End: qend}, Text: text, SpeakerSpan: news.Span{Start: start, End: end}}},
			Amounts:  []news.Amount{{Span: news.Span{Start: qstart, End: qend}, Value: value}},
		}
		valid := 0 <= start && start <= end && end <= len(text) && 0 <= qstart && qstart <= qend && qend <= len(text) && actor != "" &&
			!math.IsNaN(value) && !math.IsInf(value, 0)
		before, err := db.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := *in
		_, err = db.Put(ctx, []*news.Article{in})
		if !valid {
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("Put of invalid spans: error %v, want ErrInvalid", err)
			}
			if after, _ := db.Count(ctx); after != before {
				t.Fatalf("an invalid article was stored")
			}
			return
		}
		if err != nil {
			t.Fatalf("Put: %v", err)
		}
		got, err := db.Article(ctx, in.ID)
		if err != nil {
			t.Fatal(err)
		}
		want.ID = in.ID
		if strings.HasPrefix(actor, newPrefix) {
			want.NewActors = []news.Actor{{ID: news.ActorID(actor), Name: actor}}
		}
		if !utf8.ValidString(text) || !utf8.ValidString(actor) {
			return // SQLite TEXT may not hand back invalid UTF-8 byte for byte
		}
		if diff := cmp.Diff(&want, got); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}
