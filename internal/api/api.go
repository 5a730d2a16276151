package api

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/entente-news/entente/internal/news"
)

// Server holds what the handlers need.
type Server struct {
	Store news.Store
	// Actors and Quotes serve /api/actors and /api/quotes; nil leaves those
	// routes answering 404.
	Actors news.ActorStore
	Quotes news.QuoteStore
	// Events serves /api/events and /api/dyads; nil leaves them answering 404.
	Events news.EventStore
	// Names looks up knowledge-base actors by ID and name; may be nil.
	Names Names
	Log   *slog.Logger
}

// Handler returns the API's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", s.handle(s.health))
	mux.Handle("GET /api/search", s.handle(s.search))
	mux.Handle("GET /api/articles/{id}", s.handle(s.article))
	mux.Handle("GET /api/actors", s.handle(s.actors))
	mux.Handle("GET /api/actors/{id}", s.handle(s.actor))
	mux.Handle("GET /api/quotes", s.handle(s.quotes))
	mux.Handle("GET /api/events", s.handle(s.events))
	mux.Handle("GET /api/dyads", s.handle(s.dyads))
	mux.Handle("GET /api/network", s.handle(s.network))
	mux.Handle("/api/", s.handle(func(w http.ResponseWriter, r *http.Request) error {
		// The catch-all hides the mux's own 405 for a route asked with
		// another method (POST /api/search); a client should learn the
		// route exists and that it wants GET, not that it is missing.
		get := r.Clone(r.Context())
		get.Method = http.MethodGet
		if _, pattern := mux.Handler(get); pattern != "/api/" && pattern != "" {
			w.Header().Set("Allow", "GET, HEAD")
			return fmt.Errorf("%s %s: use GET: %w", r.Method, r.URL.Path, news.ErrMethod)
		}
		return news.ErrNotFound
	}))
	return mux
}

// handlerFunc is an http.HandlerFunc that returns its error instead of writing it.
type handlerFunc func(http.ResponseWriter, *http.Request) error

func (s *Server) handle(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		code := news.Status(err)
		if code >= 500 && s.Log != nil {
			s.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		}
		msg := err.Error()
		if code >= 500 {
			msg = http.StatusText(code) // don't leak internals
		}
		writeJSON(w, code, map[string]string{"error": msg})
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	return enc.Encode(v)
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
