package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

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
		Article: a, Link: safeLink(a.URL), Paragraphs: paragraphs(a, s.actorHref, atParam(r.URL.Query().Get("at"))),
	})
}

// spanHref links to a span of an article, an event's sentence or a quote:
// the reader marks it and the fragment scrolls to it, without JavaScript.
func spanHref(id int64, sp news.Span) string {
	if sp.End <= sp.Start {
		return "/articles/" + strconv.FormatInt(id, 10)
	}
	return fmt.Sprintf("/articles/%d?at=%d-%d#%s", id, sp.Start, sp.End, targetID)
}

// atParam reads spanHref's at=START-END. A malformed or stale one (the
// article re-ingested with other offsets) marks nothing rather than
// failing the page: the article itself is still what the reader wants.
func atParam(v string) news.Span {
	a, b, ok := strings.Cut(v, "-")
	if !ok {
		return news.Span{}
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return news.Span{}
	}
	return news.Span{Start: start, End: end}
}

// removed answers htmx with the removed-lines panel alone, and a plain
// request with the article page showing the panel open.
func (s *Server) removed(w http.ResponseWriter, r *http.Request) error {
	a, err := s.load(r)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "article", articlePage{
		Article: a, Link: safeLink(a.URL), Paragraphs: paragraphs(a, s.actorHref, news.Span{}), ShowRemoved: true,
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
