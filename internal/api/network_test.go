package api_test

import (
	"context"
	"testing"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
	"github.com/google/go-cmp/cmp"
)

// networkServer serves a real in-memory store: Lukashenko thanks Putin in
// 2020, and Putin praises a new actor in 2022.
func networkServer(t *testing.T) *api.Server {
	t.Helper()
	db, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	thanks := article("https://n.example/1", day(2020, 8, 10), "Lukashenko=ALEXANDER_LUKASHENKO", "thanked", "Putin=VLADIMIR_PUTIN")
	thanks.Events = []news.Event{{Source: "ALEXANDER_LUKASHENKO", Target: "VLADIMIR_PUTIN", CAMEO: "051", QuadClass: 1,
		Goldstein: 3.4, Realized: true, Date: thanks.Published, Span: news.Span{Start: 0, End: len(thanks.Text)}}}
	praise := article("https://n.example/2", day(2022, 2, 24), "Putin=VLADIMIR_PUTIN", "praised", "Ivan Petrov=NEW:IVAN_PETROV", "Putin=VLADIMIR_PUTIN")
	praise.NewActors = []news.Actor{{ID: "NEW:IVAN_PETROV", Name: "Ivan <b>Petrov</b>", Kind: "person"}}
	praise.Events = []news.Event{{Source: "VLADIMIR_PUTIN", Target: "NEW:IVAN_PETROV", CAMEO: "051", QuadClass: 1,
		Goldstein: 3.4, Realized: true, Date: praise.Published, Span: news.Span{Start: 0, End: len(praise.Text)}}}
	if _, err := db.Put(context.Background(), []*news.Article{thanks, praise}); err != nil {
		t.Fatal(err)
	}
	return &api.Server{Store: db, Actors: db, Events: db, Names: kb}
}

func TestNetworkAPI(t *testing.T) {
	s := networkServer(t)
	tests := []struct {
		name, path string
		code       int
		want       *news.Network
	}{
		{"the network names its nodes from the knowledge base and the store", "/api/network", 200, &news.Network{
			Nodes: []news.NetworkNode{{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Mentions: 3, Events: 2},
				{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Mentions: 1, Events: 1},
				{Actor: "NEW:IVAN_PETROV", Name: "Ivan <b>Petrov</b>", Mentions: 1, Events: 1}},
			Edges: []news.NetworkEdge{{A: "ALEXANDER_LUKASHENKO", B: "VLADIMIR_PUTIN", Events: 1, Goldstein: 3.4, Quad: [4]int{1, 0, 0, 0}},
				{A: "NEW:IVAN_PETROV", B: "VLADIMIR_PUTIN", Events: 1, Goldstein: 3.4, Quad: [4]int{1, 0, 0, 0}}},
		}},
		{"a period keeps its events", "/api/network?from=2020-01-01&to=2020-12-31", 200, &news.Network{
			Nodes: []news.NetworkNode{{Actor: "ALEXANDER_LUKASHENKO", Name: "Alexander Lukashenko", Mentions: 1, Events: 1},
				{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Mentions: 1, Events: 1}},
			Edges: []news.NetworkEdge{{A: "ALEXANDER_LUKASHENKO", B: "VLADIMIR_PUTIN", Events: 1, Goldstein: 3.4, Quad: [4]int{1, 0, 0, 0}}},
		}},
		{"a limit keeps the most mentioned", "/api/network?limit=1", 200, &news.Network{
			Nodes: []news.NetworkNode{{Actor: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Mentions: 3, Events: 2}},
			Edges: []news.NetworkEdge{},
		}},
		{"a quiet period is empty lists, not nulls", "/api/network?from=2030-01-01", 200,
			&news.Network{Nodes: []news.NetworkNode{}, Edges: []news.NetworkEdge{}}},
		{"a bad date is a bad request", "/api/network?from=yesterday", 400, nil},
		{"reversed dates are a bad request", "/api/network?from=2021-01-01&to=2020-01-01", 400, nil},
		{"a negative limit is a bad request", "/api/network?limit=-3", 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body struct {
				*news.Network
				Error string
			}
			if code := get(t, s, tt.path, &body); code != tt.code {
				t.Fatalf("status %d, want %d: %s", code, tt.code, body.Error)
			}
			if diff := cmp.Diff(tt.want, body.Network); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
	t.Run("a store that draws no network does not serve one", func(t *testing.T) {
		var body struct{ Error string }
		if code := get(t, &api.Server{Store: storeOnly{s.Store}}, "/api/network", &body); code != 404 {
			t.Errorf("status %d, want 404: %s", code, body.Error)
		}
	})
}

// storeOnly hides every interface of a store but news.Store.
type storeOnly struct{ news.Store }
