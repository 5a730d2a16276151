package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// tellings counts the stored tellings of one event or quote.
type tellings struct{ mentions, articles, sources int }

// tellingCounts are the columns readTellings expects after a key's own:
// the tellings, the distinct articles, and the distinct sources, counted
// by source_key so that "BelTA" and "belta" are one. alias names the
// events or quotes table; a names articles.
func tellingCounts(alias string) string {
	return "count(*), count(DISTINCT " + alias + ".article_id), count(DISTINCT nullif(a.source_key, ''))"
}

// readTellings counts the tellings of each distinct key of keys, for the
// events and quotes that fold their tellings into one hit. args gives a
// key's values and fields its scan targets, in the same order; query
// builds the statement from a VALUES table of the distinct keys (columns
// k.column1, k.column2, …), selecting the key's columns then
// tellingCounts. Joining from the keys lets SQLite look each one up in
// its index instead of grouping every telling.
func readTellings[K comparable](ctx context.Context, db *sql.DB, keys []K,
	args func(K) []any, fields func(*K) []any, query func(values string) string) (map[K]tellings, error) {
	counts := map[K]tellings{}
	if len(keys) == 0 {
		return counts, nil
	}
	var vals []any
	seen := map[K]bool{}
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			vals = append(vals, args(k)...)
		}
	}
	row := "(?" + strings.Repeat(", ?", len(vals)/len(seen)-1) + ")"
	values := "(VALUES " + row + strings.Repeat(", "+row, len(seen)-1) + ") k"
	rows, err := db.QueryContext(ctx, query(values), vals...)
	if err != nil {
		return nil, fmt.Errorf("count tellings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			k K
			c tellings
		)
		if err := rows.Scan(append(fields(&k), &c.mentions, &c.articles, &c.sources)...); err != nil {
			return nil, fmt.Errorf("count tellings: %w", err)
		}
		counts[k] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count tellings: %w", err)
	}
	return counts, nil
}
