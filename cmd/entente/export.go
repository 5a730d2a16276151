package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/entente-news/entente/internal/export"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

func init() { commands = append(commands, newExportCmd) }

func newExportCmd(e *env) *cobra.Command {
	var ff filterFlags
	var opt export.Options
	var out, actor, source, target, speaker string
	cmd := &cobra.Command{
		Use:   "export articles|quotes|events",
		Short: "Write stored articles, quotes or events as JSON lines, CSV, Parquet or GDELT",
		Long: `Export stored records for other tools, a page at a time, to stdout or --out.

Formats: jsonl (one JSON object per line, as the API gives them), csv (a
header row and one column per field), parquet (typed, zstd-compressed
columns; needs --out or a redirected stdout) and gdelt (events only: the 61
tab-separated columns of GDELT 2.0's event table, no header).

Only realised events are exported unless --all is given; gdelt always holds
realised events only, and skips events with no date. A quote told by several
articles is exported once, from its earliest article, with num_mentions,
num_articles and num_sources, as an event is; --all exports every telling.
--out is written to a temporary file renamed into place at the end, so an
interrupted export leaves no half-written file. --from and --to bound the
events' dates for events, the articles' publication dates otherwise;
--limit 0 exports everything.`,
		Example: `  entente export events --format gdelt --out events.tsv
  entente export events --format parquet --actor BLR --from 2020-08-01 --out blr.parquet
  entente export quotes --speaker Lukashenko --format csv > quotes.csv
  entente export articles --source BelTA | gzip > belta.jsonl.gz`,
		Args:      argsBetween(1, 1),
		ValidArgs: export.Kinds,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			opt.Kind = args[0]
			f, err := ff.filter()
			if err != nil {
				return err
			}
			opt.Filter, opt.Type = f, strings.TrimSpace(opt.Type)
			if err := opt.Check(); err != nil {
				return err
			}
			if err := kindFlags(cmd, opt.Kind); err != nil {
				return err
			}
			if opt.Format == "parquet" && (out == "" || out == "-") && isTerminal(e.stdout) {
				return fmt.Errorf("parquet is binary: give --out FILE or redirect stdout: %w", news.ErrInvalid)
			}
			db, err := e.openExisting(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			for _, r := range []struct {
				flag, name string
				id         *news.ActorID
			}{{"--actor", actor, &opt.Actor}, {"--source-actor", source, &opt.SourceActor},
				{"--target-actor", target, &opt.TargetActor}, {"--speaker", speaker, &opt.Speaker}} {
				if r.name == "" {
					continue
				}
				if *r.id, err = resolve(ctx, db, r.name); err != nil {
					return fmt.Errorf("%s: %w", r.flag, err)
				}
			}
			opt.Names = kb.Default()
			if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(f),
					progressbar.OptionSetDescription("export "+opt.Kind), progressbar.OptionShowCount(),
					progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionClearOnFinish())
				defer bar.Finish()
				opt.Progress = func(n int) { _ = bar.Set(n) }
			}
			var sum export.Summary
			run := func(w io.Writer) (err error) {
				sum, err = export.Write(ctx, w, db, opt)
				return err
			}
			dest := out
			if out == "" || out == "-" {
				dest = "stdout"
				err = toStdout(e.stdout, run)
			} else {
				err = toFile(out, run)
			}
			if err != nil {
				return fmt.Errorf("export %s: %w", opt.Kind, err)
			}
			msg := fmt.Sprintf("exported %d %s as %s to %s", sum.Written, opt.Kind, opt.Format, dest)
			if sum.Skipped > 0 {
				msg += fmt.Sprintf(" (%d skipped: no date)", sum.Skipped)
			}
			fmt.Fprintln(e.stderr, msg)
			return nil
		},
	}
	ff.add(cmd, 0)
	fl := cmd.Flags()
	fl.Lookup("limit").Usage = "export at most this many records (0: all)"
	fl.Lookup("offset").Usage = "skip this many records"
	fl.Lookup("from").Usage = "only records dated on or after this date (YYYY-MM-DD): events by their date, others by publication"
	fl.Lookup("to").Usage = "only records dated on or before this date (YYYY-MM-DD)"
	fl.StringVarP(&opt.Format, "format", "f", "jsonl", "jsonl, csv, parquet or gdelt (events only)")
	fl.StringVarP(&out, "out", "o", "", "write to this file instead of stdout (\"-\": stdout)")
	fl.BoolVar(&opt.All, "all", false, "events: include negated, threatened, promised and hypothetical events; quotes: every article's telling")
	fl.StringVar(&actor, "actor", "", "events: only those with this actor on either side (ID, name or alias)")
	fl.StringVar(&source, "source-actor", "", "events: only those this actor started")
	fl.StringVar(&target, "target-actor", "", "events: only those aimed at this actor")
	fl.StringVar(&opt.Type, "type", "", "events: only this PLOVER type or CAMEO code prefix")
	fl.StringVar(&speaker, "speaker", "", "quotes: only those by this actor (ID, name or alias)")
	return cmd
}

// kindFlags refuses a flag that does not apply to kind, rather than
// silently exporting more than was asked for.
func kindFlags(cmd *cobra.Command, kind string) error {
	only := map[string][]string{"all": {"events", "quotes"}, "actor": {"events"}, "source-actor": {"events"},
		"target-actor": {"events"}, "type": {"events"}, "speaker": {"quotes"}}
	for flag, ks := range only {
		if cmd.Flags().Changed(flag) && !slices.Contains(ks, kind) {
			return fmt.Errorf("--%s applies to %s, not %s: %w", flag, strings.Join(ks, " and "), kind, news.ErrInvalid)
		}
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func toStdout(w io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// toFile writes path through a temporary file beside it, renamed into
// place only when the whole export succeeded: an interrupted or failed
// export leaves the previous file, or none, never a truncated one.
func toFile(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	// CreateTemp makes the file private; an export is an ordinary file.
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
