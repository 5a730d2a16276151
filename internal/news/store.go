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
	// Quotes are the actor's latest quotes, newest article first, each
	// once (see QuoteHit).
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
	// text order within an article: each quote once (see QuoteHit), or
	// every article's telling of it with f.Mentions.
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteHit, error)
}

// A QuoteFilter narrows a quote listing; zero fields do not filter.
type QuoteFilter struct {
	Speaker ActorID
	// Mentions lists every article's telling of a quote; by default the
	// tellings of one quote are folded into one hit (see QuoteHit). The
	// other fields select tellings either way: a quote is listed when one
	// of its tellings matches.
	Mentions bool
	Filter
}

// A QuoteHit is one quote with the article it came from. Article carries
// ID, URL, Title, Published, Source and Language but no Text.
//
// The same quote is the same speaker saying the same words (compared
// without case, quote marks, spacing or closing punctuation) in any
// article, a syndicated copy or a re-edited wire story alike; words
// too short to tell one occasion from another, and quotes with no
// speaker actor, are the same only within copies of one story.
// internal/sqlite's package doc gives the whole rule. A folded hit shows
// the quote's first telling: the earliest published matching article.
type QuoteHit struct {
	Quote   Quote    `json:"quote"`
	Article *Article `json:"article"`
	// NumMentions, NumArticles and NumSources count, as EventHit's do,
	// all the stored tellings of the quote, whatever the query left out:
	// the tellings, the distinct articles and the distinct sources.
	NumMentions int `json:"num_mentions"`
	NumArticles int `json:"num_articles"`
	NumSources  int `json:"num_sources"`
}

// An EventStore finds stored events and aggregates them into dyad series.
// internal/sqlite implements it. Actors are IDs; a three-letter country ID
// ("BLR") also stands for every actor whose CAMEO code starts with it
// (BLRGOV, BLRMIL), so a country is the group of its sectors.
type EventStore interface {
	// Events returns events newest event date first, undated last, then in
	// text order within an article: each event once (see EventHit), or
	// every article's telling of it with f.Mentions.
	Events(ctx context.Context, f EventFilter) ([]EventHit, error)
	// Dyad aggregates the events between q.A and q.B per period, oldest
	// period first; a bad period or direction wraps ErrInvalid.
	Dyad(ctx context.Context, q DyadQuery) (*DyadSeries, error)
}

// An EventFilter narrows an event listing; zero fields do not filter.
// Filter's From and To bound the event's Date, its Source and Language the
// article.
type EventFilter struct {
	Actor    ActorID // on either side
	Source   ActorID // the actor who acts
	Target   ActorID // the actor acted upon
	Type     string  // a PLOVER type ("SANCTION"), or a CAMEO code prefix ("17")
	Realized bool    // only realised events
	// Mentions lists every article's telling of an event; by default the
	// tellings of one event are folded into one hit (see EventHit). The
	// other fields select tellings either way: an event is listed when one
	// of its tellings matches.
	Mentions bool
	Filter
}

// An EventHit is one event with its evidence sentence and the article it
// came from. Article carries ID, URL, Title, Published, Source and Language
// but no Text.
//
// The same event is the same source and target actors, CAMEO code and
// realisation on the same day (the event's Date, else its article's
// Published), a near-duplicate copy of an article taking its original's
// day; internal/sqlite's package doc gives the whole rule.
type EventHit struct {
	// ID identifies the stored telling the hit shows: the event's first
	// stored telling that matched the query.
	ID    int64 `json:"id"`
	Event Event `json:"event"`
	// NumMentions, NumArticles and NumSources count, as GDELT does, all
	// the stored tellings of the event (whatever the query left out): the
	// tellings, the distinct articles and the distinct sources, compared
	// case-insensitively. Sentence and Article are the telling ID names.
	NumMentions int      `json:"num_mentions"`
	NumArticles int      `json:"num_articles"`
	NumSources  int      `json:"num_sources"`
	Sentence    string   `json:"sentence"` // Article.Text[Event.Span.Start:Event.Span.End]
	Article     *Article `json:"article"`
}

// A DyadQuery asks how two actors (or country groups) dealt with each
// other over time.
type DyadQuery struct {
	A, B ActorID
	// By is the period: "day", "week" (ISO), "month", "quarter" or "year";
	// "" means month.
	By string
	// Direction is "ab" (A acts on B), "ba" or "both"; "" means both.
	Direction string
	From, To  time.Time // inclusive bounds on the event's Date
}

// A DyadSeries is a dyad's events per period, oldest first; periods without
// events are left out.
type DyadSeries struct {
	A         ActorID      `json:"a"`
	B         ActorID      `json:"b"`
	By        string       `json:"by"`
	Direction string       `json:"direction"`
	Periods   []DyadPeriod `json:"periods"`
	// Coarse sums the events dated less precisely than By (see
	// Event.DatePrecision), which no period of By holds: by quarter, an
	// event "in 2020" is in no quarter of 2020. Each is the month, year
	// ("2020") or decade ("1990s") its events are known to, oldest first;
	// by year, only decades are coarse. Periods never count them.
	Coarse  []DyadPeriod `json:"coarse"`
	Undated int          `json:"undated"` // matching events with no date, in no period
}

// A DyadPeriod sums a dyad's events in one period. Only realised events
// count in Events, Quad, Types, Goldstein, Tone, Articles and Sources;
// Unrealized counts the rest. The same event told by several articles
// (see EventHit) counts once, in the period of its earliest dated telling;
// Articles and Sources count the distinct articles and sources telling the
// period's events.
type DyadPeriod struct {
	Period     string         `json:"period"` // "2020", "2020-Q3", "2020-08", "2020-W33", "2020-08-10"
	Start      time.Time      `json:"start"`
	Events     int            `json:"events"`
	Unrealized int            `json:"unrealized"`
	Quad       [4]int         `json:"quad"`  // Quad[i] counts quad class i+1
	Types      map[string]int `json:"types"` // by PLOVER type; "" for CAMEO-only codes
	Goldstein  float64        `json:"goldstein"`
	// Tone is the mean tone of the distinct articles carrying the events,
	// over those that have one; ToneArticles says how many did.
	Tone         float64 `json:"tone"`
	ToneArticles int     `json:"tone_articles"`
	Articles     int     `json:"articles"`
	Sources      int     `json:"sources"` // distinct article sources, case-insensitively
	// Evidence is up to three distinct events, those told by the most
	// articles first, then the strongest by |Goldstein|, each by its first
	// stored telling; the counts are of the tellings the dyad matched.
	Evidence []EventHit `json:"evidence"`
}
