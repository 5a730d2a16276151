package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/eval"
)

func init() { commands = append(commands, newEvalCmd) }

// A report is what every evaluation returns: JSON-tagged, with a text form.
type report interface{ Text(io.Writer) error }

// An evalTask is one `entente eval` subcommand.
type evalTask struct {
	name, short string
	// dataset is the task's file under the data root; --data may also name
	// such a file directly. Empty: the task reads several datasets and gets
	// the root.
	dataset string
	run     func(ctx context.Context, path string, baseline bool) (report, error)
}

var evalTasks = []evalTask{
	{"extraction", "Article extraction F1 on the ScrapingHub and trafilatura benchmarks", "",
		func(ctx context.Context, root string, _ bool) (report, error) { return eval.Extraction(ctx, root, nil) }},
	{"dates", "Publication-date accuracy (exact day) on htmldate's news pages", "",
		func(ctx context.Context, root string, _ bool) (report, error) { return eval.Dates(ctx, root, nil) }},
	{"sentences", "Sentence-boundary P/R/F1 on UD English EWT test raw text", "syntax/ud-english-ewt/en_ewt-ud-test.conllu",
		func(ctx context.Context, file string, _ bool) (report, error) { return eval.Sentences(ctx, file) }},
	{"pos", "UPOS, XPOS and lemma accuracy on UD English EWT test", "syntax/ud-english-ewt/en_ewt-ud-test.conllu",
		func(ctx context.Context, file string, baseline bool) (report, error) {
			return eval.POS(ctx, file, baseline)
		}},
}

func newEvalCmd(e *env) *cobra.Command {
	var data, baseline string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval TASK",
		Short: "Measure quality on the shared datasets",
		Long: `Print the standard metrics of one task on its dataset. --data is the shared
data root (default ../shared/data, or $ENTENTE_DATA); for tasks that read one
file (sentences, pos) it may also name that file, e.g. the dev split.
--baseline prose runs github.com/jdkato/prose/v3 on the same data where it is
comparable, so every figure has an anchor measured in the same run.`,
		Example: `  entente eval extraction --json
  entente eval pos --baseline prose
  entente eval sentences --data ../shared/data/syntax/ud-english-ewt/en_ewt-ud-dev.conllu`,
		Args: cobra.NoArgs,
		// Without a task, say so and fail: help and exit 0 would let a
		// script's misspelt task pass as a clean run.
		RunE: func(cmd *cobra.Command, args []string) error {
			var names []string
			for _, t := range evalTasks {
				names = append(names, t.name)
			}
			return fmt.Errorf("name a task: %s", strings.Join(names, ", "))
		},
	}
	cmd.PersistentFlags().StringVar(&data, "data", defaultData(), "shared data root, or a dataset file")
	cmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print one JSON object of metrics")
	cmd.PersistentFlags().StringVar(&baseline, "baseline", "", `also run a baseline: "prose"`)
	for _, task := range evalTasks {
		cmd.AddCommand(&cobra.Command{
			Use:   task.name,
			Short: task.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				if baseline != "" && baseline != "prose" {
					return fmt.Errorf("--baseline %q: only \"prose\" is known", baseline)
				}
				path, err := datasetPath(data, task.dataset)
				if err != nil {
					return err
				}
				r, err := task.run(cmd.Context(), path, baseline == "prose")
				if err != nil {
					return fmt.Errorf("eval %s: %w", task.name, err)
				}
				if asJSON {
					return json.NewEncoder(e.stdout).Encode(r)
				}
				return r.Text(e.stdout)
			},
		})
	}
	return cmd
}

func defaultData() string {
	if d := os.Getenv("ENTENTE_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "shared", "data")
}

// datasetPath resolves a task's dataset under the data root, or takes data
// itself when it is a file. It fails early, and clearly, when it is missing.
func datasetPath(data, dataset string) (string, error) {
	if fi, err := os.Stat(data); err == nil && (!fi.IsDir() || dataset == "") {
		return data, nil
	}
	p := filepath.Join(data, dataset)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("dataset %s not found (set --data or ENTENTE_DATA): %w", p, err)
	}
	return p, nil
}
