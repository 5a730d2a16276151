package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// An item is one evaluation page and what its extraction should hold.
type item struct {
	url     string
	path    string // gzipped HTML
	truth   string // ScrapingHub: the article body
	with    []string
	without []string
}

// A dataset is a set of pages and the way each page is scored.
type dataset struct {
	name  string
	items []item
	// pooled: precision and recall over summed counts (trafilatura);
	// otherwise means over pages (ScrapingHub).
	pooled bool
	score  func(it item, text string) Confusion
	// exact: also count pages whose token sequence matches the truth.
	exact bool
}

const (
	scrapinghubName = "scrapinghub"
	trafilaturaName = "trafilatura-eval"
)

func scrapinghub(dataDir string) (dataset, error) {
	dir := filepath.Join(dataDir, "extraction", "scrapinghub")
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &truth); err != nil {
		return dataset{}, err
	}
	d := dataset{
		name:  scrapinghubName,
		exact: true,
		score: func(it item, text string) Confusion { return ShingleMatch(it.truth, text) },
	}
	for id, t := range truth {
		d.items = append(d.items, item{
			url:   t.URL,
			path:  filepath.Join(dir, "html", id+".html.gz"),
			truth: t.ArticleBody,
		})
	}
	sortItems(d.items)
	return d, nil
}

func trafilaturaEval(dataDir string) (dataset, error) {
	dir := filepath.Join(dataDir, "extraction", "trafilatura-eval")
	var data map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := readJSON(filepath.Join(dir, "evaldata.json"), &data); err != nil {
		return dataset{}, err
	}
	d := dataset{
		name:   trafilaturaName,
		pooled: true,
		score: func(it item, text string) Confusion {
			return SegmentMatch(text, it.with, it.without)
		},
	}
	for url, e := range data {
		d.items = append(d.items, item{
			url:     url,
			path:    filepath.Join(dir, "html", e.File+".gz"),
			with:    e.With,
			without: e.Without,
		})
	}
	sortItems(d.items)
	return d, nil
}

func sortItems(items []item) {
	sort.Slice(items, func(i, j int) bool { return items[i].path < items[j].path })
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// An extractor turns one UTF-8 page into article text.
type extractor func(page []byte, url string) (string, error)

// A tally is what one extractor did on a dataset.
type tally struct {
	pages   []Confusion
	exact   int
	failed  int // the extractor returned an error; scored as empty output
	elapsed time.Duration
}

// run extracts every page of d with each extractor and scores the output.
// Pages whose file is missing are skipped and counted. Only the extractor
// calls are timed, one page at a time, so pages per second is per core.
func (d dataset) run(ctx context.Context, fns []extractor, tick func()) (tallies []tally, skipped int, err error) {
	tallies = make([]tally, len(fns))
	for _, it := range d.items {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		page, err := readPage(it.path)
		if errors.Is(err, fs.ErrNotExist) {
			skipped++
			tick()
			continue
		}
		if err != nil {
			return nil, 0, fmt.Errorf("%s %s: %w", d.name, it.url, err)
		}
		for i, fn := range fns {
			start := time.Now()
			text, err := fn(page, it.url)
			tallies[i].elapsed += time.Since(start)
			if err != nil {
				tallies[i].failed++
				text = ""
			}
			tallies[i].pages = append(tallies[i].pages, d.score(it, text))
			if d.exact && SameTokens(it.truth, text) {
				tallies[i].exact++
			}
		}
		tick()
	}
	return tallies, skipped, nil
}

// scores turns a tally into the dataset's figures.
func (d dataset) scores(t tally) Scores {
	if d.pooled {
		return Pooled(t.pages)
	}
	return PageMeans(t.pages)
}
