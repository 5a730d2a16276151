package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
	"github.com/google/go-cmp/cmp"
)

// analysedDB stores three hand-made articles with mentions and quotes, as
// the analysis stages would leave them, and returns the database path.
func analysedDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "analysed.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	petrov := madeUp("https://a.example/2", time.Date(2020, 8, 20, 0, 0, 0, 0, time.UTC),
		"Ivan Petrov=NEW:IVAN_PETROV", "met", "Lukashenka=ALEXANDER_LUKASHENKO", "'it is over'=NEW:IVAN_PETROV")
	petrov.NewActors = []news.Actor{{ID: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Kind: "person", Descriptor: "a political analyst"}}
	if _, err := db.Put(context.Background(), []*news.Article{
		madeUp("https://a.example/1", time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC),
			"Lukashenko=ALEXANDER_LUKASHENKO", "called", "Putin=VLADIMIR_PUTIN", "'we stand firm'=ALEXANDER_LUKASHENKO"),
		petrov,
		madeUp("https://a.example/3", time.Date(2022, 2, 24, 0, 0, 0, 0, time.UTC),
			"Putin=VLADIMIR_PUTIN", "and", "Lukashenko=ALEXANDER_LUKASHENKO", "'we are one'=VLADIMIR_PUTIN", "Putin=VLADIMIR_PUTIN"),
	}); err != nil {
		t.Fatal(err)
	}
	return path
}

// madeUp builds an article of words; "text=ID" is a mention of ID, and
// "'text'=ID" a direct quote by ID.
func madeUp(url string, published time.Time, words ...string) *news.Article {
	a := &news.Article{URL: url, Title: "About " + url, Published: published, Source: "Wire"}
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		text, who, _ := strings.Cut(w, "=")
		start := b.Len()
		b.WriteString(text)
		sp := news.Span{Start: start, End: b.Len()}
		switch {
		case who == "":
		case strings.HasPrefix(text, "'"):
			a.Quotes = append(a.Quotes, news.Quote{Text: strings.Trim(text, "'"), Speaker: news.ActorID(who), Cue: "said", Direct: true, Span: sp})
		default:
			a.Mentions = append(a.Mentions, news.Mention{Span: sp, Text: text, Actor: news.ActorID(who), How: "name", Code: "BLRGOV"})
		}
	}
	a.Text = b.String()
	return a
}

func TestActorsCommand(t *testing.T) {
	db := analysedDB(t)
	t.Run("actors --json ranks by mentions and names knowledge-base actors", func(t *testing.T) {
		var got []news.ActorCount
		if err := json.Unmarshal([]byte(mustEntente(t, "actors", "--json", "--db", db)), &got); err != nil {
			t.Fatal(err)
		}
		want := []news.ActorCount{
			{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Articles: 3, Mentions: 3},
			{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Articles: 2, Mentions: 3},
			{Actor: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Articles: 1, Mentions: 1},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("actors (-want +got):\n%s", diff)
		}
	})
	t.Run("actors --top and --from narrow the ranking", func(t *testing.T) {
		out := mustEntente(t, "actors", "--db", db, "--top", "1", "--from", "2022-01-01")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 || !strings.Contains(lines[1], "VLADIMIR_PUTIN") || !strings.HasSuffix(lines[1], " 2") {
			t.Errorf("actors --top 1 --from 2022-01-01:\n%s", out)
		}
	})
	t.Run("actors refuses a bad date", func(t *testing.T) {
		if _, err := entente(t, "actors", "--db", db, "--to", "tomorrow"); err == nil {
			t.Error("no error for --to tomorrow")
		}
	})
	t.Run("actor by alias prints roles, months, co-mentions and quotes", func(t *testing.T) {
		out := mustEntente(t, "actor", "--db", db, "Lukashenka")
		for _, want := range []string{
			"ALEXANDER_LUKASHENKO  Alexander Lukashenko (person)",
			"President of Belarus",
			"mentions: 3 in 3 articles, 2020-08-10 to 2022-02-24",
			"2020-08      2      2",
			"2022-02      1      1",
			"VLADIMIR_PUTIN",
			"“we stand firm” (said)",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("actor Lukashenka lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("actor of a new actor by its name prints its descriptor", func(t *testing.T) {
		out := mustEntente(t, "actor", "--db", db, "Ivan", "Petrov")
		if !strings.Contains(out, "NEW:IVAN_PETROV  Ivan Petrov (person)") || !strings.Contains(out, "descriptor: a political analyst") {
			t.Errorf("actor Ivan Petrov:\n%s", out)
		}
	})
	t.Run("actor --json carries the knowledge-base record", func(t *testing.T) {
		var p struct {
			Actor  news.ActorID
			Record news.Actor
			Months []news.MonthCount
		}
		if err := json.Unmarshal([]byte(mustEntente(t, "actor", "--json", "--db", db, "VLADIMIR_PUTIN")), &p); err != nil {
			t.Fatal(err)
		}
		if p.Actor != "VLADIMIR_PUTIN" || len(p.Record.Aliases) == 0 || len(p.Months) != 2 {
			t.Errorf("actor --json VLADIMIR_PUTIN = %+v", p)
		}
	})
	t.Run("an unknown actor is an error that says so", func(t *testing.T) {
		if _, err := entente(t, "actor", "--db", db, "Nobody Atall"); err == nil || !strings.Contains(err.Error(), "no actor") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestQuotesCommand(t *testing.T) {
	db := analysedDB(t)
	tests := []struct {
		name string
		args []string
		want []string // quote texts in order
	}{
		{"all quotes come newest first", nil, []string{"we are one", "it is over", "we stand firm"}},
		{"a speaker by surname keeps that actor's quotes", []string{"--speaker", "Putin"}, []string{"we are one"}},
		{"a speaker by id keeps that actor's quotes", []string{"--speaker", "ALEXANDER_LUKASHENKO"}, []string{"we stand firm"}},
		{"a new speaker by name keeps its quotes", []string{"--speaker", "ivan petrov"}, []string{"it is over"}},
		{"dates bound the articles", []string{"--from", "2020-08-15", "--to", "2021-12-31"}, []string{"it is over"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits []news.QuoteHit
			out := mustEntente(t, append([]string{"quotes", "--json", "--db", db}, tt.args...)...)
			if err := json.Unmarshal([]byte(out), &hits); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Quote.Text)
				if h.Article == nil || h.Article.Title == "" || h.Article.URL == "" {
					t.Errorf("hit without its article: %+v", h)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotes %v (-want +got):\n%s", tt.args, diff)
			}
		})
	}
	t.Run("the text listing names the speaker and the article", func(t *testing.T) {
		out := mustEntente(t, "quotes", "--db", db, "--speaker", "Putin")
		want := "2022-02-24\tVladimir Putin\t“we are one” (said)\tAbout https://a.example/3 <https://a.example/3>\n"
		if out != want {
			t.Errorf("quotes --speaker Putin = %q, want %q", out, want)
		}
	})
}

func TestActorsAfterIngest(t *testing.T) {
	// The analysis stages run on ingest; what they find in a small JSONL
	// input must come back through the actor and quote commands.
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	line := `{"url":"https://a.example/x","title":"Talks in Minsk","published":"2020-08-10","text":"Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Monday. \"We will defend Belarus,\" Putin said after the talks, which lasted four hours."}`
	if err := os.WriteFile(in, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	mustEntente(t, "ingest", "--db", db, in)
	var cs []news.ActorCount
	if err := json.Unmarshal([]byte(mustEntente(t, "actors", "--json", "--db", db)), &cs); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cs {
		found = found || c.Actor == "VLADIMIR_PUTIN"
	}
	if !found {
		t.Errorf("Putin, named twice, is not among the actors after ingest: %+v", cs)
	}
	var hits []news.QuoteHit
	if err := json.Unmarshal([]byte(mustEntente(t, "quotes", "--json", "--db", db)), &hits); err != nil {
		t.Fatal(err)
	}
	t.Logf("quotes after ingest: %d", len(hits))
}
