package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/entente-news/entente/internal/pipeline"
)

func init() { commands = append(commands, newIngestCmd) }

func newIngestCmd(e *env) *cobra.Command {
	var opt pipeline.Options
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ingest PATH|- ...",
		Short: "Read articles from files, directories, globs or stdin into the store",
		Long: `Read articles into the store. Formats are detected by extension and content,
also when gzip-compressed: plain text (.txt), HTML (.html, .htm), JSONL (.jsonl,
.ndjson), CSV with a header row (.csv), WARC (.warc, .warc.gz) and RSS/Atom
feeds (.rss, .atom, .xml). Directories are read recursively; "-" reads stdin.

Re-ingesting is safe: an article already stored (same canonical URL, or same
normalised text when it has no URL) is counted as a duplicate. Bad files are
reported and skipped; the command fails only when the store does.`,
		Args: argsBetween(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			inputs, err := pipeline.Files(args, e.stdin)
			if err != nil {
				return err
			}
			db, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				bar := newBar(f, inputs)
				defer bar.Finish()
				opt.Progress = func(p pipeline.Progress) { showProgress(bar, p) }
			}
			sum, err := pipeline.Ingest(ctx, db, inputs, opt)
			if sum != nil {
				for _, p := range sum.Errors {
					fmt.Fprintf(e.stderr, "error: %s: %s\n", p.Name, p.Err)
				}
				if asJSON {
					enc := json.NewEncoder(e.stdout)
					enc.SetIndent("", "  ")
					if err := enc.Encode(sum); err != nil {
						return err
					}
				} else {
					fmt.Fprintln(e.stdout, sum)
				}
			}
			return err
		},
	}
	cmd.Flags().IntVar(&opt.Workers, "workers", 0, "extraction workers (default: number of CPUs)")
	cmd.Flags().IntVar(&opt.BatchSize, "batch", 256, "articles per transaction")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	cmd.Flags().BoolVar(&opt.Analyze, "analyze", true, "run the NLP and analysis stages (--analyze=false only cleans and stores)")
	return cmd
}

func newBar(f *os.File, inputs []pipeline.Input) *progressbar.ProgressBar {
	return progressbar.NewOptions(len(inputs),
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// showProgress puts files done on the bar and rates in its description.
func showProgress(bar *progressbar.ProgressBar, p pipeline.Progress) {
	secs := p.Elapsed.Seconds()
	if secs <= 0 {
		return
	}
	bar.Describe(fmt.Sprintf("ingest: %d articles, %.0f articles/s, %.1f MB/s",
		p.Articles, float64(p.Articles)/secs, float64(p.Bytes)/secs/1e6))
	_ = bar.Set(p.Files)
}
