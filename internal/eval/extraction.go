package eval

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/entente-news/entente/internal/extract"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// ExtractionReport holds the extraction figures for every dataset.
type ExtractionReport struct {
	Datasets []DatasetReport `json:"datasets"`
}

// DatasetReport is how extract.HTML, and go-trafilatura alone as an anchor,
// did on one dataset.
type DatasetReport struct {
	Name    string `json:"name"`
	Pages   int    `json:"pages"`   // pages evaluated
	Skipped int    `json:"skipped"` // pages whose HTML file is missing
	Run
	// Anchor is go-trafilatura alone, with the options extract.HTML uses,
	// on the same pages: its own ContentText, without our rendering.
	Anchor Run `json:"anchor"`
}

// A Run is one extractor's figures on a dataset.
type Run struct {
	Failed int `json:"failed"` // pages with no text extracted, scored as empty output
	Scores
	// Accuracy is the share of pages whose token sequence equals the
	// truth; ScrapingHub only.
	Accuracy       *float64 `json:"accuracy,omitempty"`
	PagesPerSecond float64  `json:"pages_per_second"`
}

// Extraction evaluates extract.HTML on the ScrapingHub article-extraction
// benchmark and on trafilatura's evaluation set, both read from dataDir
// (the shared data root), and runs go-trafilatura alone beside it. progress,
// when not nil, is called after every page.
func Extraction(ctx context.Context, dataDir string, progress func(done, total int)) (*ExtractionReport, error) {
	var sets []dataset
	for _, load := range []func(string) (dataset, error){scrapinghub, trafilaturaEval} {
		d, err := load(dataDir)
		if err != nil {
			return nil, fmt.Errorf("eval extraction: %w", err)
		}
		sets = append(sets, d)
	}
	total := 0
	for _, d := range sets {
		total += len(d.items)
	}
	done := 0
	tick := func() {
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	r := &ExtractionReport{}
	for _, d := range sets {
		dr, err := evaluate(ctx, d, []extractor{ours, anchor}, tick)
		if err != nil {
			return nil, fmt.Errorf("eval extraction: %w", err)
		}
		r.Datasets = append(r.Datasets, dr)
	}
	return r, nil
}

// evaluate runs d with ours and, if given, an anchor.
func evaluate(ctx context.Context, d dataset, fns []extractor, tick func()) (DatasetReport, error) {
	tallies, skipped, err := d.run(ctx, fns, tick)
	if err != nil {
		return DatasetReport{}, err
	}
	dr := DatasetReport{Name: d.name, Pages: len(d.items) - skipped, Skipped: skipped}
	runs := make([]Run, len(tallies))
	for i, t := range tallies {
		runs[i] = Run{Failed: t.failed, Scores: d.scores(t)}
		if secs := t.elapsed.Seconds(); secs > 0 {
			runs[i].PagesPerSecond = float64(len(t.pages)) / secs
		}
		if d.exact && len(t.pages) > 0 {
			acc := float64(t.exact) / float64(len(t.pages))
			runs[i].Accuracy = &acc
		}
	}
	dr.Run = runs[0]
	if len(runs) > 1 {
		dr.Anchor = runs[1]
	}
	return dr, nil
}

func ours(page []byte, url string) (string, error) {
	a, err := extract.HTML(page, url)
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

func anchor(page []byte, url string) (string, error) {
	return trafilaturaText(page, extract.Options(url))
}

// trafilaturaText runs go-trafilatura alone on a UTF-8 page.
func trafilaturaText(page []byte, opts trafilatura.Options) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", err
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// Text writes the report as a table.
func (r *ExtractionReport) Text(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "dataset\textractor\tpages\tskipped\tfailed\tprecision\trecall\tF1\taccuracy\tpages/s\t")
	for _, d := range r.Datasets {
		for _, x := range []struct {
			name string
			run  Run
		}{{"entente", d.Run}, {"go-trafilatura", d.Anchor}} {
			acc := "-"
			if x.run.Accuracy != nil {
				acc = fmt.Sprintf("%.3f", *x.run.Accuracy)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t%.1f\t\n",
				d.Name, x.name, d.Pages, d.Skipped, x.run.Failed,
				x.run.Precision, x.run.Recall, x.run.F1, acc, x.run.PagesPerSecond)
		}
	}
	return tw.Flush()
}
