package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/entente-news/entente/internal/extract"
)

// DateReport is how well extract.HTML finds publication dates.
type DateReport struct {
	Name    string `json:"name"`
	Pages   int    `json:"pages"`   // pages evaluated
	Skipped int    `json:"skipped"` // pages whose HTML file is missing
	Undated int    `json:"undated"` // pages without a reference date, left out
	Found   int    `json:"found"`   // pages given a date at all
	Correct int    `json:"correct"` // pages given the right calendar day
	// Accuracy is Correct over Pages: a page without a date counts as wrong.
	Accuracy       float64 `json:"accuracy"`
	PagesPerSecond float64 `json:"pages_per_second"`
}

const datesName = "htmldate-mediacloud"

// A datePage is one page of the date set and its publication day.
type datePage struct {
	url, path, day string
}

func datePages(dataDir string) ([]datePage, error) {
	dir := filepath.Join(dataDir, "dates", datesName)
	path := filepath.Join(dir, "eval_mediacloud_2020.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// The file was written by Python, which spells a missing date NaN.
	b = bytes.ReplaceAll(b, []byte(`"date": NaN`), []byte(`"date": null`))
	var data map[string]struct {
		File string `json:"file"`
		Date string `json:"date"`
	}
	if err := json.Unmarshal(b, &data); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	pages := make([]datePage, 0, len(data))
	for url, e := range data {
		pages = append(pages, datePage{url: url, path: filepath.Join(dir, "html", e.File+".gz"), day: e.Date})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].path < pages[j].path })
	return pages, nil
}

// A dater finds the publication date of one UTF-8 page; zero when none.
type dater func(page []byte, url string) time.Time

// Dates evaluates the publication dates extract.HTML finds on the
// htmldate-mediacloud set under dataDir: exact-day accuracy, the day as the
// page states it (no time-zone conversion). progress, when not nil, is
// called after every page.
func Dates(ctx context.Context, dataDir string, progress func(done, total int)) (*DateReport, error) {
	pages, err := datePages(dataDir)
	if err != nil {
		return nil, fmt.Errorf("eval dates: %w", err)
	}
	reports, err := runDates(ctx, pages, []dater{ourDate}, progress)
	if err != nil {
		return nil, fmt.Errorf("eval dates: %w", err)
	}
	return &reports[0], nil
}

func ourDate(page []byte, url string) time.Time {
	a, err := extract.HTML(page, url)
	if err != nil {
		return time.Time{}
	}
	return a.Published
}

func runDates(ctx context.Context, pages []datePage, fns []dater, progress func(done, total int)) ([]DateReport, error) {
	reports := make([]DateReport, len(fns))
	elapsed := make([]time.Duration, len(fns))
	for n, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		body, err := readPage(p.path)
		missing := errors.Is(err, fs.ErrNotExist)
		if err != nil && !missing {
			return nil, fmt.Errorf("%s %s: %w", datesName, p.url, err)
		}
		for i, fn := range fns {
			r := &reports[i]
			if p.day == "" {
				r.Undated++
				continue
			}
			if missing {
				r.Skipped++
				continue
			}
			r.Pages++
			start := time.Now()
			d := fn(body, p.url)
			elapsed[i] += time.Since(start)
			if d.IsZero() {
				continue
			}
			r.Found++
			if d.Format(time.DateOnly) == p.day {
				r.Correct++
			}
		}
		if progress != nil {
			progress(n+1, len(pages))
		}
	}
	for i := range reports {
		r := &reports[i]
		r.Name = datesName
		if r.Pages > 0 {
			r.Accuracy = float64(r.Correct) / float64(r.Pages)
		}
		if s := elapsed[i].Seconds(); s > 0 {
			r.PagesPerSecond = float64(r.Pages) / s
		}
	}
	return reports, nil
}

// Text writes the report as one line.
func (r *DateReport) Text(w io.Writer) error {
	fmt.Fprintf(w, "%s: %d pages (%d skipped, %d without a reference date), %d dated, %d on the right day: accuracy %.3f, %.1f pages/s\n",
		r.Name, r.Pages, r.Skipped, r.Undated, r.Found, r.Correct, r.Accuracy, r.PagesPerSecond)
	return nil
}
