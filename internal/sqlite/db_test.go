package sqlite

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-news/entente/internal/news"
)

// MustOpenDB opens a fresh database file in a temporary directory, so tests
// run with real WAL files, and closes it when the test ends.
func MustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(context.Background(), filepath.Join(tb.TempDir(), "entente.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// fixture reads testdata/articles.json, a small hand-written corpus.
func fixture(tb testing.TB) []*news.Article {
	tb.Helper()
	b, err := os.ReadFile("testdata/articles.json")
	if err != nil {
		tb.Fatal(err)
	}
	var as []*news.Article
	// Hash is json:"-" on news.Article, so read it beside.
	var hashes []struct{ Hash string }
	if err := json.Unmarshal(b, &as); err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, &hashes); err != nil {
		tb.Fatal(err)
	}
	for i := range as {
		as[i].Hash = hashes[i].Hash
	}
	return as
}

// mustPut stores batch or fails the test.
func mustPut(tb testing.TB, db *DB, batch ...*news.Article) news.PutResult {
	tb.Helper()
	r, err := db.Put(context.Background(), batch)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func pragma(tb testing.TB, db *DB, name string) string {
	tb.Helper()
	var v string
	if err := db.db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		tb.Fatal(err)
	}
	return v
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	t.Run("a file database gets WAL, a busy timeout, foreign keys, synchronous NORMAL and memory temp storage", func(t *testing.T) {
		db := MustOpenDB(t)
		for name, want := range map[string]string{
			"journal_mode": "wal",
			"busy_timeout": "5000",
			"foreign_keys": "1",
			"synchronous":  "1",
			"temp_store":   "2",
			"user_version": latestVersion(t),
		} {
			if got := pragma(t, db, name); got != want {
				t.Errorf("PRAGMA %s = %q, want %q", name, got, want)
			}
		}
	})
	t.Run("opening a file twice applies the migrations once and keeps the data", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "twice.db")
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		mustPut(t, db, &news.Article{URL: "https://a.example/1", Title: "one"})
		if err := migrate(ctx, db.db, migrations); err != nil {
			t.Fatalf("migrating again: %v", err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db, err = Open(ctx, path)
		if err != nil {
			t.Fatalf("reopening: %v", err)
		}
		defer db.Close()
		if n, err := db.Count(ctx); err != nil || n != 1 {
			t.Errorf("Count after reopen = %d, %v; want 1", n, err)
		}
		if v, want := pragma(t, db, "user_version"), latestVersion(t); v != want {
			t.Errorf("user_version = %s, want %s", v, want)
		}
	})
	t.Run("an in-memory database works on its single connection", func(t *testing.T) {
		db, err := Open(ctx, ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		mustPut(t, db, &news.Article{URL: "https://a.example/1", Title: "one"})
		if n, err := db.Count(ctx); err != nil || n != 1 {
			t.Errorf("Count = %d, %v; want 1", n, err)
		}
	})
	t.Run("a database from a newer build is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "newer.db")
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.db.Exec("PRAGMA user_version = 99"); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if db, err := Open(ctx, path); err == nil {
			db.Close()
			t.Fatal("Open succeeded on a schema from the future")
		} else if !strings.Contains(err.Error(), "newer") {
			t.Errorf("error %q does not say the schema is newer", err)
		}
	})
	t.Run("a path with a question mark is refused rather than misread", func(t *testing.T) {
		if db, err := Open(ctx, "a?b.db"); err == nil {
			db.Close()
			t.Fatal("Open accepted a path with '?'")
		}
	})
}

func TestMigrate(t *testing.T) {
	tests := []struct {
		name    string
		files   fstest.MapFS
		version string
		wantErr string
	}{
		{
			name: "later migrations apply in version order",
			files: fstest.MapFS{
				"migrations/0002_b.sql": {Data: []byte("ALTER TABLE t ADD COLUMN b TEXT;")},
				"migrations/0001_a.sql": {Data: []byte("CREATE TABLE t (a TEXT);")},
			},
			version: "2",
		},
		{
			name: "a gap in the numbering is an error",
			files: fstest.MapFS{
				"migrations/0001_a.sql": {Data: []byte("CREATE TABLE t (a TEXT);")},
				"migrations/0003_c.sql": {Data: []byte("SELECT 1;")},
			},
			wantErr: "expected version 2",
		},
		{
			name: "a file without a number is an error",
			files: fstest.MapFS{
				"migrations/init.sql": {Data: []byte("SELECT 1;")},
			},
			wantErr: "NNNN_name.sql",
		},
		{
			name: "a failing migration leaves nothing of itself behind",
			files: fstest.MapFS{
				"migrations/0001_a.sql": {Data: []byte("CREATE TABLE t (a TEXT);")},
				"migrations/0002_b.sql": {Data: []byte("CREATE TABLE u (a TEXT); SELECT * FROM missing;")},
			},
			version: "1",
			wantErr: "no such table",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Open(context.Background(), ":memory:")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			// Start from an empty schema so the test migrations are the only ones.
			if _, err := db.db.Exec("DROP TABLE articles; DROP TABLE articles_fts; PRAGMA user_version = 0"); err != nil {
				t.Fatal(err)
			}
			err = migrate(context.Background(), db.db, tt.files)
			if tt.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
			if tt.version == "" {
				return
			}
			if got := pragma(t, db, "user_version"); got != tt.version {
				t.Errorf("user_version = %s, want %s", got, tt.version)
			}
			var tables int
			if err := db.db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'u'").Scan(&tables); err != nil {
				t.Fatal(err)
			}
			if tables != 0 {
				t.Error("table u of the failed migration exists")
			}
		})
	}
}

// latestVersion is the schema version Open reaches: the number of embedded
// migrations, so adding one does not break the tests that check it.
func latestVersion(tb testing.TB) string {
	tb.Helper()
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		tb.Fatal(err)
	}
	return strconv.Itoa(len(entries))
}
