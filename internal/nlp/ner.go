package nlp

import (
	"sync"
)

// A NER finds names of people (PER), organisations (ORG), locations (LOC)
// and other proper names (MISC) in tagged sentences. It labels tokens
// greedily left to right with an averaged perceptron over BILOU classes
// (begin, inside, last, unit), allowing only transitions that keep the
// sequence well-formed, and writes BIO tags to Token.Ent.
//
// It reads a whole document at once: how a word is written elsewhere in
// the document, and what the document's earlier mentions of it were
// labelled, are features. A second stage (Ratinov & Roth's two-stage
// prediction aggregation) labels the document again, seeing what the
// first stage made of every other occurrence of each word, before and
// after it, and whether it was part of a longer name elsewhere.
//
// A NER is safe for concurrent use.
type NER struct {
	types    []string // entity types; class 1+4t+k is type t, k in B I L U
	w        *weights
	w2       *weights // the second stage; nil when there is none
	both     *weights // w and w2 merged (see passMergedFirst); nil without w2
	gaz      *Gazetteer
	names    *Gazetteer // the entities of the training data, by type; may be nil
	clusters *Clusters
	embed    *Clusters       // clusters of word embeddings learnt from a large corpus; may be nil
	known    map[string]bool // lowercased words frequent enough in training to have lexical features
	bio      []string        // per class, the BIO tag written to Token.Ent
	pool     sync.Pool
}

// BILOU positions within a type's four classes.
const (
	posB = iota
	posI
	posL
	posU
)

func newNER(types []string, gaz *Gazetteer, clusters *Clusters) *NER {
	n := &NER{types: types, gaz: gaz, clusters: clusters, bio: []string{"O"}}
	for _, t := range types {
		n.bio = append(n.bio, "B-"+t, "I-"+t, "I-"+t, "B-"+t)
	}
	return n
}

func (n *NER) nclass() int { return 1 + 4*len(n.types) }

// Types returns the entity types the recogniser knows.
func (n *NER) Types() []string { return append([]string(nil), n.types...) }

func (n *NER) scratch() *nerScratch {
	if s, ok := n.pool.Get().(*nerScratch); ok {
		return s
	}
	return newNERScratch()
}

// Tag sets Ent on every token of a document's sentences to a BIO tag ("O",
// "B-PER", "I-PER", ...). Tokens should carry the tagger's XPOS: the model
// was trained with them.
func (n *NER) Tag(sents []Sentence) {
	s := n.scratch()
	defer n.pool.Put(s)
	n.describe(s, sents)
	if n.both == nil {
		n.pass(s, n.w, nil, nil, passOne)
	} else {
		n.pass(s, n.both, nil, nil, passMergedFirst)
		s.aggregate(s.class)
		n.pass(s, n.both, nil, nil, passMergedSecond)
	}
	k := 0
	for i := range sents {
		for j := range sents[i].Tokens {
			sents[i].Tokens[j].Ent = n.bio[s.class[k]]
			k++
		}
	}
}

// allowed reports whether class c may follow class prev (-1 at a sentence
// start); last is set on a sentence's final token, which must close any
// entity.
func (n *NER) allowed(prev, c int, last bool) bool {
	open := prev > 0 && ((prev-1)%4 == posB || (prev-1)%4 == posI)
	if c == 0 {
		return !open
	}
	k, t := (c-1)%4, (c-1)/4
	if open {
		return t == (prev-1)/4 && (k == posL || (k == posI && !last))
	}
	return k == posU || (k == posB && !last)
}

// decode labels a document into s.class with the first stage. With p set
// it trains instead: it scores with p and updates it toward gold (the
// classes of every token in order) at each token, continuing from its own
// guesses as inference would.
func (n *NER) decode(s *nerScratch, sents []Sentence, p *perceptron, gold []uint8) {
	n.describe(s, sents)
	n.pass(s, n.w, p, gold, passOne)
}

// describe fills s with what the recogniser knows of a document's words.
func (n *NER) describe(s *nerScratch, sents []Sentence) {
	s.describe(sents, n.gaz, n.clusters, n.embed, n.known)
	s.matchNames(n.names)
}

// A nerPass says which features a pass over a document uses and where
// its weights are.
type nerPass uint8

const (
	passOne    nerPass = iota // the first stage alone, weights wt
	passSecond                // the second stage, weights wt (or the perceptron being trained)
	// With both stages merged in one table (NER.both, second-stage classes
	// offset by nclass), the first pass scores each token's static
	// features for both stages in one lookup and caches the second half.
	passMergedFirst
	passMergedSecond
)

// pass labels the described document into s.class, or trains p toward
// gold (see decode).
func (n *NER) pass(s *nerScratch, wt *weights, p *perceptron, gold []uint8, mode nerPass) {
	clear(s.history)
	nc := n.nclass()
	if len(s.scores) != 2*nc {
		s.scores = make([]int32, 2*nc)
		s.scores64 = make([]int64, nc)
	}
	if mode == passMergedFirst {
		s.cache = append(s.cache[:0], make([]int32, len(s.words)*nc)...)
	}
	s.class = s.class[:0]
	for k := range len(s.sents) - 1 {
		lo, hi := s.sents[k], s.sents[k+1]
		p1, p2 := -1, -2
		for i := lo; i < hi; i++ {
			w := &s.words[i]
			hist := uint64(0)
			if h := s.history[w.key]; h != 0 {
				hist = 1 + uint64(maxByte(h))
			}
			last := i == hi-1
			best := -1
			sc := s.scores[:nc]
			switch {
			case p != nil:
				s.feats = s.static(s.feats[:0], i, lo, hi)
				s.feats = s.dynamic(s.feats, i, lo, hi, p1, p2, hist)
				if mode == passSecond {
					s.feats = s.aggregated(s.feats, i, lo, hi, p1)
				}
				p.predict(s.feats, s.scores64)
				for c, v := range s.scores64 {
					if n.allowed(p1, c, last) && (best < 0 || v > s.scores64[best]) {
						best = c
					}
				}
				p.update(int(gold[i]), best, s.feats)
			case mode == passMergedFirst:
				clear(s.scores)
				s.feats = s.static(s.feats[:0], i, lo, hi)
				wt.score(s.feats, s.scores)
				copy(s.cache[i*nc:(i+1)*nc], s.scores[nc:])
				s.feats = s.dynamic(s.feats[:0], i, lo, hi, p1, p2, hist)
				wt.score(s.feats, s.scores)
			case mode == passMergedSecond:
				copy(s.scores[nc:], s.cache[i*nc:(i+1)*nc])
				s.feats = s.dynamic(s.feats[:0], i, lo, hi, p1, p2, hist)
				s.feats = s.aggregated(s.feats, i, lo, hi, p1)
				wt.score(s.feats, s.scores)
				sc = s.scores[nc:]
			default:
				clear(s.scores)
				s.feats = s.static(s.feats[:0], i, lo, hi)
				s.feats = s.dynamic(s.feats, i, lo, hi, p1, p2, hist)
				if mode == passSecond {
					s.feats = s.aggregated(s.feats, i, lo, hi, p1)
				}
				wt.score(s.feats, s.scores)
			}
			if p == nil {
				for c, v := range sc {
					if n.allowed(p1, c, last) && (best < 0 || v > sc[best]) {
						best = c
					}
				}
			}
			s.class = append(s.class, uint8(best))
			if best > 0 {
				t := uint((best - 1) / 4)
				if h := s.history[w.key]; (h>>(8*t))&0xff < 0xff {
					s.history[w.key] = h + 1<<(8*t)
				}
			}
			p1, p2 = best, p1
		}
	}
}

// maxByte returns the index of the largest of h's four bytes.
func maxByte(h uint32) int {
	best, bv := 0, uint32(0)
	for k := range 4 {
		if v := (h >> (8 * k)) & 0xff; v > bv {
			best, bv = k, v
		}
	}
	return best
}
