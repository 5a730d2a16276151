package nlp

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// TrainOptions tune TrainTagger; zero fields take the defaults.
type TrainOptions struct {
	Epochs int    // passes over the training set; default 12
	Seed   uint64 // shuffling seed; the same seed gives the same model

	// A word goes in the tag dictionary, skipping the model, when it was seen
	// at least DictMinCount times (default 20) with one class at least
	// DictMinShare of the time (default 0.97).
	DictMinCount int
	DictMinShare float64
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.DictMinCount == 0 {
		o.DictMinCount = 20
	}
	if o.DictMinShare == 0 {
		o.DictMinShare = 0.97
	}
	return o
}

// TrainTagger trains a tagger and lemmatiser on train. Tagging runs in two
// passes, the second seeing the first's guesses for the words to the right,
// so training runs the first pass, then that pass again on each of
// stackFolds parts of train with the others (to get honest first-pass
// guesses for train), then the second pass. After every epoch of each pass
// it scores UPOS accuracy on dev and calls progress (if not nil); epochs
// number on from the first pass into the second. Each pass keeps the epoch
// that scored best on dev, or the last when dev is empty.
func TrainTagger(ctx context.Context, train, dev []ConllSentence, opts TrainOptions, progress func(epoch int, devScore float64, elapsed time.Duration)) (*Tagger, error) {
	opts = opts.withDefaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("train tagger: no training sentences: %w", news.ErrInvalid)
	}
	t, gold, foldAmb := newTaggerFor(train, opts)
	if len(t.upos) > maxClasses {
		return nil, fmt.Errorf("train tagger: %d tag pairs, at most %d: %w", len(t.upos), maxClasses, news.ErrInvalid)
	}
	begin := time.Now()
	forms := make([][]string, len(train))
	for i, s := range train {
		forms[i] = s.Forms()
	}
	all := make([]int, len(train))
	for i := range all {
		all[i] = i
	}
	set := passSet{forms: forms, gold: gold, amb: func(si int) map[string]uint64 { return foldAmb[si%ambFolds] }}
	report := func(offset int) func(epoch int, w *weights) float64 {
		return func(epoch int, w *weights) float64 {
			score := 0.0
			if len(dev) > 0 {
				score = t.accuracyWith(dev, w, t.w2)
			}
			if progress != nil {
				progress(offset+epoch, score, time.Since(begin))
			}
			return score
		}
	}
	// The second pass is scored with the first in place; while the first
	// trains, w2 is nil and scoring uses it alone.
	w1, epochs, err := t.trainPass(ctx, set, all, opts, report(0))
	if err != nil {
		return nil, err
	}
	t.w = w1

	set.right = make([][]uint8, len(train))
	s := &wordScratch{}
	for k := range stackFolds {
		var in, out []int
		for si := range train {
			if si%stackFolds == k {
				out = append(out, si)
			} else {
				in = append(in, si)
			}
		}
		o := opts
		o.Epochs = epochs
		wk, _, err := t.trainPass(ctx, set, in, o, nil)
		if err != nil {
			return nil, err
		}
		for _, si := range out {
			s.describe(forms[si], set.amb(si))
			set.right[si] = slices.Clone(t.pass(s, forms[si], wk, nil))
		}
	}
	w2, _, err := t.trainPass(ctx, set, all, opts, func(epoch int, w *weights) float64 {
		t.w2 = w
		return report(opts.Epochs)(epoch, w1)
	})
	if err != nil {
		return nil, err
	}
	t.w2 = w2
	t.both = merge(t.w, t.w2)
	return t, nil
}

// stackFolds is how many parts train is cut into to give the second pass
// first-pass guesses made without having seen the sentence.
const stackFolds = 5

// A passSet is the training data of one pass; right is nil for the first.
type passSet struct {
	forms [][]string
	gold  [][]uint8
	amb   func(si int) map[string]uint64
	right [][]uint8
}

// trainPass trains one pass on the sentences idx of set. score (nil to
// skip) rates the averaged weights after each epoch; the best-rated epoch is
// returned with its number.
func (t *Tagger) trainPass(ctx context.Context, set passSet, idx []int, opts TrainOptions, score func(epoch int, w *weights) float64) (*weights, int, error) {
	p := newPerceptron(len(t.upos))
	rng := rand.New(rand.NewPCG(opts.Seed, 0x656e74656e7465))
	order := slices.Clone(idx)
	s := &wordScratch{}
	scores := make([]int64, len(t.upos))
	var (
		best      *weights
		bestEpoch int
		bestScore = -1.0
	)
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for n, si := range order {
			if n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, err
				}
			}
			forms := set.forms[si]
			s.describe(forms, set.amb(si))
			var right []uint8
			if set.right != nil {
				right = set.right[si]
			}
			p1, p2 := -1, -2
			for i, f := range forms {
				truth := int(set.gold[si][i])
				guess, ok := 0, false
				if c, in := t.dict[f]; in {
					guess, ok = int(c), true
				}
				if !ok {
					feats := s.features(i, p1, p2, right)
					guess = p.predict(feats, scores)
					p.update(truth, guess, feats)
				}
				p1, p2 = guess, p1
			}
		}
		if score == nil {
			continue
		}
		w := p.average()
		if sc := score(epoch, w); sc > bestScore {
			best, bestEpoch, bestScore = w, epoch, sc
		}
	}
	if best == nil {
		return p.average(), opts.Epochs, nil
	}
	return best, bestEpoch, nil
}

// ambFolds is how many parts training is cut into for ambiguity classes: a
// training sentence sees the classes learned from the other parts, so the
// feature is as incomplete in training as it will be on new text. Classes
// built from all of train would always contain the right tag, and the model
// would learn to trust them too much.
const ambFolds = 10

// tagCounts counts, per key, how often each class was seen.
type tagCounts map[string][]int32

func (tc tagCounts) add(key string, class, nclass int) {
	if tc[key] == nil {
		tc[key] = make([]int32, nclass)
	}
	tc[key][class]++
}

// ambiguity hashes each key's set of classes, after subtracting held-out
// counts (nil for none). A class seen for under 5% of a key's uses is more
// likely an annotation slip than a reading worth a feature.
func (tc tagCounts) ambiguity(heldOut tagCounts) map[string]uint64 {
	out := make(map[string]uint64, len(tc))
	for k, counts := range tc {
		minus := heldOut[k]
		total := int32(0)
		for c, n := range counts {
			if minus != nil {
				n -= minus[c]
			}
			total += n
		}
		if total == 0 {
			continue
		}
		h := uint64(hashSeed)
		for c, n := range counts {
			if minus != nil {
				n -= minus[c]
			}
			if n > 0 && n*20 >= total {
				h = fmix(h ^ uint64(c+1))
			}
		}
		out[k] = h
	}
	return out
}

// newTaggerFor builds the class inventory, tag dictionary, ambiguity classes
// and lemmatiser from train, and returns each training word's gold class.
func newTaggerFor(train []ConllSentence, opts TrainOptions) (*Tagger, [][]uint8, []map[string]uint64) {
	type pair struct{ upos, xpos string }
	ids := map[pair]int{}
	for _, s := range train {
		for _, w := range s.Words {
			ids[pair{w.UPOS, w.XPOS}] = 0
		}
	}
	t := &Tagger{dict: map[string]uint8{}, amb: map[string]uint64{}}
	for i, p := range slices.SortedFunc(maps.Keys(ids), func(a, b pair) int {
		if a.upos != b.upos {
			return compareStrings(a.upos, b.upos)
		}
		return compareStrings(a.xpos, b.xpos)
	}) {
		ids[p] = i
		t.upos, t.xpos = append(t.upos, p.upos), append(t.xpos, p.xpos)
	}
	gold := make([][]uint8, len(train))
	forms := tagCounts{}
	lowers := tagCounts{}
	folds := make([]tagCounts, ambFolds)
	for k := range folds {
		folds[k] = tagCounts{}
	}
	s := &wordScratch{}
	for si, sent := range train {
		gold[si] = make([]uint8, len(sent.Words))
		for i, w := range sent.Words {
			c := ids[pair{w.UPOS, w.XPOS}]
			gold[si][i] = uint8(c)
			forms.add(w.Form, c, len(t.upos))
			s.word(w.Form, false, nil)
			// Lowercased words are keyed with a marker byte so one map holds
			// both the lowercased and the exact-form ambiguity classes.
			for _, l := range []string{"\x01" + string(s.lower), w.Form} {
				lowers.add(l, c, len(t.upos))
				folds[si%ambFolds].add(l, c, len(t.upos))
			}
		}
	}
	for f, counts := range forms {
		total, top := int32(0), 0
		for c, n := range counts {
			total += n
			if n > counts[top] {
				top = c
			}
		}
		if int(total) >= opts.DictMinCount && float64(counts[top]) >= opts.DictMinShare*float64(total) {
			t.dict[f] = uint8(top)
		}
	}
	t.amb = lowers.ambiguity(nil)
	foldAmb := make([]map[string]uint64, ambFolds)
	for k := range folds {
		foldAmb[k] = lowers.ambiguity(folds[k])
	}
	t.lemmas = trainLemmatizer(train)
	return t, gold, foldAmb
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// accuracyWith is the UPOS accuracy on gold-tokenised sentences tagged with
// the given passes (w2 may be nil).
func (t *Tagger) accuracyWith(sents []ConllSentence, w1, w2 *weights) float64 {
	both := merge(w1, w2)
	s := t.scratch()
	defer t.pool.Put(s)
	right, total := 0, 0
	for _, sent := range sents {
		for i, c := range t.tagBoth(s, sent.Forms(), both, w2 != nil) {
			if t.upos[c] == sent.Words[i].UPOS {
				right++
			}
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(right) / float64(total)
}
