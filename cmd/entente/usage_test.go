package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
)

// emptyStore creates a store with nothing in it.
func emptyStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "empty.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestUsageErrors runs commands a user gets wrong on an empty store: each
// must fail with one line that says what was wanted.
func TestUsageErrors(t *testing.T) {
	db := emptyStore(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a dyad with one actor asks for both in the words of its usage", []string{"dyad", "BLR"}, `dyad: want A B, got 1 argument ("BLR"); see entente dyad --help`},
		{"a speaker given as an argument is named as the stray argument", []string{"quotes", "Putin"}, `quotes: want no arguments, got 1 argument ("Putin")`},
		{"show without an id asks for one", []string{"show"}, "show: want ID, got 0 arguments"},
		{"export without a kind lists the kinds", []string{"export"}, "export: want articles|quotes|events, got 0 arguments"},
		{"a top of zero is refused under the flag's own name, not shown as the store's default page", []string{"actors", "--top", "0"}, "--top 0: want 1 or more"},
		{"a negative limit is refused", []string{"list", "--limit", "-2"}, "--limit -2: want 1 or more"},
		{"a negative offset is refused", []string{"search", "--offset", "-1", "gas"}, "--offset -1: want 0 or more"},
		{"eval without a task lists the tasks and fails", []string{"eval"}, "name a task: extraction,"},
		{"an event type that is not PLOVER's is refused with the list", []string{"events", "--type", "NOPE"}, `type "NOPE": want a PLOVER type (AGREE,`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := entente(t, append(tt.args, "--db", db)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("entente %v = %v (stdout %q), want one line containing %q", tt.args, err, out, tt.want)
			}
		})
	}
}

// TestMissingStore runs the reading commands on a store that does not
// exist: a mistyped --db must fail, not create an empty store that answers
// nothing.
func TestMissingStore(t *testing.T) {
	for _, args := range [][]string{{"list"}, {"search", "gas"}, {"show", "1"}, {"actors"}, {"actor", "BLR"},
		{"quotes"}, {"events"}, {"dyad", "BLR", "RUS"}, {"export", "events"}, {"serve", "--addr", "127.0.0.1:0"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "typo.db")
			_, err := entente(t, append(args, "--db", path)...)
			if err == nil || !strings.Contains(err.Error(), "no store at "+path+": run entente ingest or entente demo first") {
				t.Errorf("err = %v, want no store at %s", err, path)
			}
			if _, err := os.Stat(path); err == nil {
				t.Errorf("%s was created", path)
			}
		})
	}
}

// TestEmptyAnswers runs commands whose answer is empty on an empty store:
// they succeed and say so plainly.
func TestEmptyAnswers(t *testing.T) {
	db := emptyStore(t)
	tests := []struct {
		name   string
		args   []string
		want   string
		absent string
	}{
		{"a dyad without events says so and prints no table header", []string{"dyad", "BLR", "RUS", "--by", "year"},
			"BLR ↔ RUS by year\nno dated events between them\n", "period\t"},
		{"filtered actors say the filters select nothing", []string{"actors", "--from", "2030-01-01"},
			"no actor is mentioned in the articles these filters select\n", ""},
		{"an empty list says so", []string{"list"}, "no articles\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := mustEntente(t, append(tt.args, "--db", db)...)
			if out != tt.want || (tt.absent != "" && strings.Contains(out, tt.absent)) {
				t.Errorf("entente %v printed %q, want %q", tt.args, out, tt.want)
			}
		})
	}
}

func TestQuoteLine(t *testing.T) {
	direct := news.Quote{Text: "We will see", Cue: "said", Direct: true}
	indirect := news.Quote{Text: "he had asked Putin for a loan", Cue: "said"}
	tests := []struct {
		name string
		q    news.Quote
		a    news.Article
		want string
	}{
		{"an article with a URL is shown by it", direct, news.Article{ID: 7, Title: "Talks", URL: "https://e.example/7"},
			"-\tLukashenko\t“We will see” (said)\tTalks <https://e.example/7>"},
		{"an article without a URL is shown by the command that opens it, not by empty brackets", direct, news.Article{ID: 7, Title: "Talks"},
			"-\tLukashenko\t“We will see” (said)\tTalks [entente show 7]"},
		{"reported speech is not put in quotation marks, which would make the reporter's words the speaker's",
			indirect, news.Article{ID: 7, Title: "Talks"},
			"-\tLukashenko\the had asked Putin for a loan (said, reported)\tTalks [entente show 7]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteLine(news.QuoteHit{Quote: tt.q, Article: &tt.a}, "Lukashenko"); got != tt.want {
				t.Errorf("quoteLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShellWord(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plain path stays as it is", "/tmp/demo.db", "/tmp/demo.db"},
		{"a path with a space is quoted", "/tmp/my demo.db", "'/tmp/my demo.db'"},
		{"a quote inside is escaped the shell's way", "it's.db", `'it'\''s.db'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shellWord(tt.in); got != tt.want {
				t.Errorf("shellWord(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestPageNote runs listings whose page is full, or not, on the demo: a
// full page says on stderr how to see the next, and stdout stays the
// listing alone.
func TestPageNote(t *testing.T) {
	db := demoDB(t)
	note := func(n, next int, from string) string {
		return fmt.Sprintf("(%d shown%s, maybe more: --offset %d for the next page, --limit for a longer one)\n", n, from, next)
	}
	tests := []struct {
		name string
		args []string
		want string // on stderr
	}{
		{"a full default page of events says how to see the next", []string{"events"}, note(50, 50, "")},
		{"a later full page counts from its offset", []string{"quotes", "--limit", "5", "--offset", "10"}, note(5, 15, " from offset 10")},
		{"a full page of search hits says so", []string{"search", "Belarus", "--limit", "2"}, note(2, 2, "")},
		{"a page that is not full says nothing", []string{"events", "--actor", "Lukashenko", "--type", "SANCTION"}, ""},
		{"JSON lines carry no note", []string{"list", "--json", "--limit", "2"}, ""},
		{"a full ranking of actors says so in its own flag's words", []string{"actors", "--top", "3"},
			"(3 shown, maybe more: --offset 3 for the next page, --top for a longer one)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run(context.Background(), append(tt.args, "--db", db), strings.NewReader(""), &out, &errOut); err != nil {
				t.Fatal(err)
			}
			if errOut.String() != tt.want || strings.Contains(out.String(), "maybe more") {
				t.Errorf("stderr %q, want %q (stdout has the note: %v)", errOut.String(), tt.want, strings.Contains(out.String(), "maybe more"))
			}
		})
	}
}

func TestPrintRanking(t *testing.T) {
	long := "Organization for Security and Co-operation in Europe and Beyond It"
	tests := []struct {
		name string
		cs   []news.ActorCount
		want string
	}{
		{"columns fit the longest ID and name, so the counts line up",
			[]news.ActorCount{{Actor: "BLR", Name: "Belarus", Articles: 44, Mentions: 218},
				{Actor: "OSCE", Name: "Organization for Security and Co-operation in Europe", Articles: 3, Mentions: 5}},
			"rank  actor  name                                                 articles mentions\n" +
				"   1  BLR    Belarus                                                    44      218\n" +
				"   2  OSCE   Organization for Security and Co-operation in Europe        3        5\n"},
		{"a name past the cap ends in an ellipsis, Cyrillic counted by characters",
			[]news.ActorCount{{Actor: "NEW:x", Name: long, Articles: 1, Mentions: 1}, {Actor: "BLR", Name: "Беларусь", Articles: 2, Mentions: 2}},
			"rank  actor  name                                                     articles mentions\n" +
				"   1  NEW:x  " + string([]rune(long)[:55]) + "…        1        1\n" +
				"   2  BLR    Беларусь                                                        2        2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			printRanking(&b, 0, tt.cs)
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("printRanking (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEventLine(t *testing.T) {
	a := &news.Article{ID: 7, Title: "Talks"}
	day := time.Date(2024, 8, 18, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		ev   news.Event
		want string
	}{
		{"both sides named", news.Event{Source: "BLR", Target: "UKR", Type: "MOBILIZE", CAMEO: "154", Goldstein: -7.2, Realized: true, Date: day},
			"2024-08-18\tBLR → UKR\tMOBILIZE 154 -7.2\t1 article, 1 source\tBelarus moved troops.\tTalks [entente show 7]"},
		{"a side the coder could not name is a question mark, not a gap", news.Event{Source: "BLR", Type: "COOPERATE", CAMEO: "062", Goldstein: 7.4, Realized: true, Date: day},
			"2024-08-18\tBLR → ?\tCOOPERATE 062 7.4\t1 article, 1 source\tBelarus moved troops.\tTalks [entente show 7]"},
		{"an unrealised, undated event says so", news.Event{Target: "BLR", Type: "THREATEN", CAMEO: "138", Goldstein: -7, Modality: "hypothetical"},
			"undated\t? → BLR\tTHREATEN 138 -7.0 (hypothetical)\t1 article, 1 source\tBelarus moved troops.\tTalks [entente show 7]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := news.EventHit{Event: tt.ev, Sentence: "Belarus moved\ntroops.", Article: a, NumArticles: 1, NumSources: 1}
			if got := eventLine(h); got != tt.want {
				t.Errorf("eventLine =\n%q, want\n%q", got, tt.want)
			}
		})
	}
}

// TestPageNoteAtStoreCap checks a page cut by the store rather than by
// --limit: asked for 5000, the store answers its most, and that full page
// must still say there may be more.
func TestPageNoteAtStoreCap(t *testing.T) {
	tests := []struct {
		name  string
		limit int
		n     int
		want  bool
	}{
		{"a page the store cut below the limit asks for the next", 5000, sqlite.MaxLimit, true},
		{"a short page under the cap says nothing", 5000, sqlite.MaxLimit - 1, false},
		{"a page as long as the limit asks for the next", 10, 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errOut bytes.Buffer
			ff := filterFlags{limit: tt.limit, limitFlag: "limit"}
			ff.more(&env{stderr: &errOut}, tt.n)
			if got := strings.Contains(errOut.String(), "maybe more"); got != tt.want {
				t.Errorf("note %q, want one: %v", errOut.String(), tt.want)
			}
		})
	}
}
