package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func TestEventsAndDyadOnDemo(t *testing.T) {
	db := demoDB(t)

	t.Run("the Belarus–Russia dyad has data in at least five years", func(t *testing.T) {
		out := mustEntente(t, "dyad", "BLR", "RUS", "--by", "year", "--json", "--db", db)
		var s news.DyadSeries
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("dyad json: %v\n%s", err, out)
		}
		years := 0
		for _, p := range s.Periods {
			if p.Events == 0 {
				continue
			}
			years++
			if p.Quad[0]+p.Quad[1]+p.Quad[2]+p.Quad[3] != p.Events {
				t.Errorf("%s: quad classes %v do not add up to %d events", p.Period, p.Quad, p.Events)
			}
			if len(p.Evidence) == 0 || p.Evidence[0].Sentence == "" || p.Evidence[0].Article.ID == 0 {
				t.Errorf("%s: no evidence sentence with its article", p.Period)
			}
		}
		if years < 5 {
			t.Errorf("events in %d years, want >= 5: %s", years, out)
		}
	})

	t.Run("names resolve and the text table shows the periods", func(t *testing.T) {
		out := mustEntente(t, "dyad", "Belarus", "Russia", "--by", "quarter", "--direction", "ab", "--db", db)
		if !strings.HasPrefix(out, "BLR → RUS by quarter\n") || !strings.Contains(out, "-Q") {
			t.Errorf("dyad table:\n%s", out)
		}
	})

	t.Run("by quarter, events known only to a year stand apart from the quarters", func(t *testing.T) {
		out := mustEntente(t, "dyad", "BLR", "RUS", "--by", "quarter", "--json", "--db", db)
		var s news.DyadSeries
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("dyad json: %v\n%s", err, out)
		}
		quarters := map[string]bool{}
		for _, p := range s.Periods {
			quarters[p.Period] = true
		}
		for _, p := range s.Coarse {
			if len(p.Period) != 4 && !strings.HasSuffix(p.Period, "0s") || quarters[p.Period] {
				t.Errorf("coarse period %q is no year or decade", p.Period)
			}
		}
		if len(s.Coarse) == 0 {
			t.Fatalf("no event dated only to a year: %s", out)
		}
		text := mustEntente(t, "dyad", "BLR", "RUS", "--by", "quarter", "--db", db)
		if !strings.Contains(text, "dated only to "+s.Coarse[0].Period+"\t") {
			t.Errorf("dyad table does not list %s apart:\n%s", s.Coarse[0].Period, text)
		}
	})

	t.Run("a bad period is an error", func(t *testing.T) {
		if _, err := entente(t, "dyad", "BLR", "RUS", "--by", "decade", "--db", db); err == nil {
			t.Error("dyad --by decade succeeded")
		}
	})

	t.Run("events print as JSON lines whose sentences mention the actors' countries", func(t *testing.T) {
		out := mustEntente(t, "events", "--actor", "BLR", "--realized", "--json", "--limit", "20", "--db", db)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 20 {
			t.Fatalf("got %d lines, want 20", len(lines))
		}
		for _, l := range lines {
			var h news.EventHit
			if err := json.Unmarshal([]byte(l), &h); err != nil {
				t.Fatalf("events line %q: %v", l, err)
			}
			e := h.Event
			if !e.Realized || h.Sentence == "" || h.Article == nil || h.Article.ID == 0 {
				t.Errorf("incomplete or unrealized event %s", l)
			}
			if e.Source != "BLR" && e.Target != "BLR" && !strings.HasPrefix(e.SourceCode, "BLR") && !strings.HasPrefix(e.TargetCode, "BLR") {
				t.Errorf("event without Belarus: %s", l)
			}
		}
	})

	t.Run("events print as CSV with a header", func(t *testing.T) {
		out := mustEntente(t, "events", "--source-actor", "RUS", "--target-actor", "BLR", "--csv", "--db", db)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) < 2 || strings.Join(recs[0], ",") != strings.Join(eventsCSVHeader, ",") {
			t.Fatalf("csv:\n%s", out)
		}
		for _, r := range recs[1:] {
			if !strings.HasPrefix(r[3], "RUS") && r[1] != "RUS" || !strings.HasPrefix(r[4], "BLR") && r[2] != "BLR" {
				t.Errorf("row not Russia → Belarus: %v", r)
			}
		}
	})

	t.Run("each event is listed once, its tellings counted, and --mentions lists them all", func(t *testing.T) {
		events := eventHits(t, mustEntente(t, "events", "--actor", "BLR", "--json", "--limit", "1000", "--db", db))
		tellings := eventHits(t, mustEntente(t, "events", "--actor", "BLR", "--mentions", "--json", "--limit", "1000", "--db", db))
		if len(tellings) >= 1000 {
			t.Fatalf("%d tellings fill the page; raise the limit", len(tellings))
		}
		// Every telling of an event has the event's actors, so the actor
		// filter keeps them all and the counts add up to the mentions.
		mentions, retold := 0, 0
		seen := map[int64]bool{}
		for _, h := range events {
			if h.NumSources < 1 || h.NumArticles < h.NumSources || h.NumMentions < h.NumArticles {
				t.Errorf("event %d: counts %d mentions, %d articles, %d sources", h.ID, h.NumMentions, h.NumArticles, h.NumSources)
			}
			if seen[h.ID] {
				t.Errorf("event %d listed twice", h.ID)
			}
			seen[h.ID] = true
			mentions += h.NumMentions
			if h.NumArticles > 1 {
				retold++
			}
		}
		if mentions != len(tellings) {
			t.Errorf("the events' mentions add up to %d, --mentions lists %d", mentions, len(tellings))
		}
		if retold == 0 {
			t.Error("no event is told by two articles, though the demo has a syndicated copy")
		}
		for _, h := range tellings {
			if !seen[h.ID] && h.NumMentions < 2 {
				t.Errorf("telling %d is of no listed event and of an event told once", h.ID)
			}
		}
	})

	t.Run("the dyad counts the events the event listing lists", func(t *testing.T) {
		s := dyadSeries(t, mustEntente(t, "dyad", "BLR", "RUS", "--by", "year", "--json", "--db", db))
		total := 0
		for _, p := range s.Periods {
			total += p.Events
		}
		listed := 0
		for _, pair := range [][2]string{{"BLR", "RUS"}, {"RUS", "BLR"}} {
			for _, h := range eventHits(t, mustEntente(t, "events", "--source-actor", pair[0], "--target-actor", pair[1],
				"--realized", "--json", "--limit", "1000", "--db", db)) {
				if !h.Event.Date.IsZero() {
					listed++
				}
			}
		}
		if total != listed {
			t.Errorf("the dyad counts %d realised events, the listings show %d", total, listed)
		}
	})

	t.Run("the syndicated copy adds no second evidence sentence to a period", func(t *testing.T) {
		s := dyadSeries(t, mustEntente(t, "dyad", "BLR", "RUS", "--by", "year", "--json", "--db", db))
		retold := 0
		for _, p := range s.Periods {
			cited := map[string]bool{}
			for _, h := range p.Evidence {
				e := h.Event
				k := fmt.Sprintf("%s %s %s %s", e.Source, e.Target, e.CAMEO, h.Sentence)
				if cited[k] {
					t.Errorf("%s cites %q twice", p.Period, k)
				}
				cited[k] = true
				if h.NumArticles > 1 {
					retold++
				}
			}
		}
		if retold == 0 {
			t.Error("no evidence is told by two articles, though the demo has a syndicated copy")
		}
		out := mustEntente(t, "dyad", "BLR", "RUS", "--by", "year", "--db", db)
		if !strings.Contains(out, " (2 articles, 1 source)\n") {
			t.Errorf("the text table does not say which evidence two articles told:\n%s", out)
		}
	})

	t.Run("events print their counts as text and CSV", func(t *testing.T) {
		out := mustEntente(t, "events", "--actor", "BLR", "--limit", "5", "--db", db)
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if !strings.Contains(l, " article") || !strings.Contains(l, " source") {
				t.Errorf("line without counts: %s", l)
			}
		}
		recs, err := csv.NewReader(strings.NewReader(mustEntente(t, "events", "--actor", "BLR", "--csv", "--db", db))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := slices.Index(recs[0], "num_articles")
		for _, r := range recs[1:] {
			if n, err := strconv.Atoi(r[col]); err != nil || n < 1 {
				t.Errorf("num_articles %q in %v", r[col], r)
			}
		}
	})

	t.Run("json and csv together are refused", func(t *testing.T) {
		if _, err := entente(t, "events", "--json", "--csv", "--db", db); err == nil {
			t.Error("events --json --csv succeeded")
		}
	})
}

// eventHits reads the JSON lines of `entente events --json`.
func eventHits(t *testing.T, out string) []news.EventHit {
	t.Helper()
	var hits []news.EventHit
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var h news.EventHit
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatalf("events line %q: %v", l, err)
		}
		hits = append(hits, h)
	}
	return hits
}

// dyadSeries reads the output of `entente dyad --json`.
func dyadSeries(t *testing.T, out string) news.DyadSeries {
	t.Helper()
	var s news.DyadSeries
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("dyad json: %v\n%s", err, out)
	}
	return s
}

// TestPrintDyadHeader prints series with and without periods: a table of
// coarse periods alone still has its header, and events dated only to a
// year are not called undated.
func TestPrintDyadHeader(t *testing.T) {
	const header = "period\tevents\t"
	coarse := []news.DyadPeriod{{Period: "2020", Events: 1, Quad: [4]int{0, 1, 0, 0}}}
	tests := []struct {
		name    string
		s       news.DyadSeries
		want    []string
		notWant string
	}{
		{"a series with periods heads its table",
			news.DyadSeries{By: "year", Periods: []news.DyadPeriod{{Period: "2020", Events: 1}}},
			[]string{header, "2020\t1\t"}, "no "},
		{"only coarse events: the table has its header and says none fits a quarter",
			news.DyadSeries{By: "quarter", Coarse: coarse},
			[]string{"no events dated to a quarter", header, "dated only to 2020\t1\t"}, "no dated events"},
		{"no events at all says so",
			news.DyadSeries{By: "year"},
			[]string{"no dated events between them"}, header},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			printDyad(&env{stdout: &out}, &tt.s)
			got := out.String()
			at := 0
			for _, w := range tt.want {
				i := strings.Index(got[at:], w)
				if i < 0 {
					t.Fatalf("no %q in order in:\n%s", w, got)
				}
				at += i + len(w)
			}
			if strings.Contains(got, tt.notWant) {
				t.Errorf("%q in:\n%s", tt.notWant, got)
			}
		})
	}
}
