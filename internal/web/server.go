package web

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/entente-news/entente/internal/news"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// A Timeline counts matching articles per period ("year", "month", "day"),
// oldest first; an empty query text counts every article the filter passes.
// internal/sqlite implements it.
type Timeline interface {
	Counts(ctx context.Context, q news.Query, by string) ([]news.Bucket, error)
}

// Server holds what the pages need. Timeline may be nil: the search page
// then goes without its chart. Every page template sees the Server's
// optional parts through nav.
type Server struct {
	Store    news.Store
	Timeline Timeline
	// Actors, when set, adds the actor pages and links mentions to them;
	// Directory, when set, names the actors on them.
	Actors    news.ActorStore
	Directory Directory
	// Events, when set, adds the dyad page and links actor pairs to it;
	// Network, when set, adds the network page.
	Events  news.EventStore
	Network news.NetworkStore
	// Resolve turns what a user types into the dyad form (an ID, a name,
	// an alias) into an actor ID; nil takes the text as an ID.
	Resolve func(ctx context.Context, s string) (news.ActorID, error)
	Log     *slog.Logger

	pages map[string]*template.Template
}

// CSP is the Content-Security-Policy every response carries.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// Handler returns the pages' routes. It panics if the embedded templates do
// not parse, which a test catches before any release.
func (s *Server) Handler() http.Handler {
	s.pages = mustParse(template.FuncMap{
		"actorPages":  func() bool { return s.Actors != nil },
		"actorHref":   s.actorHref,
		"dyadPages":   func() bool { return s.Events != nil },
		"dyadHref":    dyadHref,
		"networkPage": func() bool { return s.Network != nil },
		"spanHref":    spanHref,
	})
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", s.handle(s.search))
	mux.Handle("GET /articles/{id}", s.handle(s.article))
	mux.Handle("GET /articles/{id}/removed", s.handle(s.removed))
	if s.Actors != nil {
		mux.Handle("GET /actors", s.handle(s.actors))
		mux.Handle("GET /actors/{id}", s.handle(s.actor))
	}
	if s.Events != nil {
		mux.Handle("GET /dyads", s.handle(s.dyad))
	}
	if s.Network != nil {
		mux.Handle("GET /network", s.handle(s.network))
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.Handle("/", s.handle(func(http.ResponseWriter, *http.Request) error {
		return news.ErrNotFound
	}))
	return secure(mux)
}

// secure sets the headers every response needs, static files included.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
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
		if err := s.render(w, r, code, "error", errorPage{Code: code, Status: http.StatusText(code), Message: msg}); err != nil && s.Log != nil {
			s.Log.Error("render error page", "err", err)
		}
	})
}

type errorPage struct {
	Code            int
	Status, Message string
}

// partial reports whether r is an htmx request for a fragment. A history
// restore wants the whole page even though htmx sends it.
func partial(r *http.Request) bool {
	return r.Header.Get("HX-Request") == "true" && r.Header.Get("HX-History-Restore-Request") != "true"
}

// render writes page with data: the whole page, or for htmx its fragment
// (the template named page+"-partial"). It renders into memory first so a
// template error becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, page string, data any) error {
	t, ok := s.pages[page]
	if !ok {
		return fmt.Errorf("render: no page %q", page)
	}
	name := "layout"
	if partial(r) {
		name = "partial"
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("render %s: %w", page, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Add("Vary", "HX-Request")
	w.WriteHeader(code)
	_, err := w.Write(buf.Bytes())
	return err
}

// pageNames are the templates/<name>.html files; each defines "content"
// (inside the layout) and "partial" (what htmx swaps in).
var pageNames = []string{"search", "article", "actors", "actor", "dyad", "network", "error"}

// extra adds the helpers that depend on the Server.
func mustParse(extra template.FuncMap) map[string]*template.Template {
	pages := make(map[string]*template.Template, len(pageNames))
	for _, p := range pageNames {
		pages[p] = template.Must(template.New(p).Funcs(funcs).Funcs(extra).ParseFS(templateFS,
			"templates/layout.html", "templates/pieces.html", "templates/"+p+".html"))
	}
	return pages
}
