package nlp

import (
	"sync"
)

// A Tagger assigns Universal (UPOS) and Penn (XPOS) part-of-speech tags and
// lemmas to the words of a sentence. It predicts the pair as one joint class,
// greedily left to right, with an averaged perceptron over hashed features;
// frequent words that were unambiguous in training skip the model.
//
// A Tagger is safe for concurrent use.
type Tagger struct {
	upos, xpos []string          // per class
	w, w2      *weights          // the first and second pass
	dict       map[string]uint8  // form → class, for frequent unambiguous words
	amb        map[string]uint64 // lowercased form → hash of its training tags
	lemmas     *Lemmatizer
	pool       sync.Pool
}

func (t *Tagger) scratch() *wordScratch {
	if s, ok := t.pool.Get().(*wordScratch); ok {
		return s
	}
	return &wordScratch{scores: make([]int32, len(t.upos))}
}

// classes tags forms, returning class ids in s.class.
func (t *Tagger) classes(s *wordScratch, forms []string) []uint8 {
	return t.tagWith(s, forms, t.w, t.w2)
}

func (t *Tagger) tagWith(s *wordScratch, forms []string, w1, w2 *weights) []uint8 {
	s.describe(forms, t.amb)
	c := t.pass(s, forms, w1, nil)
	if w2 == nil {
		return c
	}
	s.right = append(s.right[:0], c...)
	return t.pass(s, forms, w2, s.right)
}

// pass tags greedily left to right with w into s.class; right holds the
// previous pass's classes, nil on the first pass.
func (t *Tagger) pass(s *wordScratch, forms []string, w *weights, right []uint8) []uint8 {
	if len(s.scores) != w.nclass {
		s.scores = make([]int32, w.nclass)
	}
	s.class = s.class[:0]
	p1, p2 := -1, -2
	for i, f := range forms {
		c, ok := t.dict[f]
		if !ok {
			clear(s.scores)
			w.score(s.features(i, p1, p2, right), s.scores)
			best := 0
			for k, v := range s.scores {
				if v > s.scores[best] {
					best = k
				}
			}
			c = uint8(best)
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
