package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/news"
)

func init() { commands = append(commands, newShowCmd) }

func newShowCmd(e *env) *cobra.Command {
	var asJSON, why bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Print one article; --why lists the boilerplate removed from it",
		Args:  argsBetween(1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("article id %q: %w", args[0], news.ErrInvalid)
			}
			db, err := e.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			a, err := db.Article(cmd.Context(), id)
			if err != nil {
				return err
			}
			copies, err := db.Copies(cmd.Context(), id)
			if err != nil {
				return err
			}
			if asJSON {
				out := map[string]any{
					"id": a.ID, "url": a.URL, "title": a.Title, "author": a.Author,
					"published": published(a), "language": a.Language, "source": a.Source, "text": a.Text,
					"copies": append([]int64{}, copies...),
				}
				if why {
					out["removed"] = removed(a)
				}
				return json.NewEncoder(e.stdout).Encode(out)
			}
			if why {
				if len(a.Removed) == 0 {
					fmt.Fprintln(e.stdout, "nothing was removed from this article")
				}
				for _, r := range a.Removed {
					fmt.Fprintf(e.stdout, "%-14s %s\n", r.Rule, r.Line)
				}
				return nil
			}
			fmt.Fprintf(e.stdout, "%s\n", a.Title)
			for _, kv := range [][2]string{{"url", a.URL}, {"author", a.Author}, {"published", published(a)}, {"language", a.Language}, {"source", a.Source}} {
				if kv[1] != "" {
					fmt.Fprintf(e.stdout, "%s: %s\n", kv[0], kv[1])
				}
			}
			if len(copies) > 0 {
				fmt.Fprintf(e.stdout, "copies: %d (articles %s)\n", len(copies), strings.Trim(fmt.Sprint(copies), "[]"))
			}
			fmt.Fprintf(e.stdout, "\n%s\n", a.Text)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as JSON")
	cmd.Flags().BoolVar(&why, "why", false, "print each removed line with the rule that removed it")
	return cmd
}

func published(a *news.Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format(time.RFC3339)
}

func removed(a *news.Article) []news.Removal {
	if a.Removed == nil {
		return []news.Removal{}
	}
	return a.Removed
}
