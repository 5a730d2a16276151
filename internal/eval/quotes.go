package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
	"github.com/entente-news/entente/internal/quotes"
)

// QuoteOverlap is the least share of words a predicted quote must have in
// common with a gold quote, over the longer of the two, to match it.
const QuoteOverlap = 0.5

// A QuotesReport scores quotes.Find, run on the demo corpus through the
// real path (ingest.Read, extract.Article, nlp.Annotator, actors.Resolver),
// against the hand-made gold quotes.
type QuotesReport struct {
	Gold     string `json:"gold"`
	Articles int    `json:"articles"`
	// Quotes counts quote matches: a predicted quote matches one gold quote
	// of the same article with at least QuoteOverlap of their words in
	// common, each matched at most once.
	Quotes Score `json:"quotes"`
	// Speakers counts quotes matched with the right speaker: Correct over
	// the predicted quotes that name a speaker, and over all gold quotes.
	Speakers Score `json:"speakers"`
	// SpeakerAccuracy is the share of matched quotes with the right speaker.
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	Tokens          int     `json:"tokens"`
	// Seconds is the time spent in quotes.Find alone.
	Seconds float64 `json:"seconds"`
	// Misses lists gold quotes not found or given the wrong speaker, for
	// reading, not for tuning.
	Misses []QuoteMiss `json:"misses,omitempty"`
	// Extras lists predicted quotes that match no gold quote.
	Extras []QuoteMiss `json:"extras,omitempty"`
}

// A QuoteMiss is one gold quote scored wrong.
type QuoteMiss struct {
	File      string `json:"file"`
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker"`
	Predicted string `json:"predicted,omitempty"` // the speaker found, when the quote was
}

type goldQuote struct {
	File    string `json:"file"`
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
	URL     string `json:"url"`
}

// Quotes reads the gold file (internal/demo/gold/quotes.jsonl), runs the
// demo corpus through the pipeline's stages and scores the quotes found.
// A speaker is right when the canonical name of the predicted actor in the
// knowledge base, or the speaker's text as written, equals the gold speaker
// after case and space folding.
func Quotes(ctx context.Context, goldFile string) (*QuotesReport, error) {
	data, err := os.ReadFile(goldFile)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	gold := map[string][]goldQuote{}
	n := 0
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var g goldQuote
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("quotes %s line %d: %w", goldFile, i+1, err)
		}
		gold[g.File] = append(gold[g.File], g)
		n++
	}
	arts, err := demoCorpus(ctx)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	an, err := nlp.NewAnnotator()
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	k := kb.Default()
	res := actors.New(k)
	r := &QuotesReport{Gold: goldFile, Articles: len(arts)}
	r.Quotes.Gold, r.Speakers.Gold = n, n
	var elapsed time.Duration
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc := an.Annotate(a.Text)
		for _, s := range doc.Sentences {
			r.Tokens += len(s.Tokens)
		}
		ms := res.Resolve(doc, a.Published)
		start := time.Now()
		qs := quotes.Find(doc, ms) // as the pipeline runs it
		elapsed += time.Since(start)
		r.Quotes.Predicted += len(qs)
		for _, q := range qs {
			if q.Speaker != "" || q.SpeakerText != "" {
				r.Speakers.Predicted++
			}
		}
		r.score(k, a.Origin, gold[a.Origin], qs)
		delete(gold, a.Origin)
	}
	for file, gs := range gold { // articles the corpus did not yield
		for _, g := range gs {
			r.Misses = append(r.Misses, QuoteMiss{File: file, Quote: g.Quote, Speaker: g.Speaker})
		}
	}
	r.Seconds = elapsed.Seconds()
	if r.Quotes.Correct > 0 {
		r.SpeakerAccuracy = float64(r.Speakers.Correct) / float64(r.Quotes.Correct)
	}
	r.Quotes.rates()
	r.Speakers.rates()
	return r, nil
}

// score matches one article's predicted quotes to its gold quotes, best
// overlap first.
func (r *QuotesReport) score(k *kb.KB, file string, gs []goldQuote, qs []news.Quote) {
	type pair struct {
		g, q int
		o    float64
	}
	var pairs []pair
	for gi, g := range gs {
		for qi, q := range qs {
			if o := overlap(g.Quote, q.Text); o >= QuoteOverlap {
				pairs = append(pairs, pair{gi, qi, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].o > pairs[j].o })
	gUsed, qUsed := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		if gUsed[p.g] || qUsed[p.q] {
			continue
		}
		gUsed[p.g], qUsed[p.q] = true, true
		r.Quotes.Correct++
		g, q := gs[p.g], qs[p.q]
		if name, ok := speakerIs(k, q, g.Speaker); ok {
			r.Speakers.Correct++
		} else {
			r.Misses = append(r.Misses, QuoteMiss{File: file, Quote: g.Quote, Speaker: g.Speaker, Predicted: name})
		}
	}
	for qi, q := range qs {
		if !qUsed[qi] {
			r.Extras = append(r.Extras, QuoteMiss{File: file, Quote: q.Text, Predicted: q.SpeakerText})
		}
	}
	for gi, g := range gs {
		if !gUsed[gi] {
			r.Misses = append(r.Misses, QuoteMiss{File: file, Quote: g.Quote, Speaker: g.Speaker})
		}
	}
}

// speakerIs reports whether q's speaker is the gold speaker, and names the
// speaker found.
func speakerIs(k *kb.KB, q news.Quote, want string) (string, bool) {
	name := q.SpeakerText
	if a, ok := k.Actor(q.Speaker); ok {
		name = a.Name
	}
	w := fold(want)
	if fold(name) == w || fold(q.SpeakerText) == w {
		return name, true
	}
	found := name + " (" + q.SpeakerText + ")"
	if q.Descriptor != "" {
		found += " [" + q.Descriptor + "]"
	}
	// An unnamed speaker ("a cashier at a Minsk exchange office") is
	// described in other words than the gold's; it is the same speaker when
	// the speaker found is no actor of the knowledge base (none, one the
	// resolver discovered, or a bare sector code) and its description holds
	// the gold's head noun, the word before its first preposition.
	if _, named := k.Actor(q.Speaker); !named && headNoun(want) != "" {
		head := headNoun(want)
		for _, d := range []string{q.SpeakerText, q.Descriptor} {
			if slices.Contains(words(d), head) {
				return found, true
			}
		}
	}
	return found, false
}

// headNoun returns the head of an unnamed speaker's description ("a
// cashier at a Minsk exchange office" → "cashier"), or "" for a name.
func headNoun(desc string) string {
	ws := words(desc)
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" {
		return ""
	}
	head := ws[1]
	for _, w := range ws[1:] {
		switch w {
		case "at", "in", "of", "from", "near", "on", "outside", "with":
			return head
		}
		head = w
	}
	return head
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// overlap is the share of words two texts have in common, over the longer.
func overlap(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return float64(common) / float64(max(len(wa), len(wb)))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= '0' && r <= '9' || r == '\'' || r == '’' || r >= 'a' && r <= 'z' || r > 127 && !strings.ContainsRune("“”«»„‘—–…", r))
	})
}

// Text prints the report as a table, then the misses.
func (r *QuotesReport) Text(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "gold       %s\narticles   %d, %d tokens, quotes.Find %.3fs (%.0f tokens/s)\n\n",
		r.Gold, r.Articles, r.Tokens, r.Seconds, float64(r.Tokens)/max(r.Seconds, 1e-9))
	fmt.Fprintf(b, "%-10s %7s %7s %7s %9s %7s %7s\n", "", "gold", "pred", "correct", "precision", "recall", "F1")
	for _, row := range []struct {
		name string
		s    Score
	}{{"quotes", r.Quotes}, {"speakers", r.Speakers}} {
		s := row.s
		fmt.Fprintf(b, "%-10s %7d %7d %7d %9.4f %7.4f %7.4f\n", row.name, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintf(b, "speaker accuracy on matched quotes %.4f\n", r.SpeakerAccuracy)
	if len(r.Misses) > 0 {
		fmt.Fprintf(b, "\nmisses\n")
		for _, m := range r.Misses {
			fmt.Fprintf(b, "  %s: %q — %s", m.File, m.Quote, m.Speaker)
			if m.Predicted != "" {
				fmt.Fprintf(b, " (found %s)", m.Predicted)
			}
			b.WriteString("\n")
		}
	}
	if len(r.Extras) > 0 {
		fmt.Fprintf(b, "\nextras\n")
		for _, m := range r.Extras {
			fmt.Fprintf(b, "  %s: %q — %s\n", m.File, m.Quote, m.Predicted)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
