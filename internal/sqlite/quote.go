package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

var _ news.QuoteStore = (*DB)(nil)

// insertQuote stores a quote with its identity (quotekey.go): ?1 is the
// article, ?2 the text, ?3 the speaker and ?4 the speaker's words. A local
// quote is scoped to its article until the article joins a cluster
// (migration 0008's trigger).
const insertQuote = `
INSERT INTO quotes (article_id, text, speaker, speaker_text, descriptor, cue, direct,
	start, "end", speaker_start, speaker_end, sentence, key, scope)
VALUES (?1, ?2, ?3, ?4, ?, ?, ?, ?, ?, ?, ?, ?,
	entente_quote_key(?3, ?4, ?2), CASE WHEN entente_quote_local(?3, ?4, ?2) THEN ?1 ELSE 0 END)`

// quoteColumns are a quote's columns, read by scanQuote.
const quoteColumns = `q.text, q.speaker, q.speaker_text, q.descriptor, q.cue, q.direct,
	q.start, q."end", q.speaker_start, q.speaker_end, q.sentence`

func quoteFields(q *news.Quote) []any {
	return []any{&q.Text, &q.Speaker, &q.SpeakerText, &q.Descriptor, &q.Cue, &q.Direct,
		&q.Span.Start, &q.Span.End, &q.SpeakerSpan.Start, &q.SpeakerSpan.End, &q.Sentence}
}

func checkQuotes(a *news.Article) error {
	for i, q := range a.Quotes {
		if err := checkSpan("quote", i, q.Span, a.Text); err != nil {
			return err
		}
		if err := checkSpan("quote speaker", i, q.SpeakerSpan, a.Text); err != nil {
			return err
		}
	}
	return nil
}

func putQuotes(ctx context.Context, stmt *sql.Stmt, id int64, qs []news.Quote) error {
	for i, q := range qs {
		if _, err := stmt.ExecContext(ctx, id, q.Text, string(q.Speaker), q.SpeakerText, q.Descriptor,
			q.Cue, q.Direct, q.Span.Start, q.Span.End, q.SpeakerSpan.Start, q.SpeakerSpan.End,
			q.Sentence); err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
	}
	return nil
}

func readQuotes(ctx context.Context, db *sql.DB, id int64) ([]news.Quote, error) {
	rows, err := db.QueryContext(ctx,
		"SELECT "+quoteColumns+" FROM quotes q WHERE q.article_id = ? ORDER BY q.rowid", id)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	var out []news.Quote
	for rows.Next() {
		var q news.Quote
		if err := rows.Scan(quoteFields(&q)...); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

// Quotes returns the quotes matching f, newest article first, undated
// last, then by article id and position in the text. The article filters
// (dates, source, language) and paging work as in List.
//
// By default each quote is one hit, its first telling that matches f (the
// earliest published); with f.Mentions every matching telling is a hit.
// Either way the counts are those of the quote's every stored telling.
func (db *DB) Quotes(ctx context.Context, f news.QuoteFilter) ([]news.QuoteHit, error) {
	w, err := where(f.Filter)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	articles := w
	if f.Speaker != "" {
		// The key holds the speaker, so an earlier telling need not be
		// checked for it. The second term is what lets SQLite use the
		// partial index quotes_speaker, which it cannot infer from a
		// parameter (a scan of every quote before).
		w.add("q.speaker = ? AND q.speaker != ''", string(f.Speaker))
	}
	if !f.Mentions {
		w.addN(firstTelling(articles.conds), articles.args...)
	}
	return db.quotes(ctx, w, f.Speaker == "")
}

// firstTelling is the condition that no earlier telling of the quote q
// (by publication, undated last, then article and position) passes the
// article conditions conds. Walking the articles newest first, SQLite then
// stops at the page's end (see quotes), each test one look-up in
// quotes_key: a window over every matching quote read them all (180 ms
// instead of 0.25 ms for the first page of 20,000). The inner "a" is the earlier telling's
// article, which conds thus test; "o" is the article of q.
func firstTelling(conds []string) string {
	var b strings.Builder
	b.WriteString("NOT EXISTS (SELECT 1 FROM quotes e JOIN articles a ON a.id = e.article_id" +
		" JOIN articles o ON o.id = q.article_id WHERE e.key = q.key AND e.scope = q.scope")
	for _, c := range conds {
		b.WriteString(" AND " + c)
	}
	b.WriteString(" AND (coalesce(a.published, '~'), a.id, e.start, e.rowid)" +
		" < (coalesce(o.published, '~'), o.id, q.start, q.rowid))")
	return b.String()
}

// A quoteID identifies a quote: its tellings share it. Scope is 0 for a
// quote known in any story, else its article's cluster (migration 0008).
type quoteID struct {
	key   string
	scope int64
}

// quotes runs a quote query narrowed by w and counts the hits' tellings.
// With newest, w selects by article alone and SQLite is made to walk the
// articles newest first, stopping at the end of the page: unless ANALYZE
// has run, it would read and sort every quote, testing each for being a
// first telling (3.5 ms instead of 0.08 ms for the first page of 2,000).
func (db *DB) quotes(ctx context.Context, w clause, newest bool) ([]news.QuoteHit, error) {
	join := " FROM quotes q JOIN articles a ON a.id = q.article_id"
	if newest {
		join = " FROM articles a CROSS JOIN quotes q ON q.article_id = a.id"
	}
	q := "SELECT q.key, q.scope, " + quoteColumns + ", " + hitColumns + join + w.sql() +
		" ORDER BY a.published DESC, a.id, q.start, q.rowid LIMIT ? OFFSET ?"
	rows, err := db.db.QueryContext(ctx, q, append(w.args, w.limit, w.offset)...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	out := []news.QuoteHit{}
	var ids []quoteID
	for rows.Next() {
		h := news.QuoteHit{Article: new(news.Article)}
		var id quoteID
		fields := append(id.fields(), quoteFields(&h.Quote)...)
		if err := rows.Scan(append(fields, hitFields(h.Article)...)...); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		out = append(out, h)
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	if err := db.countQuoteTellings(ctx, out, ids); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

func (id quoteID) args() []any    { return []any{id.key, id.scope} }
func (id *quoteID) fields() []any { return []any{&id.key, &id.scope} }

// countQuoteTellings fills in the counts of hits, whose quotes are ids.
func (db *DB) countQuoteTellings(ctx context.Context, hits []news.QuoteHit, ids []quoteID) error {
	counts, err := readTellings(ctx, db.db, ids, quoteID.args, (*quoteID).fields, func(values string) string {
		return "SELECT q.key, q.scope, " + tellingCounts("q") + " FROM " + values +
			" CROSS JOIN quotes q ON q.key = k.column1 AND q.scope = k.column2" +
			" JOIN articles a ON a.id = q.article_id GROUP BY q.key, q.scope"
	})
	if err != nil {
		return err
	}
	for i, id := range ids {
		c := counts[id]
		hits[i].NumMentions, hits[i].NumArticles, hits[i].NumSources = c.mentions, c.articles, c.sources
	}
	return nil
}

// hitColumns are the article fields a quote hit carries for display.
const hitColumns = "a.id, a.url, a.title, a.published, a.source, a.language"

func hitFields(a *news.Article) []any {
	return []any{&a.ID, &a.URL, &a.Title, storedTime{&a.Published}, &a.Source, &a.Language}
}
