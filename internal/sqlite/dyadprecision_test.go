package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// TestDyadPrecision stores events dated to the day, the month, the year
// and the decade, and checks that each counts only in periods at least as
// coarse as its date, and stands apart in the finer series.
func TestDyadPrecision(t *testing.T) {
	db := MustOpenDB(t)
	at := func(e news.Event, date time.Time, prec string) news.Event {
		e.Date, e.DatePrecision = date, prec
		return e
	}
	cut := news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
		Type: "SANCTION", CAMEO: "163", QuadClass: 4, Goldstein: -8, Realized: true}
	loan := news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
		Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true}
	accuse := news.Event{Source: "BLR", Target: "RUS", SourceCode: "BLR", TargetCode: "RUS",
		Type: "ACCUSE", CAMEO: "112", QuadClass: 3, Goldstein: -2, Realized: true}
	treaty := news.Event{Source: "BLR", Target: "RUS", SourceCode: "BLR", TargetCode: "RUS",
		Type: "AGREE", CAMEO: "057", QuadClass: 1, Goldstein: 8, Realized: true}
	mustPut(t, db,
		eventDoc("https://p.example/1", "BelTA", day(2020, 1, 10), nil,
			coded{"Russia cut oil to Belarus on 1 January.", at(cut, day(2020, 1, 1), news.PrecisionDay)},
			coded{"Russia lent Belarus money on 1 January.", at(loan, day(2020, 1, 1), news.PrecisionDay)}),
		eventDoc("https://p.example/2", "TASS", day(2021, 9, 10), nil,
			coded{"Russia lent Belarus money in 2020.", at(loan, day(2020, 1, 1), news.PrecisionYear)}),
		eventDoc("https://p.example/3", "Delfi", day(2021, 9, 12), nil,
			coded{"Russia lent Belarus $1 billion in 2020.", at(loan, day(2020, 1, 1), news.PrecisionYear)}),
		eventDoc("https://p.example/4", "BelTA", day(2020, 3, 15), nil,
			coded{"Minsk accused Moscow in February.", at(accuse, day(2020, 2, 1), news.PrecisionMonth)}),
		eventDoc("https://p.example/5", "TASS", day(2019, 12, 7), nil,
			coded{"Twenty years ago Minsk and Moscow signed the treaty.", at(treaty, day(1999, 1, 1), news.PrecisionYear)},
			coded{"In the 1990s Minsk and Moscow signed many treaties.", at(treaty, day(1990, 1, 1), news.PrecisionDecade)}))
	tests := []struct {
		by              string
		periods, coarse []string // "period:events"
	}{
		{"day", []string{"2020-01-01:2"}, []string{"1990s:1", "1999:1", "2020:1", "2020-02:1"}},
		{"week", []string{"2020-W01:2"}, []string{"1990s:1", "1999:1", "2020:1", "2020-02:1"}},
		{"month", []string{"2020-01:2", "2020-02:1"}, []string{"1990s:1", "1999:1", "2020:1"}},
		{"quarter", []string{"2020-Q1:3"}, []string{"1990s:1", "1999:1", "2020:1"}},
		{"year", []string{"1999:1", "2020:4"}, []string{"1990s:1"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("by %s an event counts only where its date is known", tt.by), func(t *testing.T) {
			s, err := db.Dyad(context.Background(), news.DyadQuery{A: "BLR", B: "RUS", By: tt.by})
			if err != nil {
				t.Fatal(err)
			}
			brief := func(ps []news.DyadPeriod) []string {
				out := []string{}
				for _, p := range ps {
					out = append(out, fmt.Sprintf("%s:%d", p.Period, p.Events))
				}
				return out
			}
			if diff := cmp.Diff(tt.periods, brief(s.Periods)); diff != "" {
				t.Errorf("periods (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.coarse, brief(s.Coarse)); diff != "" {
				t.Errorf("coarse (-want +got):\n%s", diff)
			}
			for _, p := range s.Coarse {
				for _, h := range p.Evidence {
					if h.Sentence == "" {
						t.Errorf("%s: evidence without its sentence", p.Period)
					}
				}
			}
		})
	}
	t.Run("precisions come back as stored", func(t *testing.T) {
		a, err := db.Article(context.Background(), 5)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, e.DatePrecision)
		}
		if diff := cmp.Diff([]string{news.PrecisionYear, news.PrecisionDecade}, got); diff != "" {
			t.Errorf("precisions (-want +got):\n%s", diff)
		}
	})
}

// TestMigratedEventsAreDatedToTheDay opens a store as it was before
// precisions and checks that its events read back as dated to the day.
func TestMigratedEventsAreDatedToTheDay(t *testing.T) {
	db := MustOpenDB(t)
	a := eventDoc("https://m.example/1", "BelTA", day(2020, 1, 10), nil,
		coded{"Russia cut oil to Belarus.", news.Event{Source: "RUS", Target: "BLR", CAMEO: "163", QuadClass: 4, Realized: true}})
	mustPut(t, db, a)
	ctx := context.Background()
	// Undo what 0007 added, as a store from before it would be, and redo it.
	if _, err := db.db.ExecContext(ctx, "ALTER TABLE events DROP COLUMN date_precision"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.ExecContext(ctx, readFile(t, "migrations/0007_date_precision.sql")); err != nil {
		t.Fatal(err)
	}
	got, err := db.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p := got.Events[0].DatePrecision; p != news.PrecisionDay {
		t.Errorf("precision %q, want day", p)
	}
}

func readFile(tb testing.TB, name string) string {
	tb.Helper()
	b, err := migrations.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
