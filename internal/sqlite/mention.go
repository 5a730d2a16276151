package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/entente-news/entente/internal/news"
)

const insertMention = `
INSERT INTO mentions (article_id, start, "end", text, actor, code, how, sentence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

// checkSpan rejects a span that does not lie within text: every stored fact
// must link back to its place in the article.
func checkSpan(what string, i int, s news.Span, text string) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return fmt.Errorf("%s %d: span [%d,%d) outside the text's %d bytes: %w",
			what, i, s.Start, s.End, len(text), news.ErrInvalid)
	}
	return nil
}

func checkMentions(a *news.Article) error {
	for i, m := range a.Mentions {
		if err := checkSpan("mention", i, m.Span, a.Text); err != nil {
			return err
		}
		if m.Actor == "" {
			return fmt.Errorf("mention %d: no actor: %w", i, news.ErrInvalid)
		}
	}
	return nil
}

func putMentions(ctx context.Context, stmt *sql.Stmt, id int64, ms []news.Mention) error {
	for i, m := range ms {
		if _, err := stmt.ExecContext(ctx, id, m.Span.Start, m.Span.End, m.Text,
			string(m.Actor), m.Code, m.How, m.Sentence); err != nil {
			return fmt.Errorf("mention %d: %w", i, err)
		}
	}
	return nil
}

func readMentions(ctx context.Context, db *sql.DB, id int64) ([]news.Mention, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT start, "end", text, actor, code, how, sentence
		FROM mentions WHERE article_id = ? ORDER BY rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	var out []news.Mention
	for rows.Next() {
		var m news.Mention
		if err := rows.Scan(&m.Span.Start, &m.Span.End, &m.Text, &m.Actor, &m.Code, &m.How, &m.Sentence); err != nil {
			return nil, fmt.Errorf("mentions: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	return out, nil
}
