package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

func init() { commands = append(commands, newActorsCmd, newActorCmd) }

func newActorsCmd(e *env) *cobra.Command {
	var ff filterFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Rank the actors stored articles mention, most mentioned first",
		Long: `Rank the actors that stored articles mention by mentions, then by the
number of distinct articles. --from and --to bound the articles' publication
dates; --top sets how many to print.`,
		Args: argsBetween(0, 0),
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
			cs, err := db.Actors(cmd.Context(), news.ActorFilter{Filter: f})
			if err != nil {
				return err
			}
			names := kb.Default()
			for i := range cs {
				if a, ok := names.Actor(cs[i].Actor); ok && cs[i].Name == "" {
					cs[i].Name = a.Name
				}
			}
			if asJSON {
				return json.NewEncoder(e.stdout).Encode(cs)
			}
			if len(cs) == 0 {
				if f.From.IsZero() && f.To.IsZero() && f.Source == "" && f.Language == "" {
					fmt.Fprintln(e.stdout, "no actor is mentioned in the stored articles")
				} else {
					fmt.Fprintln(e.stdout, "no actor is mentioned in the articles these filters select")
				}
				return nil
			}
			printRanking(e.stdout, f.Offset, cs)
			ff.more(e, len(cs))
			return nil
		},
	}
	ff.add(cmd, 30)
	cmd.Flags().IntVar(&ff.limit, "top", 30, "number of actors")
	ff.limitFlag = "top"
	// --top is the name the ranking reads best with; --limit stays for
	// symmetry with list and search but out of the help.
	cmd.Flags().MarkHidden("limit")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the ranking as a JSON array")
	return cmd
}

func newActorCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "actor ID|NAME",
		Short: "Describe one actor: aliases, roles, descriptors, mentions per month, co-mentioned actors, quotes",
		Long: `Describe one actor, given by ID (ALEXANDER_LUKASHENKO, BLRGOV, NEW:...) or
by a name or alias ("Lukashenka", "Александр Лукашенко"). A name several
actors go by picks the one the store mentions most.`,
		Args: argsBetween(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := e.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			names := kb.Default()
			id, err := api.ResolveActor(cmd.Context(), names, db, strings.Join(args, " "))
			if err != nil {
				return err
			}
			p, err := api.Detail(cmd.Context(), names, db, id)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(e.stdout).Encode(p)
			}
			printActor(e.stdout, p)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the description as JSON")
	return cmd
}

// maxNameWidth bounds the name column; longer names end in "…".
const maxNameWidth = 56

// printRanking prints actors as a table whose columns fit the longest ID
// and name (the Organization for Security and Co-operation in Europe
// pushed a fixed 32-wide column's counts out of line).
func printRanking(w io.Writer, offset int, cs []news.ActorCount) {
	idw, namew := len("actor"), len("name")
	for _, c := range cs {
		idw = max(idw, utf8.RuneCountInString(string(c.Actor)))
		namew = max(namew, min(utf8.RuneCountInString(c.Name), maxNameWidth))
	}
	fmt.Fprintf(w, "%4s  %-*s  %-*s %8s %8s\n", "rank", idw, "actor", namew, "name", "articles", "mentions")
	for i, c := range cs {
		name := c.Name
		if utf8.RuneCountInString(name) > maxNameWidth {
			name = string([]rune(name)[:maxNameWidth-1]) + "…"
		}
		fmt.Fprintf(w, "%4d  %-*s  %-*s %8d %8d\n", offset+i+1, idw, c.Actor, namew, name, c.Articles, c.Mentions)
	}
}

// maxAliases bounds the aliases printed: generated transliterations run long.
const maxAliases = 12

func printActor(w io.Writer, p *api.ActorPage) {
	fmt.Fprintf(w, "%s", p.Actor)
	if p.Name != "" {
		fmt.Fprintf(w, "  %s", p.Name)
	}
	if r := p.Record; r != nil && r.Kind != "" {
		fmt.Fprintf(w, " (%s)", r.Kind)
	}
	fmt.Fprintln(w)
	if r := p.Record; r != nil {
		if r.Descriptor != "" {
			fmt.Fprintf(w, "descriptor: %s\n", r.Descriptor)
		}
		if len(r.Aliases) > 0 {
			as := r.Aliases
			more := ""
			if len(as) > maxAliases {
				as, more = as[:maxAliases], fmt.Sprintf(" (and %d more)", len(r.Aliases)-maxAliases)
			}
			fmt.Fprintf(w, "aliases: %s%s\n", strings.Join(as, " | "), more)
		}
		if len(r.Roles) > 0 {
			fmt.Fprintln(w, "roles:")
			for _, ro := range r.Roles {
				fmt.Fprintf(w, "  %-10s %s – %s  %s\n", ro.Code, ymd(ro.From), ymd(ro.Until), ro.Title)
			}
		}
	}
	fmt.Fprintf(w, "mentions: %d in %d articles", p.Mentions, p.Articles)
	if !p.FirstSeen.IsZero() {
		fmt.Fprintf(w, ", %s to %s", ymd(p.FirstSeen), ymd(p.LastSeen))
	}
	fmt.Fprintln(w)
	section(w, "described as", len(p.Descriptors), func(i int) string { return p.Descriptors[i] })
	section(w, "written as", len(p.Forms), func(i int) string {
		f := p.Forms[i]
		return fmt.Sprintf("%-32s %-10s %6d", f.Text, f.How, f.Mentions)
	})
	section(w, "coded as", len(p.Codes), func(i int) string {
		c := p.Codes[i]
		return fmt.Sprintf("%-10s %6d  %s – %s", c.Code, c.Mentions, ymd(c.From), ymd(c.To))
	})
	section(w, "per month (articles, mentions)", len(p.Months), func(i int) string {
		m := p.Months[i]
		return fmt.Sprintf("%s %6d %6d", m.Month, m.Articles, m.Mentions)
	})
	section(w, "most co-mentioned (shared articles)", len(p.CoMentioned), func(i int) string {
		c := p.CoMentioned[i]
		return fmt.Sprintf("%-32s %-32s %6d", c.Actor, c.Name, c.Articles)
	})
	section(w, "latest quotes", len(p.Quotes), func(i int) string {
		return quoteLine(p.Quotes[i], "")
	})
}

func section(w io.Writer, title string, n int, line func(int) string) {
	if n == 0 {
		return
	}
	fmt.Fprintf(w, "%s:\n", title)
	for i := range n {
		fmt.Fprintf(w, "  %s\n", line(i))
	}
}

// ymd prints a date, or ".." for an open bound.
func ymd(t time.Time) string {
	if t.IsZero() {
		return ".."
	}
	return t.Format("2006-01-02")
}
