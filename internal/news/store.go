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
