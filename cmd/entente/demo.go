package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/demo"
	"github.com/entente-news/entente/internal/pipeline"
)

func init() { commands = append(commands, newDemoCmd) }

func newDemoCmd(e *env) *cobra.Command {
	var addr string
	var noServe bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the embedded demo corpus into a fresh store and serve it",
		Long: `Ingest the demo corpus embedded in the binary (demonstration articles on
Belarus–Russia relations 2011–2024, written for the project, in text, HTML,
JSONL, WARC and RSS form) into a fresh store, then serve it.
The store is --db (default entente-demo.db here); an existing file is replaced.`,
		Args: argsBetween(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !cmd.Flags().Changed("db") && os.Getenv("ENTENTE_DB") == "" {
				e.db = "entente-demo.db"
			}
			for _, suffix := range []string{"", "-wal", "-shm"} {
				if err := os.Remove(e.db + suffix); err != nil && !os.IsNotExist(err) {
					return fmt.Errorf("fresh store: %w", err)
				}
			}
			inputs, err := pipeline.FS(demo.Corpus(), ".")
			if err != nil {
				return fmt.Errorf("demo corpus: %w", err)
			}
			db, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			sum, err := pipeline.Ingest(ctx, db, inputs, pipeline.Options{Source: "entente-demo", Analyze: true})
			if err != nil {
				return err
			}
			for _, p := range sum.Errors {
				fmt.Fprintf(e.stderr, "error: %s: %s\n", p.Name, p.Err)
			}
			fmt.Fprintf(e.stdout, "demo corpus: %s\nstore: %s\n", sum, e.db)
			// A first-time user's next question is what to ask the store.
			db0 := "entente --db " + shellWord(e.db)
			fmt.Fprintf(e.stdout, "try: %s dyad BLR RUS --by year\n     %s actor Lukashenko\n     %s events --actor BLR --type SANCTION\n", db0, db0, db0)
			if noServe {
				return nil
			}
			return e.serve(ctx, addr, db)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address (port 0 picks a free one)")
	cmd.Flags().BoolVar(&noServe, "no-serve", false, "ingest only, then exit")
	return cmd
}

// shellWord quotes a path for a command line to copy when it needs it.
func shellWord(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`*?[]{}()<>|&;#~!") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
