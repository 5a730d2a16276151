package main

import (
	"context"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"
)

// env is what every subcommand shares: the streams and global flags. Tests
// build one through run() with their own buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	db             string
	log            *slog.Logger
}

// run is main without the process: it parses args and runs one subcommand.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "entente",
		Short:         "Entente turns scraped news into clean, searchable articles",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(*cobra.Command, []string) {
			e.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		},
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&e.db, "db", defaultDB(), "database file (env ENTENTE_DB)")
	for _, add := range commands {
		root.AddCommand(add(e))
	}
	return root.ExecuteContext(ctx)
}

// commands lists the subcommands; each file adds itself in init so that
// subcommands stay one file each.
var commands []func(*env) *cobra.Command

func defaultDB() string {
	if p := os.Getenv("ENTENTE_DB"); p != "" {
		return p
	}
	return "entente.db"
}
