package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// nearDuplicate is dedup.Threshold, the estimated Jaccard similarity at or
// above which two articles are near-duplicates. It is repeated here because
// sqlite imports only news; a test holds the two equal.
const nearDuplicate = 0.5

// cluster assigns each article of batch that Put has just stored to a
// near-duplicate cluster and indexes its LSH bands, inside Put's
// transaction. It returns every article's cluster, in batch order.
//
// A new article's candidates are the cluster founders sharing one of its
// band hashes; those whose signatures agree on at least nearDuplicate of
// their entries are its near-duplicates, and it joins the earliest of them.
// With none, or with no bands (a text without words), it founds its own
// cluster. Clusters are never merged afterwards, so cluster IDs stay stable
// for whoever has shown them.
func cluster(ctx context.Context, tx *sql.Tx, batch []*news.Article, ids []int64) ([]int64, error) {
	out := make([]int64, len(batch))
	for i, a := range batch {
		var c sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT cluster FROM articles WHERE id = ?", ids[i]).Scan(&c); err != nil {
			return nil, fmt.Errorf("cluster article %d: %w", i, err)
		}
		if c.Valid {
			// A duplicate of a stored article, or one stored earlier in
			// this batch: it keeps the cluster it has.
			out[i] = c.Int64
			continue
		}
		id, err := joinCluster(ctx, tx, ids[i], a)
		if err != nil {
			return nil, fmt.Errorf("cluster article %d: %w", i, err)
		}
		out[i] = id
	}
	return out, nil
}

// perBand caps the candidates one band contributes. Templated texts (market
// reports, match results) share bands by the thousand; the earliest founders
// are the ones a copy would join anyway, and the cap keeps Put's cost per
// article constant instead of growing with the store.
const perBand = 16

// joinCluster finds, sets and returns the cluster of the stored article id.
// Only cluster founders index their bands: a copy is compared with the
// founders, never with other copies, so clusters do not drift by chaining
// and the candidate lists stay as short as the number of distinct stories.
func joinCluster(ctx context.Context, tx *sql.Tx, id int64, a *news.Article) (int64, error) {
	c := id
	if len(a.Bands) > 0 {
		cands, err := candidates(ctx, tx, id, a.Bands)
		if err != nil {
			return 0, err
		}
		for other, sig := range cands {
			if other < c && agreement(a.Signature, sig) >= nearDuplicate {
				c = other
			}
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET cluster = ?, signature = ? WHERE id = ?",
		c, encodeSignature(a.Signature), id); err != nil {
		return 0, fmt.Errorf("set cluster: %w", err)
	}
	if len(a.Bands) == 0 || c != id {
		return c, nil
	}
	// One statement for all bands: per-row Execs cost more than the lookup.
	args := make([]any, 0, 2*len(a.Bands))
	for _, h := range a.Bands {
		args = append(args, int64(h), id)
	}
	q := "INSERT INTO article_bands (band_hash, article_id) VALUES (?, ?)" + strings.Repeat(", (?, ?)", len(a.Bands)-1)
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return 0, fmt.Errorf("bands: %w", err)
	}
	return c, nil
}

// candidates returns the signatures of the founders sharing a band with
// the article id, at most perBand a band, earliest first.
func candidates(ctx context.Context, tx *sql.Tx, id int64, bands []uint64) (map[int64][]byte, error) {
	stmt, err := tx.PrepareContext(ctx, "SELECT article_id FROM article_bands WHERE band_hash = ? ORDER BY article_id LIMIT ?")
	if err != nil {
		return nil, fmt.Errorf("candidates: %w", err)
	}
	defer stmt.Close()
	ids := map[int64]bool{}
	for _, h := range bands {
		rows, err := stmt.QueryContext(ctx, int64(h), perBand)
		if err != nil {
			return nil, fmt.Errorf("candidates: %w", err)
		}
		for rows.Next() {
			var other int64
			if err := rows.Scan(&other); err != nil {
				rows.Close()
				return nil, fmt.Errorf("candidates: %w", err)
			}
			if other != id {
				ids[other] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("candidates: %w", err)
		}
	}
	out := make(map[int64][]byte, len(ids))
	for other := range ids {
		var sig []byte
		err := tx.QueryRowContext(ctx, "SELECT signature FROM articles WHERE id = ? AND cluster IS NOT NULL", other).Scan(&sig)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("candidate %d: %w", other, err)
		}
		out[other] = sig
	}
	return out, nil
}

// encodeSignature packs sig as little-endian uint64s; nil stays NULL.
func encodeSignature(sig []uint64) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 8*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

// agreement is dedup.Agreement against a stored signature: the share of
// entries that agree, entries past the shorter one disagreeing.
func agreement(sig []uint64, stored []byte) float64 {
	n := max(len(sig), len(stored)/8)
	if n == 0 {
		return 0
	}
	same := 0
	for i := 0; i < len(sig) && 8*i+8 <= len(stored); i++ {
		if sig[i] == binary.LittleEndian.Uint64(stored[8*i:]) {
			same++
		}
	}
	return float64(same) / float64(n)
}

// Copies returns the IDs of the other articles in id's near-duplicate
// cluster, in the order they were stored; ErrNotFound if id is absent.
func (db *DB) Copies(ctx context.Context, id int64) ([]int64, error) {
	var c sql.NullInt64
	err := db.db.QueryRowContext(ctx, "SELECT cluster FROM articles WHERE id = ?", id).Scan(&c)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("copies of article %d: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("copies of article %d: %w", id, err)
	}
	if !c.Valid {
		return nil, nil
	}
	rows, err := db.db.QueryContext(ctx, "SELECT id FROM articles WHERE cluster = ? AND id != ? ORDER BY id", c.Int64, id)
	if err != nil {
		return nil, fmt.Errorf("copies of article %d: %w", id, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var other int64
		if err := rows.Scan(&other); err != nil {
			return nil, fmt.Errorf("copies of article %d: %w", id, err)
		}
		out = append(out, other)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copies of article %d: %w", id, err)
	}
	return out, nil
}
