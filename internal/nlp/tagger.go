package nlp

import (
	"strings"
	"sync"
)

// A Tagger assigns Universal (UPOS) and Penn (XPOS) part-of-speech tags and
// lemmas to the words of a sentence. It predicts the pair as one joint class,
// greedily left to right, with an averaged perceptron over hashed features,
// in two passes: the second also sees the first's tags for the words to
// the right. Frequent words that were unambiguous in training skip the
// model.
//
// A Tagger is safe for concurrent use.
type Tagger struct {
	upos, xpos []string          // per class
	w, w2      *weights          // the first and second pass, as trained and saved
	both       *weights          // w and w2 merged, for tagging
	dict       map[string]uint8  // form → class, for frequent unambiguous words
	amb        map[string]uint64 // lowercased form → hash of its training tags
	lemmas     *Lemmatizer
	pool       sync.Pool

	pastOnce sync.Once
	past     map[string]*classSet // lowercased form → the only classes it may take
}

func (t *Tagger) scratch() *wordScratch {
	if s, ok := t.pool.Get().(*wordScratch); ok {
		return s
	}
	return &wordScratch{}
}

// classes tags forms, returning class ids in s.class.
func (t *Tagger) classes(s *wordScratch, forms []string) []uint8 {
	cs := t.tagBoth(s, forms, t.both, t.w2 != nil)
	t.mendMainVerb(cs, forms)
	return cs
}

// merge puts both passes' weights in one table, second-pass classes offset
// by nclass, so the many features that depend on no tag cost one lookup
// for both passes. w2 may be nil.
func merge(w1, w2 *weights) *weights {
	n := w1.nclass
	byKey := map[uint32][]wentry{}
	for _, f := range w1.features() {
		byKey[f.key] = f.entries
	}
	if w2 != nil {
		for _, f := range w2.features() {
			for _, e := range f.entries {
				byKey[f.key] = append(byKey[f.key], wentry{class: e.class + uint8(n), w: e.w})
			}
		}
	}
	feats := make([]wfeat, 0, len(byKey))
	for k, es := range byKey {
		feats = append(feats, wfeat{key: k, entries: es})
	}
	return newWeights(2*n, feats, w1.scale)
}

// tagBoth tags forms with merged weights: the first pass scores each word's
// tag-free features for both passes at once and keeps the second pass's
// half in s.cache; the second pass (when twoPass) adds only the features
// that depend on tags.
func (t *Tagger) tagBoth(s *wordScratch, forms []string, both *weights, twoPass bool) []uint8 {
	n := len(t.upos)
	if len(s.scores) != 2*n {
		s.scores = make([]int32, 2*n)
	}
	sc := s.scores
	if cap(s.cache) < len(forms)*n {
		s.cache = make([]int32, len(forms)*n)
	}
	s.cache = s.cache[:len(forms)*n]
	s.describe(forms, t.amb)
	s.class = s.class[:0]
	p1, p2 := -1, -2
	for i, f := range forms {
		c, ok := t.dict[f]
		if !ok {
			clear(sc)
			s.feats = s.static(s.feats[:0], i)
			both.score(s.feats, sc)
			copy(s.cache[i*n:(i+1)*n], sc[n:])
			s.feats = s.dynamic(s.feats[:0], i, p1, p2, nil)
			both.score(s.feats, sc)
			c = t.best(sc[:n], f)
		}
		s.class = append(s.class, c)
		p1, p2 = int(c), p1
	}
	if !twoPass {
		return s.class
	}
	s.right = append(s.right[:0], s.class...)
	s.class = s.class[:0]
	p1, p2 = -1, -2
	for i, f := range forms {
		c, ok := t.dict[f]
		if !ok {
			copy(sc[n:], s.cache[i*n:(i+1)*n])
			s.feats = s.dynamic(s.feats[:0], i, p1, p2, s.right)
			both.score(s.feats, sc)
			c = t.best(sc[n:], f)
		}
		s.class = append(s.class, c)
		p1, p2 = int(c), p1
	}
	return s.class
}

// A classSet is a set of tagger classes.
type classSet [4]uint64 // 256 bits: a class is a uint8

func (s *classSet) add(c int)      { s[c>>6] |= 1 << (c & 63) }
func (s *classSet) has(c int) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// best is the best-scoring class the word form may take. An irregular
// verb's past form or participle that training never saw may only be one
// (froze: VBD; frozen: VBN): the model knows nothing of it but its letters,
// which made "The lake froze overnight" a noun phrase. On EWT dev this
// gains 1 UPOS and 3 XPOS tags; letting participles be adjectives too gains
// 1 XPOS less, and holding words training saw only as verbs to verb tags
// loses 10 UPOS and 14 XPOS.
func (t *Tagger) best(scores []int32, form string) uint8 {
	t.pastOnce.Do(t.buildPast)
	set := t.past[form]
	if set == nil && len(form) <= 32 {
		// Lowercase in a buffer: the lookup then allocates nothing.
		var buf [32]byte
		upper := false
		for i := 0; i < len(form); i++ {
			c := form[i]
			if 'A' <= c && c <= 'Z' {
				c, upper = c+'a'-'A', true
			}
			buf[i] = c
		}
		if upper {
			set = t.past[string(buf[:len(form)])]
		}
	}
	if set == nil {
		return argmax(scores)
	}
	best := -1
	for k, v := range scores {
		if set.has(k) && (best < 0 || v > scores[best]) {
			best = k
		}
	}
	return uint8(best)
}

// buildPast finds the irregular forms training never saw, from the
// lemmatiser's table of training words (so it must run after the
// lemmatiser is set).
func (t *Tagger) buildPast() {
	t.past = map[string]*classSet{}
	if t.lemmas == nil {
		return
	}
	seen := map[string]bool{}
	for key := range t.lemmas.seen {
		form, _, _ := strings.Cut(key, "\x00")
		seen[strings.ToLower(form)] = true
	}
	bases := irregularBases()
	for form, f := range irregular() {
		if seen[form] || bases[form] {
			continue
		}
		var set classSet
		for c, x := range t.xpos {
			if f.past && x == "VBD" || f.part && x == "VBN" {
				set.add(c)
			}
		}
		if set != (classSet{}) {
			t.past[form] = &set
		}
	}
}

func argmax(scores []int32) uint8 {
	best := 0
	for k, v := range scores {
		if v > scores[best] {
			best = k
		}
	}
	return uint8(best)
}

// pass tags greedily left to right with w into s.class; right holds the
// previous pass's classes, nil on the first pass.
func (t *Tagger) pass(s *wordScratch, forms []string, w *weights, right []uint8) []uint8 {
	sc := make([]int32, w.nclass)
	s.class = s.class[:0]
	p1, p2 := -1, -2
	for i, f := range forms {
		c, ok := t.dict[f]
		if !ok {
			clear(sc)
			w.score(s.features(i, p1, p2, right), sc)
			c = argmax(sc)
		}
		s.class = append(s.class, c)
		p1, p2 = int(c), p1
	}
	return s.class
}

// Tag fills UPOS, XPOS and Lemma on the sentence's tokens from their Text.
func (t *Tagger) Tag(sent *Sentence) {
	s := t.scratch()
	defer t.pool.Put(s)
	s.forms = s.forms[:0]
	for _, tok := range sent.Tokens {
		s.forms = append(s.forms, tok.Text)
	}
	for i, c := range t.classes(s, s.forms) {
		tok := &sent.Tokens[i]
		tok.UPOS, tok.XPOS = t.upos[c], t.xpos[c]
		tok.Lemma = t.lemmas.Lemma(tok.Text, tok.UPOS, tok.XPOS)
	}
	clear(s.forms) // let the texts go while the scratch sits in the pool
}

// TagWords tags one sentence given as word forms, returning parallel UPOS,
// XPOS and lemma slices.
func (t *Tagger) TagWords(forms []string) (upos, xpos, lemmas []string) {
	s := t.scratch()
	defer t.pool.Put(s)
	upos, xpos, lemmas = make([]string, len(forms)), make([]string, len(forms)), make([]string, len(forms))
	for i, c := range t.classes(s, forms) {
		upos[i], xpos[i] = t.upos[c], t.xpos[c]
		lemmas[i] = t.lemmas.Lemma(forms[i], upos[i], xpos[i])
	}
	return upos, xpos, lemmas
}

// Lemmatizer returns the tagger's lemmatiser.
func (t *Tagger) Lemmatizer() *Lemmatizer { return t.lemmas }
