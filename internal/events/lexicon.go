package events

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

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
	phrases [][]string
}

func (lx *Lexicon) compile(words []string) []term {
	out := make([]term, len(words))
	for i, w := range words {
		t := &out[i]
		switch w {
		case "^", "$", "+":
			t.mark = w
			continue
		}
		t.text, t.joined = strings.CutPrefix(w, "_")
		// is cut a second "_" as well; no pattern has two.
		t.text = strings.TrimPrefix(t.text, "_")
		if t.isSet = strings.HasPrefix(t.text, "&"); t.isSet {
			t.set, t.heads, t.phrases = lx.synsets[t.text], lx.heads[t.text], lx.phrases[t.text]
		}
	}
	return out
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

// A Lexicon maps verb lemmas to CAMEO codes, and CAMEO codes to PLOVER
// types and Goldstein scores.
type Lexicon struct {
	verbs     map[string][]pattern // lemma → patterns, longest first
	synsets   map[string]map[string]bool
	phrases   map[string][][]string      // a set's members of several words, which match in a row
	heads     map[string]map[string]bool // a set's first words of its phrases, and their singulars
	before    map[string]bool            // lemmas with patterns naming earlier words
	compound  map[string]bool            // lemmas with patterns asking for a compound actor
	plover    map[string]string
	goldstein map[string]float64
	discards  []discard
}

// A discard is a phrase whose presence means the text is not news the
// coder should read (sports, weather): in a sentence it drops the
// sentence, and a story discard drops the whole document.
type discard struct {
	words []string // lower case
	story bool
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) { return loadLexicon() })

// DefaultLexicon returns the embedded lexicon, parsed once.
func DefaultLexicon() (*Lexicon, error) { return defaultLexicon() }

func loadLexicon() (*Lexicon, error) {
	lx := &Lexicon{
		verbs:     map[string][]pattern{},
		synsets:   map[string]map[string]bool{},
		plover:    map[string]string{},
		goldstein: map[string]float64{},
	}
	// The hand-written patterns load first, so that they win ties of
	// length over the generated dictionary.
	err := lines("data/patterns.txt", lx.addLine)
	if err != nil {
		return nil, err
	}
	if err = lines("data/verbs.txt", lx.addVerb); err != nil {
		return nil, err
	}
	err = lines("data/synsets.txt", func(f []string) error {
		if _, ok := lx.synsets[f[0]]; !ok {
			lx.addSynset(f)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.sort()
	err = lines("data/plover.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want code and type")
		}
		lx.plover[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	// types.txt corrects the generated table where the PLOVER manual says
	// otherwise.
	err = lines("data/types.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want code and type")
		}
		lx.plover[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines("data/goldstein.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want code and score")
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		lx.goldstein[f[0]] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

func (lx *Lexicon) addVerb(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want lemma and code")
	}
	p := pattern{code: f[1]}
	if a, b, ok := strings.Cut(f[1], ":"); ok {
		p.code, p.back = a, b
		if a == "" {
			p.code, p.back, p.swap = b, "", true
		}
		if p.back == "---" {
			p.back = ""
		}
	}
	for _, w := range f[2:] {
		switch w {
		case "<%":
			p.compoundSource = true
			continue
		case "%":
			p.compoundTarget = true
			continue
		case "<+":
			p.subjectTarget = true
			continue
		case "<$", "<^":
			// The subject is the source anyway; a skip before the verb
			// skips nothing we read.
			continue
		case "$", "+", "^":
			p.marks++
		}
		if b, ok := strings.CutPrefix(w, "<"); ok {
			p.before = append(p.before, b)
		} else {
			p.words = append(p.words, w)
		}
	}
	lx.verbs[f[0]] = append(lx.verbs[f[0]], p)
	return nil
}

// addLine reads a line of patterns.txt: a verb pattern, or a synonym set
// when it starts with "&".
func (lx *Lexicon) addLine(f []string) error {
	if strings.HasPrefix(f[0], "&") {
		lx.addSynset(f)
		return nil
	}
	return lx.addVerb(f)
}

func (lx *Lexicon) addSynset(f []string) {
	set := map[string]bool{}
	for _, w := range f[1:] {
		if strings.Contains(w, "_") {
			// "austrian_gold_florin": a member of several words.
			if lx.phrases == nil {
				lx.phrases, lx.heads = map[string][][]string{}, map[string]map[string]bool{}
			}
			ph := strings.Split(w, "_")
			lx.phrases[f[0]] = append(lx.phrases[f[0]], ph)
			if lx.heads[f[0]] == nil {
				lx.heads[f[0]] = map[string]bool{}
			}
			lx.heads[f[0]][ph[0]], lx.heads[f[0]][strings.TrimSuffix(ph[0], "s")] = true, true
			continue
		}
		set[w] = true
	}
	lx.synsets[f[0]] = set
}

// sort puts longer patterns, the more specific, first; the bare verb
// last; and compiles their words, so it runs once the sets are read.
func (lx *Lexicon) sort() {
	lx.before, lx.compound = map[string]bool{}, map[string]bool{}
	for l, ps := range lx.verbs {
		sortPatterns(ps)
		for i := range ps {
			p := &ps[i]
			p.terms, p.beforeTerms = lx.compile(p.words), lx.compile(p.before)
			lx.before[l] = lx.before[l] || len(p.before) > 0
			lx.compound[l] = lx.compound[l] || p.compoundSource || p.compoundTarget
		}
	}
}

func sortPatterns(ps []pattern) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].size() > ps[j-1].size(); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func lines(name string, f func([]string) error) error {
	file, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		if err := f(strings.Fields(l)); err != nil {
			return fmt.Errorf("lexicon %s line %d: %w", name, n, err)
		}
	}
	return sc.Err()
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
	for _, p := range lx.verbs[lemma] {
		if p.compoundSource && !compoundSource || p.compoundTarget && !compoundTarget {
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
			if j > 0 && f.at != following[i+j-1].at+1 || !lx.is(pw, f) {
				continue next
			}
		}
		return len(ph)
	}
	return 0
}

// is compares a pattern word with a token, forgiving the plural either
// way: dictionaries list "SANCTIONS" or "DOLLARS" where text says either.
func (lx *Lexicon) is(pat string, w word) bool {
	pat = strings.TrimPrefix(pat, "_")
	if strings.HasPrefix(pat, "&") {
		set := lx.synsets[pat]
		return set[w.lemma] || set[w.text] || set[w.lemma+"s"] || set[strings.TrimSuffix(w.lemma, "s")]
	}
	return pat == w.lemma || pat == w.text || plural(pat, w.lemma)
}

// is is Lexicon.is for a compiled term.
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

// Has reports whether lemma is a verb of the lexicon.
func (lx *Lexicon) Has(lemma string) bool { return len(lx.verbs[lemma]) > 0 }

// Plover returns the PLOVER type of a CAMEO code, trying its parents
// ("0871" → "087" → "08"); "" when PLOVER drops it.
func (lx *Lexicon) Plover(code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if t, ok := lx.plover[c]; ok {
			return t
		}
	}
	return ""
}

// Goldstein returns the Goldstein score of a CAMEO code, trying its
// parents ("1721" → "172" → "17"); 0 for an unknown code.
func (lx *Lexicon) Goldstein(code string) float64 {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if v, ok := lx.goldstein[c]; ok {
			return v
		}
	}
	return 0
}

// QuadClass returns the quad class of the code's root: 1 verbal
// cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 for a malformed code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	r, err := strconv.Atoi(code[:2])
	switch {
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	}
	return 4
}

// hedges are participles that qualify the noun after them ("alleged
// bombers") rather than report an act.
var hedges = map[string]bool{"allege": true, "suspect": true, "purport": true, "presume": true}

// findings are verbs that, like speech, frame what another must do
// ("concluded that the US must allocate").
var findings = map[string]bool{"conclude": true, "rule": true, "find": true}
