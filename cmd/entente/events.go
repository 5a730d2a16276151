package main

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

func init() { commands = append(commands, newEventsCmd) }

func newEventsCmd(e *env) *cobra.Command {
	var ff filterFlags
	var actor, source, target, typ string
	var realized, mentions, asJSON, asCSV bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List stored events, newest first",
		Long: `List stored events (who did what to whom), newest event date first.
An event told by several articles (the same actors, CAMEO code and
realisation on the same day, or in copies of one story) is listed once, from
its first stored telling, with the number of articles and sources telling it;
--mentions lists every telling instead.
--actor, --source-actor and --target-actor take an actor ID or a name or
alias; a country code ("BLR") stands for the country with all its sectors
and the people coded to it. --type takes a PLOVER type (SANCTION) or a CAMEO
code prefix (17). --from and --to bound the events' dates; --source and
--lang the articles'. A ? stands for a side the coder could not name. A date
is written as precisely as the text gave it: 2020-01-03, 2020-01 ("in
January"), 2020 ("in 2020", "twenty years ago") or 1990s ("in the 1990s");
--csv has the event's first day and a date_precision column. An event the
text dates after its article's publication day is unrealised (future).`,
		Example: `  entente events --actor BLR --type ACCUSE --from 2020-08-01
  entente events --source-actor Lukashenko --target-actor RUS --realized --csv`,
		Args: argsBetween(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asCSV {
				return fmt.Errorf("--json and --csv: choose one: %w", news.ErrInvalid)
			}
			f, err := ff.filter()
			if err != nil {
				return err
			}
			db, err := e.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			ef := news.EventFilter{Type: typ, Realized: realized, Mentions: mentions, Filter: f}
			for _, r := range []struct {
				flag, name string
				id         *news.ActorID
			}{{"--actor", actor, &ef.Actor}, {"--source-actor", source, &ef.Source}, {"--target-actor", target, &ef.Target}} {
				if r.name == "" {
					continue
				}
				if *r.id, err = resolve(cmd.Context(), db, r.name); err != nil {
					return fmt.Errorf("%s: %w", r.flag, err)
				}
			}
			hits, err := db.Events(cmd.Context(), ef)
			if err != nil {
				return err
			}
			switch {
			case asJSON:
				enc := json.NewEncoder(e.stdout)
				for _, h := range hits {
					if err := enc.Encode(h); err != nil {
						return err
					}
				}
				return nil
			case asCSV:
				return writeEventsCSV(e, hits)
			}
			if len(hits) == 0 {
				fmt.Fprintln(e.stdout, "no events")
			}
			for _, h := range hits {
				fmt.Fprintln(e.stdout, eventLine(h))
			}
			ff.more(e, len(hits))
			return nil
		},
	}
	ff.add(cmd, 50)
	cmd.Flags().Lookup("from").Usage = "only events on or after this date (YYYY-MM-DD)"
	cmd.Flags().Lookup("to").Usage = "only events on or before this date (YYYY-MM-DD)"
	cmd.Flags().StringVar(&actor, "actor", "", "only events with this actor on either side (ID, name or alias)")
	cmd.Flags().StringVar(&source, "source-actor", "", "only events this actor started")
	cmd.Flags().StringVar(&target, "target-actor", "", "only events aimed at this actor")
	cmd.Flags().StringVar(&typ, "type", "", "only events of this PLOVER type or CAMEO code prefix")
	cmd.Flags().BoolVar(&realized, "realized", false, "leave out negated, threatened, promised and hypothetical events")
	cmd.Flags().BoolVar(&mentions, "mentions", false, "list every article's telling of an event, not each event once")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per line: the event, its counts, sentence and article")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "CSV with a header row")
	return cmd
}

// resolve turns what the user typed into an actor ID, as `entente actors` does.
func resolve(ctx context.Context, store news.ActorStore, name string) (news.ActorID, error) {
	return api.ResolveActor(ctx, kb.Default(), store, name)
}

// eventLine prints an event on one line: date, who to whom, what, how many
// articles and sources told it, the sentence, and the article.
func eventLine(h news.EventHit) string {
	ev := h.Event
	d := cmp.Or(ev.DateText(), "undated")
	what := ev.Type
	if what == "" {
		what = "CAMEO"
	}
	what += " " + ev.CAMEO + " " + strconv.FormatFloat(ev.Goldstein, 'f', 1, 64)
	if !ev.Realized {
		what += " (" + ev.Modality + ")"
	}
	return fmt.Sprintf("%s\t%s → %s\t%s\t%s, %s\t%s\t%s %s", d, side(ev.Source), side(ev.Target), what,
		plural(h.NumArticles, "article"), plural(h.NumSources, "source"),
		oneLine(h.Sentence), h.Article.Title, where(h.Article))
}

// side names one side of an event, "?" when the coder found none: an empty
// column read as a misaligned line ("BLR → " then the type).
func side(id news.ActorID) string {
	if id == "" {
		return "?"
	}
	return string(id)
}

// plural writes n things, in the plural unless n is 1.
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

// eventsCSVHeader adds new columns at the end, where they move no column
// a reader finds by position.
var eventsCSVHeader = []string{"date", "source", "target", "source_code", "target_code", "type", "cameo",
	"quad_class", "goldstein", "realized", "modality", "sentence", "article_id", "published", "url", "title",
	"id", "num_mentions", "num_articles", "num_sources", "date_precision"}

func writeEventsCSV(e *env, hits []news.EventHit) error {
	w := csv.NewWriter(e.stdout)
	if err := w.Write(eventsCSVHeader); err != nil {
		return err
	}
	for _, h := range hits {
		ev := h.Event
		d := ""
		if !ev.Date.IsZero() {
			d = ev.Date.Format("2006-01-02")
		}
		if err := w.Write([]string{d, string(ev.Source), string(ev.Target), ev.SourceCode, ev.TargetCode,
			ev.Type, ev.CAMEO, strconv.Itoa(ev.QuadClass), strconv.FormatFloat(ev.Goldstein, 'f', -1, 64),
			strconv.FormatBool(ev.Realized), ev.Modality, oneLine(h.Sentence),
			strconv.FormatInt(h.Article.ID, 10), published(h.Article), h.Article.URL, h.Article.Title,
			strconv.FormatInt(h.ID, 10), strconv.Itoa(h.NumMentions), strconv.Itoa(h.NumArticles),
			strconv.Itoa(h.NumSources), ev.DatePrecision}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}
