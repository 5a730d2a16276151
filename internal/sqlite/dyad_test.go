package sqlite

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// dyadCorpus stores hand-made Belarus–Russia articles over two months.
func dyadCorpus(tb testing.TB, db *DB) {
	tb.Helper()
	agree := news.Event{Source: "ALEXANDER_LUKASHENKO", Target: "VLADIMIR_PUTIN", SourceCode: "BLRGOV", TargetCode: "RUSGOV",
		Type: "AGREE", CAMEO: "057", QuadClass: 1, Goldstein: 8, Realized: true}
	aid := news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
		Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true}
	accuse := news.Event{Source: "BLRGOV", Target: "RUS", SourceCode: "BLRGOV", TargetCode: "RUS",
		Type: "ACCUSE", CAMEO: "112", QuadClass: 3, Goldstein: -2, Realized: true}
	promise := news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
		Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: false, Modality: "promise"}
	seize := news.Event{Source: "RUSMIL", Target: "BLRMIL", SourceCode: "RUSMIL", TargetCode: "BLRMIL",
		Type: "SEIZE", CAMEO: "181", QuadClass: 4, Goldstein: -9, Realized: true}
	other := news.Event{Source: "BLR", Target: "LTU", SourceCode: "BLR", TargetCode: "LTU",
		Type: "SANCTION", CAMEO: "163", QuadClass: 4, Goldstein: -8, Realized: true}
	mustPut(tb, db,
		eventDoc("https://d.example/1", "BelTA", day(2020, 8, 3), ptr(2),
			coded{"Lukashenko agreed with Putin.", agree},
			coded{"Russia aided Belarus.", aid}),
		eventDoc("https://d.example/2", "TASS", day(2020, 8, 20), ptr(-4),
			coded{"Minsk accused Moscow.", accuse},
			coded{"Moscow promised aid.", promise},
			coded{"Belarus sanctioned Lithuania.", other}),
		eventDoc("https://d.example/3", "belta", day(2020, 8, 25), nil,
			coded{"Russia aided Belarus again.", aid}),
		eventDoc("https://d.example/4", "Delfi", day(2020, 9, 1), ptr(-6),
			coded{"Russian troops seized a Belarusian base.", seize}),
		eventDoc("https://d.example/5", "Delfi", time.Time{}, nil,
			coded{"Russia aided Belarus once.", aid}))
}

func TestDyad(t *testing.T) {
	db := MustOpenDB(t)
	dyadCorpus(t, db)
	type period struct {
		Period                      string
		Events, Unrealized          int
		Quad                        [4]int
		Types                       map[string]int
		Goldstein, Tone             float64
		Articles, Sources, ToneArts int
		Evidence                    []string
	}
	aug := period{Period: "2020-08", Events: 4, Unrealized: 1, Quad: [4]int{1, 2, 1, 0},
		Types:     map[string]int{"AGREE": 1, "AID": 2, "ACCUSE": 1},
		Goldstein: (8 + 7.4 + 7.4 - 2) / 4, Tone: (2 - 4) / 2.0, Articles: 3, Sources: 2, ToneArts: 2,
		Evidence: []string{"Lukashenko agreed with Putin.", "Russia aided Belarus.", "Russia aided Belarus again."}}
	sep := period{Period: "2020-09", Events: 1, Quad: [4]int{0, 0, 0, 1}, Types: map[string]int{"SEIZE": 1},
		Goldstein: -9, Tone: -6, Articles: 1, Sources: 1, ToneArts: 1,
		Evidence: []string{"Russian troops seized a Belarusian base."}}
	tests := []struct {
		name    string
		q       news.DyadQuery
		want    []period
		undated int
	}{
		{
			name: "by month, both directions, countries stand for their sectors and leaders",
			q:    news.DyadQuery{A: "BLR", B: "RUS", By: "month"},
			want: []period{aug, sep}, undated: 1,
		},
		{
			name: "the order of the pair does not matter in both directions",
			q:    news.DyadQuery{A: "RUS", B: "BLR"},
			want: []period{aug, sep}, undated: 1,
		},
		{
			name: "direction ab keeps what A did to B",
			q:    news.DyadQuery{A: "BLR", B: "RUS", By: "year", Direction: "ab"},
			want: []period{{Period: "2020", Events: 2, Quad: [4]int{1, 0, 1, 0}, Types: map[string]int{"AGREE": 1, "ACCUSE": 1},
				Goldstein: 3, Tone: -1, Articles: 2, Sources: 2, ToneArts: 2,
				Evidence: []string{"Lukashenko agreed with Putin.", "Minsk accused Moscow."}}},
		},
		{
			name: "direction ba keeps what B did to A, counting the promise apart",
			q:    news.DyadQuery{A: "BLR", B: "RUS", By: "quarter", Direction: "ba"},
			want: []period{{Period: "2020-Q3", Events: 3, Unrealized: 1, Quad: [4]int{0, 2, 0, 1}, Types: map[string]int{"AID": 2, "SEIZE": 1},
				Goldstein: (7.4 + 7.4 - 9) / 3, Tone: (2 - 6) / 2.0, Articles: 3, Sources: 2, ToneArts: 2,
				Evidence: []string{"Russian troops seized a Belarusian base.", "Russia aided Belarus.", "Russia aided Belarus again."}}},
			undated: 1,
		},
		{
			name: "a sector matches only its own events",
			q:    news.DyadQuery{A: "RUSMIL", B: "BLRMIL", By: "week"},
			want: []period{{Period: "2020-W36", Events: 1, Quad: [4]int{0, 0, 0, 1}, Types: map[string]int{"SEIZE": 1},
				Goldstein: -9, Tone: -6, Articles: 1, Sources: 1, ToneArts: 1,
				Evidence: []string{"Russian troops seized a Belarusian base."}}},
		},
		{
			name: "people are matched by id",
			q:    news.DyadQuery{A: "ALEXANDER_LUKASHENKO", B: "VLADIMIR_PUTIN", By: "day"},
			want: []period{{Period: "2020-08-03", Events: 1, Quad: [4]int{1, 0, 0, 0}, Types: map[string]int{"AGREE": 1},
				Goldstein: 8, Tone: 2, Articles: 1, Sources: 1, ToneArts: 1,
				Evidence: []string{"Lukashenko agreed with Putin."}}},
		},
		{
			name: "dates bound the events and leave out the undated",
			q:    news.DyadQuery{A: "BLR", B: "RUS", From: day(2020, 9, 1), To: day(2020, 12, 31)},
			want: []period{sep},
		},
		{
			name: "a pair with no events has no periods",
			q:    news.DyadQuery{A: "BLR", B: "USA"},
			want: []period{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := db.Dyad(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := []period{}
			for _, p := range s.Periods {
				g := period{Period: p.Period, Events: p.Events, Unrealized: p.Unrealized, Quad: p.Quad, Types: p.Types,
					Goldstein: p.Goldstein, Tone: p.Tone, Articles: p.Articles, Sources: p.Sources, ToneArts: p.ToneArticles}
				for _, e := range p.Evidence {
					g.Evidence = append(g.Evidence, e.Sentence)
				}
				got = append(got, g)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Dyad mismatch (-want +got):\n%s", diff)
			}
			if s.Undated != tt.undated {
				t.Errorf("Undated = %d, want %d", s.Undated, tt.undated)
			}
		})
	}
	t.Run("evidence carries the article and the event", func(t *testing.T) {
		s, err := db.Dyad(context.Background(), news.DyadQuery{A: "BLR", B: "RUS", By: "year"})
		if err != nil || len(s.Periods) != 1 {
			t.Fatalf("Dyad = %+v, %v", s, err)
		}
		e := s.Periods[0].Evidence[0]
		if e.Article.URL != "https://d.example/4" || e.Article.Title == "" || !e.Article.Published.Equal(day(2020, 9, 1)) ||
			e.Event.CAMEO != "181" || e.Event.Goldstein != -9 {
			t.Errorf("evidence = %+v %+v", e.Event, e.Article)
		}
		if !s.Periods[0].Start.Equal(day(2020, 1, 1)) {
			t.Errorf("year starts %v", s.Periods[0].Start)
		}
	})
	for _, q := range []news.DyadQuery{
		{A: "BLR", B: "RUS", By: "decade"},
		{A: "BLR", B: "RUS", Direction: "sideways"},
		{A: "BLR"},
	} {
		t.Run(fmt.Sprintf("a query %+v is invalid", q), func(t *testing.T) {
			if _, err := db.Dyad(context.Background(), q); !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("Dyad = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestDyadCountsEachEventOnce(t *testing.T) {
	db := MustOpenDB(t)
	loan := news.Event{Source: "VLADIMIR_PUTIN", Target: "ALEXANDER_LUKASHENKO", SourceCode: "RUSGOV", TargetCode: "BLRGOV",
		Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true}
	talks := news.Event{Source: "VLADIMIR_PUTIN", Target: "ALEXANDER_LUKASHENKO", SourceCode: "RUSGOV", TargetCode: "BLRGOV",
		Type: "CONSULT", CAMEO: "040", QuadClass: 1, Goldstein: 1, Realized: true}
	seize := news.Event{Source: "RUSMIL", Target: "BLRMIL", SourceCode: "RUSMIL", TargetCode: "BLRMIL",
		Type: "SEIZE", CAMEO: "181", QuadClass: 4, Goldstein: -9, Realized: true}
	sochiNews := func(url, source string, published time.Time) *news.Article {
		return story(eventDoc(url, source, published, ptr(1),
			coded{"Putin lent Lukashenko money.", loan}, coded{"They met in Sochi.", talks}), sochi)
	}
	original, copied := sochiNews("https://c.example/1", "BelTA", day(2020, 9, 14)), sochiNews("https://c.example/2", "belta", day(2020, 9, 15))
	mustPut(t, db, original, copied,
		story(eventDoc("https://c.example/3", "TASS", day(2020, 9, 20), ptr(-3), coded{"Troops seized a base.", seize}), gas))
	s, err := db.Dyad(context.Background(), news.DyadQuery{A: "RUS", B: "BLR", By: "year"})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Periods) != 1 {
		t.Fatalf("%d periods, want 1: %+v", len(s.Periods), s.Periods)
	}
	p := s.Periods[0]
	type evidence struct {
		Sentence                    string
		Article                     int64
		Mentions, Articles, Sources int
	}
	type summary struct {
		Events, Articles, Sources, ToneArticles int
		Quad                                    [4]int
		Goldstein, Tone                         float64
		Evidence                                []evidence
	}
	got := summary{Events: p.Events, Articles: p.Articles, Sources: p.Sources, ToneArticles: p.ToneArticles,
		Quad: p.Quad, Goldstein: p.Goldstein, Tone: p.Tone}
	for _, h := range p.Evidence {
		got.Evidence = append(got.Evidence, evidence{h.Sentence, h.Article.ID, h.NumMentions, h.NumArticles, h.NumSources})
	}
	want := summary{Events: 3, Articles: 3, Sources: 2, ToneArticles: 3, Quad: [4]int{1, 1, 0, 1},
		Goldstein: (7.4 + 1 - 9) / 3, Tone: (1 + 1 - 3) / 3.0,
		// Told by two articles, the loan and the talks outrank the
		// stronger seizure; each is cited once, from the original.
		Evidence: []evidence{
			{"Putin lent Lukashenko money.", original.ID, 2, 2, 1},
			{"They met in Sochi.", original.ID, 2, 2, 1},
			{"Troops seized a base.", original.ID + 2, 1, 1, 1},
		}}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("the same events told by a copy (-want +got):\n%s", diff)
	}
}

func TestPeriod(t *testing.T) {
	at := time.Date(2021, 1, 2, 15, 0, 0, 0, time.UTC) // a Saturday in ISO week 53 of 2020
	tests := []struct {
		by, name string
		start    time.Time
	}{
		{"day", "2021-01-02", day(2021, 1, 2)},
		{"week", "2020-W53", day(2020, 12, 28)},
		{"month", "2021-01", day(2021, 1, 1)},
		{"quarter", "2021-Q1", day(2021, 1, 1)},
		{"year", "2021", day(2021, 1, 1)},
	}
	for _, tt := range tests {
		t.Run("a "+tt.by+" is named "+tt.name, func(t *testing.T) {
			name, start, err := period(tt.by, at)
			if err != nil || name != tt.name || !start.Equal(tt.start) {
				t.Errorf("period(%s) = %s, %v, %v; want %s, %v", tt.by, name, start, err, tt.name, tt.start)
			}
		})
	}
}

func BenchmarkDyad(b *testing.B) {
	db := MustOpenDB(b)
	var batch []*news.Article
	for i := range 2000 {
		e := news.Event{Source: "BLR", Target: "RUS", SourceCode: "BLRGOV", TargetCode: "RUS",
			Type: "CONSULT", CAMEO: "040", QuadClass: 1 + i%4, Goldstein: float64(i%20) - 10, Realized: i%5 != 0}
		if i%2 == 1 {
			e.Source, e.Target, e.SourceCode, e.TargetCode = "RUS", "BLR", "RUSGOV", "BLRMIL"
		}
		// Nine other dyads per article, as in a corpus where one pair is a
		// small part of the events, so the query's index use shows.
		cs := []coded{{"Belarus met Russia.", e}}
		for j, pair := range []string{"USACHN", "UKRRUS", "POLBLR", "LTUBLR", "DEUFRA", "RUSUSA", "CHNRUS", "BLRUKR", "FRAGBR"} {
			src, tgt := news.ActorID(pair[:3]), news.ActorID(pair[3:])
			cs = append(cs, coded{fmt.Sprintf("They met %d.", j), news.Event{Source: src, Target: tgt,
				SourceCode: string(src) + "GOV", TargetCode: string(tgt), CAMEO: "040", QuadClass: 1, Realized: true}})
		}
		batch = append(batch, eventDoc(fmt.Sprintf("https://b.example/%d", i), fmt.Sprintf("S%d", i%7),
			day(2000+i%25, time.Month(1+i%12), 1+i%28), ptr(float64(i%9)-4), cs...))
	}
	mustPut(b, db, batch...)
	for _, by := range []string{"month", "year"} {
		b.Run(by, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := db.Dyad(context.Background(), news.DyadQuery{A: "BLR", B: "RUS", By: by}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzPeriod checks that every time falls in the period period names: the
// period starts at or before it, and its start is in the same period.
func FuzzPeriod(f *testing.F) {
	f.Add(int64(1609599600), uint8(1))
	f.Add(int64(0), uint8(3))
	f.Add(int64(-62135596800), uint8(4))
	bys := []string{"day", "week", "month", "quarter", "year"}
	f.Fuzz(func(t *testing.T, sec int64, k uint8) {
		at := time.Unix(sec%(1<<36), 0).UTC()
		by := bys[int(k)%len(bys)]
		name, start, err := period(by, at)
		if err != nil {
			t.Fatal(err)
		}
		if start.After(at) {
			t.Errorf("%s %v starts after it, at %v", by, at, start)
		}
		if again, _, _ := period(by, start); again != name {
			t.Errorf("%s %v is %s but its start %v is %s", by, at, name, start, again)
		}
	})
}
