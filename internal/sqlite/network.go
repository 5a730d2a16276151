package sqlite

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/entente-news/entente/internal/news"
)

var _ news.NetworkStore = (*DB)(nil)

// Network sizes: the default and the most nodes a query may ask for. A
// force layout of more than a few hundred nodes is a hairball anyway.
const (
	networkDefault = 50
	networkMax     = 500
)

// Network sums the realised events between two different named actors per
// unordered pair in SQL, then ranks the pairs' actors by their mentions in
// the articles published in the period and keeps the q.Limit first with
// the edges among them. An event told by several articles counts once, as
// in Dyad. Without date bounds undated events count too.
func (db *DB) Network(ctx context.Context, q news.NetworkQuery) (*news.Network, error) {
	if q.Limit < 0 {
		return nil, fmt.Errorf("network: negative limit %d: %w", q.Limit, news.ErrInvalid)
	}
	limit := min(q.Limit, networkMax)
	if limit == 0 {
		limit = networkDefault
	}
	// where checks the bounds and writes them for a.published; the events'
	// own dates take the same bounds.
	published, err := where(news.Filter{From: q.From, To: q.To})
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	dated := eventBounds(q.From, q.To)
	edges, err := db.networkEdges(ctx, dated)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	events := map[news.ActorID]int{}
	for _, e := range edges {
		events[e.A] += e.Events
		events[e.B] += e.Events
	}
	nodes, err := db.networkNodes(ctx, published, events)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	slices.SortFunc(nodes, func(x, y news.NetworkNode) int {
		return cmp.Or(cmp.Compare(y.Mentions, x.Mentions), cmp.Compare(y.Events, x.Events), cmp.Compare(x.Actor, y.Actor))
	})
	nodes = nodes[:min(limit, len(nodes))]
	kept := make(map[news.ActorID]bool, len(nodes))
	for _, n := range nodes {
		kept[n.Actor] = true
	}
	edges = slices.DeleteFunc(edges, func(e news.NetworkEdge) bool { return !kept[e.A] || !kept[e.B] })
	slices.SortFunc(edges, func(x, y news.NetworkEdge) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	return &news.Network{Nodes: nodes, Edges: edges}, nil
}

// eventBounds bounds e.date as where bounds a.published, which has already
// rejected reversed bounds: a To without a time of day means that whole day.
func eventBounds(from, to time.Time) clause {
	var c clause
	if !from.IsZero() {
		c.add("e.date >= ?", from.UTC().Format(timeLayout))
	}
	if !to.IsZero() {
		op := "<="
		if isDate(to) {
			to, op = to.AddDate(0, 0, 1), "<"
		}
		c.add("e.date "+op+" ?", to.UTC().Format(timeLayout))
	}
	return c
}

// networkEdges sums realised events per unordered actor pair. The inner
// query folds the tellings of one event (same actors, code, realisation
// and day, see doc.go) into one row, so that an edge counts events as Dyad
// does; min and max with two arguments are SQLite's scalar functions,
// which order the pair.
func (db *DB) networkEdges(ctx context.Context, w clause) ([]news.NetworkEdge, error) {
	w.conds = append(w.conds, "e.realized", "e.source != ''", "e.target != ''", "e.source != e.target")
	rows, err := db.db.QueryContext(ctx, `SELECT min(source, target), max(source, target),
		count(*), avg(goldstein), sum(quad_class = 1), sum(quad_class = 2),
		sum(quad_class = 3), sum(quad_class = 4)
		FROM (SELECT e.source, e.target, min(e.goldstein) AS goldstein, min(e.quad_class) AS quad_class
			FROM events e`+w.sql()+` GROUP BY e.source, e.target, e.cameo, e.realized, e.day)
		GROUP BY 1, 2`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("edges: %w", err)
	}
	defer rows.Close()
	var out []news.NetworkEdge
	for rows.Next() {
		var e news.NetworkEdge
		if err := rows.Scan(&e.A, &e.B, &e.Events, &e.Goldstein, &e.Quad[0], &e.Quad[1], &e.Quad[2], &e.Quad[3]); err != nil {
			return nil, fmt.Errorf("edges: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("edges: %w", err)
	}
	return out, nil
}

// networkNodes counts the mentions of each actor in events in the articles
// published in w's bounds. The actors go in as one JSON array, which keeps
// the statement the same whatever their number.
func (db *DB) networkNodes(ctx context.Context, w clause, events map[news.ActorID]int) ([]news.NetworkNode, error) {
	if len(events) == 0 {
		return []news.NetworkNode{}, nil
	}
	ids := make([]news.ActorID, 0, len(events))
	for id := range events {
		ids = append(ids, id)
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	w.conds = append([]string{"m.actor = j.value"}, w.conds...)
	rows, err := db.db.QueryContext(ctx, `SELECT j.value, coalesce(x.name, ''),
		(SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id`+w.sql()+`)
		FROM json_each(?) j LEFT JOIN actors x ON x.id = j.value`, append(w.args, string(list))...)
	if err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	defer rows.Close()
	out := make([]news.NetworkNode, 0, len(ids))
	for rows.Next() {
		var n news.NetworkNode
		if err := rows.Scan(&n.Actor, &n.Name, &n.Mentions); err != nil {
			return nil, fmt.Errorf("nodes: %w", err)
		}
		n.Events = events[n.Actor]
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	return out, nil
}
