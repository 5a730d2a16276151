package eval

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// SentenceJoin says how Sentences rebuilds running text from a treebank's
// "# text =" lines: the sentences of a paragraph are joined by one space
// (none when the last word has SpaceAfter=No, as the treebank records),
// paragraphs ("# newpar") by one newline, as extracted web articles put one
// paragraph on a line, and documents ("# newdoc") by a blank line.
const SentenceJoin = `sentence " " (or "" after SpaceAfter=No), paragraph "\n", document "\n\n"`

// A SentenceReport scores sentence boundaries, and tokens, on one treebank.
type SentenceReport struct {
	Dataset   string `json:"dataset"`
	Join      string `json:"join"`
	Documents int    `json:"documents"`
	Sentences int    `json:"sentences"` // gold
	Bytes     int    `json:"bytes"`     // of rebuilt text

	Entente Score `json:"entente"` // nlp.Split
	// EntenteEnds scores nlp.Split's sentence ends alone: a sentence whose
	// end is right counts even when its start is not, as this package once
	// scored; the gap to Entente is the cost of one missed boundary wiping
	// out two sentences.
	EntenteEnds Score `json:"entente_ends"`
	// EntenteRules is nlp.SplitRules, the hand-written rules alone.
	EntenteRules Score `json:"entente_rules"`
	Prose        Score `json:"prose"` // github.com/jdkato/prose/v3/segment, the baseline
	// EntenteBlankLines is nlp.Split on the same text with paragraphs
	// separated by a blank line, where the newline rules play no part.
	EntenteBlankLines Score `json:"entente_blank_lines"`

	// Tokens compares nlp.Tokenize spans with the treebank's words; a
	// multi-word token ("don't") counts as its words when their forms spell
	// it, as they do for English clitics, else as one token.
	Tokens      Score `json:"tokens"`
	ProseTokens Score `json:"prose_tokens"` // prose/v3 tokenize, the baseline
}

// A Score counts exact matches of predicted against gold items: sentence
// spans, or token spans. As in the CoNLL 2018 shared task, a sentence is
// correct only when both its ends match a gold sentence's.
type Score struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Seconds   float64 `json:"seconds"` // wall time of the system under test
}

// Sentences reads the CoNLL-U file at path conllu, rebuilds its running
// text (see SentenceJoin), splits it with nlp.Split, nlp.SplitRules and
// prose, and scores each system's sentence spans against the gold ones.
func Sentences(ctx context.Context, conllu string) (*SentenceReport, error) {
	data, err := os.ReadFile(conllu)
	if err != nil {
		return nil, fmt.Errorf("sentences: %w", err)
	}
	tb, err := readTreebank(ctx, bytes.NewReader(data), "\n")
	if err != nil {
		return nil, fmt.Errorf("sentences %s: %w", conllu, err)
	}
	blank, err := readTreebank(ctx, bytes.NewReader(data), "\n\n")
	if err != nil {
		return nil, fmt.Errorf("sentences %s: %w", conllu, err)
	}
	r := &SentenceReport{
		Dataset:   conllu,
		Join:      SentenceJoin,
		Documents: tb.docs,
		Sentences: len(tb.sents),
		Bytes:     len(tb.text),
	}
	gold := make(map[news.Span]bool, len(tb.sents))
	for _, s := range tb.sents {
		gold[s] = true
	}

	r.Entente, r.EntenteEnds = splitScores(tb, nlp.Split)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.EntenteRules, _ = splitScores(tb, nlp.SplitRules)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	r.EntenteBlankLines, _ = splitScores(blank, nlp.Split)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("prose segmenter: %w", err)
	}
	t0 := time.Now()
	ps := seg.Segment(tb.text)
	r.Prose = scoreSpans(gold, len(ps), time.Since(t0), func(yield func(news.Span) bool) {
		for _, s := range ps {
			// prose's spans may include the space after a sentence.
			t := tb.text[s.Start:s.End()]
			lead := len(t) - len(strings.TrimLeft(t, " \t\n"))
			if !yield(news.Span{Start: s.Start + lead, End: s.Start + len(strings.TrimRight(t, " \t\n"))}) {
				return
			}
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	goldTok := make(map[news.Span]bool, len(tb.tokens))
	for _, s := range tb.tokens {
		goldTok[s] = true
	}
	t0 = time.Now()
	toks := nlp.Tokenize(tb.text)
	r.Tokens = scoreSpans(goldTok, len(toks), time.Since(t0), func(yield func(news.Span) bool) {
		for _, t := range toks {
			if !yield(t.Span) {
				return
			}
		}
	})
	t0 = time.Now()
	pt := tokenize.New().Tokenize(tb.text)
	r.ProseTokens = scoreSpans(goldTok, len(pt), time.Since(t0), func(yield func(news.Span) bool) {
		for _, t := range pt {
			if !yield(news.Span{Start: t.Start, End: t.End()}) {
				return
			}
		}
	})
	return r, nil
}

// splitScores scores split's sentence spans on tb, and their ends alone.
func splitScores(tb *treebank, split func(string) []nlp.Sentence) (spans, ends Score) {
	gold := make(map[news.Span]bool, len(tb.sents))
	goldEnds := make(map[news.Span]bool, len(tb.sents))
	for _, s := range tb.sents {
		gold[s] = true
		goldEnds[news.Span{Start: s.End, End: s.End}] = true
	}
	t0 := time.Now()
	sents := split(tb.text)
	d := time.Since(t0)
	spans = scoreSpans(gold, len(sents), d, func(yield func(news.Span) bool) {
		for _, s := range sents {
			if !yield(s.Span) {
				return
			}
		}
	})
	ends = scoreSpans(goldEnds, len(sents), d, func(yield func(news.Span) bool) {
		for _, s := range sents {
			if !yield(news.Span{Start: s.Span.End, End: s.Span.End}) {
				return
			}
		}
	})
	return spans, ends
}

func scoreSpans(gold map[news.Span]bool, predicted int, d time.Duration, spans func(func(news.Span) bool)) Score {
	s := Score{Gold: len(gold), Predicted: predicted, Seconds: d.Seconds()}
	for sp := range spans {
		if gold[sp] {
			s.Correct++
		}
	}
	s.rates()
	return s
}

func (s *Score) rates() {
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Text writes the report as a small table.
func (r *SentenceReport) Text(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "dataset    %s\njoin       %s\n", r.Dataset, r.Join)
	fmt.Fprintf(b, "documents  %d, sentences %d, %d bytes\n\n", r.Documents, r.Sentences, r.Bytes)
	fmt.Fprintf(b, "%-17s %7s %7s %7s %9s %7s %7s %9s\n", "system", "gold", "pred", "correct", "precision", "recall", "F1", "seconds")
	for _, row := range []struct {
		name string
		s    Score
	}{
		{"sentences nlp", r.Entente}, {"sentence ends nlp", r.EntenteEnds},
		{"sentences rules", r.EntenteRules},
		{"sentences prose", r.Prose},
		{"sentences nlp ¶", r.EntenteBlankLines},
		{"tokens nlp", r.Tokens}, {"tokens prose", r.ProseTokens},
	} {
		s := row.s
		fmt.Fprintf(b, "%-17s %7d %7d %7d %9.4f %7.4f %7.4f %9.3f\n",
			row.name, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1, s.Seconds)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// A treebank is the running text rebuilt from a CoNLL-U file, with the
// gold sentence and word spans in it.
type treebank struct {
	text   string
	sents  []news.Span
	tokens []news.Span
	docs   int
}

// readTreebank rebuilds the text. Word spans are found by matching each
// form at the cursor in its sentence's text; a form the text does not
// spell at the cursor (rare typo-corrected forms) is searched forward.
func readTreebank(ctx context.Context, r io.Reader, parSep string) (*treebank, error) {
	tb := &treebank{}
	var (
		b         strings.Builder
		sentText  string
		haveText  bool
		newDoc    bool
		newPar    bool
		glue      = ""   // what joins the next sentence to the text so far
		words     []word // of the current sentence
		mwtEnd    int    // last word id covered by the current multi-word token
		mwtForm   string
		mwtWords  []string
		lineNo    int
		sentCount int
	)
	flush := func() {
		if !haveText {
			return
		}
		if b.Len() > 0 {
			switch {
			case newDoc:
				b.WriteString("\n\n")
			case newPar:
				b.WriteString(parSep)
			default:
				b.WriteString(glue)
			}
		}
		base := b.Len()
		b.WriteString(sentText)
		tb.sents = append(tb.sents, news.Span{Start: base, End: b.Len()})
		tb.tokens = appendWordSpans(tb.tokens, sentText, base, words)
		glue = " "
		if n := len(words); n > 0 && words[n-1].noSpace {
			glue = ""
		}
		haveText, newDoc, newPar, words, mwtEnd = false, false, false, words[:0], 0
		sentCount++
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		switch {
		case line == "":
			flush()
			if sentCount%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
		case strings.HasPrefix(line, "# newdoc"):
			newDoc = true
			tb.docs++
		case strings.HasPrefix(line, "# newpar"):
			newPar = true
		case strings.HasPrefix(line, "# text = "):
			sentText, haveText = strings.TrimPrefix(line, "# text = "), true
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) != 10 {
				return nil, fmt.Errorf("line %d: %d columns: %w", lineNo, len(cols), news.ErrInvalid)
			}
			id, form, misc := cols[0], cols[1], cols[9]
			if strings.Contains(id, ".") {
				continue // an empty node, not in the text
			}
			noSpace := strings.Contains(misc, "SpaceAfter=No")
			if lo, hi, ok := strings.Cut(id, "-"); ok {
				var a, z int
				if _, err := fmt.Sscanf(lo+" "+hi, "%d %d", &a, &z); err != nil {
					return nil, fmt.Errorf("line %d: range %q: %w", lineNo, id, news.ErrInvalid)
				}
				mwtEnd, mwtForm, mwtWords = z, form, mwtWords[:0]
				words = append(words, word{form: form, noSpace: noSpace, mwt: true})
				continue
			}
			var n int
			fmt.Sscanf(id, "%d", &n)
			if n <= mwtEnd {
				mwtWords = append(mwtWords, form)
				if n == mwtEnd && strings.Join(mwtWords, "") == mwtForm {
					// The words spell the token: score them as words.
					last := &words[len(words)-1]
					last.parts = append([]string(nil), mwtWords...)
				}
				continue
			}
			words = append(words, word{form: form, noSpace: noSpace})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	tb.text = b.String()
	return tb, nil
}

// A word is one surface token of a sentence; parts holds the words of a
// multi-word token when they spell it.
type word struct {
	form    string
	noSpace bool
	mwt     bool
	parts   []string
}

func appendWordSpans(dst []news.Span, text string, base int, words []word) []news.Span {
	at := 0
	for _, w := range words {
		for at < len(text) && (text[at] == ' ' || text[at] == '\t') {
			at++
		}
		start := at
		if !strings.HasPrefix(text[at:], w.form) {
			k := strings.Index(text[at:], w.form)
			if k < 0 {
				continue
			}
			start = at + k
		}
		at = start + len(w.form)
		if len(w.parts) == 0 {
			dst = append(dst, news.Span{Start: base + start, End: base + at})
			continue
		}
		p := start
		for _, part := range w.parts {
			dst = append(dst, news.Span{Start: base + p, End: base + p + len(part)})
			p += len(part)
		}
	}
	return dst
}
