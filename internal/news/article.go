package news

import "time"

// An Article is a cleaned news article, the unit everything later refers to
// by byte offsets into Text.
type Article struct {
	ID        int64     `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Author    string    `json:"author"`
	Published time.Time `json:"published,omitzero"`
	Language  string    `json:"language"`
	Source    string    `json:"source"`
	Text      string    `json:"text"`

	// Origin is the Raw.Name the article was read from.
	Origin string `json:"origin,omitempty"`
	// Hash identifies the article when it has no URL: a hash of its
	// normalised text. Stores use it, with URL, to keep re-ingest idempotent.
	Hash string `json:"-"`
	// Removed lists what the cleaner dropped and why, for `show --why`.
	Removed []Removal `json:"removed,omitempty"`
	// Cluster is the ID of the first stored article of its near-duplicate
	// cluster (syndicated copies, reposts); its own ID when it has none.
	Cluster int64 `json:"cluster,omitempty"`
	// Signature and Bands are the text's MinHash signature and LSH band
	// hashes (internal/dedup), filled by the pipeline so that a store can
	// cluster near-duplicates without importing dedup.
	Signature []uint64 `json:"-"`
	Bands     []uint64 `json:"-"`

	// What the later stages find; stores keep them with the article.
	Mentions []Mention `json:"mentions,omitempty"`
	Quotes   []Quote   `json:"quotes,omitempty"`
	Events   []Event   `json:"events,omitempty"`
	Amounts  []Amount  `json:"amounts,omitempty"`
	Tone     *Tone     `json:"tone,omitempty"`
	// NewActors are the actors the article's mentions refer to that the
	// knowledge base lacks ("NEW:..." IDs), with the name, kind and
	// descriptor the article gives them.
	NewActors []Actor `json:"new_actors,omitempty"`
}

// A Removal is one line of boilerplate the cleaner dropped.
type Removal struct {
	Line string `json:"line"`
	Rule string `json:"rule"`
}

// A Span is a half-open byte range [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }
