package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/eval"
)

func init() { commands = append(commands, newEvalCmd) }

// A report is what every evaluation returns: JSON-tagged, with a text form.
type report interface{ Text(io.Writer) }

func newEvalCmd(e *env) *cobra.Command {
	var data string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval TASK",
		Short: "Measure quality on the shared datasets",
		Long: `Print the standard metrics of one task on its datasets. --data is the
shared data root (default ../shared/data, or $ENTENTE_DATA).`,
		Args: cobra.NoArgs,
	}
	cmd.PersistentFlags().StringVar(&data, "data", defaultData(), "shared data root")
	cmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print one JSON object of metrics")
	print := func(r report) error {
		if asJSON {
			return json.NewEncoder(e.stdout).Encode(r)
		}
		r.Text(e.stdout)
		return nil
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "extraction",
		Short: "Article extraction F1 on the ScrapingHub and trafilatura benchmarks",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needDir(data, "extraction"); err != nil {
				return err
			}
			r, err := eval.Extraction(cmd.Context(), data, nil)
			if err != nil {
				return err
			}
			return print(r)
		},
	})
	return cmd
}

func defaultData() string {
	if d := os.Getenv("ENTENTE_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "shared", "data")
}

// needDir fails early, and clearly, when a dataset folder is missing.
func needDir(root, sub string) error {
	p := filepath.Join(root, sub)
	if _, err := os.Stat(p); err != nil {
		return fmt.Errorf("dataset %s not found (set --data or ENTENTE_DATA): %w", p, err)
	}
	return nil
}
