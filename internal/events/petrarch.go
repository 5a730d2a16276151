package events

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
)

var (
	blockRe = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]`)
	codeRe  = regexp.MustCompile(`\[([^\]]*)\]`)
	formsRe = regexp.MustCompile(`\{[^}]*\}`)
)

// ParsePetrarch reads a PETRARCH verb dictionary (CAMEO.2.0.txt, or the
// validation suite's verbs) into the lines of our lexicon format: verb
// patterns "lemma code [word...]", sorted and unique, and synonym sets
// "&name word...". Blocks ("--- NAME [code] ---") give their code to the
// verbs under them unless a verb carries its own; a block's patterns
// ("- * WORDS [code]") apply to each of its verbs (but a verb with a code
// of another CAMEO family takes none of them). The words after "*" are
// kept in order, and those before it marked "<" (they must precede the
// verb); words PETRARCH joins with "_" are marked "_" after the first
// (they must follow each other: NEW_&TIETYPES_RELATIONS is "new &tietypes
// _relations", *_OUT "_out", IN_* "<in <_"); parentheses and braces go,
// since the parse, not the pattern, tells the phrases; a marker joined to
// a word goes too. PETRARCH's markers stay where Code needs them: "%"
// (a compound actor: "<%" before the verb, "%" after it), "$" and "+"
// after the verb (the source or target is the actor after the word
// before them), "^" (an actor skipped), "<+" (the subject is the
// target); see placement and Lexicon.matchActors. A code may be a pair,
// "042:043", the second for the event the other way, or ":173", only
// that one. A verb of several words is written as PETRARCH marks it,
// "+" on the verb (WIRE_+TAP is "tap <wire <_", +CORDON_OFF "cordon
// _off"). A synonym set ("&NAME" and its "+" lines) may stand anywhere
// in the file, among the verb blocks too, and a member naming another
// set stands for that set's members; a member of several words matches
// only as those words in a row. A pattern's comment names the verb it was
// written for ("# URGE"), which takes it wherever the dictionary lists
// that verb, or lists it not at all (origin.go); a pattern of particles
// alone ("* ON") is that verb's idiom, not its block's; a coder's note
// after ";" on a verb line goes.
func ParsePetrarch(f io.Reader) (verbs, syns []string, err error) {
	seen := map[string]bool{}
	add := func(l string) {
		if !seen[l] {
			seen[l] = true
			verbs = append(verbs, l)
		}
	}
	var (
		inVerbs   bool
		blockCode string
		lemmas    []string // the block's verbs, each with its own code
		codes     []string
		own       []bool // the verb carries its own code
		synName   string
		synWords  []string
		blockIx   verbIndex // the block's verbs, to find a pattern's origin
		orphans   []orphan
		listed    []string // every verb of the dictionary, for the orphans
		listedOwn []string // its own code, "" when it takes its block's
	)
	all := verbIndex{}
	names := map[string]bool{}
	members := map[string][]string{}
	endSyn := func() {
		if synName != "" {
			names[synName] = true
			members[synName] = synWords
		}
		if synName != "" && len(synWords) > 0 {
			syns = append(syns, synName+" "+strings.Join(synWords, " "))
		}
		synName, synWords = "", nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, comment, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if !inVerbs && (strings.Contains(sc.Text(), "####### VERB PATTERNS") || blockRe.MatchString(line)) {
			endSyn()
			inVerbs = true
			if !blockRe.MatchString(line) {
				continue
			}
		}
		// A synonym set may be defined anywhere, among the verb blocks
		// too, before the patterns that use it; its members are the "+"
		// lines right under its name.
		switch {
		case line == "":
			endSyn()
			continue
		case strings.HasPrefix(line, "&"):
			endSyn()
			synName = strings.ToLower(strings.TrimSuffix(strings.Fields(line)[0], "_"))
			continue
		case strings.HasPrefix(line, "+") && synName != "":
			w := strings.ToLower(strings.Trim(line[1:], "_ "))
			if set, ok := strings.CutPrefix(strings.TrimSuffix(w, "_"), "&"); ok {
				// A set among the members stands for its own members
				// (TABARI's embedded sets, "&ACCORDSYN" holding "&TIETYPES").
				synWords = append(synWords, members["&"+set]...)
				continue
			}
			// A member of several words matches only as those words in
			// a row: "austrian_gold_florin".
			if w = strings.Join(strings.FieldsFunc(w, func(r rune) bool { return r == '_' || r == ' ' }), "_"); w != "" {
				synWords = append(synWords, w)
			}
			continue
		}
		endSyn()
		if !inVerbs {
			continue
		}
		if m := blockRe.FindStringSubmatch(line); m != nil {
			blockCode, lemmas, codes, own, blockIx = code(m[2]), nil, nil, nil, verbIndex{}
			continue
		}
		if strings.HasPrefix(line, "-") {
			pat := line[1:]
			c := ""
			if m := codeRe.FindStringSubmatch(pat); m != nil {
				c = code(m[1])
				pat = pat[:strings.Index(pat, "[")]
			}
			if c == "" {
				continue
			}
			before, after, ok := strings.Cut(pat, "*")
			if !ok {
				continue
			}
			words := patternWords(after, names)
			// Words before "*" must precede the verb ("INDICATED SHOULD *");
			// our lexicon marks them "<".
			var pre []string
			for _, w := range patternWords(before, names) {
				pre = append(pre, "<"+w)
			}
			// "_" joins a word to the verb as to any other: "*_OUT" is out
			// right after it, "IN_*" in right before it ("<_"). ("IN_ *",
			// with a space, is TABARI's open match: in anywhere before.)
			if strings.HasPrefix(after, "_") && len(words) > 0 && !strings.HasPrefix(words[0], "_") && !strings.ContainsAny(words[0][:1], "%$+^") {
				words[0] = "_" + words[0]
			}
			if strings.HasSuffix(before, "_") && len(pre) > 0 {
				pre = append(pre, "<_")
			}
			if len(words) == 0 && len(pre) == 0 {
				continue
			}
			words = append(pre, words...)
			origin := originName(comment)
			oi := blockIx.find(origin)
			if origin != "" && oi < 0 {
				orphans = append(orphans, orphan{origin, c, pre, words})
			}
			idiom := origin != "" && particles(words)
			for i, l := range lemmas {
				// "PRESS * ON" [190] is pressing on, an idiom of its own
				// verb, not of NEED beside it (origin.go).
				if idiom && i != oi {
					continue
				}
				// A verb filed under a block with a code of its own belongs
				// to that CAMEO family: "demand" [100] under APPEAL [020]
				// does not take the block's appeals. (PETRARCH gives every
				// verb of a block all its patterns, which makes "protest
				// [140] against the arrest" a rally of support, 053.)
				// So does a pattern first written for it (ORDER [100]
				// "arrest" [173]): its own code is the verb's sense.
				if otherFamily(own[i], codes[i], c) {
					if i == oi {
						// Unless it was written for the verb: then it is
						// the verb's sense, kept at the end (origin.go).
						orphans = append(orphans, orphan{origin, c, pre, words})
					}
					continue
				}
				add(patternLine(l, c, pre, words))
			}
			continue
		}
		// A verb line: VERB, optional {forms}, optional [code]; a verb of
		// several words joins them with "_" and marks the verb "+"
		// (+CORDON_OFF, WIRE_+TAP).
		c, hasOwn := blockCode, false
		if m := codeRe.FindStringSubmatch(line); m != nil {
			c, hasOwn = code(m[1]), true
			line = line[:strings.Index(line, "[")]
		}
		// A coder's note may follow ";" (SCRAP {...};shan 8/30/93).
		line, _, _ = strings.Cut(line, ";")
		braces := formsRe.FindString(line)
		line = formsRe.ReplaceAllString(line, "")
		name := strings.ToLower(strings.Trim(strings.TrimSpace(line), "_"))
		if name == "" || strings.ContainsAny(name, " ") {
			continue
		}
		l := verbWords(name)
		if l == "" {
			continue
		}
		blockIx.addVerb(name, braces, len(lemmas))
		all.addVerb(name, braces, len(listed))
		listed = append(listed, l)
		listedOwn = append(listedOwn, "")
		if hasOwn {
			listedOwn[len(listedOwn)-1] = c
		}
		lemmas = append(lemmas, l)
		codes = append(codes, c)
		own = append(own, hasOwn)
		if c != "" {
			lw := strings.Fields(l)
			add(strings.Join(append([]string{lw[0], c}, lw[1:]...), " "))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("petrarch verbs: %w", err)
	}
	endSyn()
	// An orphan goes to its origin verb wherever the dictionary lists it;
	// a verb it lists nowhere takes the root of its patterns' family.
	unlisted := map[string][]string{}
	var order []string
	for _, o := range orphans {
		l := verbWords(o.name)
		if i := all.find(o.name); i >= 0 {
			if otherFamily(listedOwn[i] != "", listedOwn[i], o.code) && infinitive(o.words, all) {
				continue
			}
			l = listed[i]
		} else if l != "" {
			if unlisted[l] == nil {
				order = append(order, l)
			}
			unlisted[l] = append(unlisted[l], o.code)
		}
		if l != "" {
			add(patternLine(l, o.code, o.pre, o.words))
		}
	}
	for _, l := range order {
		if c := rootOf(unlisted[l]); c != "" {
			add(patternLine(l, c, nil, nil))
		}
	}
	for i := range verbs {
		verbs[i] = strings.TrimSpace(verbs[i])
	}
	sort.Strings(verbs)
	sort.Strings(syns)
	return verbs, syns, nil
}

// code reads a PETRARCH code field: "057", "---", or a pair "042:043",
// the event's code and that of the event the other way, from target to
// source (a visit, 042, is hosted, 043), of which the first may be empty
// (":173", only the event the other way). Spaces go; "057:" is "057".
func code(s string) string {
	a, b, _ := strings.Cut(s, ":")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if b == "" {
		return a
	}
	return a + ":" + b
}

// verbWords writes a verb line's name in the lexicon's words: the verb
// first, the words before it marked "<" and those after it plain
// ("wire_+tap" is "tap <wire <_", "+cordon_off" and "cordon_off" are
// "cordon _off"); "" when the verb is empty.
func verbWords(name string) string {
	parts := strings.Split(name, "_")
	v := 0
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			v = i
			break
		}
	}
	out := []string{strings.TrimPrefix(parts[v], "+")}
	if out[0] == "" {
		return ""
	}
	// The words stand in a row with the verb: "<_" ends those before it,
	// "_" starts each after it.
	for _, p := range parts[:v] {
		if p != "" {
			out = append(out, "<"+p)
		}
	}
	if len(out) > 1 {
		out = append(out, "<_")
	}
	for _, p := range parts[v+1:] {
		if p = strings.TrimPrefix(p, "+"); p != "" {
			out = append(out, "_"+p)
		}
	}
	return strings.Join(out, " ")
}

// otherFamily tells whether a verb with code vc (own: its own, not its
// block's) refuses a pattern coding c, of another CAMEO family.
func otherFamily(own bool, vc, c string) bool {
	return own && len(vc) >= 2 && vc != "---" && c != "---" && family(c) != family(vc)
}

// family is the CAMEO root of a code field: "04" for "042:043", "17" for
// ":173".
func family(c string) string {
	a, b, _ := strings.Cut(c, ":")
	if a == "" {
		a = b
	}
	if len(a) < 2 {
		return a
	}
	return a[:2]
}

// patternWords keeps a pattern's content words and synonym-set names in
// order. A set's name may hold "_" (&FIGHT_GAMES), names is the sets
// known; else "_" joins words (NEW_&TIETYPES_RELATIONS, &TIETYPES_TIES).
func patternWords(s string, names map[string]bool) []string {
	var out []string
	for _, w := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(s)) {
		w = strings.ToLower(strings.Trim(w, "_"))
		switch {
		case w == "%" || w == "$" || w == "+" || w == "^":
			// A compound actor, the source, the target or an actor to
			// skip stands here (Lexicon.matchActors, placement).
			out = append(out, w)
		case w == "" || strings.ContainsAny(w[:1], "$+^%*=<>|"):
			continue
		case names[w]:
			out = append(out, w)
		default:
			// Words joined by "_" follow each other in a row; the lexicon
			// marks each after the first with "_".
			for i, p := range strings.Split(w, "_") {
				if p == "" || strings.ContainsAny(p[:1], "$+^%*") {
					// "SUGGESTED_+": a marker joined to a word places
					// nothing we read.
					continue
				}
				if i > 0 {
					p = "_" + p
				}
				out = append(out, p)
			}
		}
	}
	return out
}

// LoadPetrarch builds a lexicon from a PETRARCH verb dictionary, with the
// embedded PLOVER types and Goldstein scores.
func LoadPetrarch(r io.Reader) (*Lexicon, error) {
	verbs, syns, err := ParsePetrarch(r)
	if err != nil {
		return nil, err
	}
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	lx.verbs, lx.synsets, lx.phrases, lx.heads = map[string][]pattern{}, map[string]map[string]bool{}, nil, nil
	for _, l := range verbs {
		if err := lx.addVerb(strings.Fields(l)); err != nil {
			return nil, fmt.Errorf("petrarch verbs: %w", err)
		}
	}
	for _, l := range syns {
		lx.addSynset(strings.Fields(l))
	}
	lx.sort()
	return lx, nil
}

// verb returns the lexicon's entry for verb token v: its lemma, or else
// the headword whose regular forms, as PETRARCH generates them, hold the
// token's text: a dictionary may file a verb under an inflected form
// ("--- LEFT [032:033] ---", "SHOT"), which the lemma ("leave", "shoot")
// does not find.
func (c *clause) verb(v int) string {
	if !c.verbDone[v] {
		c.verbs[v], c.verbDone[v] = c.headword(v), true
	}
	return c.verbs[v]
}

func (c *clause) headword(v int) string {
	l := c.lemma(v)
	t := c.texts[v]
	// A headword that is the text itself names the form the dictionary
	// means ("left" is LEFT [032], not LEAVE [012]), as PETRARCH matches
	// words, not lemmas; if one of its patterns holds (KIDNAPPED_AND_KILLED
	// is no kidnapping alone).
	if t != l && len(c.lx.verbs[t]) > 0 {
		pre := make([]word, 0, preWindow)
		for i := max(0, v-preWindow); i < v; i++ {
			pre = append(pre, word{c.lemma(i), c.texts[i], i})
		}
		if code, used, _ := c.lx.matchActors(t, v, pre, c.following(v), nil, false, false); code != "" || len(used) > 0 {
			return t
		}
	}
	if len(c.lx.verbs[l]) > 0 {
		return l
	}
	for _, h := range [...]string{
		t,
		strings.TrimSuffix(t, "s"), strings.TrimSuffix(t, "es"), strings.TrimSuffix(t, "ies") + "y",
		strings.TrimSuffix(t, "d"), strings.TrimSuffix(t, "ed"),
		strings.TrimSuffix(t, "ing"), strings.TrimSuffix(t, "ing") + "e",
	} {
		if len(c.lx.verbs[h]) > 0 && slices.Contains(forms(h), t) {
			return h
		}
	}
	return l
}

// forms returns the forms PETRARCH generates for a regular verb: the
// headword, +S (+ES after S, X or Z; Y → IES), +D after E else +ED, +ING
// (dropping an E after a consonant).
func forms(h string) []string {
	if h == "" {
		return nil
	}
	s := h + "s"
	switch last := h[len(h)-1]; {
	case last == 's' || last == 'x' || last == 'z':
		s = h + "es"
	case last == 'y':
		s = h[:len(h)-1] + "ies"
	}
	d, ing := h+"ed", h+"ing"
	if strings.HasSuffix(h, "e") {
		d = h + "d"
		if len(h) > 1 && !strings.ContainsRune("aeiou", rune(h[len(h)-2])) {
			ing = h[:len(h)-1] + "ing"
		}
	}
	return []string{h, s, d, ing}
}
