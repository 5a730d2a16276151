package eval

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/extract"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// dataDir is the shared data root seen from this package.
var dataDir = filepath.Join("..", "..", "..", "shared", "data")

var (
	variants = flag.Bool("variants", false, "also measure go-trafilatura option variants (slow)")
	report   = flag.Bool("report", false, "run the full extraction evaluation and print its table")
)

func needData(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dataDir, "extraction")); err != nil {
		t.Skip("shared data absent:", err)
	}
}

func TestScrapingHubF1(t *testing.T) {
	needData(t)
	d, err := scrapinghub(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r, err := evaluate(context.Background(), d, []extractor{ours}, func() {})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("scrapinghub: pages %d skipped %d failed %d P %.4f R %.4f F1 %.4f acc %.4f pages/s %.1f (%s)",
		r.Pages, r.Skipped, r.Failed, r.Precision, r.Recall, r.F1, *r.Accuracy, r.PagesPerSecond, time.Since(start).Round(time.Millisecond))
	if r.Pages != 181 {
		t.Errorf("evaluated %d pages, want 181", r.Pages)
	}
	if r.F1 < 0.960 {
		t.Errorf("F1 = %.4f, want >= 0.960", r.F1)
	}
}

// TestExtractionReport is `entente eval extraction` without the CLI.
func TestExtractionReport(t *testing.T) {
	if !*report {
		t.Skip("run with -report")
	}
	needData(t)
	start := time.Now()
	r, err := Extraction(context.Background(), dataDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.Text(&b)
	t.Logf("%s(%s)", b.String(), time.Since(start).Round(time.Second))
	if len(r.Datasets) != 2 || r.Datasets[1].F1 < 0.90 {
		t.Errorf("trafilatura-eval F1 below 0.90: %+v", r.Datasets)
	}
}

// TestVariants measures go-trafilatura option sets on both datasets; it is
// how the options in extract.Options were chosen. Run with -variants -v.
func TestVariants(t *testing.T) {
	if !*variants {
		t.Skip("run with -variants")
	}
	needData(t)
	with := func(f func(*trafilatura.Options)) extractor {
		return func(page []byte, url string) (string, error) {
			opts := extract.Options(url)
			f(&opts)
			return trafilaturaText(page, opts)
		}
	}
	fns := []extractor{
		ours,
		with(func(o *trafilatura.Options) {}),
		with(func(o *trafilatura.Options) { o.EnableFallback = true }),
		// The benchmark's own go-trafilatura runner: fallback, comments kept.
		with(func(o *trafilatura.Options) { o.EnableFallback = true; o.ExcludeComments = false }),
		with(func(o *trafilatura.Options) { o.ExcludeComments = false }),
		with(func(o *trafilatura.Options) { o.Focus = trafilatura.FavorRecall }),
		with(func(o *trafilatura.Options) { o.Focus = trafilatura.FavorPrecision }),
		with(func(o *trafilatura.Options) { o.HtmlDateMode = trafilatura.Fast }),
	}
	names := []string{"entente", "trafilatura default", "trafilatura fallback", "benchmark runner (fallback+comments)", "default+comments", "favor recall", "favor precision", "fast date"}
	for _, load := range []func(string) (dataset, error){scrapinghub, trafilaturaEval} {
		d, err := load(dataDir)
		if err != nil {
			t.Fatal(err)
		}
		tallies, skipped, err := d.run(context.Background(), fns, func() {})
		if err != nil {
			t.Fatal(err)
		}
		for i, tl := range tallies {
			s := d.scores(tl)
			t.Logf("%s %-38s pages %d skipped %d failed %d P %.4f R %.4f F1 %.4f exact %d pages/s %.1f",
				d.name, names[i], len(tl.pages), skipped, tl.failed, s.Precision, s.Recall, s.F1, tl.exact,
				float64(len(tl.pages))/tl.elapsed.Seconds())
		}
	}
}
