package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/nlp"
)

// ParseReport is how well the shipped parser does on one CoNLL-U file with
// gold tokenisation and tags predicted by the shipped tagger, scored by the
// CoNLL 2018 shared-task definitions: every syntactic word counts
// (punctuation included; a multi-word token's words are scored one by one),
// and LAS compares only the universal part of the relation ("obl" for
// "obl:tmod").
type ParseReport struct {
	File      string  `json:"file"`
	Sentences int     `json:"sentences"`
	Tokens    int     `json:"tokens"`
	UAS       float64 `json:"uas"`   // percent of words with the right head
	LAS       float64 `json:"las"`   // percent with the right head and universal relation
	Label     float64 `json:"label"` // percent with the right universal relation, head or not
	// TokensPerSecond is parsing alone on one goroutine, the tags given.
	TokensPerSecond float64 `json:"tokens_per_second"`
}

// Parse scores nlp.DefaultParser on the CoNLL-U file at path.
func Parse(ctx context.Context, conllu string) (*ParseReport, error) {
	f, err := os.Open(conllu)
	if err != nil {
		return nil, fmt.Errorf("eval parse: %w", err)
	}
	defer f.Close()
	gold, err := nlp.ReadConllu(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("eval parse %s: %w", conllu, err)
	}
	tg, err := nlp.DefaultTagger()
	if err != nil {
		return nil, fmt.Errorf("eval parse: %w", err)
	}
	p, err := nlp.DefaultParser()
	if err != nil {
		return nil, fmt.Errorf("eval parse: %w", err)
	}
	sents := make([]nlp.Sentence, len(gold))
	for i, g := range gold {
		sents[i].Tokens = make([]nlp.Token, len(g.Words))
		for j, w := range g.Words {
			sents[i].Tokens[j].Text = w.Form
		}
		tg.Tag(&sents[i])
	}
	start := time.Now()
	for i := range sents {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		p.Parse(&sents[i])
	}
	elapsed := time.Since(start)
	return scoreParse(conllu, gold, sents, elapsed), nil
}

// scoreParse compares parsed sentences with gold ones word by word.
func scoreParse(file string, gold []nlp.ConllSentence, sents []nlp.Sentence, elapsed time.Duration) *ParseReport {
	r := &ParseReport{File: file, Sentences: len(gold)}
	var ua, la, lab int
	for i, g := range gold {
		for j, w := range g.Words {
			tok := sents[i].Tokens[j]
			r.Tokens++
			sameRel := universalRel(tok.Rel) == universalRel(w.Rel)
			lab += hit(sameRel)
			if tok.Head+1 == w.Head {
				ua++
				la += hit(sameRel)
			}
		}
	}
	r.UAS, r.LAS, r.Label = 100*fraction(ua, r.Tokens), 100*fraction(la, r.Tokens), 100*fraction(lab, r.Tokens)
	if s := elapsed.Seconds(); s > 0 {
		r.TokensPerSecond = float64(r.Tokens) / s
	}
	return r
}

// universalRel drops a relation's subtype: "obl:tmod" → "obl".
func universalRel(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// Text writes the report as a small table.
func (r *ParseReport) Text(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%s: %d sentences, %d words (gold tokenisation, predicted tags)\n"+
		"%-10s %7s %7s %7s %12s\n%-10s %7.2f %7.2f %7.2f %12.0f\n",
		r.File, r.Sentences, r.Tokens,
		"parser", "UAS", "LAS", "label", "tokens/s",
		"entente", r.UAS, r.LAS, r.Label, r.TokensPerSecond)
	return err
}
