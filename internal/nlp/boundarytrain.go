package nlp

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// ConllText rebuilds a treebank's running text from its "# text" lines the
// way the sentence evaluation does (internal/eval.SentenceJoin): sentences
// of a paragraph joined by one space, or none after SpaceAfter=No;
// paragraphs by a newline, as extracted articles put one paragraph on a
// line; documents by a blank line. It returns the text and each sentence's
// span in it. Sentences without a text comment are left out.
func ConllText(sents []ConllSentence) (string, []news.Span) {
	var b strings.Builder
	spans := make([]news.Span, 0, len(sents))
	glue := ""
	for _, s := range sents {
		if s.Text == "" {
			continue
		}
		if b.Len() > 0 {
			switch {
			case s.NewDoc:
				b.WriteString("\n\n")
			case s.NewPar:
				b.WriteString("\n")
			default:
				b.WriteString(glue)
			}
		}
		start := b.Len()
		b.WriteString(s.Text)
		spans = append(spans, news.Span{Start: start, End: b.Len()})
		glue = " "
		if s.NoSpaceAfter {
			glue = ""
		}
	}
	return b.String(), spans
}

// SentenceTraining configures TrainSentenceModel.
type SentenceTraining struct {
	Epochs int                              // passes over train; 0 means 10
	Seed   uint64                           // shuffles the documents each epoch
	Logf   func(format string, args ...any) // progress, one line an epoch; nil is quiet
}

// TrainSentenceModel learns boundaries from train's running text (see
// ConllText) and keeps the epoch whose averaged weights split dev best
// (span F1). Each training document is split as at run time, the rules'
// decisions taken from the gold sentence start so far.
func TrainSentenceModel(ctx context.Context, train, dev []ConllSentence, opt SentenceTraining) (*SentenceModel, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	docs := conllDocs(train)
	if len(docs) == 0 {
		return nil, fmt.Errorf("train sentences: no text: %w", news.ErrInvalid)
	}
	devText, devGold := ConllText(dev)
	p := newPerceptron(2)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5e47))
	var (
		best   *SentenceModel
		bestF1 = -1.0
		feats  []uint32
		scores = make([]int64, 2)
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		t0 := time.Now()
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		for d, doc := range docs {
			if d%64 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			text, gold := ConllText(doc)
			toks := Tokenize(text)
			ends := make(map[int]bool, len(gold))
			for _, g := range gold {
				ends[g.End] = true
			}
			sp := splitter{text: text, toks: toks, blockEnd: -1}
			start := 0
			for i := 0; i+1 < len(toks); i++ {
				truth := ends[toks[i].Span.End]
				var learnt bool
				feats, learnt = sp.boundaryFeatures(feats[:0], start, i)
				if learnt {
					guess := p.predict(feats[1:], scores)
					y := 0
					if truth {
						y = 1
					}
					p.update(y, guess, feats[1:])
				}
				if truth {
					start = i + 1
				}
			}
		}
		m := &SentenceModel{w: p.average()}
		f1 := SentenceF1(devGold, m.Split(devText))
		if opt.Logf != nil {
			opt.Logf("epoch %d: dev span F1 %.4f (%s)", epoch, f1, time.Since(t0).Round(time.Millisecond))
		}
		if f1 > bestF1 {
			best, bestF1 = m, f1
		}
	}
	// The margin only ever raises the bar: a negative one gains a little on
	// dev by ending sentences the model itself scores against, and in news
	// that splits titles from names ("Press Secretary Stephanie | Grisham");
	// the ScrapingHub bodies got 126 boundaries the rules do not set at
	// -16000, against 83 at 0.
	for margin := int32(0); margin <= 16000; margin += 1000 {
		m := &SentenceModel{w: best.w, margin: margin}
		if f1 := SentenceF1(devGold, m.Split(devText)); f1 > bestF1 {
			best, bestF1 = m, f1
		}
	}
	if opt.Logf != nil {
		opt.Logf("margin %d: dev span F1 %.4f", best.margin, bestF1)
	}
	return best, nil
}

// SentenceF1 scores predicted sentences against gold spans as the CoNLL
// 2018 shared task does: a sentence is correct when its span, first to
// last non-space character, equals a gold one.
func SentenceF1(gold []news.Span, pred []Sentence) float64 {
	g := make(map[news.Span]bool, len(gold))
	for _, s := range gold {
		g[s] = true
	}
	correct := 0
	for _, s := range pred {
		if g[s.Span] {
			correct++
		}
	}
	if correct == 0 {
		return 0
	}
	p, r := float64(correct)/float64(len(pred)), float64(correct)/float64(len(gold))
	return 2 * p * r / (p + r)
}

// conllDocs groups sentences into documents at "# newdoc"; a treebank
// without them is one document.
func conllDocs(sents []ConllSentence) [][]ConllSentence {
	var docs [][]ConllSentence
	for i, s := range sents {
		if s.NewDoc || i == 0 {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s)
	}
	return docs
}
