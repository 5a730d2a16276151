package nlp

import (
	"unicode"
	"unicode/utf8"
)

// NER feature template ids. They hash into the recogniser's own weight
// table, so they may repeat the tagger's numbers; the numbering is part of
// the model format: never reuse or renumber, only append.
const (
	nBias = iota + 1
	nForm
	nLower
	nShape
	nPrefix1
	nPrefix2
	nPrefix3
	nPrefix4
	nSuffix1
	nSuffix2
	nSuffix3
	nSuffix4
	nPOS
	nPOSM1
	nPOSP1
	nPOSPOSP1
	nPOSM1POS
	nLowerM1
	nLowerP1
	nLowerM2
	nLowerP2
	nFormM1
	nFormP1
	nLowerM1Lower
	nLowerLowerP1
	nShapeM1Shape
	nShapeShapeP1
	nShape3
	nFlags
	nGazBit
	nGazM1
	nGazP1
	nGaz
	nDocShape
	nPrev1
	nPrev2
	nPrev12
	nPrev1Lower
	nPrev1Shape
	nPrev1POS
	nHistory
	nHistoryShape
	nCluster
	nClusterM1
	nClusterP1
	nSuffix3M1
	nGazShape
)

// NER word flags.
const (
	nflagUpper    = 1 << iota // starts with a capital
	nflagAllUpper             // two or more letters, all capitals
	nflagDigit
	nflagHyphen
	nflagPunct
	nflagFirst    // first token of its sentence
	nflagHeadline // the sentence is mostly capitalised
	nflagLast
)

// Document-level bits: how the same word is written elsewhere in the
// document. A capitalised word that also appears in lower case is probably
// not a name; a sentence-initial or all-capitals word that appears
// capitalised mid-sentence elsewhere probably is.
const (
	docTitleElsewhere = 1 << iota
	docLowerElsewhere
)

// A nerWord holds the hashes of one token's parts.
type nerWord struct {
	// form and lower are the word's hashes for lexical features, a fixed
	// unknown-word value for words too rare in training; key is always the
	// lowercased word's hash, for matching it across the document.
	form, lower, shape, pos uint64
	key                     uint64
	prefix, suffix          [4]uint64
	cluster                 [3]uint64
	embed                   [len(embedPrefixLens)]uint64 // path prefixes in the embedding clusters (NER.embed)
	flags                   uint64
	doc                     uint64
	gaz                     uint32
	names                   uint32 // matches in the names seen in training (NER.names)
	line                    uint64 // the kind of line its sentence is (nerline.go)
	// The lowercased word before and after the run of two or more
	// capitalised words this word is in, and the shape after it; zero
	// outside such runs. "[Santa Cruz] 2019-05-12" is a dateline,
	// "[Halvorsen Marine Systems] said" a speaker, whatever the run's
	// length: the neighbours of a word inside it see only the run.
	runPrev, runNext, runNextShape uint64
}

var (
	nerPadStart = nerWord{form: 1, lower: 1, shape: 1, pos: 1, flags: 1 << 20}
	nerPadEnd   = nerWord{form: 2, lower: 2, shape: 2, pos: 2, flags: 1 << 21}
)

// nerScratch is the reusable per-document memory of the recogniser.
type nerScratch struct {
	words    []nerWord
	sents    []int // start of each sentence in words, plus len(words)
	lowerBuf []byte
	lowerEnd []int
	lowers   [][]byte
	caps     []bool
	marks    []uint32
	title    map[uint64]bool
	lowered  map[uint64]bool
	history  map[uint64]uint32 // lower → entity type counts, 8 bits each
	feats    []uint32
	scores   []int32
	scores64 []int64
	class    []uint8

	// The second stage's view of the first's output (neraggregate.go).
	agg    []aggWord
	cache  []int32              // per word, the second stage's scores of its static features
	counts map[uint64][5]uint16 // lower → labels of its occurrences: O, then per type
	inside map[uint64]uint8     // lower → types of multi-word names it is part of
}

func newNERScratch() *nerScratch {
	return &nerScratch{title: map[uint64]bool{}, lowered: map[uint64]bool{}, history: map[uint64]uint32{},
		counts: map[uint64][5]uint16{}, inside: map[uint64]uint8{}}
}

// describe fills s.words for a document given as sentences of (form, XPOS).
func (s *nerScratch) describe(sents []Sentence, gaz *Gazetteer, clusters, embed *Clusters, known map[string]bool) {
	s.words, s.sents = s.words[:0], s.sents[:0]
	s.lowerBuf, s.lowerEnd = s.lowerBuf[:0], s.lowerEnd[:0]
	s.caps = s.caps[:0]
	clear(s.title)
	clear(s.lowered)
	clear(s.history)
	for _, sent := range sents {
		s.sents = append(s.sents, len(s.words))
		start := len(s.words)
		caps, letters := 0, 0
		for j, tok := range sent.Tokens {
			w := s.word(tok.Text, tok.XPOS, clusters, embed, known)
			if j == 0 {
				w.flags |= nflagFirst
			}
			if j == len(sent.Tokens)-1 {
				w.flags |= nflagLast
			}
			if w.flags&nflagUpper != 0 {
				caps++
			}
			if w.flags&(nflagPunct|nflagDigit) == 0 {
				letters++
			}
			s.words = append(s.words, w)
		}
		headline := letters >= 3 && caps*4 >= letters*3
		line := lineKind(s.words[start:], sent.Tokens)
		for j := start; j < len(s.words); j++ {
			w := &s.words[j]
			if headline {
				w.flags |= nflagHeadline
			}
			w.line = line
			switch {
			case w.flags&(nflagUpper|nflagAllUpper) == nflagUpper && w.flags&nflagFirst == 0 && !headline:
				s.title[w.key] = true
			case w.flags&(nflagUpper|nflagPunct|nflagDigit) == 0:
				s.lowered[w.key] = true
			}
		}
	}
	s.sents = append(s.sents, len(s.words))
	for k := range len(s.sents) - 1 {
		s.runs(s.sents[k], s.sents[k+1])
	}
	s.lowers = s.lowers[:0]
	prev := 0
	for _, e := range s.lowerEnd {
		s.lowers = append(s.lowers, s.lowerBuf[prev:e])
		prev = e
	}
	s.marks = append(s.marks[:0], make([]uint32, len(s.words))...)
	for k := range len(s.sents) - 1 {
		a, b := s.sents[k], s.sents[k+1]
		gaz.match(s.lowers[a:b], s.caps[a:b], s.marks[a:b])
	}
	for j := range s.words {
		w := &s.words[j]
		w.gaz = s.marks[j]
		if s.title[w.key] {
			w.doc |= docTitleElsewhere
		}
		if s.lowered[w.key] {
			w.doc |= docLowerElsewhere
		}
	}
}

func (s *nerScratch) word(form, xpos string, clusters, embed *Clusters, known map[string]bool) nerWord {
	var (
		w      nerWord
		starts [5]int
		nr     int
		upper  int
		letter int
		shape       = uint64(hashSeed)
		last   rune = -1
	)
	begin := len(s.lowerBuf)
	for _, r := range form {
		starts[nr%5] = len(s.lowerBuf)
		nr++
		lr := r
		var sc rune
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			lr = r + 'a' - 'A'
			sc, upper, letter = 'X', upper+1, letter+1
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			sc, letter = 'x', letter+1
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			sc = 'd'
			w.flags |= nflagDigit
		case r < utf8.RuneSelf:
			sc = r
		case unicode.IsUpper(r):
			lr = unicode.ToLower(r)
			sc, upper, letter = 'X', upper+1, letter+1
		case unicode.IsLetter(r):
			sc, letter = 'x', letter+1
		case unicode.IsDigit(r):
			sc = 'd'
			w.flags |= nflagDigit
		default:
			sc = r
		}
		s.lowerBuf = utf8.AppendRune(s.lowerBuf, lr)
		if r == '-' {
			w.flags |= nflagHyphen
		}
		if nr == 1 && (sc == 'X' || sc == 'd') {
			if sc == 'X' {
				w.flags |= nflagUpper
			}
		}
		if sc != last {
			shape = (shape ^ uint64(sc)) * 0x100000001b3
			last = sc
		}
		if nr <= 4 {
			w.prefix[nr-1] = hashBytes(s.lowerBuf[begin:])
		}
	}
	lower := s.lowerBuf[begin:]
	for k := nr; k < 4; k++ {
		w.prefix[k] = w.prefix[max(nr-1, 0)]
	}
	for k := 1; k <= 4; k++ {
		st := begin
		if k < nr {
			st = starts[(nr-k)%5]
		}
		w.suffix[k-1] = hashBytes(s.lowerBuf[st:])
	}
	if upper > 1 && upper == letter {
		w.flags |= nflagAllUpper
	}
	if letter == 0 && w.flags&nflagDigit == 0 {
		w.flags |= nflagPunct
	}
	w.key = hashBytes(lower)
	w.lower, w.form = w.key, hashString(form)
	if known != nil && !known[string(lower)] {
		// A word seen once in training is as good as unseen: its own
		// weights would be memorised, not learnt, so it and every unseen
		// word share one value and lean on shape, clusters and context.
		w.lower, w.form = 3, 4
	}
	w.shape = shape
	w.pos = hashString(xpos)
	if clusters != nil {
		w.cluster = clusters.prefixes(lower)
	}
	if embed != nil {
		w.embed = embed.embedPrefixes(lower)
	}
	s.lowerEnd = append(s.lowerEnd, len(s.lowerBuf))
	s.caps = append(s.caps, w.flags&(nflagUpper|nflagDigit) != 0)
	return w
}

// runs marks the words of [lo, hi) that are in runs of two or more
// capitalised words with the run's outer neighbours. A headline's words
// are all capitalised, so its runs say nothing and are left unmarked.
func (s *nerScratch) runs(lo, hi int) {
	for i := lo; i < hi; {
		w := &s.words[i]
		if w.flags&nflagUpper == 0 || w.flags&nflagHeadline != 0 {
			i++
			continue
		}
		j := i + 1
		for j < hi && s.words[j].flags&nflagUpper != 0 {
			j++
		}
		if j-i >= 2 {
			before, after := s.at(i-1, lo, hi), s.at(j, lo, hi)
			for k := i; k < j; k++ {
				s.words[k].runPrev, s.words[k].runNext, s.words[k].runNextShape = before.lower|1, after.lower|1, after.shape|1
			}
		}
		i = j
	}
}

func (s *nerScratch) at(j, lo, hi int) *nerWord {
	switch {
	case j < lo:
		return &nerPadStart
	case j >= hi:
		return &nerPadEnd
	}
	return &s.words[j]
}

// static appends token i's features that depend on no earlier decision;
// [lo, hi) bounds its sentence.
func (s *nerScratch) static(dst []uint32, i, lo, hi int) []uint32 {
	w, m1, m2, n1, n2 := s.at(i, lo, hi), s.at(i-1, lo, hi), s.at(i-2, lo, hi), s.at(i+1, lo, hi), s.at(i+2, lo, hi)
	dst = append(dst,
		feat(nBias, 0),
		feat(nForm, w.form),
		feat(nLower, w.lower),
		feat(nShape, w.shape),
		feat(nPrefix1, w.prefix[0]),
		feat(nPrefix2, w.prefix[1]),
		feat(nPrefix3, w.prefix[2]),
		feat(nPrefix4, w.prefix[3]),
		feat(nSuffix1, w.suffix[0]),
		feat(nSuffix2, w.suffix[1]),
		feat(nSuffix3, w.suffix[2]),
		feat(nSuffix4, w.suffix[3]),
		feat(nPOS, w.pos),
		feat(nPOSM1, m1.pos),
		feat(nPOSP1, n1.pos),
		feat2(nPOSPOSP1, w.pos, n1.pos),
		feat2(nPOSM1POS, m1.pos, w.pos),
		feat(nLowerM1, m1.lower),
		feat(nLowerP1, n1.lower),
		feat(nLowerM2, m2.lower),
		feat(nLowerP2, n2.lower),
		feat(nFormM1, m1.form),
		feat(nFormP1, n1.form),
		feat2(nLowerM1Lower, m1.lower, w.lower),
		feat2(nLowerLowerP1, w.lower, n1.lower),
		feat2(nShapeM1Shape, m1.shape, w.shape),
		feat2(nShapeShapeP1, w.shape, n1.shape),
		feat2(nShape3, m1.shape^fmix(w.shape), n1.shape),
		feat(nFlags, w.flags),
		feat(nSuffix3M1, m1.suffix[2]),
		feat(nGaz, uint64(w.gaz)),
		feat(nGazM1, uint64(m1.gaz)),
		feat(nGazP1, uint64(n1.gaz)),
		feat2(nDocShape, w.doc|w.flags<<8, w.shape),
	)
	for g := w.gaz; g != 0; g &= g - 1 {
		bit := uint64(trailingZeros32(g))
		dst = append(dst, feat(nGazBit, bit), feat2(nGazShape, bit, w.flags))
	}
	if w.names|m1.names|n1.names != 0 {
		dst = append(dst, feat(nName, uint64(w.names)), feat(nNameM1, uint64(m1.names)), feat(nNameP1, uint64(n1.names)))
		for g := w.names; g != 0; g &= g - 1 {
			dst = append(dst, feat2(nNameBit, uint64(trailingZeros32(g)), w.flags))
		}
	}
	if w.cluster[0] != 0 {
		for k, c := range w.cluster {
			dst = append(dst, feat2(nCluster, uint64(k), c))
		}
		dst = append(dst, feat(nClusterM1, m1.cluster[1]), feat(nClusterP1, n1.cluster[1]))
	}
	dst = lineFeatures(dst, w)
	if w.embed[0] != 0 {
		for k, c := range w.embed {
			dst = append(dst, feat2(nEmbed, uint64(k), c))
		}
	}
	// The neighbours' embedding clusters count even when the word has
	// none: "[unseen] said" is a person whatever the unseen word is.
	if w.embed[0]|m1.embed[2]|n1.embed[2] != 0 {
		dst = append(dst, feat(nEmbedM1, m1.embed[2]), feat(nEmbedP1, n1.embed[2]))
	}
	if w.runNext != 0 {
		dst = append(dst, feat(nRunPrev, w.runPrev), feat(nRunNext, w.runNext), feat(nRunNextShape, w.runNextShape))
	}
	if m2.embed[2]|n2.embed[2] != 0 {
		dst = append(dst, feat(nEmbedM2, m2.embed[2]), feat(nEmbedP2, n2.embed[2]))
	}
	return dst
}

func trailingZeros32(x uint32) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// dynamic appends token i's features that depend on the two previous
// classes and on the types the document's earlier tokens of the same word
// were given (hist: 0 none, else 1 + the most frequent type).
func (s *nerScratch) dynamic(dst []uint32, i, lo, hi int, p1, p2 int, hist uint64) []uint32 {
	w := s.at(i, lo, hi)
	t1, t2 := uint64(p1+3), uint64(p2+3)
	if w.embed[0] != 0 {
		dst = append(dst, feat2(nPrev1Embed, t1, w.embed[1]))
	}
	return append(dst,
		feat(nPrev1, t1),
		feat(nPrev2, t2),
		feat2(nPrev12, t1, t2),
		feat2(nPrev1Lower, t1, w.lower),
		feat2(nPrev1Shape, t1, w.shape),
		feat2(nPrev1POS, t1, w.pos),
		feat(nHistory, hist),
		feat2(nHistoryShape, hist, w.shape),
	)
}
