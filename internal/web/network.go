package web

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"

	"github.com/entente-news/entente/internal/news"
)

// maxNetwork bounds the actors the network page asks for; the store has
// its own bound.
const maxNetwork = 200

type networkNode struct {
	named
	Mentions, Events int
}

type networkEdge struct {
	A, B      named
	Events    int
	Goldstein float64
	Quad      [4]int
	Color     string // the edge's colour for its mean Goldstein score
	Tone      string // "conflict", "neutral" or "cooperation", as a class
	Href      string // the pair's dyad page
}

type networkForm struct {
	From, To, Limit string
}

type networkPage struct {
	Form  networkForm
	Nodes []networkNode
	Edges []networkEdge
	Chart string
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	form := networkForm{From: v.Get("from"), To: v.Get("to"), Limit: v.Get("limit")}
	var q news.NetworkQuery
	var err error
	if q.From, err = news.ParseDate(form.From); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if q.To, err = news.ParseDate(form.To); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	if form.Limit != "" {
		if q.Limit, err = strconv.Atoi(form.Limit); err != nil || q.Limit < 1 || q.Limit > maxNetwork {
			return fmt.Errorf("limit %q: want 1 to %d actors: %w", form.Limit, maxNetwork, news.ErrInvalid)
		}
	}
	n, err := s.Network.Network(r.Context(), q)
	if err != nil {
		return err
	}
	page := networkPage{Form: form, Edges: s.networkEdges(n)}
	for _, x := range n.Nodes {
		page.Nodes = append(page.Nodes, networkNode{named: s.name(x.Actor, x.Name), Mentions: x.Mentions, Events: x.Events})
	}
	if page.Chart, err = networkChart(page.Nodes, page.Edges); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "network", page)
}

// networkEdges names the edges' ends, with the names the store keeps for
// new actors, and links each to its dyad page.
func (s *Server) networkEdges(n *news.Network) []networkEdge {
	stored := make(map[news.ActorID]string, len(n.Nodes))
	for _, x := range n.Nodes {
		stored[x.Actor] = x.Name
	}
	out := make([]networkEdge, 0, len(n.Edges))
	for _, e := range n.Edges {
		ne := networkEdge{A: s.name(e.A, stored[e.A]), B: s.name(e.B, stored[e.B]), Events: e.Events, Goldstein: e.Goldstein, Quad: e.Quad,
			Color: goldsteinColor(e.Goldstein), Tone: "neutral"}
		switch {
		case e.Goldstein <= -1:
			ne.Tone = "conflict"
		case e.Goldstein >= 1:
			ne.Tone = "cooperation"
		}
		if s.Events != nil {
			ne.Href = dyadHref(e.A, e.B)
		}
		out = append(out, ne)
	}
	return out
}

// Colours of the Goldstein scale's ends and middle.
var (
	conflictRGB    = [3]float64{0xb4, 0x23, 0x18}
	neutralRGB     = [3]float64{0x9c, 0xa3, 0xaf}
	cooperationRGB = [3]float64{0x15, 0x80, 0x3d}
)

// goldsteinColor blends red (−10, conflict) through grey (0) to green
// (+10, cooperation). It is computed here, not in app.js, so that a test
// pins the scale.
func goldsteinColor(g float64) string {
	f := math.Max(-1, math.Min(1, g/10))
	to := cooperationRGB
	if f < 0 {
		to, f = conflictRGB, -f
	}
	var c [3]int
	for i := range c {
		c[i] = int(math.Round(neutralRGB[i] + (to[i]-neutralRGB[i])*f))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// networkChart is the graph app.js draws: nodes with their mentions and
// actor page, edges by node index with their colour and dyad page.
func networkChart(nodes []networkNode, edges []networkEdge) (string, error) {
	type node struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Mentions int    `json:"mentions"`
		Events   int    `json:"events"`
		Href     string `json:"href"`
	}
	type edge struct {
		Source    string  `json:"source"`
		Target    string  `json:"target"`
		Events    int     `json:"events"`
		Goldstein float64 `json:"goldstein"`
		Color     string  `json:"color"`
		Href      string  `json:"href"`
	}
	c := struct {
		Nodes []node `json:"nodes"`
		Edges []edge `json:"edges"`
	}{Nodes: []node{}, Edges: []edge{}}
	for _, n := range nodes {
		c.Nodes = append(c.Nodes, node{ID: string(n.ID), Name: n.Name, Mentions: n.Mentions, Events: n.Events, Href: n.Href})
	}
	for _, e := range edges {
		c.Edges = append(c.Edges, edge{Source: string(e.A.ID), Target: string(e.B.ID), Events: e.Events,
			Goldstein: math.Round(e.Goldstein*100) / 100, Color: e.Color, Href: e.Href})
	}
	b, err := json.Marshal(c)
	if err != nil {
		return "", fmt.Errorf("network chart: %w", err)
	}
	return string(b), nil
}
