package api

import (
	"fmt"
	"net/http"

	"github.com/entente-news/entente/internal/news"
)

// network serves GET /api/network?from=&to=&limit=: the actors with
// realised events between them, named from the knowledge base where the
// store has no name. The store serves it when it is a news.NetworkStore.
func (s *Server) network(w http.ResponseWriter, r *http.Request) error {
	ns, ok := s.Store.(news.NetworkStore)
	if !ok {
		return fmt.Errorf("the network is not served: %w", news.ErrNotFound)
	}
	q := r.URL.Query()
	var nq news.NetworkQuery
	var err error
	if nq.From, err = news.ParseDate(q.Get("from")); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if nq.To, err = news.ParseDate(q.Get("to")); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	if nq.Limit, err = count("limit", q.Get("limit")); err != nil {
		return err
	}
	n, err := ns.Network(r.Context(), nq)
	if err != nil {
		return err
	}
	if n.Nodes == nil {
		n.Nodes = []news.NetworkNode{}
	}
	if n.Edges == nil {
		n.Edges = []news.NetworkEdge{}
	}
	if s.Names != nil {
		for i := range n.Nodes {
			if a, ok := s.Names.Actor(n.Nodes[i].Actor); ok && n.Nodes[i].Name == "" {
				n.Nodes[i].Name = a.Name
			}
		}
	}
	return writeJSON(w, http.StatusOK, n)
}
