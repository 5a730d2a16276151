package api

import (
	"fmt"
	"net/http"

	"github.com/entente-news/entente/internal/news"
)

// quotes serves GET /api/quotes?speaker=&mentions= with the article
// filters. One hit stands for each quote, with its num_articles and
// num_sources, unless mentions=true asks for every telling.
func (s *Server) quotes(w http.ResponseWriter, r *http.Request) error {
	if s.Quotes == nil || s.Actors == nil {
		return fmt.Errorf("quotes are not served: %w", news.ErrNotFound)
	}
	q := r.URL.Query()
	f, err := filter(q.Get)
	if err != nil {
		return err
	}
	qf := news.QuoteFilter{Filter: f}
	if qf.Mentions, err = flag(q.Get, "mentions"); err != nil {
		return err
	}
	if sp := q.Get("speaker"); sp != "" {
		if qf.Speaker, err = ResolveActor(r.Context(), s.Names, s.Actors, sp); err != nil {
			return err
		}
	}
	hits, err := s.Quotes.Quotes(r.Context(), qf)
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []news.QuoteHit{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"speaker": qf.Speaker, "quotes": hits})
}
