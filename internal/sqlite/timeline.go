package sqlite

import (
	"context"
	"fmt"

	"github.com/entente-news/entente/internal/news"
)

// periodLen is how many leading bytes of the stored RFC 3339 timestamp name
// each period; the fixed-width format makes a prefix a calendar period.
var periodLen = map[string]int{"year": 4, "month": 7, "day": 10}

// Counts returns how many articles match q per period ("year", "month" or
// "day"), oldest first, leaving out empty periods and undated articles. An
// empty q.Text counts every article the filter lets through. q's Limit and
// Offset are ignored: a timeline is about all the matches, not one page.
func (db *DB) Counts(ctx context.Context, q news.Query, by string) ([]news.Bucket, error) {
	n, ok := periodLen[by]
	if !ok {
		return nil, fmt.Errorf("counts by %q: want year, month or day: %w", by, news.ErrInvalid)
	}
	w, err := where(q.Filter)
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	s := fmt.Sprintf("SELECT substr(a.published, 1, %d) AS p, count(*) FROM ", n)
	var args []any
	conds := append([]string{"a.published IS NOT NULL"}, w.conds...)
	if q.Text == "" {
		s += "articles a WHERE "
	} else {
		match, err := ftsQuery(q.Text)
		if err != nil {
			return nil, err
		}
		s += "articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND "
		args = append(args, match)
	}
	for i, c := range conds {
		if i > 0 {
			s += " AND "
		}
		s += c
	}
	s += " GROUP BY p ORDER BY p"
	args = append(args, w.args...)

	rows, err := db.db.QueryContext(ctx, s, args...)
	if err != nil {
		return nil, searchError(q.Text, err)
	}
	defer rows.Close()
	var bs []news.Bucket
	for rows.Next() {
		var b news.Bucket
		if err := rows.Scan(&b.Period, &b.Count); err != nil {
			return nil, fmt.Errorf("counts: %w", err)
		}
		bs = append(bs, b)
	}
	if err := rows.Err(); err != nil {
		return nil, searchError(q.Text, err)
	}
	return bs, nil
}
