package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/entente-news/entente/internal/news"
)

var _ news.QuoteStore = (*DB)(nil)

const insertQuote = `
INSERT INTO quotes (article_id, text, speaker, speaker_text, descriptor, cue, direct,
	start, "end", speaker_start, speaker_end, sentence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

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
func (db *DB) Quotes(ctx context.Context, f news.QuoteFilter) ([]news.QuoteHit, error) {
	w, err := where(f.Filter)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	if f.Speaker != "" {
		w.add("q.speaker = ?", string(f.Speaker))
	}
	return db.quotes(ctx, w)
}

// quotes runs a quote query narrowed by w.
func (db *DB) quotes(ctx context.Context, w clause) ([]news.QuoteHit, error) {
	q := "SELECT " + quoteColumns + ", " + hitColumns +
		" FROM quotes q JOIN articles a ON a.id = q.article_id" + w.sql() +
		" ORDER BY a.published DESC, a.id, q.start, q.rowid LIMIT ? OFFSET ?"
	rows, err := db.db.QueryContext(ctx, q, append(w.args, w.limit, w.offset)...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	out := []news.QuoteHit{}
	for rows.Next() {
		h := news.QuoteHit{Article: new(news.Article)}
		if err := rows.Scan(append(quoteFields(&h.Quote), hitFields(h.Article)...)...); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

// hitColumns are the article fields a quote hit carries for display.
const hitColumns = "a.id, a.url, a.title, a.published, a.source, a.language"

func hitFields(a *news.Article) []any {
	return []any{&a.ID, &a.URL, &a.Title, storedTime{&a.Published}, &a.Source, &a.Language}
}
