package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"

	"github.com/entente-news/entente/internal/news"
)

const insertTone = `
INSERT INTO tones (article_id, tone, positive, negative, polarity, word_count)
VALUES (?, ?, ?, ?, ?, ?)`

// checkTone rejects NaN and infinities, which SQLite would store as NULL
// and the NOT NULL columns refuse with a less helpful message.
func checkTone(t *news.Tone) error {
	if t == nil {
		return nil
	}
	for _, v := range []float64{t.Tone, t.Positive, t.Negative, t.Polarity} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("tone %+v: not a finite number: %w", *t, news.ErrInvalid)
		}
	}
	if t.WordCount < 0 {
		return fmt.Errorf("tone: negative word count %d: %w", t.WordCount, news.ErrInvalid)
	}
	return nil
}

func putTone(ctx context.Context, stmt *sql.Stmt, id int64, t *news.Tone) error {
	if t == nil {
		return nil
	}
	if _, err := stmt.ExecContext(ctx, id, t.Tone, t.Positive, t.Negative, t.Polarity, t.WordCount); err != nil {
		return fmt.Errorf("tone: %w", err)
	}
	return nil
}

// readTone returns the article's tone, or nil when it has none.
func readTone(ctx context.Context, db *sql.DB, id int64) (*news.Tone, error) {
	var t news.Tone
	err := db.QueryRowContext(ctx, `
		SELECT tone, positive, negative, polarity, word_count FROM tones WHERE article_id = ?`, id).
		Scan(&t.Tone, &t.Positive, &t.Negative, &t.Polarity, &t.WordCount)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("tone: %w", err)
	}
	return &t, nil
}
