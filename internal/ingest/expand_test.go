package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a/z.jsonl", "a/m/x.html", "a/.draft.txt", ".git/HEAD", "a/.cache/y.txt", "c.csv", "d.csv"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in := func(rel ...string) []string {
		out := make([]string, len(rel))
		for i, r := range rel {
			out[i] = filepath.Join(dir, r)
			if r == "-" {
				out[i] = "-"
			}
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"a directory is walked in sorted order without hidden entries", in("."), in("a/m/x.html", "a/z.jsonl", "b.txt", "c.csv", "d.csv")},
		{"a glob is expanded", in("*.csv"), in("c.csv", "d.csv")},
		{"a dash stays as stdin among files", in("b.txt", "-", "c.csv"), in("b.txt", "-", "c.csv")},
		{"a file named explicitly is kept even when hidden", in("a/.draft.txt"), in("a/.draft.txt")},
		{"a file reached twice is kept once at its first place", in("c.csv", "."), in("c.csv", "a/m/x.html", "a/z.jsonl", "b.txt", "d.csv")},
		{"no arguments give no inputs", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Expand(%q) mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}

	bad := []struct {
		name string
		arg  string
		want string
	}{
		{"a missing path is an error naming it", filepath.Join(dir, "nope.txt"), "nope.txt"},
		{"a glob matching nothing is an error naming it", filepath.Join(dir, "*.warc"), "*.warc"},
		{"a malformed glob is an error naming it", filepath.Join(dir, "[a"), "[a"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand([]string{tt.arg})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Expand(%q) = %q, %v; want an error naming %q", tt.arg, got, err, tt.want)
			}
		})
	}
}
