package main

import (
	"encoding/csv"
	"encoding/json"
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

	t.Run("json and csv together are refused", func(t *testing.T) {
		if _, err := entente(t, "events", "--json", "--csv", "--db", db); err == nil {
			t.Error("events --json --csv succeeded")
		}
	})
}
