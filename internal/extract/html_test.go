package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

func TestHTML(t *testing.T) {
	tests := []struct {
		name, file, url string
	}{
		{"a news page keeps its article and drops nav, comments and footer", "harbour.html", "https://ledger.example.com/n/123?utm_source=feed"},
		{"a German page takes og:url as its canonical URL and keeps its line break", "brauerei.html", ""},
		{"a relative canonical link is resolved against the page URL and JSON-LD supplies the date", "budget.html", "https://metro.example.org/story?id=9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := HTML(page, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(tt.file, ".html")+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			var wantA news.Article
			if err := json.Unmarshal(want, &wantA); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&wantA, a); diff != "" {
				t.Errorf("HTML(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func TestHTMLRejects(t *testing.T) {
	empty, err := os.ReadFile(filepath.Join("testdata", "empty.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		page []byte
	}{
		{"a page whose body holds only scripts and an image has no article", empty},
		{"an empty document has no article", nil},
		{"whitespace has no article", []byte(" \n\t ")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(tt.page, "")
			if !errors.Is(err, news.ErrInvalid) {
				t.Errorf("HTML() = %+v, %v; want an error wrapping news.ErrInvalid", a, err)
			}
		})
	}
}

func TestHTMLDecodesDeclaredCharset(t *testing.T) {
	// "Café" in windows-1252, declared as such: not valid UTF-8, so the
	// declaration decides.
	page := []byte(`<html><head><meta charset="windows-1252"></head><body><article><p>` +
		strings.Repeat("Le caf\xe9 du port ouvre de nouveau ses portes apr\xe8s les travaux. ", 8) +
		`</p></article></body></html>`)
	a, err := HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Le café du port") || !strings.Contains(a.Text, "après") {
		t.Errorf("text not decoded from windows-1252: %q", a.Text[:min(80, len(a.Text))])
	}
}

func TestHTMLIsSafeForConcurrentUse(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "harbour.html"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			got, err := HTML(page, "")
			if err != nil {
				errs <- err.Error()
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				errs <- diff
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func FuzzHTML(f *testing.F) {
	for _, name := range []string{"harbour.html", "brauerei.html", "budget.html", "empty.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "https://example.com/a")
	}
	f.Add([]byte("<p>a<b>b</b>c<br><pre> x \n y</pre><td>1</td>"), "")
	f.Add([]byte("\xff\xfe<\x00h\x00"), "::")
	f.Fuzz(func(t *testing.T, page []byte, url string) {
		a, err := HTML(page, url)
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) {
				// Only the parser may fail otherwise, and it reads from
				// memory, so it never does.
				t.Fatalf("HTML() error %v does not wrap news.ErrInvalid", err)
			}
			return
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatal("HTML() returned an article with no text")
		}
		if strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("paragraphs separated by more than one blank line: %q", a.Text)
		}
		if a.Text != strings.TrimSpace(a.Text) {
			t.Fatalf("text not trimmed: %q", a.Text)
		}
	})
}

// benchPages reads up to n pages of trafilatura's evaluation set, UTF-8 as
// ingest would hand them on, or skips when the shared data is absent.
func benchPages(b *testing.B, n int) [][]byte {
	b.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "extraction", "trafilatura-eval", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.gz"))
	if err != nil || len(names) == 0 {
		b.Skip("shared data absent")
	}
	sort.Strings(names)
	var pages [][]byte
	for _, name := range names[:min(n, len(names))] {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		if !utf8.Valid(page) {
			enc, _, _ := charset.DetermineEncoding(page, "")
			if page, err = io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(page))); err != nil {
				b.Fatal(err)
			}
		}
		pages = append(pages, page)
	}
	return pages
}

func benchExtract(b *testing.B, fn func(page []byte)) {
	pages := benchPages(b, 100)
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			fn(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkHTML(b *testing.B) {
	benchExtract(b, func(page []byte) { HTML(page, "") })
}

// BenchmarkTrafilatura is go-trafilatura alone, with the same options, on
// the same pages: the anchor BenchmarkHTML is compared with.
func BenchmarkTrafilatura(b *testing.B) {
	benchExtract(b, func(page []byte) {
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			return
		}
		trafilatura.ExtractDocument(doc, Options(""))
	})
}
