package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"

	"github.com/entente-news/entente/internal/news"
)

const insertAmount = `
INSERT INTO amounts (article_id, text, value, unit, kind, object, start, "end", sentence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

func checkAmounts(a *news.Article) error {
	for i, m := range a.Amounts {
		if err := checkSpan("amount", i, m.Span, a.Text); err != nil {
			return err
		}
		if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
			return fmt.Errorf("amount %d %q: value %v is not a finite number: %w", i, m.Text, m.Value, news.ErrInvalid)
		}
	}
	return nil
}

func putAmounts(ctx context.Context, stmt *sql.Stmt, id int64, as []news.Amount) error {
	for i, m := range as {
		if _, err := stmt.ExecContext(ctx, id, m.Text, m.Value, m.Unit, m.Kind, m.Object,
			m.Span.Start, m.Span.End, m.Sentence); err != nil {
			return fmt.Errorf("amount %d: %w", i, err)
		}
	}
	return nil
}

func readAmounts(ctx context.Context, db *sql.DB, id int64) ([]news.Amount, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT text, value, unit, kind, object, start, "end", sentence
		FROM amounts WHERE article_id = ? ORDER BY rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("amounts: %w", err)
	}
	defer rows.Close()
	var out []news.Amount
	for rows.Next() {
		var m news.Amount
		if err := rows.Scan(&m.Text, &m.Value, &m.Unit, &m.Kind, &m.Object,
			&m.Span.Start, &m.Span.End, &m.Sentence); err != nil {
			return nil, fmt.Errorf("amounts: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("amounts: %w", err)
	}
	return out, nil
}
