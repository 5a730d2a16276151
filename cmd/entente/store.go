package main

import (
	"context"
	"fmt"

	"github.com/entente-news/entente/internal/sqlite"
)

// openStore opens the database named by --db / ENTENTE_DB.
func (e *env) openStore(ctx context.Context) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, e.db)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", e.db, err)
	}
	return db, nil
}
