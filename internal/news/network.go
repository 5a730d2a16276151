package news

import (
	"context"
	"time"
)

// A NetworkStore aggregates stored events into a graph of actors.
// internal/sqlite implements it.
type NetworkStore interface {
	// Network returns the actors that take part in realised events
	// between two different actors within q's dates, the q.Limit most
	// mentioned first, and the edges between them. A negative limit or
	// reversed dates wrap ErrInvalid.
	Network(ctx context.Context, q NetworkQuery) (*Network, error)
}

// A NetworkQuery bounds a network; zero fields do not filter.
type NetworkQuery struct {
	// From and To are inclusive bounds on the events' dates and on the
	// Published date of the articles whose mentions size the nodes.
	From, To time.Time
	// Limit is the most nodes to return; 0 means the store's default.
	Limit int
}

// A Network is who dealt with whom: actors as nodes, most mentioned
// first, and the pairs of them with realised events as edges, busiest
// first. Every edge's ends are among the nodes.
type Network struct {
	Nodes []NetworkNode `json:"nodes"`
	Edges []NetworkEdge `json:"edges"`
}

// A NetworkNode is one actor of a network. Name is set for stored new
// actors only; names of knowledge-base actors are the caller's to look up.
type NetworkNode struct {
	Actor    ActorID `json:"actor"`
	Name     string  `json:"name,omitempty"`
	Mentions int     `json:"mentions"` // in articles published in the period
	Events   int     `json:"events"`   // realised events it takes part in, on either side
}

// A NetworkEdge sums the realised events between two actors in either
// direction, an event told by several articles once, as a DyadPeriod
// does; A sorts before B. Actor IDs are taken as they are: unlike a
// DyadQuery, a country here is not the group of its sectors.
type NetworkEdge struct {
	A         ActorID `json:"a"`
	B         ActorID `json:"b"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"` // mean over the events
	Quad      [4]int  `json:"quad"`      // Quad[i] counts quad class i+1
}
