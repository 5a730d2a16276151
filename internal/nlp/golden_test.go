package nlp

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update rewrites the *.golden.json files under testdata from the current
// output: go test ./internal/nlp -update, then review the diff.
var update = flag.Bool("update", false, "rewrite testdata/**/*.golden.json")

// checkGolden compares got with the JSON in path, or writes it there
// under -update. want is decoded into a T so cmp.Diff shows structure.
func checkGolden[T any](t *testing.T, path string, got T) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var want, norm T
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	// Round-trip got too, so both sides have the same JSON-shaped types.
	if err := json.Unmarshal(b, &norm); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, norm); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// inputs returns the *.txt files in testdata/dir with their golden paths.
func inputs(t testing.TB, dir string) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no inputs in testdata/%s: %v", dir, err)
	}
	m := make(map[string]string, len(paths))
	for _, p := range paths {
		m[p] = strings.TrimSuffix(p, ".txt") + ".golden.json"
	}
	return m
}
