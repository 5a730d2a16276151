package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/entente-news/entente/internal/news"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Snippet markers. They are brackets that news text practically never
// contains, so a client can find them without ambiguity.
const (
	MatchStart = "⟦"
	MatchEnd   = "⟧"
	Ellipsis   = "…"
)

// FTS5 sorts by rank itself when asked for ORDER BY rank, so rows stream out
// best first and snippet() runs only for the rows returned. CROSS JOIN keeps
// the FTS table as the outer loop: left to itself, the planner may walk a
// filter's index and probe FTS5 once per article, which measured 10-20 times
// slower. The snippet shows about 24 tokens of text (FTS5 allows up to 64). Title
// matches weigh ten times text matches: a story about gas prices says
// so in its headline, while a passing mention only reaches the body.
const searchSQL = `
SELECT ` + listColumns + `,
	snippet(articles_fts, 1, '` + MatchStart + `', '` + MatchEnd + `', '` + Ellipsis + `', 24),
	rank
FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0)'`

// Search returns the articles matching q.Text, best first (lowest BM25
// score), equal scores by id. Hits carry no Text. A malformed query wraps
// news.ErrInvalid; see the package doc for how plain words are read.
func (db *DB) Search(ctx context.Context, q news.Query) ([]news.Hit, error) {
	match, err := ftsQuery(q.Text)
	if err != nil {
		return nil, err
	}
	w, err := where(q.Filter)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	s := searchSQL
	for _, c := range w.conds {
		s += " AND " + c
	}
	s += " ORDER BY rank LIMIT ? OFFSET ?"
	args := append(append([]any{match}, w.args...), w.limit, w.offset)

	rows, err := db.db.QueryContext(ctx, s, args...)
	if err != nil {
		return nil, searchError(q.Text, err)
	}
	defer rows.Close()
	var hits []news.Hit
	for rows.Next() {
		h := news.Hit{Article: new(news.Article)}
		if err := rows.Scan(append(listFields(h.Article), &h.Snippet, &h.Score)...); err != nil {
			return nil, searchError(q.Text, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, searchError(q.Text, err)
	}
	return hits, nil
}

// maxQueryLen bounds a query's length: FTS5 parses recursively, and nobody
// types more than this into a search box.
const maxQueryLen = 1024

// ftsQuery returns the FTS5 expression for a user's query: as written when
// it uses FTS5 syntax, otherwise each word quoted so punctuation inside words
// cannot be read as syntax.
func ftsQuery(text string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("search: empty query: %w", news.ErrInvalid)
	}
	if len(text) > maxQueryLen {
		return "", fmt.Errorf("search: query of %d bytes is longer than %d: %w", len(text), maxQueryLen, news.ErrInvalid)
	}
	if hasSyntax(text) {
		return text, nil
	}
	var b strings.Builder
	for _, w := range strings.Fields(text) {
		if strings.IndexFunc(w, isWordRune) < 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + w + `"`)
	}
	if b.Len() == 0 {
		return "", fmt.Errorf("search %q: no words to search for: %w", text, news.ErrInvalid)
	}
	return b.String(), nil
}

// hasSyntax reports whether text uses FTS5 query syntax: its operator
// characters or its (case-sensitive) keywords.
func hasSyntax(text string) bool {
	if strings.ContainsAny(text, `"*(){}:^+`) {
		return true
	}
	for _, w := range strings.Fields(text) {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// searchError turns FTS5's complaints about a query into news.ErrInvalid.
// FTS5 reports them as a generic SQLITE_ERROR at the first step, the only
// point where the user's text is read; anything else passes through.
func searchError(text string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_ERROR {
		return fmt.Errorf("search %q: %w", text, err)
	}
	// The driver formats messages as "SQL logic error: <message> (1)".
	msg := se.Error()
	if _, after, ok := strings.Cut(msg, "error: "); ok {
		msg = after
	}
	if i := strings.LastIndex(msg, " ("); i >= 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	msg = strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(msg, "fts5: ")), ":")
	if near, ok := strings.CutPrefix(msg, "syntax error near "); ok {
		if near == `""` {
			near = "the end"
		}
		return fmt.Errorf("search: bad query syntax near %s in %q: %w", near, text, news.ErrInvalid)
	}
	if col, ok := strings.CutPrefix(msg, "no such column: "); ok {
		// "NATO: the summit" reads to FTS5 as a filter on a column NATO;
		// say so, and how to search for the word instead.
		return fmt.Errorf("search: bad query %q: no such column %s: a word before a colon filters by column (title: or text:); quote %q to search for it: %w",
			text, col, col+":", news.ErrInvalid)
	}
	return fmt.Errorf("search: bad query %q: %s: %w", text, msg, news.ErrInvalid)
}
