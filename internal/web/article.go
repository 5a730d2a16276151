package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/entente-news/entente/internal/news"
)

type articlePage struct {
	Article *news.Article
	// Link is the article's URL when it is safe to link to (http or https);
	// anything else is shown as text.
	Link       string
	Paragraphs [][]piece
	// ShowRemoved renders the removed-lines panel open, for the page
	// without JavaScript.
	ShowRemoved bool
}

func (s *Server) load(r *http.Request) (*news.Article, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, fmt.Errorf("article id %q: %w", r.PathValue("id"), news.ErrInvalid)
	}
	return s.Store.Article(r.Context(), id)
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) error {
	a, err := s.load(r)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "article", articlePage{
		Article: a, Link: safeLink(a.URL), Paragraphs: paragraphs(a, s.actorHref),
	})
}

// removed answers htmx with the removed-lines panel alone, and a plain
// request with the article page showing the panel open.
func (s *Server) removed(w http.ResponseWriter, r *http.Request) error {
	a, err := s.load(r)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "article", articlePage{
		Article: a, Link: safeLink(a.URL), Paragraphs: paragraphs(a, s.actorHref), ShowRemoved: true,
	})
}

// safeLink returns u if it is an absolute http(s) URL. html/template would
// defuse a javascript: URL anyway, but a link to "#ZgotmplZ" helps no one.
func safeLink(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}
