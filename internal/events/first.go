package events

import "strings"

// A verb's patterns share few first words ("set" has 496 patterns and 56
// first words), and a pattern whose first word stands nowhere near the
// verb cannot match: matchActors learns which of them stand there once
// per call, from the words near the verb, through an index of the words
// each first word may match, and skips the patterns of the others.

// firstWords are a verb's distinct first pattern words, which a
// pattern's first indexes.
type firstWords struct {
	terms []term
	local map[int32]int32 // the lexicon's id of a first word → its index in terms
}

// firstIndex maps every first word of the lexicon's patterns, by id, to
// the lemmas and texts that may match it: a superset, as matching still
// checks each.
type firstIndex struct {
	ids             map[string]int32 // a first word's text → its id
	byLemma, byText map[string][]int32
}

// add files pattern p's first word among verb l's, and its words in the
// index, if it has one.
func (lx *Lexicon) addFirst(l string, p *pattern) {
	p.first = -1
	k := p.firstWord()
	if k < 0 {
		return
	}
	t := &p.terms[k]
	ix := &lx.firstIndex
	id, ok := ix.ids[t.text]
	if !ok {
		id = int32(len(ix.ids))
		ix.ids[t.text] = id
		ix.index(id, t)
	}
	fw := lx.firsts[l]
	if fw == nil {
		fw = &firstWords{local: map[int32]int32{}}
		lx.firsts[l] = fw
	}
	f, ok := fw.local[id]
	if !ok {
		f = int32(len(fw.terms))
		fw.local[id] = f
		fw.terms = append(fw.terms, *t)
	}
	p.first = int(f)
}

// index files the keys term t may match as id: term.is compares a word,
// or a set's members, with the token's lemma and text and with the
// lemma's plural and singular; a set's members of several words start
// with its heads.
func (ix *firstIndex) index(id int32, t *term) {
	words := []string{t.text}
	if t.isSet {
		words = words[:0]
		for m := range t.set {
			words = append(words, m)
		}
	}
	for _, m := range words {
		ix.byLemma[m] = append(ix.byLemma[m], id)
		ix.byText[m] = append(ix.byText[m], id)
		ix.byLemma[m+"s"] = append(ix.byLemma[m+"s"], id)
		if s, ok := strings.CutSuffix(m, "s"); ok {
			ix.byLemma[s] = append(ix.byLemma[s], id)
		}
	}
	for h := range t.heads {
		ix.byLemma[h] = append(ix.byLemma[h], id)
		ix.byText[h] = append(ix.byText[h], id)
	}
}

// nearFirsts sets near[f] for each first word f of fw that matches among
// the first maxGap+1 words after the verb, as matches asks of it.
func (lx *Lexicon) nearFirsts(fw *firstWords, following []word, near []bool) {
	for i := 0; i < len(following) && i <= maxGap; i++ {
		for _, ids := range [2][]int32{lx.firstIndex.byLemma[following[i].lemma], lx.firstIndex.byText[following[i].text]} {
			for _, id := range ids {
				if f, ok := fw.local[id]; ok && !near[f] && lx.span(&fw.terms[f], following, i) > 0 {
					near[f] = true
				}
			}
		}
	}
}
