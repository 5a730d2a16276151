package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/news"
)

func init() { commands = append(commands, newDyadCmd) }

func newDyadCmd(e *env) *cobra.Command {
	var by, dir, from, to string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "dyad A B",
		Short: "How two actors dealt with each other, per period",
		Long: `Aggregate the events between two actors per day, week (ISO), month,
quarter or year: realised events by quad class (verbal/material ×
cooperation/conflict) and by PLOVER type, mean Goldstein score, mean article
tone, the articles and sources reporting them, the unrealised events
(threats, promises, denials) apart, and three sentences: the events told by
the most articles, then those with the strongest Goldstein score. A and B are
actor IDs, names or aliases; a country code ("BLR") stands for the country
with all its sectors and the people coded to it. The same event told by
several articles (the same actors, CAMEO code and realisation on the same
day, or in copies of one story) counts once.

An event dated only to a month, a year or a decade ("in 2020", "twenty years
ago", "in the 1990s") counts only in periods at least that coarse: by
quarter, "in 2020" is in no quarter of 2020 (its 1 January is no day of
it), and is listed after the periods as "dated only to 2020", with its own
counts, never dropped. By year only decades stand apart; a month-dated
event counts by month, quarter and year but not by week or day. --from and
--to compare an event's first day: "in 2020" is 1 January 2020.`,
		Example: `  entente dyad BLR RUS --by year
  entente dyad Lukashenko Putin --by month --direction ab --json`,
		Args: argsBetween(2, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := news.DyadQuery{By: by, Direction: dir}
			var err error
			if q.From, err = news.ParseDate(from); err != nil {
				return fmt.Errorf("--from: %w", err)
			}
			if q.To, err = news.ParseDate(to); err != nil {
				return fmt.Errorf("--to: %w", err)
			}
			db, err := e.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			if q.A, err = resolve(cmd.Context(), db, args[0]); err != nil {
				return err
			}
			if q.B, err = resolve(cmd.Context(), db, args[1]); err != nil {
				return err
			}
			s, err := db.Dyad(cmd.Context(), q)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(e.stdout).Encode(s)
			}
			printDyad(e, s)
			return nil
		},
	}
	cmd.Flags().StringVar(&by, "by", "month", "period: day, week, month, quarter or year")
	cmd.Flags().StringVar(&dir, "direction", "both", "ab (A acts on B), ba or both")
	cmd.Flags().StringVar(&from, "from", "", "only events on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "only events on or before this date (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the series as one JSON object")
	return cmd
}

// toldBy notes how many articles told an evidence event, when more than one.
func toldBy(h news.EventHit) string {
	if h.NumArticles < 2 {
		return ""
	}
	return " (" + plural(h.NumArticles, "article") + ", " + plural(h.NumSources, "source") + ")"
}

func printDyad(e *env, s *news.DyadSeries) {
	arrow := map[string]string{"ab": "→", "ba": "←", "both": "↔"}[s.Direction]
	fmt.Fprintf(e.stdout, "%s %s %s by %s\n", s.A, arrow, s.B, s.By)
	switch {
	case len(s.Periods) == 0 && len(s.Coarse) == 0:
		fmt.Fprintln(e.stdout, "no dated events between them")
	case len(s.Periods) == 0:
		// Events "in 2020" are dated, only not to a quarter: the coarse
		// rows below still need the header.
		fmt.Fprintf(e.stdout, "no events dated to a %s\n", s.By)
	}
	if len(s.Periods)+len(s.Coarse) > 0 {
		fmt.Fprintln(e.stdout, "period\tevents\tv-coop\tm-coop\tv-conf\tm-conf\tgoldstein\ttone\tarticles\tsources\tunrealized")
	}
	for _, p := range s.Periods {
		printPeriod(e, p.Period, p)
	}
	if len(s.Coarse) > 0 {
		fmt.Fprintf(e.stdout, "dated less precisely than a %s, so in no period above:\n", s.By)
	}
	for _, p := range s.Coarse {
		printPeriod(e, "dated only to "+p.Period, p)
	}
	if s.Undated > 0 {
		fmt.Fprintf(e.stdout, "%d undated events left out\n", s.Undated)
	}
}

// printPeriod prints one period's row, named name, and its evidence.
func printPeriod(e *env, name string, p news.DyadPeriod) {
	fmt.Fprintf(e.stdout, "%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%d\t%d\t%d\n", name, p.Events,
		p.Quad[0], p.Quad[1], p.Quad[2], p.Quad[3], p.Goldstein, p.Tone, p.Articles, p.Sources, p.Unrealized)
	for _, h := range p.Evidence {
		fmt.Fprintf(e.stdout, "\t%+.1f %s %s→%s: %s\t%s %s%s\n", h.Event.Goldstein, h.Event.Type,
			h.Event.Source, h.Event.Target, oneLine(h.Sentence), h.Article.Title, where(h.Article), toldBy(h))
	}
}
