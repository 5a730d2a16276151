package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fakeBody = `The river authority opened the new flood barrier on Monday after three years of work on the northern bank of the estuary.

Engineers say the barrier can hold back a surge two metres higher than the record flood of 1953, protecting about twelve thousand homes.

The project cost 80 million euros, most of it paid by the national government, and came in under budget for the first time in the authority's history.`

// fakePage wraps paragraphs in a page with navigation and a footer.
func fakePage(body string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Barrier</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/shop">Shop the collection</a></nav><article>`)
	for _, p := range strings.Split(body, "\n\n") {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article><footer>Imprint and privacy settings</footer></body></html>`)
	return b.String()
}

func writeGzip(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write(data)
	z.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// fakeData builds a two-dataset data root: one ScrapingHub page, and two
// trafilatura-eval entries of which one has no HTML file and one is
// windows-1252.
func fakeData(t *testing.T) string {
	dir := t.TempDir()
	sh := filepath.Join(dir, "extraction", "scrapinghub")
	writeJSON(t, filepath.Join(sh, "ground-truth.json"), map[string]any{
		"p1": map[string]string{"articleBody": fakeBody, "url": "https://news.example.com/barrier"},
	})
	writeGzip(t, filepath.Join(sh, "html", "p1.html.gz"), []byte(fakePage(fakeBody)))

	te := filepath.Join(dir, "extraction", "trafilatura-eval")
	writeJSON(t, filepath.Join(te, "evaldata.json"), map[string]any{
		"https://blog.example.fr/cafe": map[string]any{
			"file": "cafe.html", "with": []string{"Le café du port", "après les travaux"},
			"without": []string{"Shop the collection", "Imprint and privacy"},
		},
		"https://gone.example.com/": map[string]any{
			"file": "gone.html", "with": []string{"x"}, "without": []string{"y"},
		},
	})
	latin1 := strings.NewReplacer("é", "\xe9", "è", "\xe8").Replace(
		strings.Replace(fakePage(strings.Repeat("Le café du port rouvre après les travaux de la digue. ", 6)),
			"<head>", `<head><meta charset="windows-1252">`, 1))
	writeGzip(t, filepath.Join(te, "html", "cafe.html.gz"), []byte(latin1))
	return dir
}

func TestExtractionOnFakeData(t *testing.T) {
	dir := fakeData(t)
	var calls, lastTotal int
	r, err := Extraction(context.Background(), dir, func(done, total int) {
		calls++
		if done != calls {
			t.Errorf("progress done = %d on call %d", done, calls)
		}
		lastTotal = total
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 3 || lastTotal != 3 {
		t.Errorf("progress called %d times with total %d, want 3 and 3", calls, lastTotal)
	}
	if len(r.Datasets) != 2 {
		t.Fatalf("got %d datasets, want 2", len(r.Datasets))
	}
	sh, te := r.Datasets[0], r.Datasets[1]
	t.Run("the ScrapingHub page is extracted exactly", func(t *testing.T) {
		if sh.Name != "scrapinghub" || sh.Pages != 1 || sh.Skipped != 0 || sh.Failed != 0 {
			t.Errorf("got %+v", sh)
		}
		if sh.F1 != 1 || sh.Accuracy == nil || *sh.Accuracy != 1 {
			t.Errorf("F1 %v accuracy %v, want 1 and 1", sh.F1, sh.Accuracy)
		}
	})
	t.Run("a missing trafilatura-eval page is skipped and a windows-1252 one decoded", func(t *testing.T) {
		if te.Name != "trafilatura-eval" || te.Pages != 1 || te.Skipped != 1 {
			t.Errorf("got %+v", te)
		}
		if te.Precision != 1 || te.Recall != 1 {
			t.Errorf("precision %v recall %v, want 1 and 1", te.Precision, te.Recall)
		}
		if te.Accuracy != nil {
			t.Errorf("accuracy %v, want none outside ScrapingHub", *te.Accuracy)
		}
	})
	t.Run("the table names both datasets and both extractors", func(t *testing.T) {
		var b bytes.Buffer
		r.Text(&b)
		for _, s := range []string{"scrapinghub", "trafilatura-eval", "entente", "go-trafilatura", "1.000"} {
			if !strings.Contains(b.String(), s) {
				t.Errorf("table lacks %q:\n%s", s, b.String())
			}
		}
	})
	t.Run("the JSON uses the documented field names", func(t *testing.T) {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{`"name"`, `"pages"`, `"skipped"`, `"precision"`, `"recall"`, `"f1"`, `"accuracy"`, `"pages_per_second"`, `"anchor"`} {
			if !bytes.Contains(b, []byte(k)) {
				t.Errorf("JSON lacks %s: %s", k, b)
			}
		}
	})
}

func TestExtractionFailsWithoutData(t *testing.T) {
	if _, err := Extraction(context.Background(), t.TempDir(), nil); err == nil {
		t.Error("Extraction on an empty directory succeeded")
	}
}

func TestExtractionStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extraction(ctx, fakeData(t), nil); err == nil {
		t.Error("Extraction with a cancelled context succeeded")
	}
}
