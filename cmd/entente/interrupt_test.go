package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/sqlite"
)

// TestMain lets the test binary act as the entente command, so a test can
// start it as a child process and kill it.
func TestMain(m *testing.M) {
	if args := os.Getenv("ENTENTE_TEST_RUN"); args != "" {
		err := run(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestKilledIngestLeavesAConsistentStoreThatARerunCompletes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	const total = 20000
	input := filepath.Join(dir, "many.jsonl")
	writeArticles(t, input, total)
	db := filepath.Join(dir, "kill.db")

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), "ENTENTE_TEST_RUN="+strings.Join([]string{"ingest", "--batch", "64", "--db", db, input}, "\x1f"))
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it with SIGKILL as soon as some batches are committed.
	stored := 0
	deadline := time.Now().Add(60 * time.Second)
	for stored == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		stored, _ = tryCount(db) // the child may still be creating the schema
	}
	child.Process.Kill()
	child.Wait()
	stored = count(t, db)
	if stored == 0 || stored >= total {
		t.Fatalf("killed child had stored %d of %d; the test needs a partial ingest", stored, total)
	}
	t.Logf("killed after %d of %d articles", stored, total)

	out := mustEntente(t, "ingest", "--json", "--db", db, input)
	var sum struct {
		Stored     int `json:"ingested"`
		Duplicates int `json:"duplicates"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary: %v\n%s", err, out)
	}
	if got := count(t, db); got != total {
		t.Errorf("after the re-run the store holds %d articles, want %d", got, total)
	}
	if sum.Stored+sum.Duplicates != total || sum.Duplicates < stored {
		t.Errorf("re-run stored %d and found %d duplicates; %d were stored before the kill", sum.Stored, sum.Duplicates, stored)
	}
}

// count opens the store and counts its articles.
func count(t *testing.T, path string) int {
	t.Helper()
	n, err := tryCount(path)
	if err != nil {
		t.Fatalf("count %s: %v", path, err)
	}
	return n
}

// tryCount is 0 when the store does not exist yet.
func tryCount(path string) (int, error) {
	if _, err := os.Stat(path); err != nil {
		return 0, nil
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	return db.Count(context.Background())
}

func writeArticles(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		enc.Encode(map[string]string{
			"url":   fmt.Sprintf("https://example.org/news/%d", i),
			"title": fmt.Sprintf("Delegations meet for round %d of talks", i),
			"text":  fmt.Sprintf("The delegations met for round %d of the talks on trade and energy.\n\nThey agreed to meet again in %d days.", i, i%30+1),
			"date":  "2015-02-12",
		})
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
