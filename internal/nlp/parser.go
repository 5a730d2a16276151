package nlp

import (
	"bytes"
	"fmt"
	"sync"
)

// A Parser is a greedy transition-based labelled dependency parser:
// arc-hybrid transitions (see transition.go) chosen by an averaged
// perceptron over Zhang & Nivre's rich features (see parserfeature.go),
// trained with a dynamic oracle. It reads each token's Text, XPOS and
// Lemma, so it runs after the Tagger, and fills Head and Rel.
//
// A Parser is safe for concurrent use.
type Parser struct {
	labels []string // per label id: a UD relation with subtype, like "obl:tmod"
	w      *weights
	// clusters, when not nil, are the word clusters the features were
	// trained with, kept in the model so it never depends on another file.
	clusters *Clusters
	pool     sync.Pool
}

// parseScratch is the reusable per-call memory of Parse.
type parseScratch struct {
	st     state
	toks   []ptok
	lower  []byte
	feats  []uint32
	scores []int32
}

var defaultParser = sync.OnceValues(func() (*Parser, error) {
	p, err := LoadParser(bytes.NewReader(parserModel))
	if err != nil {
		return nil, fmt.Errorf("embedded parser: %w", err)
	}
	return p, nil
})

// DefaultParser returns the shipped English parser, decoding it on the first
// call; later calls return the same Parser.
func DefaultParser() (*Parser, error) { return defaultParser() }

func (p *Parser) scratch() *parseScratch {
	if s, ok := p.pool.Get().(*parseScratch); ok {
		return s
	}
	return &parseScratch{}
}

// Labels returns the relations the parser can assign.
func (p *Parser) Labels() []string { return p.labels }

// Parse fills Head (the index of the head token within the sentence, -1 for
// the root) and Rel on every token. The result is always a tree: exactly one
// root and no cycles.
func (p *Parser) Parse(sent *Sentence) {
	n := len(sent.Tokens)
	if n == 0 {
		return
	}
	s := p.scratch()
	defer p.pool.Put(s)
	s.toks = s.toks[:0]
	for _, t := range sent.Tokens {
		var pt ptok
		pt, s.lower = newPtok(t.Text, t.UPOS, t.XPOS, t.Lemma, p.clusters, s.lower)
		s.toks = append(s.toks, pt)
	}
	s.toks = append(s.toks, ptokRoot)
	p.run(s, p.w, n)
	for i := range sent.Tokens {
		tok := &sent.Tokens[i]
		tok.Head = int(s.st.head[i])
		if tok.Head == n {
			tok.Head = -1
		}
		tok.Rel = p.labels[s.st.label[i]]
	}
}

// run parses the n words described in s.toks greedily with w, leaving the
// tree in s.st.
func (p *Parser) run(s *parseScratch, w *weights, n int) {
	if len(s.scores) != w.nclass {
		s.scores = make([]int32, w.nclass)
	}
	s.st.reset(n)
	for !s.st.done() {
		s.feats = parserFeatures(s.feats[:0], &s.st, s.toks)
		clear(s.scores)
		w.score(s.feats, s.scores)
		move, lab := bestLegal(&s.st, s.scores)
		s.st.apply(move, lab)
	}
}

// bestLegal picks the highest-scoring legal class; ties go to the lower
// class so parsing is deterministic.
func bestLegal[T int32 | int64](st *state, scores []T) (move, label int) {
	var okMove [3]bool
	for m := range okMove {
		okMove[m] = st.legal(m)
	}
	best := -1
	for c, v := range scores {
		m, _ := moveOf(c)
		if !okMove[m] {
			continue
		}
		if best < 0 || v > scores[best] {
			best = c
		}
	}
	if best < 0 {
		// No legal class scored (an empty model): any legal move keeps
		// the result a tree.
		for m, ok := range okMove {
			if ok {
				return m, 0
			}
		}
	}
	return moveOf(best)
}
