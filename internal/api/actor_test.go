package api_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
	"github.com/google/go-cmp/cmp"
)

// names is a ten-line knowledge base: actors by ID, looked up by name or
// alias without regard to case.
type names map[news.ActorID]*news.Actor

func (n names) Actor(id news.ActorID) (*news.Actor, bool) { a, ok := n[id]; return a, ok }
func (n names) Lookup(name string) []*news.Actor {
	var out []*news.Actor
	for _, a := range n {
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, name) }) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b *news.Actor) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}

var kb = names{
	"ALEXANDER_LUKASHENKO": {ID: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Kind: "person", Aliases: []string{"Lukashenko", "Lukashenka"}},
	"VLADIMIR_PUTIN":       {ID: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Kind: "person", Aliases: []string{"Putin"}},
	"SERGEI_RUMAS": {ID: "SERGEI_RUMAS", Name: "Sergei Rumas", Kind: "person", Roles: []news.Role{
		{Code: "BLRGOV", From: day(2016, 1, 1), Until: day(2018, 8, 18)}, {Code: "BLRBUS", From: day(2010, 1, 1)}}},
	"BLRGOV":       {ID: "BLRGOV", Name: "Government of Belarus", Kind: "government"},
	"IVAN_IVANOV":  {ID: "IVAN_IVANOV", Name: "Ivan Ivanov", Kind: "person", Aliases: []string{"Ivanov"}},
	"PYOTR_IVANOV": {ID: "PYOTR_IVANOV", Name: "Pyotr Ivanov", Kind: "person", Aliases: []string{"Ivanov"}},
}

// article builds an article of the given words; a word naming an actor
// ("Putin=VLADIMIR_PUTIN") becomes a mention, and a word in quotes
// ("'yes'=VLADIMIR_PUTIN") a direct quote by that speaker.
func article(url string, published time.Time, words ...string) *news.Article {
	a := &news.Article{URL: url, Title: "About " + url, Published: published}
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
			a.Quotes = append(a.Quotes, news.Quote{Text: text, Speaker: news.ActorID(who), Direct: true, Cue: "said", Span: sp})
		default:
			a.Mentions = append(a.Mentions, news.Mention{Span: sp, Text: text, Actor: news.ActorID(who), How: "name"})
		}
	}
	a.Text = b.String()
	return a
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// server serves a real in-memory SQLite store holding three articles.
func server(t *testing.T) *api.Server {
	t.Helper()
	db, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	petrov := article("https://a.example/2", day(2020, 8, 20), "Ivan Petrov=NEW:IVAN_PETROV", "met", "Lukashenko=ALEXANDER_LUKASHENKO", "'it is over'=NEW:IVAN_PETROV")
	petrov.NewActors = []news.Actor{{ID: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Kind: "person", Descriptor: "a political analyst"}}
	if _, err := db.Put(context.Background(), []*news.Article{
		article("https://a.example/1", day(2020, 8, 10), "Lukashenko=ALEXANDER_LUKASHENKO", "called", "Putin=VLADIMIR_PUTIN", "'we stand firm'=ALEXANDER_LUKASHENKO"),
		petrov,
		article("https://a.example/3", day(2022, 2, 24), "Putin=VLADIMIR_PUTIN", "and", "Lukashenka=ALEXANDER_LUKASHENKO", "'we are one'=VLADIMIR_PUTIN", "Putin=VLADIMIR_PUTIN"),
	}); err != nil {
		t.Fatal(err)
	}
	return &api.Server{Store: db, Actors: db, Quotes: db, Names: kb}
}

// get requests path and decodes the JSON body into v.
func get(t *testing.T, s *api.Server, path string, v any) int {
	t.Helper()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v: %s", path, err, rec.Body)
	}
	return rec.Code
}

func TestActorsAPI(t *testing.T) {
	s := server(t)
	tests := []struct {
		name, path string
		want       []news.ActorCount
	}{
		{"actors rank by mentions then articles, named from the knowledge base and the store", "/api/actors", []news.ActorCount{
			{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Articles: 3, Mentions: 3},
			{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Articles: 2, Mentions: 3},
			{Actor: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Articles: 1, Mentions: 1},
		}},
		{"a date range narrows the articles counted", "/api/actors?from=2020-01-01&to=2020-12-31", []news.ActorCount{
			{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Articles: 2, Mentions: 2},
			{Actor: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Articles: 1, Mentions: 1},
			{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Articles: 1, Mentions: 1},
		}},
		{"a limit cuts the ranking", "/api/actors?limit=1", []news.ActorCount{
			{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Articles: 3, Mentions: 3},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ Actors []news.ActorCount }
			if code := get(t, s, tt.path, &got); code != 200 {
				t.Fatalf("status %d", code)
			}
			if diff := cmp.Diff(tt.want, got.Actors); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestActorAPI(t *testing.T) {
	s := server(t)
	type page struct {
		news.ActorInfo
		Record *news.Actor
		Error  string
	}
	tests := []struct {
		name, path string
		code       int
		check      func(page) string // what is wrong, or ""
	}{
		{"an actor by id has its record, months and co-mentions", "/api/actors/ALEXANDER_LUKASHENKO", 200, func(p page) string {
			want := page{
				ActorInfo: news.ActorInfo{
					ActorCount: news.ActorCount{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Articles: 3, Mentions: 3},
					FirstSeen:  day(2020, 8, 10), LastSeen: day(2022, 2, 24),
					Forms:       []news.FormCount{{Text: "Lukashenko", How: "name", Mentions: 2}, {Text: "Lukashenka", How: "name", Mentions: 1}},
					Codes:       []news.CodeCount{},
					Descriptors: []string{},
					Months:      []news.MonthCount{{Month: "2020-08", Articles: 2, Mentions: 2}, {Month: "2022-02", Articles: 1, Mentions: 1}},
					CoMentioned: []news.ActorCount{
						{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Articles: 2, Mentions: 3},
						{Actor: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Articles: 1, Mentions: 1},
					},
				},
				Record: kb["ALEXANDER_LUKASHENKO"],
			}
			if len(p.Quotes) != 1 || p.Quotes[0].Quote.Text != "'we stand firm'" || p.Quotes[0].Article.URL != "https://a.example/1" {
				return "quotes: " + mustJSON(p.Quotes)
			}
			p.Quotes = nil
			return cmp.Diff(want, p)
		}},
		{"an id in lower case finds the actor", "/api/actors/alexander_lukashenko", 200, func(p page) string {
			return cmp.Diff(news.ActorID("ALEXANDER_LUKASHENKO"), p.Actor)
		}},
		{"an alias finds the actor", "/api/actors/Lukashenka", 200, func(p page) string {
			return cmp.Diff(news.ActorID("ALEXANDER_LUKASHENKO"), p.Actor)
		}},
		{"a new actor has its stored record", "/api/actors/NEW:IVAN_PETROV", 200, func(p page) string {
			return cmp.Diff(&news.Actor{ID: "NEW:IVAN_PETROV", Name: "Ivan Petrov", Kind: "person", Descriptor: "a political analyst"}, p.Record)
		}},
		{"a new actor is found by its name", "/api/actors/ivan%20petrov", 200, func(p page) string {
			return cmp.Diff(news.ActorID("NEW:IVAN_PETROV"), p.Actor)
		}},
		{"a known actor no article mentions has zero counts", "/api/actors/SERGEI_RUMAS", 200, func(p page) string {
			if p.Mentions != 0 || p.Name != "Sergei Rumas" || p.Record == nil || p.Months == nil {
				return mustJSON(p)
			}
			return ""
		}},
		{"an untitled role is titled by its code's actor, one the knowledge base lacks stays blank", "/api/actors/SERGEI_RUMAS", 200, func(p page) string {
			if kb["SERGEI_RUMAS"].Roles[0].Title != "" {
				return "the knowledge base's record was changed"
			}
			return cmp.Diff([]news.Role{
				{Code: "BLRGOV", Title: "Government of Belarus", From: day(2016, 1, 1), Until: day(2018, 8, 18)}, {Code: "BLRBUS", From: day(2010, 1, 1)}}, p.Record.Roles)
		}},
		{"an unknown actor is not found", "/api/actors/Nobody", 404, func(p page) string {
			if !strings.Contains(p.Error, "no actor") {
				return p.Error
			}
			return ""
		}},
		{"a name two actors share, neither mentioned, is a bad request naming both", "/api/actors/Ivanov", 400, func(p page) string {
			if !strings.Contains(p.Error, "IVAN_IVANOV, PYOTR_IVANOV") {
				return p.Error
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p page
			if code := get(t, s, tt.path, &p); code != tt.code {
				t.Fatalf("status %d, want %d: %+v", code, tt.code, p)
			}
			if msg := tt.check(p); msg != "" {
				t.Errorf("GET %s: %s", tt.path, msg)
			}
		})
	}
	t.Run("a server without an actor store answers not found", func(t *testing.T) {
		var v struct{ Error string }
		if code := get(t, &api.Server{Store: s.Store}, "/api/actors", &v); code != 404 {
			t.Errorf("status %d", code)
		}
	})
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
