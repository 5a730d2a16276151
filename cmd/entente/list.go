package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

func init() { commands = append(commands, newListCmd) }

func newListCmd(e *env) *cobra.Command {
	var ff filterFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List stored articles, newest first",
		Args:  argsBetween(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			db, err := e.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			arts, err := db.List(cmd.Context(), f)
			if err != nil {
				return err
			}
			if len(arts) == 0 && !asJSON {
				fmt.Fprintln(e.stdout, "no articles")
			}
			enc := json.NewEncoder(e.stdout)
			for _, a := range arts {
				if asJSON {
					line := map[string]any{"id": a.ID, "title": a.Title, "source": a.Source, "published": published(a)}
					if err := enc.Encode(line); err != nil {
						return err
					}
					continue
				}
				fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s\n", a.ID, day(a), a.Source, a.Title)
			}
			if !asJSON {
				ff.more(e, len(arts))
			}
			return nil
		},
	}
	ff.add(cmd, 1000)
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per line: id, title, source, published")
	return cmd
}
