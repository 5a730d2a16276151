package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json and the generated inputs")

// A golden is everything Read reported for one input, in a form that diffs
// well: bodies as strings, skips and errors as "name: reason" lines.
type golden struct {
	Docs   []goldenDoc `json:"docs"`
	Skips  []string    `json:"skips,omitempty"`
	Errors []string    `json:"errors,omitempty"`
	Err    string      `json:"err,omitempty"`
}

type goldenDoc struct {
	Name      string `json:"name"`
	Format    string `json:"format"`
	HTML      bool   `json:"html"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Author    string `json:"author,omitempty"`
	Source    string `json:"source,omitempty"`
	Language  string `json:"language,omitempty"`
	Published string `json:"published,omitempty"`
	Body      string `json:"body"`
}

// collect reads one input through Read and records all it reported.
func collect(ctx context.Context, name string, b []byte) golden {
	var g golden
	err := Read(ctx, name, strings.NewReader(string(b)), Sink{
		Doc: func(r news.Raw) error {
			d := goldenDoc{Name: r.Name, Format: string(r.Format), HTML: r.HTML, URL: r.URL, Title: r.Title,
				Author: r.Author, Source: r.Source, Language: r.Language, Body: string(r.Body)}
			if !r.Published.IsZero() {
				d.Published = r.Published.Format(time.RFC3339Nano)
			}
			g.Docs = append(g.Docs, d)
			return nil
		},
		Skip:  func(name, reason string) { g.Skips = append(g.Skips, name+": "+reason) },
		Error: func(name string, err error) { g.Errors = append(g.Errors, fmt.Sprintf("%s: %v", name, err)) },
	})
	if err != nil {
		g.Err = err.Error()
	}
	return g
}

func TestReadGolden(t *testing.T) {
	if *update {
		writeGenerated(t)
	}
	inputs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		if fi, err := os.Stat(in); err != nil || fi.IsDir() || strings.HasSuffix(in, ".golden.json") {
			continue
		}
		n++
		t.Run("reads "+filepath.Base(in)+" as its golden file says", func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := collect(t.Context(), in, b)
			path := in + ".golden.json"
			if *update {
				var out bytes.Buffer
				enc := json.NewEncoder(&out)
				enc.SetEscapeHTML(false) // bodies are HTML; keep them readable in diffs
				enc.SetIndent("", "  ")
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wb, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want golden
			if err := json.Unmarshal(wb, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Read(%s) mismatch (-want +got):\n%s", in, diff)
			}
		})
	}
	if n < 10 {
		t.Errorf("found %d inputs under testdata, want at least 10 (run with -update to generate them)", n)
	}
}
