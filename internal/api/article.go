package api

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/entente-news/entente/internal/news"
)

func (s *Server) article(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("article id %q: %w", r.PathValue("id"), news.ErrInvalid)
	}
	a, err := s.Store.Article(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a)
}

// maxLimit caps page sizes so one request cannot ask for the whole store.
const maxLimit = 1000

func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	text := q.Get("q")
	if text == "" {
		return fmt.Errorf("search: parameter q is required: %w", news.ErrInvalid)
	}
	if len(text) > 1000 {
		return fmt.Errorf("search: query longer than 1000 bytes: %w", news.ErrTooLarge)
	}
	f, err := filter(q.Get)
	if err != nil {
		return err
	}
	hits, err := s.Store.Search(r.Context(), news.Query{Text: text, Filter: f})
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []news.Hit{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"query": text, "hits": hits})
}

// filter reads the shared filter parameters.
func filter(get func(string) string) (news.Filter, error) {
	var f news.Filter
	var err error
	if f.From, err = news.ParseDate(get("from")); err != nil {
		return f, fmt.Errorf("from: %w", err)
	}
	if f.To, err = news.ParseDate(get("to")); err != nil {
		return f, fmt.Errorf("to: %w", err)
	}
	f.Source, f.Language = get("source"), get("lang")
	if f.Limit, err = count("limit", get("limit")); err != nil {
		return f, err
	}
	if f.Limit > maxLimit {
		f.Limit = maxLimit
	}
	if f.Offset, err = count("offset", get("offset")); err != nil {
		return f, err
	}
	return f, nil
}

func count(name, v string) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s %q: want a non-negative integer: %w", name, v, news.ErrInvalid)
	}
	return n, nil
}
