package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

var _ news.ActorStore = (*DB)(nil)

// newPrefix marks the IDs of actors the knowledge base lacks.
const newPrefix = "NEW:"

// Sizes of the lists in an ActorDetail.
const (
	detailForms       = 20
	detailCodes       = 20
	detailCoMentioned = 10
	detailQuotes      = 10
)

// upsertActor merges a new actor into its stored record: the first
// non-empty name, kind and descriptor stay, first_seen is the earliest. In
// an upsert's SET, bare column names are the stored values.
const upsertActor = `
INSERT INTO actors (id, name, name_key, kind, descriptor, first_seen) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
	name       = CASE WHEN name = '' THEN excluded.name ELSE name END,
	name_key   = CASE WHEN name = '' THEN excluded.name_key ELSE name_key END,
	kind       = CASE WHEN kind = '' THEN excluded.kind ELSE kind END,
	descriptor = CASE WHEN descriptor = '' THEN excluded.descriptor ELSE descriptor END,
	first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen
		THEN excluded.first_seen ELSE first_seen END`

func checkNewActors(a *news.Article) error {
	for i, x := range a.NewActors {
		if x.ID == "" {
			return fmt.Errorf("new actor %d %q: no id: %w", i, x.Name, news.ErrInvalid)
		}
	}
	return nil
}

// putActors stores the article's new actors. A "NEW:" mention whose actor
// the article does not describe gets a record named by the mention that
// introduced it, so that every stored new actor has a name to show.
func putActors(ctx context.Context, stmt *sql.Stmt, a *news.Article) error {
	seen := make(map[news.ActorID]bool, len(a.NewActors))
	first := formatTime(a.Published)
	for _, x := range a.NewActors {
		seen[x.ID] = true
		if _, err := stmt.ExecContext(ctx, string(x.ID), x.Name, nameKey(x.Name), x.Kind, x.Descriptor, first); err != nil {
			return fmt.Errorf("actor %s: %w", x.ID, err)
		}
	}
	// The mention that introduced the actor ("new") names it best; a later
	// surname or pronoun only when there is no such mention.
	for _, introducing := range []bool{true, false} {
		for _, m := range a.Mentions {
			if seen[m.Actor] || !strings.HasPrefix(string(m.Actor), newPrefix) || introducing && m.How != "new" {
				continue
			}
			seen[m.Actor] = true
			if _, err := stmt.ExecContext(ctx, string(m.Actor), m.Text, nameKey(m.Text), "", "", first); err != nil {
				return fmt.Errorf("actor %s: %w", m.Actor, err)
			}
		}
	}
	return nil
}

// nameKey folds a name for case-insensitive lookup (Unicode, unlike NOCASE).
func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

const actorColumns = "x.id, x.name, x.kind, x.descriptor"

func actorFields(x *news.Actor) []any { return []any{&x.ID, &x.Name, &x.Kind, &x.Descriptor} }

// readNewActors returns the stored records of the actors article id mentions.
func readNewActors(ctx context.Context, db *sql.DB, id int64) ([]news.Actor, error) {
	return scanActors(db.QueryContext(ctx, "SELECT "+actorColumns+" FROM actors x"+
		" WHERE x.id IN (SELECT actor FROM mentions WHERE article_id = ?) ORDER BY x.id", id))
}

// ActorsNamed returns the stored new actors called name, compared with
// Unicode case folding and runs of spaces collapsed, sorted by ID.
func (db *DB) ActorsNamed(ctx context.Context, name string) ([]news.Actor, error) {
	xs, err := scanActors(db.db.QueryContext(ctx,
		"SELECT "+actorColumns+" FROM actors x WHERE x.name_key = ? ORDER BY x.id", nameKey(name)))
	if err != nil {
		return nil, fmt.Errorf("actors named %q: %w", name, err)
	}
	return xs, nil
}

func scanActors(rows *sql.Rows, err error) ([]news.Actor, error) {
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var out []news.Actor
	for rows.Next() {
		var x news.Actor
		if err := rows.Scan(actorFields(&x)...); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return out, nil
}

// Actors ranks the actors mentioned in the articles f selects by mentions,
// then distinct articles, then ID. f's dates, source and language narrow
// the articles; Limit and Offset page the ranking.
func (db *DB) Actors(ctx context.Context, f news.ActorFilter) ([]news.ActorCount, error) {
	w, err := where(f.Filter)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	q := `SELECT m.actor, coalesce(x.name, ''), count(DISTINCT m.article_id), count(*)
		FROM mentions m JOIN articles a ON a.id = m.article_id
		LEFT JOIN actors x ON x.id = m.actor` + w.sql() + `
		GROUP BY m.actor ORDER BY 4 DESC, 3 DESC, m.actor LIMIT ? OFFSET ?`
	out, err := scanCounts(db.db.QueryContext(ctx, q, append(w.args, w.limit, w.offset)...))
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return out, nil
}

func scanCounts(rows *sql.Rows, err error) ([]news.ActorCount, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []news.ActorCount{}
	for rows.Next() {
		var c news.ActorCount
		if err := rows.Scan(&c.Actor, &c.Name, &c.Articles, &c.Mentions); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ActorDetail describes actor id from the stored articles: totals, the
// forms and codes its mentions take, mentions per month, the actors most
// often mentioned in the same articles, and its latest quotes.
func (db *DB) ActorDetail(ctx context.Context, id news.ActorID) (*news.ActorInfo, error) {
	info, err := db.actorDetail(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("actor %s: %w", id, err)
	}
	return info, nil
}

func (db *DB) actorDetail(ctx context.Context, id news.ActorID) (*news.ActorInfo, error) {
	info := &news.ActorInfo{ActorCount: news.ActorCount{Actor: id}}
	var first, last sql.NullString
	if err := db.db.QueryRowContext(ctx, `
		SELECT count(DISTINCT m.article_id), count(*), min(a.published), max(a.published)
		FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor = ?`, string(id)).
		Scan(&info.Articles, &info.Mentions, &first, &last); err != nil {
		return nil, err
	}
	var x news.Actor
	switch err := db.db.QueryRowContext(ctx, "SELECT "+actorColumns+" FROM actors x WHERE x.id = ?", string(id)).
		Scan(actorFields(&x)...); {
	case err == nil:
		info.New, info.Name = &x, x.Name
	case !errors.Is(err, sql.ErrNoRows):
		return nil, err
	case info.Mentions == 0:
		return nil, news.ErrNotFound
	}
	var err error
	if info.FirstSeen, err = parseNull(first); err != nil {
		return nil, err
	}
	if info.LastSeen, err = parseNull(last); err != nil {
		return nil, err
	}
	if info.Forms, err = db.forms(ctx, id); err != nil {
		return nil, fmt.Errorf("forms: %w", err)
	}
	if info.Codes, err = db.codes(ctx, id); err != nil {
		return nil, fmt.Errorf("codes: %w", err)
	}
	if info.Descriptors, err = db.descriptors(ctx, id); err != nil {
		return nil, fmt.Errorf("descriptors: %w", err)
	}
	if info.Months, err = db.months(ctx, id); err != nil {
		return nil, fmt.Errorf("months: %w", err)
	}
	info.CoMentioned, err = scanCounts(db.db.QueryContext(ctx, `
		WITH mine AS (SELECT DISTINCT article_id FROM mentions WHERE actor = ?1)
		SELECT m.actor, coalesce(x.name, ''), count(DISTINCT m.article_id), count(*)
		FROM mentions m JOIN mine USING (article_id) LEFT JOIN actors x ON x.id = m.actor
		WHERE m.actor != ?1
		GROUP BY m.actor ORDER BY 3 DESC, 4 DESC, m.actor LIMIT ?2`, string(id), detailCoMentioned))
	if err != nil {
		return nil, fmt.Errorf("co-mentions: %w", err)
	}
	if info.Quotes, err = db.Quotes(ctx, news.QuoteFilter{Speaker: id, Filter: news.Filter{Limit: detailQuotes}}); err != nil {
		return nil, err
	}
	return info, nil
}

// forms counts the forms an actor's mentions take, folding case: "He"
// opening a sentence and "he" inside one, or a headline's PUTIN and the
// body's Putin, are one way of writing the actor, shown in its commonest
// spelling. The folding is Go's, as SQLite's lower() knows only ASCII.
func (db *DB) forms(ctx context.Context, id news.ActorID) ([]news.FormCount, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT text, how, count(*) FROM mentions WHERE actor = ?
		GROUP BY text, how ORDER BY 3 DESC, text, how`, string(id))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type key struct{ fold, how string }
	at := map[key]int{}
	out := []news.FormCount{}
	for rows.Next() {
		var f news.FormCount
		if err := rows.Scan(&f.Text, &f.How, &f.Mentions); err != nil {
			return nil, err
		}
		// Rows come commonest first, so the first spelling met stays.
		k := key{strings.ToLower(f.Text), f.How}
		if i, ok := at[k]; ok {
			out[i].Mentions += f.Mentions
			continue
		}
		at[k] = len(out)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b news.FormCount) int { return b.Mentions - a.Mentions })
	return out[:min(len(out), detailForms)], nil
}

func (db *DB) codes(ctx context.Context, id news.ActorID) ([]news.CodeCount, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT m.code, count(*), min(a.published), max(a.published)
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.actor = ? AND m.code != ''
		GROUP BY m.code ORDER BY 2 DESC, m.code LIMIT ?`, string(id), detailCodes)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []news.CodeCount{}
	for rows.Next() {
		var (
			c        news.CodeCount
			from, to sql.NullString
		)
		if err := rows.Scan(&c.Code, &c.Mentions, &from, &to); err != nil {
			return nil, err
		}
		if c.From, err = parseNull(from); err != nil {
			return nil, err
		}
		if c.To, err = parseNull(to); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (db *DB) descriptors(ctx context.Context, id news.ActorID) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT descriptor FROM quotes WHERE speaker = ? AND descriptor != ''
		GROUP BY descriptor ORDER BY count(*) DESC, descriptor LIMIT ?`, string(id), detailForms)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// months counts by the month of articles.published, which the fixed-width
// stored layout puts in its first seven bytes; undated articles are left out.
func (db *DB) months(ctx context.Context, id news.ActorID) ([]news.MonthCount, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT substr(a.published, 1, 7) AS month, count(DISTINCT m.article_id), count(*)
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.actor = ? AND a.published IS NOT NULL
		GROUP BY month ORDER BY month`, string(id))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []news.MonthCount{}
	for rows.Next() {
		var c news.MonthCount
		if err := rows.Scan(&c.Month, &c.Articles, &c.Mentions); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// parseNull reads a stored time that may be NULL.
func parseNull(s sql.NullString) (time.Time, error) {
	var t time.Time
	if !s.Valid {
		return t, nil
	}
	err := storedTime{&t}.Scan(s.String)
	return t, err
}
