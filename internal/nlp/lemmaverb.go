package nlp

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// irregularText lists the past and participle forms of English irregular
// verbs (data/irregular.txt). Training sees only the forms EWT happens to
// hold, and an unseen irregular form has no suffix rule to follow: shot
// became shet by analogy with got → get.
//
//go:embed data/irregular.txt
var irregularText string

// An irregularForm is a past or participle form's base and which it is.
type irregularForm struct {
	base       string
	past, part bool
}

// irregular maps each past and participle form in irregularText to its
// base; the file is checked by a test, so a malformed line is a build
// mistake, not an input error.
var irregular = sync.OnceValue(func() map[string]irregularForm {
	m, err := parseIrregular(irregularText)
	if err != nil {
		panic(err)
	}
	return m
})

// parseIrregular reads lines of "base past participle", variants joined by
// "/". A form two verbs share keeps the first verb (lay is lie's past
// before it is lay's base).
func parseIrregular(text string) (map[string]irregularForm, error) {
	m := map[string]irregularForm{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("irregular verbs line %d: %d fields, want 3", n+1, len(f))
		}
		for col := 1; col <= 2; col++ {
			for _, form := range strings.Split(f[col], "/") {
				if form == "" {
					return nil, fmt.Errorf("irregular verbs line %d: empty form", n+1)
				}
				v, ok := m[form]
				if ok && v.base != f[0] {
					continue
				}
				v.base = f[0]
				v.past = v.past || col == 1
				v.part = v.part || col == 2
				m[form] = v
			}
		}
	}
	return m, nil
}

// irregular returns the base of an irregular past or participle form
// tagged xpos. A base tag (VB, VBP) takes the table only for a form that is
// no verb's base itself (fought, not found or saw), as the tagger gives
// past forms a base tag after "did" and "to" by mistake.
func (v *verbModel) irregular(lf, xpos string) (string, bool) {
	switch xpos {
	case "VBD", "VBN":
	case "VB", "VBP":
		if v.verbs[lf] {
			return "", false
		}
	default:
		return "", false
	}
	f, ok := irregular()[lf]
	return f.base, ok
}

var irregularBases = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range irregular() {
		m[f.base] = true
	}
	return m
})

// An inflection is how the stem of a regular -ed or -ing form becomes its
// lemma.
type inflection uint8

const (
	inflAsIs     inflection = iota // raided → raid
	inflE                          // strafed → strafe
	inflUndouble                   // stopped → stop
	inflY                          // tried → try
	ninfl
)

// A verbModel lemmatises unseen regular verb forms. The suffix rules see
// only the letters of the form's ending, which cannot tell strafed
// (strafe) from briefed (brief), nor hoped from hopped; the stem's shape
// can: a one-syllable stem ending in consonant, vowel, consonant doubles
// its consonant before -ed unless it ends in a silent e. So the model
// counts, over EWT train's -ed and -ing types, which inflection each took,
// keyed by the ending (-ed or -ing), the stem's shape and its last letters,
// and prefers a candidate that training saw as a verb's lemma.
type verbModel struct {
	verbs  map[string]bool         // lowercased lemmas of verbs in training, and irregular bases
	counts map[string][ninfl]int32 // ending, shape, stem suffix → inflection counts
}

// verbSuffix is the most stem letters a count is keyed by; verbMinCount is
// how many training types a key needs before it decides. EWT dev lemma
// accuracy is the same for 2 to 4 letters and 1 to 4 types (it has few
// unseen regular verbs); two types let the two e verbs EWT has in -dited
// outvote the seven in -ited without one (edited became edite), so a key
// needs three.
const (
	verbSuffix   = 3
	verbMinCount = 3
)

// newVerbModel learns from the lemmatiser's table of seen words, which is
// EWT train's (form, XPOS) → lemma pairs.
func newVerbModel(seen map[string]string) *verbModel {
	v := &verbModel{verbs: map[string]bool{}, counts: map[string][ninfl]int32{}}
	for base := range irregularBases() {
		v.verbs[base] = true
	}
	// The first form seen of a stem and ending is the one counted, so the
	// forms go in order: in map order a verb's lemma changed from run to
	// run (Beatles-Rolling: beatles-roll or beatles-rol).
	keys := make([]string, 0, len(seen))
	for key := range seen {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	types := map[string]bool{}
	for _, key := range keys {
		lemma := seen[key]
		form, xpos, _ := strings.Cut(key, "\x00")
		if !strings.HasPrefix(xpos, "VB") {
			continue
		}
		ll := strings.ToLower(lemma)
		v.verbs[ll] = true
		stem, end, ok := verbStem(strings.ToLower(form), xpos)
		if !ok || types[stem+end] {
			continue
		}
		types[stem+end] = true
		for c := range ninfl {
			if keep, add, ok := inflect(stem, end, c); ok && stem[:keep]+add == ll {
				for _, k := range verbKeys(stem) {
					n := v.counts[k]
					n[c]++
					v.counts[k] = n
				}
				break
			}
		}
	}
	return v
}

// lemma returns the lemma of an unseen regular verb form, or false when
// the form is not one (a noun, or no -ed or -ing ending).
func (v *verbModel) lemma(lf, xpos string) (string, bool) {
	stem, end, ok := verbStem(lf, xpos)
	if !ok {
		return "", false
	}
	// Keys and candidates are built in buf, so the map lookups allocate
	// nothing; only the answer becomes a string.
	var buf [64]byte
	var counts [ninfl]int32
	shape := stemShape(stem)
	for k := min(verbSuffix, len(stem)); k >= 0; k-- { // longest suffix first
		key := append(append(buf[:0], shape, 0), stem[len(stem)-k:]...)
		if n, ok := v.counts[string(key)]; ok && sumInfl(n) >= verbMinCount {
			counts = n
			break
		}
	}
	var ranked [ninfl]inflection
	nc := 0
	for c := range ninfl {
		if _, _, ok := inflect(stem, end, c); !ok {
			continue
		}
		// Insertion sort: most counted first, ties in inflection order.
		i := nc
		for i > 0 && counts[c] > counts[ranked[i-1]] {
			ranked[i] = ranked[i-1]
			i--
		}
		ranked[i] = c
		nc++
	}
	// Only verbs' lemmas count as known: any lemma would make levied Levi.
	pick := ranked[0]
	for _, c := range ranked[:nc] {
		keep, add, _ := inflect(stem, end, c)
		if v.verbs[string(append(append(buf[:0], stem[:keep]...), add...))] {
			pick = c
			break
		}
	}
	keep, add, _ := inflect(stem, end, pick)
	return stem[:keep] + add, true
}

func sumInfl(n [ninfl]int32) int32 {
	var s int32
	for _, v := range n {
		s += v
	}
	return s
}

// verbStem cuts -ed from a past form or participle, or -ing from a
// gerund, keeping at least two letters.
func verbStem(lf, xpos string) (stem, end string, ok bool) {
	switch {
	case (xpos == "VBD" || xpos == "VBN") && len(lf) >= 4 && strings.HasSuffix(lf, "ed"):
		return lf[:len(lf)-2], "ed", true
	case xpos == "VBG" && len(lf) >= 5 && strings.HasSuffix(lf, "ing"):
		return lf[:len(lf)-3], "ing", true
	}
	return "", "", false
}

// inflect applies inflection c to stem: the lemma is stem[:keep]+add.
// ok is false when c does not apply.
func inflect(stem, end string, c inflection) (keep int, add string, ok bool) {
	n := len(stem)
	switch c {
	case inflAsIs:
		return n, "", true
	case inflE:
		return n, "e", stem[n-1] != 'e'
	case inflUndouble:
		if stem[n-1] == stem[n-2] && isLower(stem[n-1]) && !isVowel(stem[n-1]) {
			return n - 1, "", true
		}
	case inflY:
		if end == "ed" && stem[n-1] == 'i' {
			return n - 1, "y", true
		}
	}
	return 0, "", false
}

// verbKeys lists the count keys of a stem, longest suffix first, as
// lemma builds them.
func verbKeys(stem string) []string {
	prefix := string(stemShape(stem)) + "\x00"
	keys := make([]string, 0, verbSuffix+1)
	for k := min(verbSuffix, len(stem)); k >= 0; k-- {
		keys = append(keys, prefix+stem[len(stem)-k:])
	}
	return keys
}

// stemShape classes a stem by its ending and syllables: 'm' for one
// syllable ending consonant, vowel, consonant (hop, straf), 'c' for a
// longer stem ending so (visit, compet), 'v' for a vowel pair before a
// final consonant (riot, raid), 'o' for the rest. A u after q or g is a
// consonant (quot, guid), and w, x and y never double, so they end no
// consonant-vowel-consonant stem.
func stemShape(stem string) byte {
	n := len(stem)
	if n < 2 || !isLower(stem[n-1]) || isVowel(stem[n-1]) || strings.IndexByte("wxy", stem[n-1]) >= 0 || !isVowel(stem[n-2]) {
		return 'o'
	}
	consonantU := n >= 4 && stem[n-3] == 'u' && (stem[n-4] == 'q' || stem[n-4] == 'g')
	if n >= 3 && isVowel(stem[n-3]) && !consonantU {
		return 'v'
	}
	if n == 2 {
		return 'o'
	}
	groups, in := 0, false
	for i := 0; i < n; i++ {
		v := isVowel(stem[i])
		if v && !in {
			groups++
		}
		in = v
	}
	if groups == 1 {
		return 'm'
	}
	return 'c'
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
