package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// timeLayout is RFC 3339 in UTC to the second: fixed width, so comparing the
// stored text compares the times.
const timeLayout = "2006-01-02T15:04:05Z"

const insertArticle = `
INSERT INTO articles (url, url_key, title, author, published, language, source, source_key, text, origin, hash, removed, ingested_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING`

// putStmts are the statements Put prepares once per batch.
type putStmts struct {
	insert, byKey, byHash               *sql.Stmt
	mention, actor, quote, amount, tone *sql.Stmt
	event                               *sql.Stmt
}

// Put stores batch in one transaction and sets ID on every article: the new
// ID, or the stored one for a duplicate. IDs are set only once the batch is
// committed; on error no article is stored and none is changed.
func (db *DB) Put(ctx context.Context, batch []*news.Article) (news.PutResult, error) {
	var res news.PutResult
	if len(batch) == 0 {
		return res, nil
	}
	for i, a := range batch {
		if a == nil {
			return res, fmt.Errorf("put: article %d is nil: %w", i, news.ErrInvalid)
		}
		if err := checkAnalyses(a); err != nil {
			return res, fmt.Errorf("put article %d %q: %w", i, describe(a), err)
		}
	}
	if err := db.lock(ctx); err != nil {
		return res, fmt.Errorf("put: %w", err)
	}
	defer db.unlock()

	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	var st putStmts
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&st.insert, insertArticle},
		{&st.byKey, "SELECT id FROM articles WHERE url_key = ?"},
		{&st.byHash, "SELECT id FROM articles WHERE hash = ? ORDER BY id LIMIT 1"},
		{&st.mention, insertMention},
		{&st.actor, upsertActor},
		{&st.quote, insertQuote},
		{&st.amount, insertAmount},
		{&st.tone, insertTone},
		{&st.event, insertEvent},
	} {
		if *p.stmt, err = tx.PrepareContext(ctx, p.sql); err != nil {
			return res, fmt.Errorf("put: prepare: %w", err)
		}
		defer (*p.stmt).Close()
	}

	now := time.Now().UTC().Format(timeLayout)
	ids := make([]int64, len(batch))
	for i, a := range batch {
		id, stored, err := put(ctx, &st, a, now)
		if err != nil {
			return news.PutResult{}, fmt.Errorf("put article %d %q: %w", i, describe(a), err)
		}
		ids[i] = id
		if stored {
			res.Stored++
		} else {
			res.Duplicates++
		}
	}
	clusters, err := cluster(ctx, tx, batch, ids)
	if err != nil {
		return news.PutResult{}, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return news.PutResult{}, fmt.Errorf("put: commit: %w", err)
	}
	for i, a := range batch {
		a.ID, a.Cluster = ids[i], clusters[i]
	}
	return res, nil
}

// put stores one article unless it is a duplicate, and returns its ID.
func put(ctx context.Context, st *putStmts, a *news.Article, now string) (id int64, stored bool, err error) {
	key := urlKey(a.URL)
	if key == "" && a.Hash != "" {
		// The unique index only covers URL-less rows; a URL-less copy of
		// an article stored with its URL is a duplicate too.
		switch err := st.byHash.QueryRowContext(ctx, a.Hash).Scan(&id); {
		case err == nil:
			return id, false, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, false, err
		}
	}
	var removed any
	if len(a.Removed) > 0 {
		b, err := json.Marshal(a.Removed)
		if err != nil {
			return 0, false, err
		}
		removed = string(b)
	}
	r, err := st.insert.ExecContext(ctx,
		a.URL, key, a.Title, a.Author, formatTime(a.Published), a.Language,
		a.Source, sourceKey(a.Source), a.Text, a.Origin, a.Hash, removed, now)
	if err != nil {
		return 0, false, err
	}
	if n, err := r.RowsAffected(); err != nil {
		return 0, false, err
	} else if n == 1 {
		id, err := r.LastInsertId()
		if err != nil {
			return 0, false, err
		}
		return id, true, putAnalyses(ctx, st, id, a)
	}
	// ON CONFLICT DO NOTHING skipped the row: find the one it clashed with.
	if key != "" {
		err = st.byKey.QueryRowContext(ctx, key).Scan(&id)
	} else {
		err = st.byHash.QueryRowContext(ctx, a.Hash).Scan(&id)
	}
	if err != nil {
		return 0, false, fmt.Errorf("find duplicate: %w", err)
	}
	return id, false, nil
}

// checkAnalyses rejects what the stages found when it cannot be stored
// faithfully, before the transaction starts.
func checkAnalyses(a *news.Article) error {
	for _, check := range []func(*news.Article) error{checkMentions, checkNewActors, checkQuotes, checkAmounts, checkEvents} {
		if err := check(a); err != nil {
			return err
		}
	}
	return checkTone(a.Tone)
}

// putAnalyses stores what the stages found in a newly stored article; a
// duplicate keeps the rows of the copy stored first.
func putAnalyses(ctx context.Context, st *putStmts, id int64, a *news.Article) error {
	if err := putMentions(ctx, st.mention, id, a.Mentions); err != nil {
		return err
	}
	if err := putActors(ctx, st.actor, a); err != nil {
		return err
	}
	if err := putQuotes(ctx, st.quote, id, a.Quotes); err != nil {
		return err
	}
	if err := putAmounts(ctx, st.amount, id, a.Amounts); err != nil {
		return err
	}
	if err := putEvents(ctx, st.event, id, a.Events); err != nil {
		return err
	}
	return putTone(ctx, st.tone, id, a.Tone)
}

// readAnalyses fills in what putAnalyses stored.
func (db *DB) readAnalyses(ctx context.Context, a *news.Article) error {
	var err error
	if a.Mentions, err = readMentions(ctx, db.db, a.ID); err != nil {
		return err
	}
	if a.NewActors, err = readNewActors(ctx, db.db, a.ID); err != nil {
		return err
	}
	if a.Quotes, err = readQuotes(ctx, db.db, a.ID); err != nil {
		return err
	}
	if a.Amounts, err = readAmounts(ctx, db.db, a.ID); err != nil {
		return err
	}
	if a.Events, err = readEvents(ctx, db.db, a.ID); err != nil {
		return err
	}
	a.Tone, err = readTone(ctx, db.db, a.ID)
	return err
}

// describe names an article in an error message.
func describe(a *news.Article) string {
	for _, s := range []string{a.URL, a.Origin, a.Title} {
		if s != "" {
			return s
		}
	}
	return "untitled"
}

// formatTime returns t as stored, or nil (NULL) when t is zero.
func formatTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// sourceKey folds a source name for case-insensitive matching. SQLite's
// NOCASE folds ASCII only, and sources are often Cyrillic.
func sourceKey(s string) string { return strings.ToLower(s) }

// Article returns the article with its text, Removed lines and what the
// analysis stages found in it (NewActors as stored, merged across articles).
func (db *DB) Article(ctx context.Context, id int64) (*news.Article, error) {
	row := db.db.QueryRowContext(ctx,
		"SELECT "+listColumns+", a.text, a.removed FROM articles a WHERE a.id = ?", id)
	var (
		a       news.Article
		removed sql.NullString
	)
	err := row.Scan(append(listFields(&a), &a.Text, &removed)...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	if removed.Valid {
		if err := json.Unmarshal([]byte(removed.String), &a.Removed); err != nil {
			return nil, fmt.Errorf("article %d: removed lines: %w", id, err)
		}
	}
	if err := db.readAnalyses(ctx, &a); err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return &a, nil
}

// List returns articles matching f, newest published first, undated last,
// then by id; without Text or Removed.
func (db *DB) List(ctx context.Context, f news.Filter) ([]*news.Article, error) {
	w, err := where(f)
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	q := "SELECT " + listColumns + " FROM articles a" + w.sql() +
		" ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?"
	rows, err := db.db.QueryContext(ctx, q, append(w.args, w.limit, w.offset)...)
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	var out []*news.Article
	for rows.Next() {
		a := new(news.Article)
		if err := rows.Scan(listFields(a)...); err != nil {
			return nil, fmt.Errorf("list: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	return out, nil
}

// listColumns are the columns of an article without its text, and
// listFields where to scan them.
const listColumns = "a.id, a.url, a.title, a.author, a.published, a.language, a.source, a.origin, a.hash"

func listFields(a *news.Article) []any {
	return []any{&a.ID, &a.URL, &a.Title, &a.Author, storedTime{&a.Published}, &a.Language, &a.Source, &a.Origin, &a.Hash}
}

// storedTime scans a column written by formatTime: NULL is the zero time.
type storedTime struct{ t *time.Time }

// Scan implements sql.Scanner.
func (s storedTime) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*s.t = time.Time{}
		return nil
	case string:
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return fmt.Errorf("published: %w", err)
		}
		*s.t = t
		return nil
	default:
		return fmt.Errorf("published: unexpected %T", v)
	}
}
