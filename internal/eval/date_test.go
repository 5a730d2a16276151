package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/extract"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func needDates(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dataDir, "dates", datesName)); err != nil {
		t.Skip("shared data absent:", err)
	}
}

func TestDates(t *testing.T) {
	needDates(t)
	r, err := Dates(context.Background(), dataDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	r.Text(&b)
	t.Log(b.String())
	if r.Pages+r.Skipped+r.Undated != 200 {
		t.Errorf("pages %d + skipped %d + undated %d, want 200", r.Pages, r.Skipped, r.Undated)
	}
	// A floor well under what was measured: the test must fail if dates
	// stop being read at all, not on a one-page wobble.
	if r.Accuracy < 0.6 {
		t.Errorf("accuracy %.3f, want >= 0.6", r.Accuracy)
	}
}

// TestDateVariants compares trafilatura's own date with go-htmldate called
// directly; it is how extract's date mode was chosen. Run with -variants -v.
func TestDateVariants(t *testing.T) {
	if !*variants {
		t.Skip("run with -variants")
	}
	needDates(t)
	pages, err := datePages(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	direct := func(opts htmldate.Options) dater {
		return func(page []byte, url string) time.Time {
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				return time.Time{}
			}
			opts.URL = url
			r, err := htmldate.FromDocument(doc, opts)
			if err != nil {
				return time.Time{}
			}
			return r.DateTime
		}
	}
	viaTrafilatura := func(mode trafilatura.HtmlDateMode) dater {
		return func(page []byte, url string) time.Time {
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				return time.Time{}
			}
			opts := extract.Options(url)
			opts.HtmlDateMode = mode
			r, err := trafilatura.ExtractDocument(doc, opts)
			if err != nil {
				return time.Time{}
			}
			return r.Metadata.Date
		}
	}
	// Fast first, the extensive search only when it finds nothing.
	fastThenExtensive := func(page []byte, url string) time.Time {
		if d := viaTrafilatura(trafilatura.Fast)(page, url); !d.IsZero() {
			return d
		}
		return direct(htmldate.Options{UseOriginalDate: true})(page, url)
	}
	fns := []dater{
		ourDate,
		viaTrafilatura(trafilatura.Fast),
		viaTrafilatura(trafilatura.Extensive),
		direct(htmldate.Options{}),
		direct(htmldate.Options{UseOriginalDate: true}),
		direct(htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true}),
		fastThenExtensive,
	}
	names := []string{"entente (extract.HTML)", "trafilatura fast", "trafilatura extensive",
		"htmldate default", "htmldate extensive+original", "htmldate fast+original", "fast, then extensive if none"}
	reports, err := runDates(context.Background(), pages, fns, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reports {
		t.Logf("%-28s pages %d skipped %d undated %d found %d correct %d accuracy %.3f pages/s %.1f",
			names[i], r.Pages, r.Skipped, r.Undated, r.Found, r.Correct, r.Accuracy, r.PagesPerSecond)
	}
}
