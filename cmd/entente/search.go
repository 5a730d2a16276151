package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
)

func init() { commands = append(commands, newSearchCmd) }

// filterFlags are the filters and paging search and list share.
type filterFlags struct {
	from, to, source, lang string
	limit, offset          int
	// limitFlag names the limit in errors (actors calls it --top);
	// zeroAll lets a limit of 0 mean all, for commands whose default it is.
	limitFlag string
	zeroAll   bool
}

// add declares the flags; a limit of 0 makes 0 mean no limit.
func (ff *filterFlags) add(cmd *cobra.Command, limit int) {
	ff.limitFlag, ff.zeroAll = "limit", limit == 0
	cmd.Flags().IntVar(&ff.limit, "limit", limit, "number of results")
	cmd.Flags().IntVar(&ff.offset, "offset", 0, "skip this many results")
	cmd.Flags().StringVar(&ff.from, "from", "", "only articles published on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&ff.to, "to", "", "only articles published on or before this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&ff.source, "source", "", "only articles from this source")
	cmd.Flags().StringVar(&ff.lang, "lang", "", "only articles in this language (ISO 639-1, e.g. en)")
}

func (ff *filterFlags) filter() (news.Filter, error) {
	// The store reads a limit of 0 as its default page, so --top 0 would
	// print 20 actors; say what is wanted instead.
	if ff.limit < 0 || ff.limit == 0 && !ff.zeroAll {
		return news.Filter{}, fmt.Errorf("--%s %d: want 1 or more", ff.limitFlag, ff.limit)
	}
	if ff.offset < 0 {
		return news.Filter{}, fmt.Errorf("--offset %d: want 0 or more", ff.offset)
	}
	from, err := news.ParseDate(ff.from)
	if err != nil {
		return news.Filter{}, fmt.Errorf("--from: %w", err)
	}
	to, err := news.ParseDate(ff.to)
	if err != nil {
		return news.Filter{}, fmt.Errorf("--to: %w", err)
	}
	return news.Filter{From: from, To: to, Source: ff.source, Language: ff.lang, Limit: ff.limit, Offset: ff.offset}, nil
}

func newSearchCmd(e *env) *cobra.Command {
	var ff filterFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search, ranked by BM25, with snippets",
		Long: `Search titles and texts. Words match regardless of case and diacritics
(lukasenka finds Lukašenka). Use "quotes" for phrases, AND/OR/NOT, and a
trailing * for prefixes; title matches rank higher.`,
		Example: `  entente search 'gas AND price' --from 2011-01-01 --to 2011-12-31
  entente search '"customs union"' --json`,
		Args: argsBetween(1, -1),
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
			q := strings.Join(args, " ")
			hits, err := db.Search(cmd.Context(), news.Query{Text: q, Filter: f})
			if err != nil {
				return err
			}
			if asJSON {
				if hits == nil {
					hits = []news.Hit{}
				}
				return json.NewEncoder(e.stdout).Encode(hits)
			}
			if len(hits) == 0 {
				fmt.Fprintf(e.stdout, "no articles match %q\n", q)
				return nil
			}
			for _, h := range hits {
				a := h.Article
				fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s\n", a.ID, day(a), a.Source, a.Title)
				fmt.Fprintf(e.stdout, "\t%s\n", oneLine(h.Snippet))
			}
			ff.more(e, len(hits))
			return nil
		},
	}
	ff.add(cmd, 20)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print results as JSON")
	return cmd
}

// more notes on stderr, after a listing that filled its page of n, how to
// see the next: a listing cut at its default limit otherwise reads as all
// there is. stderr keeps the listing itself clean for pipes.
// The store cuts a page at sqlite.MaxLimit whatever --limit asked, and
// that page is full too.
func (ff *filterFlags) more(e *env, n int) {
	if ff.limit <= 0 || n < min(ff.limit, sqlite.MaxLimit) {
		return
	}
	from := ""
	if ff.offset > 0 {
		from = fmt.Sprintf(" from offset %d", ff.offset)
	}
	fmt.Fprintf(e.stderr, "(%d shown%s, maybe more: --offset %d for the next page, --%s for a longer one)\n",
		n, from, ff.offset+n, ff.limitFlag)
}

// day prints an article's publication day, or "-" when unknown.
func day(a *news.Article) string {
	if a.Published.IsZero() {
		return "-"
	}
	return a.Published.Format("2006-01-02")
}

// where points a reader at an article: its URL, or its ID for `entente show`
// when it has none.
func where(a *news.Article) string {
	if a.URL != "" {
		return "<" + a.URL + ">"
	}
	return "[entente show " + strconv.FormatInt(a.ID, 10) + "]"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
