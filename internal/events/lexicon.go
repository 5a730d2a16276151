package events

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/entente-news/entente/internal/news"
)

//go:embed data/*.txt
var dataFS embed.FS

// A Lexicon maps verb lemmas to CAMEO codes, and CAMEO codes to PLOVER
// types and Goldstein scores.
type Lexicon struct {
	verbs   map[string][]pattern // lemma → patterns, longest first
	synsets map[string]map[string]bool
	phrases map[string][][]string      // a set's members of several words, which match in a row
	heads   map[string]map[string]bool // a set's first words of its phrases, and their singulars
	// compiledPhrases holds phrases as terms, for the patterns (sort)
	compiledPhrases map[string][][]term
	// firsts holds a verb's distinct first pattern words (pattern.first,
	// first.go), firstIndex the words that may match them.
	firsts     map[string]*firstWords
	firstIndex firstIndex
	before     map[string]bool // lemmas with patterns naming earlier words
	compound   map[string]bool // lemmas with patterns asking for a compound actor
	plover     map[string]string
	goldstein  map[string]float64
	discards   []discard
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
	// types.txt corrects the generated table where the PLOVER manual says
	// otherwise.
	for _, name := range []string{"data/plover.txt", "data/types.txt"} {
		err = lines(name, func(f []string) error {
			if len(f) != 2 {
				return fmt.Errorf("want code and type")
			}
			lx.plover[f[0]] = f[1]
			return nil
		})
		if err != nil {
			return nil, err
		}
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
	lx.before, lx.compound, lx.compiledPhrases = map[string]bool{}, map[string]bool{}, map[string][][]term{}
	lx.firsts = map[string]*firstWords{}
	lx.firstIndex = firstIndex{ids: map[string]int32{}, byLemma: map[string][]int32{}, byText: map[string][]int32{}}
	for l, ps := range lx.verbs {
		sortPatterns(ps)
		for i := range ps {
			p := &ps[i]
			p.terms, p.beforeTerms = lx.compile(p.words), lx.compile(p.before)
			lx.addFirst(l, p)
			lx.before[l] = lx.before[l] || len(p.before) > 0
			lx.compound[l] = lx.compound[l] || p.compoundSource || p.compoundTarget
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

// event is the realised event of code from src to tgt (none when nil),
// triggered at trigger, with the code's PLOVER type, quad class and
// Goldstein score.
func (lx *Lexicon) event(code string, src, tgt *news.Mention, trigger news.Span) news.Event {
	e := news.Event{
		Source: src.Actor, SourceCode: src.Code,
		Type: lx.Plover(code), CAMEO: code, QuadClass: QuadClass(code), Goldstein: lx.Goldstein(code),
		Realized: true, Trigger: trigger,
	}
	if tgt != nil {
		e.Target, e.TargetCode = tgt.Actor, tgt.Code
	}
	return e
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
