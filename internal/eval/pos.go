package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/jdkato/prose/v3/tag"

	"github.com/entente-news/entente/internal/nlp"
)

// POSReport is how well the shipped tagger and lemmatiser do on one CoNLL-U
// file, given its gold tokenisation: the tags are predicted, and lemmas are
// made from the predicted tags.
type POSReport struct {
	File      string  `json:"file"`
	Sentences int     `json:"sentences"`
	Tokens    int     `json:"tokens"`
	UPOS      float64 `json:"upos"`  // accuracy over all words
	XPOS      float64 `json:"xpos"`  // accuracy over all words
	Lemma     float64 `json:"lemma"` // exact-match accuracy over all words
	// TokensPerSecond is tagging plus lemmatising on one goroutine.
	TokensPerSecond float64 `json:"tokens_per_second"`
	// Baseline is prose's Penn tagger on the same words, when asked for.
	Baseline *POSBaseline `json:"baseline,omitempty"`
}

// POSBaseline is an anchor tagger's Penn-tag (XPOS) accuracy.
type POSBaseline struct {
	Name            string  `json:"name"`
	XPOS            float64 `json:"xpos"`
	TokensPerSecond float64 `json:"tokens_per_second"`
}

// POS scores nlp.DefaultTagger on the CoNLL-U file at path; with baseline
// it also runs github.com/jdkato/prose/v3's tagger on the same words.
func POS(ctx context.Context, conllu string, baseline bool) (*POSReport, error) {
	f, err := os.Open(conllu)
	if err != nil {
		return nil, fmt.Errorf("eval pos: %w", err)
	}
	defer f.Close()
	gold, err := nlp.ReadConllu(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("eval pos %s: %w", conllu, err)
	}
	tg, err := nlp.DefaultTagger()
	if err != nil {
		return nil, fmt.Errorf("eval pos: %w", err)
	}
	r := &POSReport{File: conllu, Sentences: len(gold)}
	sents := make([]nlp.Sentence, len(gold))
	for i, g := range gold {
		sents[i].Tokens = make([]nlp.Token, len(g.Words))
		for j, w := range g.Words {
			sents[i].Tokens[j].Text = w.Form
		}
	}
	start := time.Now()
	for i := range sents {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		tg.Tag(&sents[i])
	}
	elapsed := time.Since(start)
	var upos, xpos, lemma int
	for i, g := range gold {
		for j, w := range g.Words {
			tok := sents[i].Tokens[j]
			r.Tokens++
			upos += hit(tok.UPOS == w.UPOS)
			xpos += hit(tok.XPOS == w.XPOS)
			lemma += hit(tok.Lemma == w.Lemma)
		}
	}
	r.UPOS, r.XPOS, r.Lemma = fraction(upos, r.Tokens), fraction(xpos, r.Tokens), fraction(lemma, r.Tokens)
	r.TokensPerSecond = float64(r.Tokens) / elapsed.Seconds()
	if baseline {
		b, err := proseBaseline(ctx, gold)
		if err != nil {
			return nil, fmt.Errorf("eval pos: %w", err)
		}
		r.Baseline = b
	}
	return r, nil
}

func proseBaseline(ctx context.Context, gold []nlp.ConllSentence) (*POSBaseline, error) {
	pt, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("prose tagger: %w", err)
	}
	var right, total int
	var elapsed time.Duration
	for i, g := range gold {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		words := g.Forms()
		start := time.Now()
		toks := pt.Tag(words)
		elapsed += time.Since(start)
		for j, w := range g.Words {
			right += hit(toks[j].Tag == w.XPOS)
			total++
		}
	}
	return &POSBaseline{
		Name:            "prose v3",
		XPOS:            fraction(right, total),
		TokensPerSecond: float64(total) / elapsed.Seconds(),
	}, nil
}

// Text writes the report as a small table.
func (r *POSReport) Text(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%s: %d sentences, %d words (gold tokenisation)\n"+
		"%-10s %7s %7s %7s %12s\n%-10s %7.4f %7.4f %7.4f %12.0f\n",
		r.File, r.Sentences, r.Tokens,
		"tagger", "UPOS", "XPOS", "lemma", "tokens/s",
		"entente", r.UPOS, r.XPOS, r.Lemma, r.TokensPerSecond)
	if err != nil || r.Baseline == nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%-10s %7s %7.4f %7s %12.0f\n", r.Baseline.Name, "-", r.Baseline.XPOS, "-", r.Baseline.TokensPerSecond)
	return err
}

func hit(b bool) int {
	if b {
		return 1
	}
	return 0
}

func fraction(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
