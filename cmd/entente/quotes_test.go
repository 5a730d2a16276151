package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

// TestDemoQuotesOnce checks that the demo's syndicated repost of the Sochi
// loan story does not repeat its quotes: each is listed once, from the
// original, with both articles counted, and every telling is still there
// with --mentions and in export --all.
func TestDemoQuotesOnce(t *testing.T) {
	db := demoDB(t)
	const sochi = "any agreements Lukashenko signed in Sochi would be reviewed"
	tellings := func(hits []news.QuoteHit) []news.QuoteHit {
		var out []news.QuoteHit
		for _, h := range hits {
			if strings.HasPrefix(h.Quote.Text, sochi) {
				out = append(out, h)
			}
		}
		return out
	}
	quotes := func(args ...string) []news.QuoteHit {
		var hits []news.QuoteHit
		out := mustEntente(t, append([]string{"quotes", "--json", "--db", db, "--speaker", "Tsikhanouskaya"}, args...)...)
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("quotes --json: %v\n%s", err, out)
		}
		return hits
	}

	t.Run("Tsikhanouskaya's Sochi quote is listed once, from the original, told by 2 articles", func(t *testing.T) {
		got := tellings(quotes())
		if len(got) != 1 {
			t.Fatalf("listed %d times, want once: %+v", len(got), got)
		}
		h := got[0]
		if h.NumArticles != 2 || h.NumMentions != 2 || h.NumSources != 1 {
			t.Errorf("told %d times in %d articles from %d sources, want 2, 2, 1", h.NumMentions, h.NumArticles, h.NumSources)
		}
		if d := h.Article.Published.Format("2006-01-02"); d != "2020-09-14" {
			t.Errorf("shown from the article of %s, want the original of 2020-09-14", d)
		}
	})
	t.Run("--mentions lists both tellings", func(t *testing.T) {
		if got := tellings(quotes("--mentions")); len(got) != 2 {
			t.Errorf("listed %d tellings, want 2", len(got))
		}
	})
	t.Run("the quote line counts the articles and sources", func(t *testing.T) {
		out := mustEntente(t, "quotes", "--db", db, "--speaker", "Tsikhanouskaya")
		if n := strings.Count(out, sochi); n != 1 {
			t.Errorf("the quote printed %d times, want once:\n%s", n, out)
		}
		if !strings.Contains(out, "\t2 articles, 1 source\t") {
			t.Errorf("no count of articles and sources:\n%s", out)
		}
	})
	t.Run("the actor's latest quotes list it once", func(t *testing.T) {
		out := mustEntente(t, "actor", "--db", db, "Tsikhanouskaya")
		if n := strings.Count(out, sochi); n != 1 {
			t.Errorf("the quote printed %d times, want once:\n%s", n, out)
		}
	})
	t.Run("export folds the tellings and --all keeps every one", func(t *testing.T) {
		folded := mustEntente(t, "export", "quotes", "--db", db, "--speaker", "Tsikhanouskaya")
		all := mustEntente(t, "export", "quotes", "--all", "--db", db, "--speaker", "Tsikhanouskaya")
		if n, m := strings.Count(folded, sochi), strings.Count(all, sochi); n != 1 || m != 2 {
			t.Errorf("exported %d times, %d with --all; want 1 and 2", n, m)
		}
	})
}

func TestQuoteLineCounts(t *testing.T) {
	a := &news.Article{ID: 7, Title: "Talks"}
	q := news.Quote{Text: "We will see", Cue: "said", Direct: true}
	tests := []struct {
		name string
		h    news.QuoteHit
		want string
	}{
		{"a quote one article told has no counts", news.QuoteHit{Quote: q, Article: a, NumMentions: 1, NumArticles: 1, NumSources: 1},
			"-\t“We will see” (said)\tTalks [entente show 7]"},
		{"a quote told twice in one article has no counts", news.QuoteHit{Quote: q, Article: a, NumMentions: 2, NumArticles: 1, NumSources: 1},
			"-\t“We will see” (said)\tTalks [entente show 7]"},
		{"a quote several articles told counts them and their sources", news.QuoteHit{Quote: q, Article: a, NumMentions: 3, NumArticles: 3, NumSources: 2},
			"-\t“We will see” (said)\t3 articles, 2 sources\tTalks [entente show 7]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteLine(tt.h, ""); got != tt.want {
				t.Errorf("quoteLine = %q, want %q", got, tt.want)
			}
		})
	}
}
