package nlp

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Second-stage feature templates, numbered after nerfeature.go's; the
// numbering is part of the model format: never reuse or renumber.
const (
	nAggSelf = nGazShape + 1 + iota
	nAggSelfShape
	nAggDoc
	nAggDocSelf
	nAggDocShape
	nAggInside
	nAggContext
	nAggSelfPrev
	nName
	nNameM1
	nNameP1
	nNameBit
	nEmbed // embedding-cluster templates (nerfeature.go)
	nEmbedM1
	nEmbedP1
	nEmbedM2 // the embedding clusters two words away
	nEmbedP2
	nPrev1Embed // the previous class with the word's embedding cluster
	nRunPrev    // the words either side of the capitalised run a word is in
	nRunNext
	nRunNextShape
	nAggListPrev // the first stage's types two words away, with the word between
	nAggListNext
)

// An aggWord is what the first stage made of one token and of the other
// occurrences of the same (lower-cased) word in the document.
type aggWord struct {
	self   uint8  // the first stage's class for this token
	major  uint8  // 0 none elsewhere, 1 O, 2+t type t: the commonest label of the word's other occurrences
	seen   uint8  // bit 0 O, bit 1+t type t: every label the other occurrences got
	inside uint8  // bit t: the word is inside a multi-word name of type t somewhere in the document
	typ    uint64 // the first stage's type of this token: 0 O, 1+t
}

// aggregate fills s.agg from the first stage's classes of the described
// document, one per word in order.
// Punctuation and numbers are left out of the counts: "-" and "1" are
// labelled by their neighbours, not by themselves.
func (s *nerScratch) aggregate(classes []uint8) {
	s.agg = s.agg[:0]
	clear(s.counts)
	clear(s.inside)
	typeOf := func(c uint8) int { // -1 for O
		if c == 0 {
			return -1
		}
		return (int(c) - 1) / 4
	}
	for i, c := range classes {
		w := &s.words[i]
		if w.flags&(nflagPunct|nflagDigit) != 0 {
			continue
		}
		cnt := s.counts[w.key]
		cnt[typeOf(c)+1]++
		s.counts[w.key] = cnt
		if c != 0 && (int(c)-1)%4 != posU {
			s.inside[w.key] |= 1 << uint(typeOf(c))
		}
	}
	for i, c := range classes {
		w := &s.words[i]
		a := aggWord{self: c, typ: uint64(typeOf(c) + 1)}
		if w.flags&(nflagPunct|nflagDigit) == 0 {
			cnt := s.counts[w.key]
			cnt[typeOf(c)+1]-- // the others, not this one
			best := -1
			for k, v := range cnt {
				if v == 0 {
					continue
				}
				a.seen |= 1 << uint(k)
				if best < 0 || v > cnt[best] {
					best = k
				}
			}
			if best >= 0 {
				a.major = uint8(best + 1)
			}
			a.inside = s.inside[w.key]
		}
		s.agg = append(s.agg, a)
	}
}

// aggregated appends token i's second-stage features; [lo, hi) bounds its
// sentence and p1 is the class just given to the token before it.
func (s *nerScratch) aggregated(dst []uint32, i, lo, hi, p1 int) []uint32 {
	a, w := &s.agg[i], &s.words[i]
	prev, next := uint64(0), uint64(0) // 0 outside the sentence
	if i > lo {
		prev = 1 + s.agg[i-1].typ
	}
	if i+1 < hi {
		next = 1 + s.agg[i+1].typ
	}
	// Items of a list share a type ("Moreau , Albers , Kinsella"; "Ford and
	// GM"): the word between says whether it is one.
	prev2, next2 := uint64(0), uint64(0)
	if i-1 > lo {
		prev2 = 1 + s.agg[i-2].typ
	}
	if i+2 < hi {
		next2 = 1 + s.agg[i+2].typ
	}
	return append(dst,
		feat2(nAggListPrev, s.at(i-1, lo, hi).lower, prev2<<8|a.typ),
		feat2(nAggListNext, s.at(i+1, lo, hi).lower, next2<<8|a.typ),
		feat(nAggSelf, uint64(a.self)),
		feat2(nAggSelfShape, uint64(a.self), w.shape),
		feat2(nAggDoc, uint64(a.major), uint64(a.seen)),
		feat2(nAggDocSelf, uint64(a.major), uint64(a.self)),
		feat2(nAggDocShape, uint64(a.major), w.shape|w.flags<<40),
		feat2(nAggInside, uint64(a.inside), a.typ),
		feat2(nAggContext, prev, next<<8|a.typ),
		feat2(nAggSelfPrev, uint64(a.self), uint64(p1+3)),
	)
}

// GazetteerFromDocs lists the entities annotated in docs, each under its
// type, the gazetteer of names seen in training. Entries are sorted, so
// every such gazetteer of the same types numbers its classes alike.
func GazetteerFromDocs(docs []NERDoc) *Gazetteer {
	seen := map[GazetteerEntry]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, e := range Entities(s.Tags) {
				seen[GazetteerEntry{Name: strings.Join(s.Words[e.Start:e.End], " "), Class: e.Type}] = true
			}
		}
	}
	es := slices.SortedFunc(maps.Keys(seen), func(a, b GazetteerEntry) int {
		return cmp.Or(cmp.Compare(a.Class, b.Class), cmp.Compare(a.Name, b.Name))
	})
	return NewGazetteer(es)
}

// matchNames marks the described document's tokens with g's matches in
// nerWord.names; g nil clears them.
func (s *nerScratch) matchNames(g *Gazetteer) {
	clear(s.marks)
	for k := range len(s.sents) - 1 {
		a, b := s.sents[k], s.sents[k+1]
		g.match(s.lowers[a:b], s.caps[a:b], s.marks[a:b])
	}
	for j := range s.words {
		s.words[j].names = s.marks[j]
	}
}
