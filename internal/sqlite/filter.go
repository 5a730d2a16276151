package sqlite

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// Result-size bounds shared by every listing. MaxLimit is the most one
// call returns: a larger Limit is cut to it, so a caller paging through
// results must treat a page of MaxLimit as full.
const (
	defaultLimit = 20
	MaxLimit     = 1000
)

// A clause is a news.Filter turned into SQL over the articles table "a".
type clause struct {
	conds         []string
	args          []any
	limit, offset int
}

// where translates f, rejecting bounds that cannot mean anything.
func where(f news.Filter) (clause, error) {
	var c clause
	if f.Limit < 0 || f.Offset < 0 {
		return c, fmt.Errorf("filter: negative limit %d or offset %d: %w", f.Limit, f.Offset, news.ErrInvalid)
	}
	c.limit, c.offset = min(f.Limit, MaxLimit), f.Offset
	if c.limit == 0 {
		c.limit = defaultLimit
	}
	if !f.From.IsZero() {
		c.add("a.published >= ?", f.From.UTC().Format(timeLayout))
	}
	if !f.To.IsZero() {
		to, op := f.To, "<="
		if isDate(to) {
			to, op = to.AddDate(0, 0, 1), "<"
		}
		if !f.From.IsZero() && (f.From.After(to) || op == "<" && f.From.Equal(to)) {
			return c, fmt.Errorf("filter: from %s is after to %s: %w",
				f.From.Format(time.RFC3339), f.To.Format(time.RFC3339), news.ErrInvalid)
		}
		c.add("a.published "+op+" ?", to.UTC().Format(timeLayout))
	}
	if f.Source != "" {
		c.add("a.source_key = ?", sourceKey(f.Source))
	}
	if f.Language != "" {
		c.add("a.language = ? COLLATE NOCASE", f.Language)
	}
	return c, nil
}

// isDate reports whether t has no time of day, as a date parsed from
// "2024-03-01" has; such a To bound means the whole of that day.
func isDate(t time.Time) bool {
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0
}

func (c *clause) add(cond string, arg any) {
	c.conds = append(c.conds, cond)
	c.args = append(c.args, arg)
}

// sql returns the WHERE clause, or "" when nothing filters.
func (c clause) sql() string {
	if len(c.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.conds, " AND ")
}
