package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// The crash test re-runs this test binary as a writer that the parent kills.
const (
	crashDBEnv    = "ENTENTE_SQLITE_CRASH_DB"
	crashStartEnv = "ENTENTE_SQLITE_CRASH_START"
	crashBatch    = 100
)

// crashBatchOf returns batch k of the writer: generated articles, every
// third carrying a marker word the check can count two ways.
func crashBatchOf(start int) []*news.Article {
	as := generate(crashBatch, start)
	for i, a := range as {
		if (start+i)%3 == 0 {
			a.Text += " A zebra crossing was painted."
		}
	}
	return as
}

// TestCrashWriter is the child side of TestCrashConsistency; it does nothing
// unless started by it. It stores batches until killed, printing one line
// per committed batch.
func TestCrashWriter(t *testing.T) {
	path := os.Getenv(crashDBEnv)
	if path == "" {
		t.Skip("run by TestCrashConsistency")
	}
	start, err := strconv.Atoi(os.Getenv(crashStartEnv))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for n := start; ; n += crashBatch {
		if _, err := db.Put(ctx, crashBatchOf(n)); err != nil {
			t.Fatal(err)
		}
		fmt.Println("committed", n)
	}
}

// ftsIntegrity runs FTS5's own check of the index against the articles
// table (rank 1 asks it to compare with the external content too).
func ftsIntegrity(t *testing.T, db *DB) {
	t.Helper()
	if _, err := db.db.Exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("FTS5 integrity-check: %v", err)
	}
}

func TestCrashConsistency(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills writer processes")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	// Several rounds, so a store recovered from one crash is written to and
	// crashed again.
	for round, delay := range []time.Duration{3 * time.Millisecond, 11 * time.Millisecond, 17 * time.Millisecond} {
		start := 0
		if round > 0 {
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			start, err = db.Count(ctx)
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDBEnv+"="+path, crashStartEnv+"="+strconv.Itoa(start))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		for batches := 0; batches < 5 && lines.Scan(); batches++ {
		}
		// Kill at an arbitrary moment, most likely inside a transaction:
		// the writer is in one nearly all the time.
		time.Sleep(delay)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if err := lines.Err(); err != nil {
			t.Fatal(err)
		}
	}

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening after the crashes: %v", err)
	}
	defer db.Close()
	t.Run("the database passes SQLite's integrity check", func(t *testing.T) {
		if got := pragma(t, db, "integrity_check"); got != "ok" {
			t.Errorf("integrity_check = %q", got)
		}
	})
	t.Run("the FTS index agrees with its content table", func(t *testing.T) {
		ftsIntegrity(t, db)
		var byIndex, byScan int
		if err := db.db.QueryRow("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebra'").Scan(&byIndex); err != nil {
			t.Fatal(err)
		}
		if err := db.db.QueryRow("SELECT count(*) FROM articles WHERE text LIKE '%zebra%'").Scan(&byScan); err != nil {
			t.Fatal(err)
		}
		if byIndex != byScan || byScan == 0 {
			t.Errorf("%d articles match zebra in the index, %d by scanning; want equal and non-zero", byIndex, byScan)
		}
	})
	t.Run("only whole batches were stored", func(t *testing.T) {
		n, err := db.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 || n%crashBatch != 0 {
			t.Errorf("Count = %d, want a non-zero multiple of the batch size %d", n, crashBatch)
		}
		t.Logf("%d articles survived three kills", n)
	})
	t.Run("the store takes writes again", func(t *testing.T) {
		r, err := db.Put(ctx, []*news.Article{{URL: "https://a.example/after-crash", Title: "after"}})
		if err != nil || r.Stored != 1 {
			t.Errorf("Put after crash = %+v, %v", r, err)
		}
	})
}
