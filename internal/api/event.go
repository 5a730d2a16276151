package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/entente-news/entente/internal/news"
)

// events serves GET /api/events?actor=&source_actor=&target_actor=&type=&realized=&mentions=
// with the article filters; from and to bound the events' dates. One hit
// stands for each event unless mentions=true asks for every telling.
func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	if s.Events == nil || s.Actors == nil {
		return fmt.Errorf("events are not served: %w", news.ErrNotFound)
	}
	q := r.URL.Query()
	f, err := filter(q.Get)
	if err != nil {
		return err
	}
	ef := news.EventFilter{Filter: f, Type: q.Get("type")}
	if ef.Realized, err = flag(q.Get, "realized"); err != nil {
		return err
	}
	if ef.Mentions, err = flag(q.Get, "mentions"); err != nil {
		return err
	}
	for _, p := range []struct {
		param string
		id    *news.ActorID
	}{{"actor", &ef.Actor}, {"source_actor", &ef.Source}, {"target_actor", &ef.Target}} {
		if *p.id, err = s.resolve(r.Context(), p.param, q.Get(p.param)); err != nil {
			return err
		}
	}
	hits, err := s.Events.Events(r.Context(), ef)
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []news.EventHit{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"events": hits})
}

// flag reads a boolean parameter; absent is false.
func flag(get func(string) string, name string) (bool, error) {
	switch v := get(name); v {
	case "", "false", "0":
		return false, nil
	case "true", "1":
		return true, nil
	default:
		return false, fmt.Errorf("%s %q: want true or false: %w", name, v, news.ErrInvalid)
	}
}

// dyads serves GET /api/dyads?a=&b=&by=&dir=&from=&to=.
func (s *Server) dyads(w http.ResponseWriter, r *http.Request) error {
	if s.Events == nil || s.Actors == nil {
		return fmt.Errorf("dyads are not served: %w", news.ErrNotFound)
	}
	q := r.URL.Query()
	if q.Get("a") == "" || q.Get("b") == "" {
		return fmt.Errorf("dyad: a and b are both needed: %w", news.ErrInvalid)
	}
	dq := news.DyadQuery{By: q.Get("by"), Direction: q.Get("dir")}
	var err error
	if dq.From, err = news.ParseDate(q.Get("from")); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if dq.To, err = news.ParseDate(q.Get("to")); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	if dq.A, err = s.resolve(r.Context(), "a", q.Get("a")); err != nil {
		return err
	}
	if dq.B, err = s.resolve(r.Context(), "b", q.Get("b")); err != nil {
		return err
	}
	series, err := s.Events.Dyad(r.Context(), dq)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, series)
}

// resolve turns a parameter into an actor ID; empty stays empty.
func (s *Server) resolve(ctx context.Context, param, v string) (news.ActorID, error) {
	if v == "" {
		return "", nil
	}
	id, err := ResolveActor(ctx, s.Names, s.Actors, v)
	if err != nil {
		return "", fmt.Errorf("%s: %w", param, err)
	}
	return id, nil
}
