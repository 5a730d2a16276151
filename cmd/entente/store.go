package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/entente-news/entente/internal/sqlite"
)

// openStore opens the database named by --db / ENTENTE_DB, creating it if
// need be: what ingest and demo write into.
func (e *env) openStore(ctx context.Context) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, e.db)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", e.db, err)
	}
	return db, nil
}

// openExisting opens a store that must exist already, for the commands
// that read one: on a mistyped --db they would otherwise create an empty
// store there and answer nothing, as if the corpus had nothing to say.
func (e *env) openExisting(ctx context.Context) (*sqlite.DB, error) {
	if e.db != ":memory:" && !strings.HasPrefix(e.db, "file:") {
		if _, err := os.Stat(e.db); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run entente ingest or entente demo first, or point --db or ENTENTE_DB at one", e.db)
		}
	}
	return e.openStore(ctx)
}
