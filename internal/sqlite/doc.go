// Package sqlite is the news.Store on embedded SQLite: articles in, the same
// articles back by id, by listing and by BM25-ranked full-text search. With
// each new article it keeps what the analysis stages found (mentions, new
// actors, quotes, amounts, tone, events), clusters near-duplicates by their
// MinHash bands, and answers the news.ActorStore, news.QuoteStore and
// news.EventStore queries (dyad timelines among them) and match counts
// over time.
//
// It runs on modernc.org/sqlite, a pure-Go translation of SQLite, so the
// binary builds with CGO_ENABLED=0. Open sets WAL mode, a busy timeout,
// foreign keys, synchronous=NORMAL and in-memory temporary storage on every
// connection, and applies the migrations embedded from migrations/*.sql,
// each in its own transaction, versioned by PRAGMA user_version.
//
// # Identity and re-ingest
//
// An article with a URL is identified by its URL key: the URL with scheme and
// host lowercased, fragment, trailing slash and utm_* parameters dropped (the
// original URL is kept as given). An article without a URL is identified by
// its Hash, and is also a duplicate of any stored article, with or without a
// URL, that has the same Hash. An article with neither has no identity and is
// always stored. Put runs one transaction per batch, so a process killed
// mid-ingest leaves whole batches only; within a batch a repeated article
// counts as a duplicate of its first occurrence.
//
// # Search
//
// Search uses an FTS5 index over title and text (unicode61, diacritics
// removed, so "lukasenka" finds "Lukašenka"), kept in step with the articles
// table by triggers. Hits are ranked by bm25 with the title weighted ten
// times the text, ties by id, and carry a snippet of the text of about 24
// tokens with matches between ⟦ and ⟧ and … where text was cut (an article
// matched by its title alone gets the opening of its text, unmarked).
//
// A query containing FTS5 syntax — a double quote, * ( ) { } : ^ +, or one
// of the words AND, OR, NOT, NEAR in capitals — is passed to FTS5 as
// written, and a malformed one returns an error wrapping news.ErrInvalid, as
// does an empty query or one longer than 1024 bytes. Any other query is
// taken as plain words: each whitespace-separated word is quoted, so that
// "Belarus-Russia" searches for the phrase "belarus russia" and
// "Lukashenko's" does not break the parser, and all words must match. Words
// without a letter or digit are dropped.
//
// # Filters
//
// From and To bound Published inclusively and exclude articles without a
// date. A To whose clock reads exactly midnight is taken as a whole day: the
// bound becomes the end of that day in To's location. Published is stored to
// the second in UTC. Source matches exactly but case-insensitively (Unicode
// lowercasing), Language case-insensitively. Limit defaults to 20 and is
// capped at 1000; a negative Limit or Offset, or From after To, is
// news.ErrInvalid. List orders by Published, newest first and undated last,
// then by id ascending.
//
// # Events
//
// The same event told by several articles is one event, as in GDELT: its
// tellings share the actor who acts (Source), the actor acted upon
// (Target), the CAMEO code, whether it was realised, and a day. The day is
// the UTC day of the event's Date, or of its article's Published when the
// event has none; with neither, the event is the article's alone. An event
// dated only to a month, year or decade (DatePrecision) has that period
// for its day ("2020-02", "2020", "1990s"), so "lent money in 2020" and
// "lent money on 1 January 2020" are two events. A
// near-duplicate copy (an article whose cluster another article founded)
// takes its original's day for every event the original also tells: its
// own day if the original tells the event on it too, else the day of the
// original's first telling. So a syndicated copy republished the next day,
// whose undated sentences fall back to that later day, tells the events of
// its original rather than new ones, while any two articles telling the
// same actors and code on the same day tell one event.
//
// The full CAMEO code identifies, not the PLOVER type and quad class:
// PLOVER leaves statements and appeals (CAMEO 01–02) without a type, so
// "praised" and "appealed to" between the same leaders on one day would
// fold into one event, and GDELT too keys events on the CAMEO code. Two
// articles coding one story with different codes count twice, the cheaper
// error. A copy reads only its founder's days, never another copy's, and
// same-day matches are exact, so identity does not chain from day to day:
// a pair that meets every day keeps one event a day.
//
// Events lists one hit per event, its first stored telling that matches
// the filter, with NumMentions, NumArticles and NumSources counting all of
// the event's stored tellings (sources by their lowercased name); with
// Mentions it lists every telling. Dyad counts each event once, in the
// period of its earliest dated telling, or, when the event is dated less
// precisely than the series (a year in a series by quarter), in Coarse
// under the month, year or decade it is known to, and cites as evidence the events
// told by the most articles, then the strongest by |Goldstein|. Identity
// is settled as Put stores an article (migration 0006 gave older stores
// theirs) and is never revised, as clusters are never merged.
//
// # Quotes
//
// The same quote told by several articles is one quote, as an event is:
// its tellings share the speaker actor and the words, compared in a
// normal form (Unicode NFC and lower case, without quotation marks or
// apostrophes, with one kind of dash and single spaces, and without the
// punctuation or ellipsis that opens or closes the quote), so that a copy
// that restyles its quote marks or drops a full stop still repeats it. A
// wire story re-edited enough to fall out of its original's cluster keeps
// the quotes it repeats word for word. Two kinds of quote are the same only
// within one near-duplicate cluster: a phrase of fewer than four words
// ("older brother", "no comment"), which a speaker repeats on many
// occasions, and a quote no actor was found for, identified by the words
// naming its speaker ("a ministry spokesman"), who in two stories is two
// people. The normal form is computed in Go (Unicode folding), registered
// as SQL functions that insertQuote and migration 0008 call alike.
//
// Quotes lists one hit per quote, its earliest published telling that
// matches the filter, with NumMentions, NumArticles and NumSources
// counting all of the quote's stored tellings; with Mentions it lists
// every telling. An actor's latest quotes list each quote once.
//
// The URL key is a few lines over net/url rather than a normalisation
// library (purell and the like): those also sort parameters, drop "www." or
// switch schemes, rules that can merge distinct articles, and only the four
// rules above are wanted.
//
// It does not extract, clean or deduplicate near-identical text: it stores
// what it is given and recognises only exact URL-key or Hash repeats. Nor
// does it fold quotes that paraphrase each other: only the same words are
// one quote.
package sqlite
