package eval

// The news quote gold (data/quotes-scrapinghub.jsonl) marks the quotes of
// 46 English news articles of the ScrapingHub extraction benchmark (MIT),
// whose hand-cleaned bodies are the text. The project holds no text of
// theirs: a gold line is an article ID, a byte span [start,end) of the quote
// in the articleBody as the JSON decodes it, an FNV-1a sum of those bytes
// (so a changed text fails loudly instead of scoring the wrong words), the
// byte span of the speaker's mention or null, and the cue kind.
//
// Annotation guideline, as the gold was made (before quotes.Find was run on
// these articles):
//
//   - A quote is speech or writing the text attributes to someone. Direct:
//     words inside quotation marks of any style (“ ”, " ", mixed, ” opening),
//     including a short quoted phrase the text gives to a speaker (called it
//     a “bold, innovative effort”). The span is inside the marks; a quote
//     broken by its attribution is two quotes, and each paragraph of a
//     multi-paragraph quote is its own quote. Indirect: the clause reported by
//     a verb of saying or writing (say, tell, add, announce, report, claim,
//     argue, warn, confirm, deny, admit, testify, write, rule, indicate, hint,
//     suggest that) or by a source phrase ("according to X", "per X", "X
//     reports"); the span is the reported clause without "that", and a
//     clause with the cue inside it ("Finding water, he said, is ...") is
//     the whole sentence. Coordinated content under one cue is one quote.
//   - A quoted fragment inside a reported clause is part of that indirect
//     quote, not a quote of its own; a fully quoted clause after "said
//     that" is a direct quote.
//   - Not quotes: scare quotes, titles, slogans, signs, nicknames and
//     headings; beliefs and estimates (believe, think, expect, estimate,
//     recognise, be seen as); verbs taking only an object or an infinitive
//     (accused X of, urged X to, called on X to, declined to comment);
//     embedded tweets printed without marks.
//   - The speaker is the person or body the text names as saying it,
//     resolved through pronouns, titles and descriptions to its fullest
//     name in the article, marked at that name's first occurrence without
//     its title ("Wolfgang Peschorn" for "Austria's interior minister").
//     An unnamed source is its description as written ("A doctor on the
//     scene", "people familiar with the talks"); a statement, release or
//     letter is its author's; in nested speech ("he said, 'X'", the
//     prosecutor's office said) the speaker of the quoted words is the one
//     who said them; of coordinated speakers, the first. An agentless
//     passive ("they were told") has no speaker.
//
// Speakers match at entity level as SameSpeaker decides (the knowledge-base
// actor the gold name resolves to, else the same head word: the surname of a
// person, the head noun of a body or description), strictly as speakerIs
// does (the same normalised name).

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// NewsQuotesGold names the embedded news quote gold in reports.
const NewsQuotesGold = "internal/eval/data/quotes-scrapinghub.jsonl"

//go:embed data/quotes-scrapinghub.jsonl
var newsQuotesGold []byte

// A newsQuote is one line of the news quote gold.
type newsQuote struct {
	Article string  `json:"article"`
	Quote   [2]int  `json:"quote"`
	Sum     string  `json:"sum"`
	Speaker *[2]int `json:"speaker"`
	Cue     string  `json:"cue"`
}

// QuotesNews scores quotes.Find on real third-party news: it reads the
// ScrapingHub article bodies (truthFile, the benchmark's ground-truth.json),
// runs each gold article through nlp.Annotator, actors.Resolver and
// quotes.Find (the bodies are clean, so extract.Article is not needed; the
// publication date is unknown, so it is zero), and matches the quotes found
// to the gold as Quotes does, over a dev and a held-out half by QuoteSplit
// of the article ID. A gold span outside its text, or whose bytes no longer
// sum to the gold's, is an error.
func QuotesNews(ctx context.Context, truthFile string) (*QuotesReport, error) {
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := readJSON(truthFile, &truth); err != nil {
		return nil, fmt.Errorf("quotes news: %w", err)
	}
	gold, err := readNewsQuotes(newsQuotesGold, func(id string) (string, bool) {
		t, ok := truth[id]
		return t.ArticleBody, ok
	})
	if err != nil {
		return nil, fmt.Errorf("quotes news: %w", err)
	}
	run, err := newQuoteRun(NewsQuotesGold)
	if err != nil {
		return nil, fmt.Errorf("quotes news: %w", err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		run.article(id, truth[id].ArticleBody, time.Time{}, gold[id])
	}
	return run.report(), nil
}

// readNewsQuotes reads the offset gold and cuts each quote and speaker out
// of its article's text, checking the spans against text and sum.
func readNewsQuotes(data []byte, text func(id string) (string, bool)) (map[string][]goldQuote, error) {
	gold := map[string][]goldQuote{}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var g newsQuote
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", i+1, err)
		}
		t, ok := text(g.Article)
		if !ok {
			return nil, fmt.Errorf("gold line %d: article %s: %w", i+1, g.Article, news.ErrNotFound)
		}
		q, err := cut(t, g.Quote)
		if err != nil {
			return nil, fmt.Errorf("gold line %d quote: %w", i+1, err)
		}
		if sum := fnvHex(q); sum != g.Sum {
			return nil, fmt.Errorf("gold line %d: quote sums to %s, not %s (text changed): %w", i+1, sum, g.Sum, news.ErrInvalid)
		}
		gq := goldQuote{File: g.Article, Quote: q, Cue: g.Cue}
		if g.Speaker != nil {
			if gq.Speaker, err = cut(t, *g.Speaker); err != nil {
				return nil, fmt.Errorf("gold line %d speaker: %w", i+1, err)
			}
		}
		gold[g.Article] = append(gold[g.Article], gq)
	}
	return gold, nil
}

func cut(t string, sp [2]int) (string, error) {
	if sp[0] < 0 || sp[0] >= sp[1] || sp[1] > len(t) {
		return "", fmt.Errorf("span [%d,%d) outside a text of %d bytes: %w", sp[0], sp[1], len(t), news.ErrInvalid)
	}
	return t[sp[0]:sp[1]], nil
}

func fnvHex(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("%08x", h.Sum32())
}
