package nlp

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// maxNERTypes bounds the entity types: the document history keeps a count
// per type in one byte of a uint32.
const maxNERTypes = 4

// NEROptions tune TrainNER; zero fields take the defaults.
type NEROptions struct {
	Epochs int    // passes over the training documents; default 20
	Seed   uint64 // shuffling seed; the same seed gives the same model
}

// TrainNER trains a recogniser on train's documents, tagging their words
// with tagger first (the model must learn from the tags it will see at run
// time, not gold ones). gaz and clusters may be nil. After every epoch it
// scores entity F1 on dev (conlleval semantics) and calls progress (if not
// nil); it keeps the epoch that scored best on dev, or the last when dev is
// empty.
func TrainNER(ctx context.Context, train, dev []NERDoc, tagger *Tagger, gaz *Gazetteer, clusters *Clusters, opts NEROptions, progress func(epoch int, devF1 float64, elapsed time.Duration)) (*NER, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 20
	}
	types := nerTypes(train)
	if len(types) == 0 {
		return nil, fmt.Errorf("train ner: no entities in training data: %w", news.ErrInvalid)
	}
	if len(types) > maxNERTypes {
		return nil, fmt.Errorf("train ner: %d entity types, at most %d: %w", len(types), maxNERTypes, news.ErrInvalid)
	}
	begin := time.Now()
	n := newNER(types, gaz, clusters)
	n.known = knownWords(train, 2) // 3 scored lower on testa
	trainSents := make([][]Sentence, len(train))
	gold := make([][]uint8, len(train))
	for i, d := range train {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		trainSents[i] = TaggedSentences(tagger, d)
		for _, s := range d.Sentences {
			gold[i] = n.appendClasses(gold[i], s.Tags)
		}
	}
	devSents := make([][]Sentence, len(dev))
	for i, d := range dev {
		devSents[i] = TaggedSentences(tagger, d)
	}
	p := newPerceptron(n.nclass())
	rng := rand.New(rand.NewPCG(opts.Seed, 0x4e4552))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	s := newNERScratch()
	var best *weights
	bestF1 := -1.0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for k, i := range order {
			if k%64 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			n.decode(s, trainSents[i], p, gold[i])
		}
		n.w = p.average()
		f1 := 0.0
		if len(dev) > 0 {
			f1 = n.score(devSents, dev)[""].F1()
		}
		if progress != nil {
			progress(epoch, f1, time.Since(begin))
		}
		if len(dev) == 0 || f1 > bestF1 {
			best, bestF1 = n.w, f1
		}
	}
	n.w = best
	return n, nil
}

// score tags docs (already tagged for POS) and counts their entities
// against gold.
func (n *NER) score(docs [][]Sentence, gold []NERDoc) EntityCounts {
	c := EntityCounts{}
	var pred []string
	for i, d := range docs {
		n.Tag(d)
		for j, s := range d {
			pred = pred[:0]
			for _, t := range s.Tokens {
				pred = append(pred, t.Ent)
			}
			c.Add(gold[i].Sentences[j].Tags, pred)
		}
	}
	return c
}

// TaggedSentences turns a document's sentences into Sentences whose tokens
// carry the words and tagger's POS tags, ready for NER.Tag. Spans are left
// zero: the words have no text behind them.
func TaggedSentences(tagger *Tagger, d NERDoc) []Sentence {
	out := make([]Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		toks := make([]Token, len(s.Words))
		for j, w := range s.Words {
			toks[j].Text = w
		}
		out[i].Tokens = toks
		if tagger != nil {
			tagger.Tag(&out[i])
		}
	}
	return out
}

func nerTypes(docs []NERDoc) []string {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, t := range s.Tags {
				if len(t) > 2 {
					seen[t[2:]] = true
				}
			}
		}
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// appendClasses appends the BILOU classes of one sentence's BIO tags; tags
// of unknown types count as O.
func (n *NER) appendClasses(dst []uint8, tags []string) []uint8 {
	typeOf := func(t string) int {
		if len(t) < 3 {
			return -1
		}
		return slices.Index(n.types, t[2:])
	}
	for i, t := range tags {
		ti := typeOf(t)
		if ti < 0 {
			dst = append(dst, 0)
			continue
		}
		inside := i > 0 && t[0] == 'I' && typeOf(tags[i-1]) == ti
		continues := i+1 < len(tags) && tags[i+1][0] == 'I' && typeOf(tags[i+1]) == ti
		k := posU
		switch {
		case inside && continues:
			k = posI
		case inside:
			k = posL
		case continues:
			k = posB
		}
		dst = append(dst, uint8(1+4*ti+k))
	}
	return dst
}

// knownWords lists the lowercased words seen at least min times in docs.
func knownWords(docs []NERDoc, min int) map[string]bool {
	counts := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, w := range s.Words {
				counts[strings.ToLower(w)]++
			}
		}
	}
	known := map[string]bool{}
	for w, c := range counts {
		if c >= min {
			known[w] = true
		}
	}
	return known
}
