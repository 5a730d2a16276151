package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// entente runs the CLI in-process and returns what it printed.
func entente(t *testing.T, args ...string) (stdout string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	if errOut.Len() > 0 {
		t.Logf("stderr of %v:\n%s", args, errOut.String())
	}
	return out.String(), err
}

func mustEntente(t *testing.T, args ...string) string {
	t.Helper()
	out, err := entente(t, args...)
	if err != nil {
		t.Fatalf("entente %v: %v\n%s", args, err, out)
	}
	return out
}

// demoDB ingests the embedded demo corpus once into a temporary store.
func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	out := mustEntente(t, "demo", "--no-serve", "--db", db)
	if !strings.Contains(out, "ingested") || !strings.Contains(out, "try: entente --db "+db+" dyad BLR RUS --by year\n") {
		t.Fatalf("demo printed no summary or no command to try: %s", out)
	}
	return db
}

func TestDemoEndToEnd(t *testing.T) {
	db := demoDB(t)

	t.Run("the demo corpus yields at least 40 articles", func(t *testing.T) {
		out := mustEntente(t, "list", "--json", "--db", db)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 40 {
			t.Fatalf("list gave %d articles, want >= 40", len(lines))
		}
		for _, l := range lines {
			var a struct {
				ID     int64  `json:"id"`
				Title  string `json:"title"`
				Source string `json:"source"`
			}
			if err := json.Unmarshal([]byte(l), &a); err != nil {
				t.Fatalf("list line %q: %v", l, err)
			}
			if a.ID == 0 || a.Title == "" || a.Source == "" {
				t.Errorf("incomplete list line %s", l)
			}
		}
	})

	t.Run("search finds the gas disputes and shows snippets", func(t *testing.T) {
		out := mustEntente(t, "search", "--json", "--db", db, "gas")
		var hits []struct {
			Article struct{ ID int64 } `json:"article"`
			Snippet string             `json:"snippet"`
		}
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("search json: %v\n%s", err, out)
		}
		if len(hits) == 0 || !strings.Contains(strings.ToLower(hits[0].Snippet), "gas") {
			t.Fatalf("no gas hits with snippets: %s", out)
		}
		show := mustEntente(t, "show", "--json", "--db", db, itoa(hits[0].Article.ID))
		var a map[string]any
		if err := json.Unmarshal([]byte(show), &a); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "url", "title", "author", "published", "language", "source", "text"} {
			if _, ok := a[k]; !ok {
				t.Errorf("show --json lacks %q", k)
			}
		}
	})

	t.Run("a malformed query gets a clear error, not a crash", func(t *testing.T) {
		_, err := entente(t, "search", "--db", db, `"unbalanced`)
		if err == nil || !strings.Contains(err.Error(), "query") {
			t.Errorf("err = %v, want a query syntax error", err)
		}
	})

	t.Run("a bad date filter is refused", func(t *testing.T) {
		if _, err := entente(t, "search", "--db", db, "--from", "last week", "gas"); err == nil {
			t.Error("no error for --from 'last week'")
		}
	})

	t.Run("show --why lists removed boilerplate with rules", func(t *testing.T) {
		// Some text article of the demo carries boilerplate; find one.
		out := mustEntente(t, "list", "--json", "--db", db)
		found := false
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var a struct{ ID int64 }
			json.Unmarshal([]byte(l), &a)
			why := mustEntente(t, "show", "--why", "--db", db, itoa(a.ID))
			if !strings.Contains(why, "nothing was removed") {
				found = true
				break
			}
		}
		if !found {
			t.Error("no demo article had any boilerplate removed")
		}
	})

	t.Run("ingesting the corpus again stores nothing new", func(t *testing.T) {
		before := mustEntente(t, "list", "--json", "--db", db)
		c := "../../internal/demo/corpus/"
		out := mustEntente(t, "ingest", "--db", db, c+"text", c+"html", c+"articles.jsonl", c+"feed.rss", c+"crawl.warc.gz")
		if !strings.Contains(out, "ingested 0,") {
			t.Errorf("re-ingest summary: %s", out)
		}
		after := mustEntente(t, "list", "--json", "--db", db)
		if before != after {
			t.Error("re-ingest changed the store")
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
