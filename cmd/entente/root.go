package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"

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

// argsBetween accepts from min to max arguments (max < 0: any number). Its
// error says what the command wants in the words of its Use line ("dyad:
// want A B, got 1 argument ("BLR")") where cobra's says "accepts 2 arg(s),
// received 1", or for a stray word "unknown command".
func argsBetween(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= min && (max < 0 || len(args) <= max) {
			return nil
		}
		_, want, _ := strings.Cut(cmd.Use, " ")
		if want == "" {
			want = "no arguments"
		}
		got := plural(len(args), "argument")
		if len(args) > 0 {
			qs := make([]string, len(args))
			for i, a := range args {
				qs[i] = strconv.Quote(a)
			}
			got += " (" + strings.Join(qs, " ") + ")"
		}
		return fmt.Errorf("%s: want %s, got %s; see entente %s --help", cmd.Name(), want, got, cmd.Name())
	}
}
