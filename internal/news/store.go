package news

import (
	"context"
	"time"
)

// A Store persists articles and finds them again. internal/sqlite implements
// it; a PostgreSQL backend can follow without touching the stages.
type Store interface {
	// Put stores a batch in one transaction. An article whose canonical URL,
	// or (without a URL) whose Hash, is already stored is not stored again
	// and is counted as a duplicate. Put sets ID on every article, the
	// existing ID for duplicates.
	Put(ctx context.Context, batch []*Article) (PutResult, error)
	// Article returns one article with its Removed lines; ErrNotFound if absent.
	Article(ctx context.Context, id int64) (*Article, error)
	// Search ranks articles by BM25; a malformed query wraps ErrInvalid.
	Search(ctx context.Context, q Query) ([]Hit, error)
	// List returns articles newest first, without Text.
	List(ctx context.Context, f Filter) ([]*Article, error)
	Close() error
}

// PutResult counts what a Put did.
type PutResult struct {
	Stored     int
	Duplicates int
}

// A Filter narrows a search or a listing; zero fields do not filter.
type Filter struct {
	From, To time.Time // inclusive bounds on Published
	Source   string
	Language string
	Limit    int // 0 means the store's default
	Offset   int
}

// A Query is a full-text search: FTS5 syntax ("belarus AND gas", "\"customs union\"", prefix*).
type Query struct {
	Text string
	Filter
}

// A Hit is one search result. Article.Text is left empty; Snippet holds the
// matching passage with matches between ⟦ and ⟧.
type Hit struct {
	Article *Article `json:"article"`
	Snippet string   `json:"snippet"`
	Score   float64  `json:"score"` // BM25; lower is better, as FTS5 reports it
}

// An ActorStore ranks the actors that stored articles mention and describes
// one of them. internal/sqlite implements it. It knows actors only by ID and
// by the records of actors the knowledge base lacks ("NEW:..." IDs); names
// of knowledge-base actors are the caller's to look up.
type ActorStore interface {
	// Actors ranks actors by mentions, then by articles, within f (its date
	// bounds apply to the articles' Published; Limit and Offset page).
	Actors(ctx context.Context, f ActorFilter) ([]ActorCount, error)
	// ActorDetail describes one actor; ErrNotFound when no stored article
	// mentions it and it is not a stored new actor.
	ActorDetail(ctx context.Context, id ActorID) (*ActorInfo, error)
	// ActorsNamed returns the stored new actors whose name matches name
	// case-insensitively.
	ActorsNamed(ctx context.Context, name string) ([]Actor, error)
}

// An ActorFilter narrows an actor ranking; zero fields do not filter.
type ActorFilter struct {
	Filter
}

// An ActorCount is how often an actor is mentioned. Name is set for stored
// new actors only.
type ActorCount struct {
	Actor    ActorID `json:"actor"`
	Name     string  `json:"name,omitempty"`
	Articles int     `json:"articles"` // distinct articles mentioning the actor
	Mentions int     `json:"mentions"`
}

// ActorInfo is what the stored articles say about one actor.
type ActorInfo struct {
	ActorCount
	// New is the stored record of an actor the knowledge base lacks; nil
	// for knowledge-base actors.
	New       *Actor      `json:"new,omitempty"`
	FirstSeen time.Time   `json:"first_seen,omitzero"` // earliest Published of a mentioning article
	LastSeen  time.Time   `json:"last_seen,omitzero"`
	Forms     []FormCount `json:"forms"` // how articles write the actor, most frequent first
	Codes     []CodeCount `json:"codes"` // CAMEO codes the mentions carry, most frequent first
	// Descriptors are what articles call the actor when quoting it ("the
	// Belarusian leader", "a political analyst"), most frequent first.
	Descriptors []string     `json:"descriptors"`
	Months      []MonthCount `json:"months"` // dated mentions per month, oldest first
	// CoMentioned ranks the actors mentioned in the same articles: Articles
	// counts the shared articles, Mentions their mentions there.
	CoMentioned []ActorCount `json:"co_mentioned"`
	// Quotes are the actor's latest quotes, newest article first.
	Quotes []QuoteHit `json:"quotes"`
}

// A FormCount is one way articles refer to an actor.
type FormCount struct {
	Text     string `json:"text"`
	How      string `json:"how"`
	Mentions int    `json:"mentions"`
}

// A CodeCount is one CAMEO code mentions of an actor carried, and the dates
// of the first and last article that coded it so.
type CodeCount struct {
	Code     string    `json:"code"`
	Mentions int       `json:"mentions"`
	From     time.Time `json:"from,omitzero"`
	To       time.Time `json:"to,omitzero"`
}

// A MonthCount counts an actor's mentions in articles published in one month.
type MonthCount struct {
	Month    string `json:"month"` // "2020-08"
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// A QuoteStore finds stored quotes. internal/sqlite implements it.
type QuoteStore interface {
	// Quotes returns quotes newest article first, undated last, then in
	// text order within an article.
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteHit, error)
}

// A QuoteFilter narrows a quote listing; zero fields do not filter.
type QuoteFilter struct {
	Speaker ActorID
	Filter
}

// A QuoteHit is one quote with the article it came from. Article carries
// ID, URL, Title, Published, Source and Language but no Text.
type QuoteHit struct {
	Quote   Quote    `json:"quote"`
	Article *Article `json:"article"`
}
