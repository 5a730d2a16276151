package events

import "strings"

// A pattern codes a verb when its words follow the verb in its clause,
// and the words of before precede it.
type pattern struct {
	code   string   // CAMEO; "---" codes nothing
	words  []string // lemmas, or "&set" names
	before []string // lower-case words, in order, just before the verb
	// PETRARCH's "%": the pattern holds only for a compound source
	// ("% * [030]", "Gondor and Arnor agree"), or a compound target
	// after the verb ("* WITH %").
	compoundSource, compoundTarget bool
	// PETRARCH's "+" before the verb: the subject is the target
	// ("+ WAS * DEAD IN $").
	subjectTarget bool
	// marks counts the "$", "+" and "^" among words, which place the
	// actors (see placement) and match no word.
	marks int
	// swap and back read a code pair (see code in petrarch.go): ":173"
	// is 173 the other way, "032:033" is 032 and 033 the other way.
	swap bool
	back string
	// terms and beforeTerms are words and before compiled (see term).
	terms, beforeTerms []term
	// first indexes the verb's firstWords for the pattern's first word,
	// -1 when it has none.
	first int
}

// firstWord returns the index in words of the first that matches a word,
// -1 when none does.
func (p *pattern) firstWord() int {
	for i := range p.terms {
		if p.terms[i].mark == "" {
			return i
		}
	}
	return -1
}

// A term is a pattern word compiled once the synonym sets are read, so
// that matching, tried for every pattern of a verb, does no string work:
// BenchmarkCode spent a quarter of its time cutting prefixes and
// looking up sets by name.
type term struct {
	text   string // the word or the set's name, its "_" cut
	joined bool   // "_": right beside the word before
	mark   string // "^", "$" or "+", which place actors and match no word
	// a "&" set's members of one word, the first words of its members of
	// several words (and their singulars), and those members
	set     map[string]bool
	isSet   bool
	heads   map[string]bool
	phrases [][]term
}

func (lx *Lexicon) compile(words []string) []term {
	out := make([]term, len(words))
	for i, w := range words {
		out[i] = lx.term(w, true)
	}
	return out
}

// term compiles word w: a pattern's own word (top) may be a marker and
// brings its set's members of several words, compiled as words of their
// own (which are neither).
func (lx *Lexicon) term(w string, top bool) term {
	var t term
	switch w {
	case "^", "$", "+":
		if top {
			t.mark = w
			return t
		}
	}
	t.text, t.joined = strings.CutPrefix(w, "_")
	// Matching cut a second "_" as well; no pattern has two.
	t.text = strings.TrimPrefix(t.text, "_")
	if t.isSet = strings.HasPrefix(t.text, "&"); t.isSet {
		t.set = lx.synsets[t.text]
		if top {
			t.heads, t.phrases = lx.heads[t.text], lx.setPhrases(t.text)
		}
	}
	return t
}

// setPhrases compiles a set's members of several words once for all the
// patterns naming the set (&aircraft has some sixty).
func (lx *Lexicon) setPhrases(set string) [][]term {
	if pts, ok := lx.compiledPhrases[set]; ok {
		return pts
	}
	var pts [][]term
	for _, ph := range lx.phrases[set] {
		pt := make([]term, len(ph))
		for j, pw := range ph {
			pt[j] = lx.term(pw, false)
		}
		pts = append(pts, pt)
	}
	lx.compiledPhrases[set] = pts
	return pts
}

// size is how specific a pattern is: its words, and its compound actors.
func (p *pattern) size() int {
	return len(p.words) - p.marks + len(p.before) + b2i(p.compoundSource) + b2i(p.compoundTarget)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func sortPatterns(ps []pattern) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].size() > ps[j-1].size(); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Match returns the CAMEO code of a verb lemma given the lemmas that follow
// it in its clause: the code of the longest pattern whose words all occur,
// in order, among them; "" when the verb is not in the lexicon or its
// matching pattern codes nothing.
func (lx *Lexicon) Match(lemma string, following []string) string {
	ws := make([]word, len(following))
	for i, f := range following {
		ws[i] = word{f, f, i}
	}
	code, _ := lx.match(lemma, nil, ws, nil)
	return code
}

// A word is a token as patterns see it: its lemma, its lower-case form and
// its index in the sentence.
type word struct {
	lemma, text string
	at          int
}

// match returns the code of the verb's longest matching pattern, given
// the words before it (for patterns that name some) and after it, and
// appends to used the sentence indices of the words it matched, which the
// verb consumes: "stopped supplying" is one event, not two.
func (lx *Lexicon) match(lemma string, preceding, following []word, used []int) (string, []int) {
	code, used, _ := lx.matchActors(lemma, -1, preceding, following, used, false, false)
	return code, used
}

// matchActors is match for verb v (its index in the sentence, -1 when
// unknown) whose source or target may be compound (two actors or more),
// which PETRARCH's "%" patterns ask for; it also returns where the
// winning pattern places the actors. Pattern words joined to the verb
// ("*_OUT", "IN_*") must stand right beside it when v is known.
func (lx *Lexicon) matchActors(lemma string, v int, preceding, following []word, used []int, compoundSource, compoundTarget bool) (string, []int, placement) {
	var at, pre [8]int
	// near tells which first words stand near the verb (first.go).
	var buf [128]bool
	var near []bool
	if fw := lx.firsts[lemma]; fw != nil {
		if len(fw.terms) <= len(buf) {
			near = buf[:len(fw.terms)]
		} else {
			near = make([]bool, len(fw.terms))
		}
		lx.nearFirsts(fw, following, near)
	}
	ps := lx.verbs[lemma]
	for pi := range ps {
		p := &ps[pi]
		if p.compoundSource && !compoundSource || p.compoundTarget && !compoundTarget {
			continue
		}
		if p.first >= 0 && !near[p.first] {
			continue
		}
		np, ok := lx.precedes(p.beforeTerms, preceding, &pre, v)
		if !ok {
			continue
		}
		pl := placement{subjectTarget: p.subjectTarget, swap: p.swap, back: p.back}
		if n, ok := lx.matches(p.terms, following, &at, &pl, v); ok {
			for _, i := range pre[:np] {
				used = append(used, preceding[i].at)
			}
			for _, i := range at[:n] {
				used = append(used, following[i].at)
			}
			if p.code == "---" {
				return "", used, pl
			}
			return p.code, used, pl
		}
	}
	return "", used, placement{}
}

// precedes reports whether the words occur in order among the words just
// before the verb, and writes where into at.
func (lx *Lexicon) precedes(words []term, preceding []word, at *[8]int, v int) (int, bool) {
	n, i := 0, 0
	for wi := range words {
		w := &words[wi]
		if w.joined && w.text == "" {
			// "IN_*": the word before must stand right before the verb.
			if v >= 0 && (n == 0 || preceding[at[n-1]].at != v-1) {
				return 0, false
			}
			continue
		}
		k := 0
		for i < len(preceding) {
			if k = lx.span(w, preceding, i); k > 0 {
				break
			}
			i++
		}
		if k == 0 {
			return 0, false
		}
		for j := i; j < i+k; j++ {
			if n < len(at) {
				at[n] = j
				n++
			}
		}
		i += k
	}
	return n, true
}

// maxGap bounds the words a pattern may skip before each of its words:
// PETRARCH matches a pattern's words in the verb's phrase nearly in a row
// (its determiners and modifiers aside), so "captured part of a
// stronghold" is no "take part".
const maxGap = 5

// matches reports whether the words occur in order among following, and
// writes where into at; patterns are short, so the positions fit a fixed
// array the caller keeps on its stack.
//
// A word marked "_" must come right after the one before it in the
// sentence (PETRARCH's "NEW_&TIETYPES_RELATIONS"), and a set's member of
// several words matches only as those words in a row.
func (lx *Lexicon) matches(words []term, following []word, at *[8]int, pl *placement, v int) (int, bool) {
	// A first word joined to the verb ("*_OUT") follows it right away.
	n, i, last, skip := 0, 0, v, 0
	for wi := range words {
		w := &words[wi]
		switch w.mark {
		case "^":
			skip++
			continue
		case "$", "+":
			s := slot{true, last, skip}
			if w.mark == "$" {
				pl.source = s
			} else {
				pl.target = s
			}
			skip = 0
			continue
		}
		joined := w.joined
		start := i
		k := 0 // words the match spans
		for i < len(following) {
			if k = lx.span(w, following, i); k > 0 || joined && last >= 0 || i-start >= maxGap {
				break
			}
			i++
		}
		if k == 0 || joined && last >= 0 && following[i].at != last+1 {
			return 0, false
		}
		for j := i; j < i+k; j++ {
			if n < len(at) {
				at[n] = j
				n++
			}
		}
		// A "^" before a word skips a phrase ahead of that word, not an
		// actor after it ("* THEIR ^ ABOUT +").
		last, skip = following[i+k-1].at, 0
		i += k
	}
	return n, true
}

// span returns how many of the words from following[i] pattern word w
// matches: 1 for a word, the length of a set's member of several words
// in a row, 0 for none.
func (lx *Lexicon) span(w *term, following []word, i int) int {
	if w.is(following[i]) {
		return 1
	}
	if !w.isSet {
		return 0
	}
	// Most words start none of the set's phrases: a look-up spares
	// trying each.
	if h := w.heads; !h[following[i].lemma] && !h[following[i].text] {
		return 0
	}
next:
	for _, ph := range w.phrases {
		if i+len(ph) > len(following) {
			continue
		}
		for j, pw := range ph {
			f := following[i+j]
			if j > 0 && f.at != following[i+j-1].at+1 || !pw.is(f) {
				continue next
			}
		}
		return len(ph)
	}
	return 0
}

// is compares a pattern word with a token, forgiving the plural either
// way: dictionaries list "SANCTIONS" or "DOLLARS" where text says either.
func (t *term) is(w word) bool {
	if t.isSet {
		return t.set[w.lemma] || t.set[w.text] || t.set[w.lemma+"s"] || t.set[strings.TrimSuffix(w.lemma, "s")]
	}
	return t.text == w.lemma || t.text == w.text || plural(t.text, w.lemma)
}

// plural reports whether p is s with an "s" added, without building it.
func plural(p, s string) bool {
	return len(p) == len(s)+1 && p[len(s)] == 's' && p[:len(s)] == s
}
