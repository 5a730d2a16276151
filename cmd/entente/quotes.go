package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

func init() { commands = append(commands, newQuotesCmd) }

func newQuotesCmd(e *env) *cobra.Command {
	var ff filterFlags
	var speaker string
	var mentions, asJSON bool
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "List stored quotes, newest article first",
		Long: `List stored quotes, newest article first. A quote told by several articles
(the same speaker and the same words, whatever the case, quote marks,
spacing or closing punctuation: a syndicated copy or a re-edited wire story)
is listed once, from its earliest article, with the number of articles and
sources telling it; --mentions lists every telling instead. Phrases of
fewer than four words, and words by a speaker no actor was found for, are
the same quote only within copies of one story.
--speaker takes an actor ID or a name or alias ("Lavrov", "NEW:..."); --from
and --to bound the articles' publication dates.`,
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
			names := kb.Default()
			qf := news.QuoteFilter{Mentions: mentions, Filter: f}
			if speaker != "" {
				if qf.Speaker, err = api.ResolveActor(cmd.Context(), names, db, speaker); err != nil {
					return err
				}
			}
			hits, err := db.Quotes(cmd.Context(), qf)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(e.stdout).Encode(hits)
			}
			if len(hits) == 0 {
				fmt.Fprintln(e.stdout, "no quotes")
			}
			for _, h := range hits {
				who := string(h.Quote.Speaker)
				if a, ok := names.Actor(h.Quote.Speaker); ok {
					who = a.Name
				} else if h.Quote.SpeakerText != "" {
					who = h.Quote.SpeakerText
				}
				fmt.Fprintln(e.stdout, quoteLine(h, who))
			}
			ff.more(e, len(hits))
			return nil
		},
	}
	ff.add(cmd, 50)
	cmd.Flags().StringVar(&speaker, "speaker", "", "only quotes by this actor (ID, name or alias)")
	cmd.Flags().BoolVar(&mentions, "mentions", false, "list every article's telling of a quote, not each quote once")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the quotes as a JSON array, each with its article and counts")
	return cmd
}

// quoteLine prints a quote on one line: date, speaker when given, the
// words (in quotation marks only when quoted directly), the cue, how many articles and sources told it when more than
// one did, and the article it came from.
func quoteLine(h news.QuoteHit, who string) string {
	s := day(h.Article) + "\t"
	if who != "" {
		s += who + "\t"
	}
	// Reported speech is the reporter's words: quotation marks would put
	// them in the speaker's mouth, so it is marked as reported instead.
	cue := h.Quote.Cue
	if h.Quote.Direct {
		s += "“" + oneLine(h.Quote.Text) + "”"
	} else {
		s += oneLine(h.Quote.Text)
		cue = strings.TrimPrefix(cue+", reported", ", ")
	}
	if cue != "" {
		s += " (" + cue + ")"
	}
	if h.NumArticles > 1 {
		s += "\t" + plural(h.NumArticles, "article") + ", " + plural(h.NumSources, "source")
	}
	return s + "\t" + h.Article.Title + " " + where(h.Article)
}
