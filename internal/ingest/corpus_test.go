package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// corpusDirs hold real gzipped pages from the shared evaluation data, many
// in legacy Cyrillic and other charsets: a check of Read on the web as it is.
var corpusDirs = []string{
	"extraction/scrapinghub/html",
	"extraction/trafilatura-eval/html",
	"dates/htmldate-mediacloud/html",
}

// TestReadCorpus reads every shared page and requires nearly all of them
// to come out as one UTF-8 HTML document. The refusals it logs are the
// pages that declare no charset and are not UTF-8.
func TestReadCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(root); err != nil {
		t.Skip("shared data absent:", err)
	}
	if testing.Short() {
		t.Skip("reads about 1,300 pages")
	}
	for _, dir := range corpusDirs {
		t.Run("reads nearly every page of "+dir, func(t *testing.T) {
			paths, err := filepath.Glob(filepath.Join(root, dir, "*.gz"))
			if err != nil || len(paths) == 0 {
				t.Skipf("no pages under %s (%v)", dir, err)
			}
			read, refused := 0, map[string]int{}
			for _, p := range paths {
				f, err := os.Open(p)
				if err != nil {
					t.Fatal(err)
				}
				var docs []news.Raw
				err = Read(t.Context(), p, f, Sink{Doc: func(r news.Raw) error { docs = append(docs, r); return nil }})
				f.Close()
				if err != nil {
					refused[strings.TrimPrefix(err.Error(), p+": ")]++
					continue
				}
				if len(docs) != 1 || !docs[0].HTML || !utf8.Valid(docs[0].Body) {
					t.Errorf("%s: %d documents, want one UTF-8 HTML page", p, len(docs))
					continue
				}
				read++
			}
			var reasons []string
			for r, n := range refused {
				reasons = append(reasons, fmt.Sprintf("%d× %s", n, r))
			}
			sort.Strings(reasons)
			t.Logf("%s: read %d of %d pages; refused: %v", dir, read, len(paths), reasons)
			if read*100 < len(paths)*95 {
				t.Errorf("read %d of %d pages, want at least 95%%", read, len(paths))
			}
		})
	}
}
