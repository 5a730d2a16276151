package api_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
	"github.com/google/go-cmp/cmp"
)

// eventServer serves a real in-memory store holding three articles with
// Belarus–Russia events, one sentence per event.
func eventServer(t *testing.T) *api.Server {
	t.Helper()
	db, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	doc := func(url string, published time.Time, sentence string, e news.Event) *news.Article {
		e.Span, e.Date = news.Span{Start: 0, End: len(sentence)}, published
		return &news.Article{URL: url, Title: "About " + url, Published: published, Source: "BelTA", Text: sentence,
			Events: []news.Event{e}}
	}
	if _, err := db.Put(context.Background(), []*news.Article{
		doc("https://e.example/1", day(2020, 8, 10), "Lukashenko thanked Putin.",
			news.Event{Source: "ALEXANDER_LUKASHENKO", Target: "VLADIMIR_PUTIN", SourceCode: "BLRGOV", TargetCode: "RUSGOV",
				Type: "", CAMEO: "051", QuadClass: 1, Goldstein: 3.4, Realized: true}),
		doc("https://e.example/2", day(2020, 9, 14), "Russia lent Belarus $1.5 billion.",
			news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
				Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true}),
		doc("https://e.example/3", day(2021, 1, 5), "Russia threatened Belarus.",
			news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
				Type: "THREATEN", CAMEO: "130", QuadClass: 3, Goldstein: -4.4, Realized: false, Modality: "threat"}),
	}); err != nil {
		t.Fatal(err)
	}
	// Another outlet tells the loan the same day: the same event.
	retold := doc("https://f.example/2", day(2020, 9, 14), "Moscow lent Minsk $1.5 billion.",
		news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR",
			Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true})
	retold.Source = "Reuters"
	if _, err := db.Put(context.Background(), []*news.Article{retold}); err != nil {
		t.Fatal(err)
	}
	countries := names{
		"BLR":                  {ID: "BLR", Name: "Belarus", Kind: "country"},
		"RUS":                  {ID: "RUS", Name: "Russia", Kind: "country"},
		"ALEXANDER_LUKASHENKO": kb["ALEXANDER_LUKASHENKO"],
	}
	return &api.Server{Store: db, Actors: db, Events: db, Names: countries}
}

func TestEventsAPI(t *testing.T) {
	s := eventServer(t)
	tests := []struct {
		name, path string
		code       int
		want       []string // sentence @ article URL
	}{
		{"all events come newest first", "/api/events", 200,
			[]string{"Russia threatened Belarus. @https://e.example/3", "Russia lent Belarus $1.5 billion. @https://e.example/2",
				"Lukashenko thanked Putin. @https://e.example/1"}},
		{"a country by name stands for its sectors and people", "/api/events?target_actor=Russia", 200,
			[]string{"Lukashenko thanked Putin. @https://e.example/1"}},
		{"realized leaves out threats", "/api/events?source_actor=RUS&realized=true", 200,
			[]string{"Russia lent Belarus $1.5 billion. @https://e.example/2"}},
		{"a type filter keeps that type", "/api/events?actor=BLR&type=THREATEN", 200,
			[]string{"Russia threatened Belarus. @https://e.example/3"}},
		{"mentions lists every telling of an event", "/api/events?source_actor=RUS&realized=true&mentions=true", 200,
			[]string{"Russia lent Belarus $1.5 billion. @https://e.example/2", "Moscow lent Minsk $1.5 billion. @https://f.example/2"}},
		{"a bad mentions flag is a bad request", "/api/events?mentions=all", 400, nil},
		{"an unknown actor is not found", "/api/events?actor=Nobody", 404, nil},
		{"a bad realized flag is a bad request", "/api/events?realized=maybe", 400, nil},
		{"a type that is not PLOVER's is a bad request, not an empty list", "/api/events?type=THREATS", 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body struct {
				Events []news.EventHit
				Error  string
			}
			if code := get(t, s, tt.path, &body); code != tt.code {
				t.Fatalf("status %d, want %d: %s", code, tt.code, body.Error)
			}
			var got []string
			for _, h := range body.Events {
				got = append(got, h.Sentence+" @"+h.Article.URL)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestDyadsAPI(t *testing.T) {
	s := eventServer(t)
	tests := []struct {
		name, path string
		code       int
		want       []string // period: events/unrealized goldstein
	}{
		{"a yearly series in both directions", "/api/dyads?a=Belarus&b=RUS&by=year", 200,
			[]string{"2020: 2/0 5.4", "2021: 0/1 0.0"}},
		{"a monthly series by default", "/api/dyads?a=BLR&b=RUS", 200,
			[]string{"2020-08: 1/0 3.4", "2020-09: 1/0 7.4", "2021-01: 0/1 0.0"}},
		{"one direction keeps what a did to b", "/api/dyads?a=BLR&b=RUS&by=year&dir=ab", 200,
			[]string{"2020: 1/0 3.4"}},
		{"a date range bounds the events", "/api/dyads?a=BLR&b=RUS&by=month&from=2020-09-01&to=2020-09-30", 200,
			[]string{"2020-09: 1/0 7.4"}},
		{"a bad period is a bad request", "/api/dyads?a=BLR&b=RUS&by=decade", 400, nil},
		{"a bad direction is a bad request", "/api/dyads?a=BLR&b=RUS&dir=up", 400, nil},
		{"a missing actor is a bad request", "/api/dyads?a=BLR", 400, nil},
		{"an unknown actor is not found", "/api/dyads?a=BLR&b=Atlantis", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body struct {
				news.DyadSeries
				Error string
			}
			if code := get(t, s, tt.path, &body); code != tt.code {
				t.Fatalf("status %d, want %d: %s", code, tt.code, body.Error)
			}
			var got []string
			for _, p := range body.Periods {
				got = append(got, fmt.Sprintf("%s: %d/%d %.1f", p.Period, p.Events, p.Unrealized, p.Goldstein))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
	t.Run("periods cite their evidence sentence", func(t *testing.T) {
		var body news.DyadSeries
		get(t, s, "/api/dyads?a=BLR&b=RUS&by=year&dir=ba", &body)
		if len(body.Periods) == 0 || len(body.Periods[0].Evidence) != 1 ||
			body.Periods[0].Evidence[0].Sentence != "Russia lent Belarus $1.5 billion." {
			t.Errorf("evidence: %+v", body.Periods)
		}
	})
}
