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

// ParserOptions tune TrainParser; zero fields take the defaults.
type ParserOptions struct {
	Epochs int    // passes over the training set; default 12
	Seed   uint64 // shuffling and exploration seed; the same seed gives the same model
	// Seeds, when it holds more than one seed, trains one model per seed
	// and averages them feature by feature (see averageWeights). The
	// jack-knife taggers use the first seed. Empty means Seed alone.
	Seeds []uint64
	// Tagger, when set, retags train and dev before training, so the parser
	// learns from the tags it will see at run time; otherwise the
	// sentences' own XPOS and lemmas are used.
	Tagger *Tagger
	// TagFolds, when above 1, jack-knifes train's tags instead: train is
	// cut into TagFolds parts and each is tagged by a tagger trained for
	// TagEpochs (default 5) on the others, so the parser sees tagging
	// mistakes as frequent as at run time (the shipped tagger, which
	// learnt train, gets 99.7% of its Penn tags right but 94.6% on dev). Dev is still
	// tagged by Tagger.
	TagFolds, TagEpochs int
	// Clusters, when set, add word-cluster features; the parser keeps them.
	Clusters *Clusters
	// Explore is the chance, from the second epoch on, of following the
	// model's own mistaken move instead of the oracle's (default 0.9).
	Explore float64
	// MinWeight prunes quantised weights smaller than this (in int16
	// units, of 32767 for the largest) to keep the model small and fast;
	// default 300, negative keeps all.
	MinWeight int
	// AverageMinWeight prunes the seeds' average instead (default 200).
	// The average is quantised afresh, its largest weight again 32767,
	// and agreeing models leave fewer large weights, so the same cut
	// would drop more of it: on EWT dev, an average of four seeds pruned
	// at 300 scored 0.25 UAS below the same pruned at 200, and five
	// seeds' average at 200 (3.1M weights) annotates about as fast as one
	// model at 300 (2.6M).
	AverageMinWeight int
}

func (o ParserOptions) withDefaults() ParserOptions {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.MinWeight == 0 {
		o.MinWeight = 300
	}
	if o.AverageMinWeight == 0 {
		o.AverageMinWeight = 200
	}
	if o.TagEpochs == 0 {
		o.TagEpochs = 5
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if len(o.Seeds) == 0 {
		o.Seeds = []uint64{o.Seed}
	}
	return o
}

// A goldSent is a training or dev sentence in the parser's terms: hashed
// words with the root last, gold heads (n for the root) and label ids (-1
// for a label never seen in training).
type goldSent struct {
	toks  []ptok
	heads []int32
	rels  []int16
	univ  []string // universal part of each gold relation, for LAS
}

// A ParserEpoch is TrainParser's progress: dev UAS and LAS after one
// epoch of one seed's model, or, with Epoch 0, of the seeds' average.
type ParserEpoch struct {
	Seed     uint64
	Epoch    int
	UAS, LAS float64
	Elapsed  time.Duration // since TrainParser began
}

// TrainParser trains a parser on train with the dynamic oracle and error
// exploration (Goldberg & Nivre 2012). After every epoch it scores UAS and
// LAS on dev and calls progress (if not nil), and it keeps the epoch with
// the best dev LAS (the last, when dev is empty). With several
// opts.Seeds it trains one model per seed, one after the other, and
// returns their average (see averageWeights). Sentences whose heads are
// missing or out of range are skipped, and so are non-projective trees
// (2.3% of EWT train), as Goldberg & Nivre do: the oracle's costs for them
// are only a lower bound, so a zero-cost move may still lose an arc and
// the parser would learn from wrong signals. On EWT dev, skipping them
// gained 0.16 UAS and 0.14 LAS over learning their projective part.
func TrainParser(ctx context.Context, train, dev []ConllSentence, opts ParserOptions, progress func(ParserEpoch)) (*Parser, error) {
	opts = opts.withDefaults()
	begin := time.Now()
	if opts.Tagger != nil {
		dev = retag(opts.Tagger, dev)
		if opts.TagFolds <= 1 {
			train = retag(opts.Tagger, train)
		}
	}
	if opts.TagFolds > 1 {
		var err error
		if train, err = jackknife(ctx, train, opts); err != nil {
			return nil, fmt.Errorf("train parser: %w", err)
		}
	}
	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[w.Rel] = true
		}
	}
	p := &Parser{clusters: opts.Clusters}
	for l := range seen {
		p.labels = append(p.labels, l)
	}
	slices.Sort(p.labels)
	if len(p.labels) == 0 {
		return nil, fmt.Errorf("train parser: no training sentences: %w", news.ErrInvalid)
	}
	if len(p.labels) > maxLabels {
		return nil, fmt.Errorf("train parser: %d relations, at most %d: %w", len(p.labels), maxLabels, news.ErrInvalid)
	}
	ids := map[string]int16{}
	for i, l := range p.labels {
		ids[l] = int16(i)
	}
	gtrain, gdev := prepare(train, ids, opts.Clusters), prepare(dev, ids, opts.Clusters)
	report := func(seed uint64, epoch int, uas, las float64) {
		if progress != nil {
			progress(ParserEpoch{Seed: seed, Epoch: epoch, UAS: uas, LAS: las, Elapsed: time.Since(begin)})
		}
	}
	var fulls []*weights
	for _, seed := range opts.Seeds {
		full, pruned, err := p.trainSeed(ctx, gtrain, gdev, seed, opts, func(epoch int, uas, las float64) { report(seed, epoch, uas, las) })
		if err != nil {
			return nil, err
		}
		if len(opts.Seeds) == 1 {
			p.w = pruned
			return p, nil
		}
		fulls = append(fulls, full)
	}
	w, err := averageWeights(fulls, opts.AverageMinWeight)
	if err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	p.w = w
	if progress != nil {
		uas, las := p.score(&parseScratch{}, p.w, gdev)
		report(0, 0, uas, las)
	}
	return p, nil
}

// trainSeed trains one model with seed and returns its best epoch's
// weights unpruned, for averaging, and pruned. epoch, when not nil, gets
// the pruned weights' dev scores after every epoch.
func (p *Parser) trainSeed(ctx context.Context, gtrain, gdev []goldSent, seed uint64, opts ParserOptions, epoch func(e int, uas, las float64)) (full, pruned *weights, err error) {
	nclass := 1 + 2*len(p.labels)
	pc := newPerceptron(nclass)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(gtrain))
	proj := make([]bool, len(gtrain))
	for i := range order {
		order[i], proj[i] = i, gtrain[i].projective()
	}
	s := &parseScratch{scores: make([]int32, nclass)}
	scores := make([]int64, nclass)
	bestLAS := -1.0
	for e := 1; e <= opts.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := 0.0
		if e > 1 {
			explore = opts.Explore
		}
		for k, si := range order {
			if k%512 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, err
				}
			}
			if !proj[si] {
				continue
			}
			trainSentence(pc, s, &gtrain[si], scores, rng, explore)
		}
		all := pc.average()
		w := prune(all, opts.MinWeight)
		uas, las := p.score(s, w, gdev)
		if epoch != nil {
			epoch(e, uas, las)
		}
		if las > bestLAS || len(gdev) == 0 {
			bestLAS, full, pruned = las, all, w
		}
	}
	return full, pruned, nil
}

// trainSentence runs one sentence through the oracle, updating pc where
// the model's best legal move is not among the cheapest.
func trainSentence(pc *perceptron, s *parseScratch, g *goldSent, scores []int64, rng *rand.Rand, explore float64) {
	n := len(g.heads)
	s.st.reset(n)
	st := &s.st
	for !st.done() {
		s.feats = parserFeatures(s.feats[:0], st, g.toks)
		pc.predict(s.feats, scores)
		pm, pl := bestLegal(st, scores)
		cs, cl, cr := st.costs(g.heads)
		low := -1
		for _, c := range [3]int{cs, cl, cr} {
			if c >= 0 && (low < 0 || c < low) {
				low = c
			}
		}
		var glab int16
		if s0 := st.peek(0); s0 >= 0 {
			glab = max(g.rels[s0], 0)
		}
		// The oracle's move is the best-scoring of the cheapest moves,
		// with the gold label of the word it attaches.
		om, ol, best := -1, 0, int64(0)
		for m, c := range [3]int{cs, cl, cr} {
			if c != low {
				continue
			}
			lab := 0
			if m != moveShift {
				lab = int(glab)
			}
			if v := scores[classOf(m, lab)]; om < 0 || v > best {
				om, ol, best = m, lab, v
			}
		}
		pcost := [3]int{cs, cl, cr}[pm]
		right := pcost == low && (pm == moveShift || pl == int(glab))
		if right {
			pc.update(classOf(pm, pl), classOf(pm, pl), s.feats)
			st.apply(pm, pl)
			continue
		}
		pc.update(classOf(om, ol), classOf(pm, pl), s.feats)
		if explore > 0 && rng.Float64() < explore {
			st.apply(pm, pl)
		} else {
			st.apply(om, ol)
		}
	}
}

// score parses gold with w and returns UAS and LAS (universal relations).
func (p *Parser) score(s *parseScratch, w *weights, gold []goldSent) (uas, las float64) {
	var total, ua, la int
	for i := range gold {
		g := &gold[i]
		s.toks = append(s.toks[:0], g.toks...)
		p.run(s, w, len(g.heads))
		for j, h := range g.heads {
			total++
			if s.st.head[j] != h {
				continue
			}
			ua++
			if universal(p.labels[s.st.label[j]]) == g.univ[j] {
				la++
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return 100 * float64(ua) / float64(total), 100 * float64(la) / float64(total)
}

// universal returns a relation without its subtype: "obl:tmod" → "obl".
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// prepare converts sentences for training or scoring, skipping those
// without a complete tree.
func prepare(sents []ConllSentence, ids map[string]int16, c *Clusters) []goldSent {
	var lower []byte
	out := make([]goldSent, 0, len(sents))
next:
	for _, s := range sents {
		n := len(s.Words)
		g := goldSent{toks: make([]ptok, 0, n+1), heads: make([]int32, n), rels: make([]int16, n), univ: make([]string, n)}
		for i, w := range s.Words {
			if w.Head < 0 || w.Head > n {
				continue next
			}
			g.heads[i] = int32(w.Head - 1)
			if w.Head == 0 {
				g.heads[i] = int32(n)
			}
			id, ok := ids[w.Rel]
			if !ok {
				id = -1
			}
			g.rels[i], g.univ[i] = id, universal(w.Rel)
			var pt ptok
			pt, lower = newPtok(w.Form, w.UPOS, w.XPOS, w.Lemma, c, lower)
			g.toks = append(g.toks, pt)
		}
		g.toks = append(g.toks, ptokRoot)
		out = append(out, g)
	}
	return out
}

// retag returns copies of sents with XPOS, UPOS and lemmas from t.
func retag(t *Tagger, sents []ConllSentence) []ConllSentence {
	out := make([]ConllSentence, len(sents))
	for i, s := range sents {
		upos, xpos, lemmas := t.TagWords(s.Forms())
		c := s
		c.Words = slices.Clone(s.Words)
		for j := range c.Words {
			c.Words[j].UPOS, c.Words[j].XPOS, c.Words[j].Lemma = upos[j], xpos[j], lemmas[j]
		}
		out[i] = c
	}
	return out
}

// jackknife retags each of opts.TagFolds parts of train with a tagger
// trained on the others.
func jackknife(ctx context.Context, train []ConllSentence, opts ParserOptions) ([]ConllSentence, error) {
	out := make([]ConllSentence, len(train))
	for k := range opts.TagFolds {
		var in []ConllSentence
		var held []int
		for i, s := range train {
			if i%opts.TagFolds == k {
				held = append(held, i)
			} else {
				in = append(in, s)
			}
		}
		t, err := TrainTagger(ctx, in, nil, TrainOptions{Epochs: opts.TagEpochs, Seed: opts.Seeds[0]}, nil)
		if err != nil {
			return nil, fmt.Errorf("tag fold %d: %w", k, err)
		}
		for _, i := range held {
			out[i] = retag(t, train[i:i+1])[0]
		}
	}
	return out, nil
}

// prune drops the weights whose magnitude is below minWeight (in int16
// units), and features left with none. Small weights barely move a
// decision but each costs a load at parse time: in a trial on EWT dev,
// pruning below 400 instead of keeping all cost 0.1 UAS and 0.13 LAS and
// cut the weight entries by three quarters.
func prune(w *weights, minWeight int) *weights {
	if minWeight <= 0 {
		return w
	}
	var keep []wfeat
	for _, f := range w.features() {
		es := f.entries[:0]
		for _, e := range f.entries {
			if abs(int(e.w)) >= minWeight {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			keep = append(keep, wfeat{key: f.key, entries: es})
		}
	}
	return newWeights(w.nclass, keep, w.scale)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// projective reports whether no two gold arcs cross, the root (index n)
// included: only then are the oracle's costs exact.
func (g *goldSent) projective() bool {
	for d, h := range g.heads {
		a, b := min(int32(d), h), max(int32(d), h)
		for d2, h2 := range g.heads {
			c, e := min(int32(d2), h2), max(int32(d2), h2)
			if (a < c && c < b && b < e) || (c < a && a < e && e < b) {
				return false
			}
		}
	}
	return true
}
