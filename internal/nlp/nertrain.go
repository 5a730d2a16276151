package nlp

import (
	"cmp"
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
	// SecondStage trains the second stage (see NER) after the first. Its
	// training input is the first stage's output on train, jack-knifed
	// over Folds folds (default 5): a first stage that learnt a document
	// labels it better than it will label new text, and the second would
	// learn to trust it too much. The second stage is kept only if its
	// best epoch beats the first stage alone on dev.
	SecondStage bool
	Folds       int
	// TrainNames adds a gazetteer of the names annotated in train
	// (GazetteerFromDocs), saved with the model. A training document sees
	// the names of the other folds only, as new text sees names it was not
	// annotated with.
	TrainNames bool
	// Embed are clusters of word embeddings learnt from a large corpus
	// (EmbeddingClusters), saved with the model; nil for none.
	Embed *Clusters
}

// TrainNER trains a recogniser on train's documents, tagging their words
// with tagger first (the model must learn from the tags it will see at run
// time, not gold ones). gaz and clusters may be nil. After every epoch it
// scores entity F1 on dev (conlleval semantics) and calls progress (if not
// nil); it keeps the epoch that scored best on dev, or the last when dev is
// empty. With opts.SecondStage the second stage's epochs follow, numbered
// on from Epochs+1.
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
	n.embed = opts.Embed
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
	rng := rand.New(rand.NewPCG(opts.Seed, 0x4e4552))
	all := make([]int, len(train))
	for i := range all {
		all[i] = i
	}
	s := newNERScratch()
	folds := cmp.Or(opts.Folds, 5)
	var fullNames *Gazetteer
	foldNames := make([]*Gazetteer, folds)
	if opts.TrainNames {
		fullNames = GazetteerFromDocs(train)
		for f := range foldNames {
			var in []NERDoc
			for i, d := range train {
				if i%folds != f {
					in = append(in, d)
				}
			}
			foldNames[f] = GazetteerFromDocs(in)
		}
	}
	n.names = fullNames
	stage1 := func(docs []int, epochs int, report func(epoch int) (float64, error)) (*weights, int, error) {
		p := newPerceptron(n.nclass())
		order := slices.Clone(docs)
		var best *weights
		bestF1, bestEpoch := -1.0, 0
		for epoch := 1; epoch <= epochs; epoch++ {
			rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
			for k, i := range order {
				if k%64 == 0 {
					if err := ctx.Err(); err != nil {
						return nil, 0, err
					}
				}
				n.names = foldNames[i%folds]
				n.decode(s, trainSents[i], p, gold[i])
			}
			n.names = fullNames
			n.w = p.average()
			if report == nil {
				continue
			}
			f1, err := report(epoch)
			if err != nil {
				return nil, 0, err
			}
			if len(dev) == 0 || f1 > bestF1 {
				best, bestF1, bestEpoch = n.w, f1, epoch
			}
		}
		if report == nil {
			return n.w, epochs, nil
		}
		return best, bestEpoch, nil
	}
	score := func(epoch int) (float64, error) {
		f1 := 0.0
		if len(dev) > 0 {
			f1 = n.score(devSents, dev)[""].F1()
		}
		if progress != nil {
			progress(epoch, f1, time.Since(begin))
		}
		return f1, nil
	}
	w1, epochs1, err := stage1(all, opts.Epochs, score)
	if err != nil {
		return nil, err
	}
	n.w = w1
	f1First := -1.0
	if len(dev) > 0 {
		f1First = n.score(devSents, dev)[""].F1()
	}
	if !opts.SecondStage {
		return n, nil
	}

	// Jack-knife the first stage's labels of train.
	first := make([][]uint8, len(train))
	for f := range folds {
		var in, out []int
		for _, i := range all {
			if i%folds == f {
				out = append(out, i)
			} else {
				in = append(in, i)
			}
		}
		w, _, err := stage1(in, epochs1, nil)
		if err != nil {
			return nil, err
		}
		for _, i := range out {
			n.names = foldNames[i%folds]
			n.describe(s, trainSents[i])
			n.pass(s, w, nil, nil, passOne)
			first[i] = slices.Clone(s.class)
		}
	}
	n.w, n.names = w1, fullNames

	p := newPerceptron(n.nclass())
	order := slices.Clone(all)
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
			n.names = foldNames[i%folds]
			n.describe(s, trainSents[i])
			s.aggregate(first[i])
			n.pass(s, nil, p, gold[i], passSecond)
		}
		n.names = fullNames
		n.w2 = p.average()
		n.both = merge(n.w, n.w2)
		f1, _ := score(opts.Epochs + epoch)
		if len(dev) == 0 || f1 > bestF1 {
			best, bestF1 = n.w2, f1
		}
	}
	if bestF1 <= f1First {
		// The second stage is kept only when it beats the first alone
		// on dev, as an epoch is: a document view that the first stage's
		// own features already carry only adds noise and a second pass.
		n.w2, n.both = nil, nil
		return n, nil
	}
	n.w2, n.both = best, merge(n.w, best)
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
