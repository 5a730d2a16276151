package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// titles returns the hit titles in order, and fails on a hit with Text.
func titles(t *testing.T, hits []news.Hit) []string {
	t.Helper()
	var out []string
	for _, h := range hits {
		if h.Article.Text != "" {
			t.Errorf("hit %d carries Text", h.Article.ID)
		}
		out = append(out, h.Article.Title)
	}
	return out
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustPut(t, db, fixture(t)...)
	tests := []struct {
		name string
		q    news.Query
		want []string
	}{
		{
			name: "a word found in a title ranks above the same word in a body",
			q:    news.Query{Text: "gas"},
			want: []string{"Belarus and Russia sign a new gas deal", "Farmers expect a late harvest"},
		},
		{
			name: "diacritics in the text do not need typing",
			q:    news.Query{Text: "lukasenka"},
			want: []string{"Lukašenka visits Beijing"},
		},
		{
			name: "diacritics in the query still match",
			q:    news.Query{Text: "LUKAŠENKA"},
			want: []string{"Lukašenka visits Beijing"},
		},
		{
			name: "Cyrillic words match whatever their case",
			q:    news.Query{Text: "ЛУКАШЕНКО"},
			want: []string{"Лукашенко прибыл в Пекин"},
		},
		{
			name: "several Cyrillic words must all match",
			q:    news.Query{Text: "Минск газ"},
			want: []string{"Минск и Москва договорились о цене на газ"},
		},
		{
			name: "an apostrophe in a plain query is no syntax error",
			q:    news.Query{Text: "Lukashenko's"},
			want: []string{"Customs union talks stall"},
		},
		{
			name: "a hyphenated plain query searches the words as a phrase",
			q:    news.Query{Text: "Belarus-Russia"},
			want: []string{"Lukašenka visits Beijing"},
		},
		{
			name: "a lowercase and is a plain word, not an operator",
			q:    news.Query{Text: "trade and machinery"},
			want: []string{"Lukašenka visits Beijing"},
		},
		{
			name: "an FTS5 phrase is passed through",
			q:    news.Query{Text: `"customs union"`},
			want: []string{"Customs union talks stall"},
		},
		{
			name: "FTS5 NOT is passed through",
			q:    news.Query{Text: "gas NOT farmers"},
			want: []string{"Belarus and Russia sign a new gas deal"},
		},
		{
			name: "an FTS5 prefix query is passed through",
			q:    news.Query{Text: "harv*"},
			want: []string{"Farmers expect a late harvest"},
		},
		{
			name: "a Source filter keeps that source only",
			q:    news.Query{Text: "beijing OR пекин", Filter: news.Filter{Source: "daily EXAMPLE"}},
			want: []string{"Lukašenka visits Beijing"},
		},
		{
			name: "a Language filter keeps that language only",
			q:    news.Query{Text: "beijing OR пекин", Filter: news.Filter{Language: "ru"}},
			want: []string{"Лукашенко прибыл в Пекин"},
		},
		{
			name: "a date-only To keeps its whole day",
			q:    news.Query{Text: "gas OR газ", Filter: news.Filter{To: day(2024, 3, 1)}},
			want: []string{"Минск и Москва договорились о цене на газ", "Belarus and Russia sign a new gas deal"},
		},
		{
			name: "a From filter drops earlier and undated articles",
			q:    news.Query{Text: "talks OR river OR harvest", Filter: news.Filter{From: day(2024, 3, 1)}},
			want: []string{"Farmers expect a late harvest", "Belarus and Russia sign a new gas deal"},
		},
		{
			name: "Limit and Offset page through the ranking",
			q:    news.Query{Text: "gas OR газ OR газа", Filter: news.Filter{Limit: 1, Offset: 1}},
			want: []string{"Belarus and Russia sign a new gas deal"},
		},
		{
			name: "a word nowhere in the corpus finds nothing",
			q:    news.Query{Text: "zeppelin"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, titles(t, hits)); diff != "" {
				t.Errorf("Search(%q) titles (-want +got):\n%s", tt.q.Text, diff)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score < hits[i-1].Score {
					t.Errorf("hit %d scores %v, better than hit %d's %v", i, hits[i].Score, i-1, hits[i-1].Score)
				}
			}
		})
	}
}

func TestSearchSnippet(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	long := strings.Repeat("Filler words about nothing in particular. ", 20) +
		"The pipeline reached the border on Friday. " +
		strings.Repeat("More filler that says little. ", 20)
	mustPut(t, db,
		&news.Article{URL: "https://a.example/long", Title: "Long", Text: long},
		&news.Article{URL: "https://a.example/short", Title: "Short", Text: "A pipeline."},
	)
	tests := []struct {
		name  string
		query string
		check func(t *testing.T, snippet string)
	}{
		{
			name:  "the match is marked and the cut text shows an ellipsis",
			query: "border",
			check: func(t *testing.T, s string) {
				if !strings.Contains(s, "⟦border⟧") {
					t.Errorf("snippet %q does not mark the match", s)
				}
				if !strings.HasPrefix(s, "…") || !strings.HasSuffix(s, "…") {
					t.Errorf("snippet %q from mid-text has no ellipses at both ends", s)
				}
				if n := len(strings.Fields(s)); n > 30 {
					t.Errorf("snippet has %d words, want about 24", n)
				}
			},
		},
		{
			name:  "a short text is shown whole, without an ellipsis",
			query: "pipeline",
			check: func(t *testing.T, s string) {
				if s != "A ⟦pipeline⟧." {
					t.Errorf("snippet = %q, want %q", s, "A ⟦pipeline⟧.")
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Search(ctx, news.Query{Text: tt.query, Filter: news.Filter{Limit: 1}})
			if err != nil {
				t.Fatal(err)
			}
			if tt.query == "pipeline" {
				// The short text is denser in the word, so it ranks first.
				if len(hits) == 0 || hits[0].Article.Title != "Short" {
					t.Fatalf("hits %v, want Short first", titles(t, hits))
				}
			}
			if len(hits) != 1 {
				t.Fatalf("%d hits, want 1", len(hits))
			}
			tt.check(t, hits[0].Snippet)
		})
	}
}

func TestSearchTitleWeight(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	body := &news.Article{URL: "https://a.example/body", Title: "Weekly round-up",
		Text: "Sanctions were discussed. Sanctions again. The sanctions debate continues; sanctions everywhere."}
	title := &news.Article{URL: "https://a.example/title", Title: "New sanctions announced",
		Text: "The measures target banks and exporters and take effect in May."}
	mustPut(t, db, body, title)
	t.Run("one title match outranks four body matches", func(t *testing.T) {
		hits, err := db.Search(ctx, news.Query{Text: "sanctions"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"New sanctions announced", "Weekly round-up"}, titles(t, hits)); diff != "" {
			t.Errorf("ranking (-want +got):\n%s", diff)
		}
	})
}

func TestSearchTies(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	var batch []*news.Article
	for _, u := range []string{"c", "a", "d", "b"} {
		batch = append(batch, &news.Article{URL: "https://a.example/" + u, Title: u, Text: "identical text about tariffs"})
	}
	mustPut(t, db, batch...)
	t.Run("equal scores come in id order", func(t *testing.T) {
		hits, err := db.Search(ctx, news.Query{Text: "tariffs"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"c", "a", "d", "b"}, titles(t, hits)); diff != "" {
			t.Errorf("order (-want +got):\n%s", diff)
		}
	})
}

// TestIndexTriggers changes rows behind the Store's back, as a future
// Delete or an operator's SQL would, and checks the index follows.
func TestIndexTriggers(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		change string
		query  string
		want   []string
	}{
		{
			name:   "an updated title is found by its new words",
			change: "UPDATE articles SET title = 'Harvest festival' WHERE title = 'Flood warning'",
			query:  "festival",
			want:   []string{"Harvest festival"},
		},
		{
			name:   "an updated title is no longer found by its old words",
			change: "UPDATE articles SET title = 'Harvest festival' WHERE title = 'Flood warning'",
			query:  "flood",
		},
		{
			name:   "an updated text is found by its new words",
			change: "UPDATE articles SET text = 'Storks returned early.' WHERE title = 'Flood warning'",
			query:  "storks",
			want:   []string{"Flood warning"},
		},
		{
			name:   "a deleted article is not found",
			change: "DELETE FROM articles WHERE title = 'Flood warning'",
			query:  "flood OR rain",
			want:   []string{"Rain later"},
		},
		{
			name:   "an update of other columns leaves the index alone",
			change: "UPDATE articles SET author = 'Someone' WHERE title = 'Flood warning'",
			query:  "flood",
			want:   []string{"Flood warning"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			mustPut(t, db,
				&news.Article{URL: "https://a.example/flood", Title: "Flood warning", Text: "The river may rise in the lower town."},
				&news.Article{URL: "https://a.example/rain", Title: "Rain later", Text: "Rain is expected in the evening."},
			)
			if _, err := db.db.Exec(tt.change); err != nil {
				t.Fatal(err)
			}
			hits, err := db.Search(ctx, news.Query{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, titles(t, hits)); diff != "" {
				t.Errorf("Search(%q) after %q (-want +got):\n%s", tt.query, tt.change, diff)
			}
			ftsIntegrity(t, db)
		})
	}
}

func TestSearchInvalid(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustPut(t, db, fixture(t)...)
	tests := []struct {
		name, query string
		f           news.Filter
		say         string // the message must contain this
	}{
		{name: "an unbalanced quote is invalid", query: `"customs union`, say: "bad query"},
		{name: "AND AND is invalid", query: "AND AND", say: `bad query syntax near "AND"`},
		{name: "a lone star is invalid", query: "*", say: "bad query"},
		{name: "an unknown column filter is invalid", query: "headline:gas", say: "no such column"},
		{name: "a word before a colon is read as a column, and the message says how to search for the word", query: "NATO: summit",
			say: `no such column NATO: a word before a colon filters by column (title: or text:); quote "NATO:" to search for it`},
		{name: "an unclosed NEAR is invalid", query: "gas NEAR(", say: "bad query syntax near the end"},
		{name: "a leading NOT is invalid", query: "NOT gas", say: `near "NOT"`},
		{name: "an empty query is invalid", query: "", say: "empty query"},
		{name: "a blank query is invalid", query: "  \t ", say: "empty query"},
		{name: "a query of punctuation only is invalid", query: "— & …", say: "no words"},
		{name: "an overlong query is invalid", query: strings.Repeat("(gas ", 300), say: "longer than"},
		{name: "a bad filter is invalid", query: "gas", f: news.Filter{Offset: -3}, say: "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Search(ctx, news.Query{Text: tt.query, Filter: tt.f})
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("Search(%q) = %d hits, error %v; want ErrInvalid", tt.query, len(hits), err)
			}
			if !strings.Contains(err.Error(), tt.say) {
				t.Errorf("error %q does not say %q", err, tt.say)
			}
			if strings.Contains(err.Error(), "SQL logic error") {
				t.Errorf("error %q leaks the raw SQLite message", err)
			}
		})
	}
}

// A goldenHit is what the golden file keeps of a hit: enough to review
// ranking and snippets in a diff.
type goldenHit struct {
	Title   string  `json:"title"`
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// TestSearchGolden pins ranking, scores and snippets over the fixture corpus;
// rewrite with -update and review the diff.
func TestSearchGolden(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustPut(t, db, fixture(t)...)
	queries := []string{"gas", "lukasenka", "газ", "three", "Belarus-Russia", `"customs union" OR river`, "beij* OR пекин"}
	got := map[string][]goldenHit{}
	for _, q := range queries {
		hits, err := db.Search(ctx, news.Query{Text: q})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		gh := []goldenHit{}
		for _, h := range hits {
			// Rounded so that float noise cannot churn the file.
			gh = append(gh, goldenHit{h.Article.Title, h.Snippet, math.Round(h.Score*1e4) / 1e4})
		}
		got[q] = gh
	}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	const path = "testdata/search.golden.json"
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(want, b) {
		t.Errorf("search results differ from %s (-want +got):\n%s", path, cmp.Diff(string(want), string(b)))
	}
}

// FuzzSearch holds Search to its contract on any text: results or an error
// wrapping ErrInvalid, never a panic or a raw SQLite error.
func FuzzSearch(f *testing.F) {
	db, err := Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	mustPut(f, db, fixture(f)...)
	for _, s := range []string{
		"gas", `"customs union"`, "gas AND price", "luka*", "AND AND", `"open`, "*", "a:b",
		"NEAR(gas price, 3)", "{title text}: gas", "^gas", "gas + deal", "Lukashenko's", "Belarus-Russia",
		"-gas", "(gas OR", "газ", "\x00", "NOT", "title:gas",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := db.Search(context.Background(), news.Query{Text: s})
		if err != nil && !errors.Is(err, news.ErrInvalid) {
			t.Errorf("Search(%q): error %v does not wrap ErrInvalid", s, err)
		}
	})
}

// BenchmarkSearch searches 5,000 generated articles, in which every word of
// the vocabulary occurs in most articles, so each query ranks thousands.
func BenchmarkSearch(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	for i := 0; i < 5000; i += 250 {
		if _, err := db.Put(ctx, generate(250, i)); err != nil {
			b.Fatal(err)
		}
	}
	for _, bm := range []struct {
		name string
		q    news.Query
	}{
		{"a plain word", news.Query{Text: "pipeline"}},
		{"a rare word", news.Query{Text: "report 4321"}},
		{"two words with AND", news.Query{Text: "gas AND border"}},
		{"a phrase", news.Query{Text: `"trade union"`}},
		{"a prefix in a language", news.Query{Text: "infl*", Filter: news.Filter{Language: "ru", Limit: 100}}},
		{"a word in a source and date range", news.Query{Text: "sanctions", Filter: news.Filter{Source: "Daily Example", From: day(2024, 3, 1), To: day(2024, 6, 30)}}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := db.Search(ctx, bm.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
