package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/entente-news/entente/internal/news"
)

// exportRun runs `entente export` in-process and returns stdout and stderr.
func exportRun(t *testing.T, db string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"export", "--db", db}, args...), strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestExport(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()

	// The events the listing command shows are the ones export must write.
	var listed []int64
	for _, l := range strings.Split(strings.TrimSpace(mustEntente(t, "events", "--json", "--realized", "--limit", "1000", "--db", db)), "\n") {
		var h news.EventHit
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatal(err)
		}
		listed = append(listed, h.ID)
	}
	if len(listed) < 100 {
		t.Fatalf("the demo store lists %d realised events; the test needs more", len(listed))
	}

	t.Run("events as JSON lines on stdout are the listed realised events", func(t *testing.T) {
		out, stderr, err := exportRun(t, db, "events")
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var h news.EventHit
			if err := json.Unmarshal([]byte(l), &h); err != nil {
				t.Fatalf("line %q: %v", l, err)
			}
			got = append(got, h.ID)
		}
		if diff := cmp.Diff(listed, got); diff != "" {
			t.Errorf("event ids mismatch (-events +export):\n%s", diff)
		}
		if want := "exported " + itoa(int64(len(listed))) + " events as jsonl to stdout"; !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	})

	t.Run("events as GDELT rows to a file have 61 fields each", func(t *testing.T) {
		path := filepath.Join(dir, "events.tsv")
		if _, _, err := exportRun(t, db, "events", "--format", "gdelt", "--out", path); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(lines) == 0 || len(lines) > len(listed) {
			t.Fatalf("%d GDELT rows for %d listed events", len(lines), len(listed))
		}
		for i, l := range lines {
			if n := len(strings.Split(l, "\t")); n != 61 {
				t.Fatalf("row %d has %d fields: %q", i+1, n, l)
			}
		}
	})

	t.Run("every kind exports as CSV with a header and one record each", func(t *testing.T) {
		for _, kind := range []string{"articles", "quotes", "events"} {
			out, stderr, err := exportRun(t, db, kind, "-f", "csv")
			if err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
			if want := "exported " + itoa(int64(len(recs)-1)) + " " + kind; len(recs) < 2 || !strings.Contains(stderr, want) {
				t.Errorf("%s: %d records, stderr %q", kind, len(recs), stderr)
			}
		}
	})

	t.Run("events as Parquet read back with their ids in order", func(t *testing.T) {
		path := filepath.Join(dir, "events.parquet")
		if _, _, err := exportRun(t, db, "events", "--format", "parquet", "-o", path); err != nil {
			t.Fatal(err)
		}
		type row struct {
			ID    int64  `parquet:"id"`
			CAMEO string `parquet:"cameo"`
		}
		rows, err := parquet.ReadFile[row](path)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, r := range rows {
			if r.CAMEO == "" {
				t.Errorf("event %d has no CAMEO code", r.ID)
			}
			got = append(got, r.ID)
		}
		if diff := cmp.Diff(listed, got); diff != "" {
			t.Errorf("event ids mismatch (-events +parquet):\n%s", diff)
		}
	})

	t.Run("filters narrow the export as they narrow the listing", func(t *testing.T) {
		want := mustEntente(t, "events", "--json", "--realized", "--actor", "RUS", "--from", "2020-01-01", "--limit", "1000", "--db", db)
		got, _, err := exportRun(t, db, "events", "--actor", "RUS", "--from", "2020-01-01")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(got, "\n") != strings.Count(want, "\n") || got == "" {
			t.Errorf("export gave %d events, the listing %d", strings.Count(got, "\n"), strings.Count(want, "\n"))
		}
	})

	t.Run("a failed export leaves the previous file untouched and no temporary file", func(t *testing.T) {
		path := filepath.Join(dir, "kept.csv")
		if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		// The store refuses the date range only when it is asked for the
		// first page, after the temporary file exists.
		_, _, err := exportRun(t, db, "events", "-f", "csv", "-o", path, "--from", "2021-01-01", "--to", "2020-01-01")
		if !errors.Is(err, news.ErrInvalid) {
			t.Fatalf("err = %v, want ErrInvalid", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "old\n" {
			t.Errorf("the previous file now holds %q", b)
		}
		left, _ := filepath.Glob(filepath.Join(dir, ".kept.csv.*"))
		if len(left) != 0 {
			t.Errorf("temporary files left behind: %v", left)
		}
	})

	for _, tt := range []struct {
		name string
		args []string
	}{
		{"an unknown kind is refused", []string{"actors"}},
		{"an unknown format is refused", []string{"events", "-f", "xml"}},
		{"gdelt for quotes is refused", []string{"quotes", "-f", "gdelt"}},
		{"gdelt with unrealised events is refused", []string{"events", "-f", "gdelt", "--all"}},
		{"a quote flag on events is refused", []string{"events", "--speaker", "Lukashenko"}},
		{"an event flag on articles is refused", []string{"articles", "--type", "SANCTION"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := exportRun(t, db, tt.args...)
			if !errors.Is(err, news.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
			if out != "" {
				t.Errorf("wrote %d bytes before refusing", len(out))
			}
		})
	}
}
