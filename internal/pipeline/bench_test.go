package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/entente-news/entente/internal/extract"
	"github.com/entente-news/entente/internal/sqlite"
)

const shared = "../../../shared/data"

// evalPages reads up to n pages of trafilatura's evaluation set into memory.
func evalPages(b *testing.B, n int) map[string][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(shared, "extraction", "trafilatura-eval", "html", "*.gz"))
	if len(files) == 0 {
		b.Skip("no ../shared/data/extraction/trafilatura-eval")
	}
	sort.Strings(files)
	if len(files) > n {
		files = files[:n]
	}
	pages := map[string][]byte{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(z)
		if err != nil {
			b.Fatal(err)
		}
		pages[filepath.Base(f)+".html"] = page
	}
	return pages
}

func memInputs(files map[string][]byte) (ins []Input, size int64) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		data := files[name]
		size += int64(len(data))
		ins = append(ins, Input{Name: name, Size: int64(len(data)), Open: func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(data)), nil
		}})
	}
	return ins, size
}

// ingestBench runs a whole ingest on one core into a fresh SQLite file per
// iteration and reports articles/s; b.SetBytes gives MB/s.
func ingestBench(b *testing.B, files map[string][]byte, opt Options) {
	ins, size := memInputs(files)
	b.SetBytes(size)
	b.ReportAllocs()
	stored := 0
	i := 0
	for b.Loop() {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		i++
		b.StartTimer()
		opt.Workers = 1
		sum, err := Ingest(context.Background(), db, ins, opt)
		if err != nil {
			b.Fatal(err)
		}
		stored = sum.Stored
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(ins))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(stored), "stored")
}

// BenchmarkHTML compares a full ingest of trafilatura's evaluation pages
// (read, extract, clean metadata, hash, store in SQLite) with go-trafilatura
// alone on the same pages and options, through its one-call API and through
// its core: the ratio of ingest's ns/op to an anchor's is the pipeline's
// overhead (target <= 1.25). Run with -cpu 1 for one-core figures.
func BenchmarkHTML(b *testing.B) {
	pages := evalPages(b, 200)
	b.Run("trafilatura", func(b *testing.B) {
		var size int64
		for _, p := range pages {
			size += int64(len(p))
		}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				trafilatura.Extract(bytes.NewReader(p), extract.Options(""))
			}
		}
		b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	// The library's core alone: parse, then extract from the tree, skipping
	// the one-call API's charset sniffing (ingest hands on UTF-8 already).
	b.Run("trafilatura-document", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				doc, err := html.Parse(bytes.NewReader(p))
				if err == nil {
					trafilatura.ExtractDocument(doc, extract.Options(""))
				}
			}
		}
		b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("ingest", func(b *testing.B) { ingestBench(b, pages, Options{}) })
	b.Run("ingest+analyze", func(b *testing.B) { ingestBench(b, pages, Options{Analyze: true}) })
}

// BenchmarkText ingests plain-text articles through the boilerplate cleaner;
// "stored" must equal the 500 articles.
func BenchmarkText(b *testing.B) {
	files := map[string][]byte{}
	// Every article differs in its body, so none is stored as a duplicate.
	para := "Delegations from Minsk and Moscow met on Wednesday for round %d of talks on the price of gas for the coming year. " +
		"Officials said the talks would continue next week.\n\n"
	for i := range 500 {
		body := bytes.Repeat(fmt.Appendf(nil, para, i), 4)
		files[fmt.Sprintf("a%03d.txt", i)] = fmt.Appendf(nil, "Talks round %d\n\nHome / World / Talks round %d\n\n%sAdvertisement\n\n%s%d views\n", i, i, body, body, i)
	}
	b.Run("ingest", func(b *testing.B) { ingestBench(b, files, Options{}) })
	b.Run("ingest+analyze", func(b *testing.B) { ingestBench(b, files, Options{Analyze: true}) })
}
