package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/entente-news/entente/internal/eval"
)

// goldQuotes is the demo corpus's gold quote file, relative to the module
// root: it is not embedded, so `entente eval quotes` runs from a checkout
// unless --data names the file.
var goldQuotes = filepath.Join("internal", "demo", "gold", "quotes.jsonl")

func init() {
	evalTasks = append(evalTasks,
		evalTask{
			"quotes", "Quote and speaker P/R/F1 (entity-level and strict) on the demo corpus's gold quotes, over a dev and a held-out half, listing the dev misses, extras and speakers right only by entity (--data may name the gold file)", "",
			func(ctx context.Context, path string, _ bool) (report, error) {
				if fi, err := os.Stat(path); err != nil || fi.IsDir() {
					path = goldQuotes
				}
				return eval.Quotes(ctx, path)
			},
		},
		evalTask{
			"quotes-news", "Quote and speaker P/R/F1 on 46 real news articles of the ScrapingHub benchmark (gold as offsets, texts read from the data root), over a dev and a held-out half", "extraction/scrapinghub/ground-truth.json",
			func(ctx context.Context, file string, _ bool) (report, error) { return eval.QuotesNews(ctx, file) },
		},
	)
}
