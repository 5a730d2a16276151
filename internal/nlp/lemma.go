package nlp

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Lemmatizer maps a word and its tags to the treebank's lemma. It learns
// three things from a treebank: a table of (form, XPOS) → lemma for words it
// has seen; suffix rules (strip some bytes, append some) chosen by the
// unseen word's XPOS and longest known suffix; and, per XPOS and case
// pattern, whether a lemma keeps the form's capitals (EWT keeps them for
// "American" and "Belarusian", lowercases "The").
//
// An unseen verb form has two more sources before the suffix rules: a
// hand-written table of about 200 irregular verbs' past and participle
// forms (data/irregular.txt: shot → shoot, froze and frozen → freeze), and
// for regular -ed and -ing forms a choice among the stem as it is, with an
// e, undoubled or with its i back to y, by the stem's shape and ending as
// counted in training (lemmaverb.go: strafed → strafe, raided → raid,
// lobbed → lob). Training's lemmas are EWT's, so the table and the counts
// change nothing a seen word gets.
//
// It is a small hand-written learner rather than a dependency because no Go
// library offers a trainable one; the recipe is the usual edit-script
// lemmatiser of UDPipe and spaCy's lookup tables, without the neural parts.
type Lemmatizer struct {
	seen  map[string]string      // form \x00 XPOS → lemma
	lower map[string]string      // lowercased form \x00 XPOS → lemma
	rules map[string][]lemmaRule // XPOS \x00 lowercased suffix → rules, best first
	cases map[string]byte        // XPOS \x00 case pattern → caseLower, caseKeep or caseTitle
	known map[string]bool        // lowercased lemmas seen in training

	verbOnce sync.Once
	verb     *verbModel // derived from seen on first use
}

// A lemmaRule turns a lowercased form into its lowercased lemma.
type lemmaRule struct {
	strip int // bytes to cut from the end
	add   string
}

// maxSuffix is the longest suffix (in bytes) rules are keyed by;
// maxRules is how many rules a suffix keeps, most frequent first.
const (
	maxSuffix = 7
	maxRules  = 3
)

// trainLemmatizer learns from gold lemmas. Counts are over distinct
// (form, XPOS) types, because unseen words look like rare types, not like
// frequent tokens.
func trainLemmatizer(sents []ConllSentence) *Lemmatizer {
	type pair struct{ form, xpos, lemma string }
	tokens := map[pair]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			tokens[pair{w.Form, w.XPOS, w.Lemma}]++
		}
	}
	l := &Lemmatizer{
		seen:  map[string]string{},
		lower: map[string]string{},
		rules: map[string][]lemmaRule{},
		cases: map[string]byte{},
		known: map[string]bool{},
	}
	// Deterministic order, so ties break the same way on every run.
	pairs := slices.SortedFunc(maps.Keys(tokens), func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.form, b.form), cmp.Compare(a.xpos, b.xpos), cmp.Compare(a.lemma, b.lemma))
	})
	best := func(m map[string]map[string]int) map[string]string {
		out := make(map[string]string, len(m))
		for k, cands := range m {
			var top string
			for c, n := range cands {
				if n > cands[top] || n == cands[top] && c < top {
					top = c
				}
			}
			out[k] = top
		}
		return out
	}
	seen, lower := map[string]map[string]int{}, map[string]map[string]int{}
	rules, cases := map[string]map[string]int{}, map[string]map[string]int{}
	add := func(m map[string]map[string]int, k, v string, n int) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v] += n
	}
	for _, p := range pairs {
		n := tokens[p]
		lf := strings.ToLower(p.form)
		l.known[strings.ToLower(p.lemma)] = true
		add(seen, p.form+"\x00"+p.xpos, p.lemma, n)
		add(lower, lf+"\x00"+p.xpos, p.lemma, n)
		add(cases, p.xpos+"\x00"+casePattern(p.form), string(rune('0'+caseOf(p.form, p.lemma))), 1)
		r, ok := ruleFor(lf, strings.ToLower(p.lemma))
		if !ok {
			continue
		}
		enc := encodeRule(r)
		for k := 0; k <= min(maxSuffix, len(lf)); k++ {
			add(rules, p.xpos+"\x00"+lf[len(lf)-k:], enc, 1)
		}
	}
	l.seen, l.lower = best(seen), best(lower)
	for k, cands := range rules {
		// A suffix seen on one word type is an anecdote (Sept. → September
		// would turn Capt. into Captember); only the empty suffix may rest
		// on so little.
		if total := sumCounts(cands); total < 2 && !strings.HasSuffix(k, "\x00") {
			continue
		}
		ranked := slices.SortedFunc(maps.Keys(cands), func(a, b string) int {
			return cmp.Or(cmp.Compare(cands[b], cands[a]), cmp.Compare(a, b))
		})
		for _, r := range ranked[:min(maxRules, len(ranked))] {
			l.rules[k] = append(l.rules[k], decodeRule(r))
		}
	}
	for k, v := range best(cases) {
		l.cases[k] = v[0] - '0'
	}
	return l
}

func sumCounts(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// Lemma returns the lemma of form tagged upos/xpos.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	var buf [96]byte
	key := append(append(append(buf[:0], form...), 0), xpos...)
	if lemma, ok := l.seen[string(key)]; ok {
		return lemma
	}
	lf := strings.ToLower(form)
	key = append(append(append(buf[:0], lf...), 0), xpos...)
	if lemma, ok := l.lower[string(key)]; ok {
		return l.recase(form, lf, lemma, upos, xpos)
	}
	// An unseen verb form: irregular ones from the table, regular -ed and
	// -ing forms by the stem's shape (lemmaverb.go).
	l.verbOnce.Do(func() { l.verb = newVerbModel(l.seen) })
	if base, ok := l.verb.irregular(lf, xpos); ok {
		return l.recase(form, lf, base, upos, xpos)
	}
	if lemma, ok := l.verb.lemma(lf, xpos); ok {
		return l.recase(form, lf, lemma, upos, xpos)
	}
	// Rules of the longest matching suffix first; among them, the first
	// whose result is a known lemma wins (dancing → dance, not danc),
	// else the most frequent rule of the longest suffix.
	lemma := lf
	for k := min(maxSuffix, len(lf)); k >= 0; k-- {
		key = append(append(append(buf[:0], xpos...), 0), lf[len(lf)-k:]...)
		rules, ok := l.rules[string(key)]
		if !ok {
			continue
		}
		for i, r := range rules {
			// Rules that would leave a stub are analogies gone wrong
			// (Vietam → m); a lesser rule wins only with a known lemma
			// and an ordinary ending.
			if r.strip > len(lf) || len(lf)-r.strip < min(2, len(lf)) {
				continue
			}
			cand := lf[:len(lf)-r.strip] + r.add
			if i == 0 {
				lemma = cand
			}
			if l.known[cand] && (i == 0 || r.strip <= 3 && len(cand) >= 3) {
				lemma = cand
				break
			}
		}
		break
	}
	return l.recase(form, lf, lemma, upos, xpos)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// How a lemma's case follows its form's, learned per XPOS and case pattern.
const (
	caseLower byte = iota // the lemma is lowercase (The → the)
	caseKeep              // the lemma keeps the form's capitals (Belarusians → Belarusian)
	caseTitle             // a shouted name is capitalised once (MIRAMAR → Miramar)
)

func caseOf(form, lemma string) byte {
	switch {
	case lemma == strings.ToLower(lemma):
		return caseLower
	case lemma != form && lemma == upperFirst(strings.ToLower(lemma)):
		if p := casePattern(form); p == "upper" || p == "acronym" {
			return caseTitle
		}
	}
	return caseKeep
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// recase gives a lowercased lemma the case words of this tag and case
// pattern had in training.
func (l *Lemmatizer) recase(form, lf, lemma, upos, xpos string) string {
	if form == lf || lemma != strings.ToLower(lemma) {
		return lemma // no capitals to give back, or the lemma has its own
	}
	var buf [32]byte
	key := append(append(append(buf[:0], xpos...), 0), casePattern(form)...)
	c, ok := l.cases[string(key)]
	if !ok && upos == "PROPN" {
		c = caseKeep
	}
	switch c {
	case caseLower:
		return lemma
	case caseTitle:
		return upperFirst(lemma)
	}
	// Copy the form's case rune by rune over the shared stretch.
	var b strings.Builder
	fr := []rune(form)
	for i, r := range []rune(lemma) {
		if i < len(fr) && unicode.IsUpper(fr[i]) && unicode.ToLower(fr[i]) == r {
			r = fr[i]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// casePattern classes a form as lower, mixed (iPhone, URLs), Title,
// acronym (UPPER up to four letters) or upper.
func casePattern(form string) string {
	r, _ := utf8.DecodeRuneInString(form)
	switch {
	case !unicode.IsUpper(r):
		if strings.ToLower(form) != form {
			return "mixed"
		}
		return "lower"
	case strings.ToUpper(form) == form && utf8.RuneCountInString(form) > 1:
		if utf8.RuneCountInString(form) <= 4 {
			return "acronym"
		}
		return "upper"
	}
	return "title"
}

// ruleFor finds the edit from form to lemma keeping their longest common
// prefix; ok is false when they share nothing (went → go), which only the
// seen-word table can handle.
func ruleFor(form, lemma string) (lemmaRule, bool) {
	n := 0
	for n < len(form) && n < len(lemma) && form[n] == lemma[n] {
		n++
	}
	if n == 0 && form != "" {
		return lemmaRule{}, false
	}
	return lemmaRule{strip: len(form) - n, add: lemma[n:]}, true
}

func encodeRule(r lemmaRule) string { return string(rune('0'+r.strip)) + r.add }

func decodeRule(s string) lemmaRule {
	r, size := utf8.DecodeRuneInString(s)
	return lemmaRule{strip: int(r - '0'), add: s[size:]}
}
