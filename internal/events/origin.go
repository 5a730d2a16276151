package events

import "strings"

// A PETRARCH pattern's comment names the verb it was first written for
// ("- * SUPPORT [022] # URGE"): CAMEO.2.0.txt merged TABARI's verb files
// into blocks, and a pattern often sits in a block that no longer lists
// its verb (URGE's 22 patterns stand under DEMAND, which lists no URGE).
// The origin is the most specific evidence of which verb a pattern
// belongs to, so the pattern goes to it, whatever block it sits in, and
// even when the verb's own code is of another CAMEO family (EXPRESS [110]
// "support" [051], RELEASE [084] "statement" [010]): the verb refuses its
// block's patterns of another family (otherFamily), not its own. Except
// an infinitive (ORDER [100] "to leave" [174]): what a verb asks of
// another is that other's act, coded at its own verb, while the asking
// stays the verb's ("Nigeria ordered Ghana to close its border").

// verbIndex finds the lexicon lemma of a verb name as the dictionary
// writes it in a verb line or a comment: the name, one of its {forms},
// or a regular form PETRARCH makes of it ("ruled_out", "threw").
type verbIndex map[string]int

// addVerb indexes lemma i under a verb line's name and forms; name is
// lowercased, without its code; the "+" marks the verb among several
// words.
func (x verbIndex) addVerb(name, braces string, i int) {
	x.addName(name, i)
	for _, f := range strings.Fields(strings.ToLower(strings.Trim(braces, "{} "))) {
		x.addName(f, i)
	}
}

// addName indexes a name and the regular forms of its verb word.
func (x verbIndex) addName(name string, i int) {
	parts := strings.Split(strings.Trim(name, "_"), "_")
	v := 0
	for j, p := range parts {
		if strings.HasPrefix(p, "+") {
			v = j
			break
		}
	}
	for j := range parts {
		parts[j] = strings.TrimPrefix(parts[j], "+")
	}
	for _, f := range forms(parts[v]) {
		p := append([]string(nil), parts...)
		p[v] = f
		k := strings.Join(p, "_")
		if _, ok := x[k]; !ok {
			x[k] = i
		}
	}
}

// find returns the lemma a comment's verb name stands for: the whole
// name, or else its first word ("ruled_out" where only RULE is listed,
// its particle being among the pattern's words); -1 when none.
func (x verbIndex) find(name string) int {
	if i, ok := x[name]; ok {
		return i
	}
	first, _, _ := strings.Cut(name, "_")
	if i, ok := x[first]; ok {
		return i
	}
	return -1
}

// infinitive reports pattern words holding "to" before a verb the
// dictionary lists.
func infinitive(words []string, x verbIndex) bool {
	for j, w := range words[:max(0, len(words)-1)] {
		if w == "to" && x.find(strings.TrimPrefix(words[j+1], "_")) >= 0 {
			return true
		}
	}
	return false
}

// particles reports pattern words that are all particles or
// prepositions, with no noun or marker: a phrasal verb ("PRESS * ON",
// "PUSH * AHEAD", "CAMPAIGN * (AGAINST)"), whose sense is its own verb's
// idiom, which the other verbs of its block do not share.
func particles(words []string) bool {
	for _, w := range words {
		if !particle[strings.TrimLeft(w, "<_")] {
			return false
		}
	}
	return len(words) > 0
}

var particle = map[string]bool{"on": true, "off": true, "out": true, "up": true, "down": true, "in": true, "into": true, "over": true, "back": true, "away": true, "ahead": true, "through": true, "around": true, "along": true, "forward": true, "aside": true, "about": true, "against": true, "for": true, "with": true, "to": true, "at": true, "from": true, "by": true, "toward": true, "towards": true, "upon": true, "behind": true, "across": true, "": true}

// originName reads the verb a pattern's comment names: its first word,
// lowercased, if it is a verb name (letters, "_" and "-"); "" else.
func originName(comment string) string {
	f := strings.Fields(comment)
	if len(f) == 0 {
		return ""
	}
	n := strings.ToLower(strings.Trim(f[0], "_+"))
	if n == "" {
		return ""
	}
	for _, r := range n {
		if (r < 'a' || r > 'z') && r != '_' && r != '-' {
			return ""
		}
	}
	return n
}

// patternLine writes a pattern of lemma l (its lexicon words) with code
// c: the pattern's words before the verb (pre, marked "<") and all its
// words (words, pre first). The verb's own earlier words come last
// before it, after the pattern's; its own later words first after it.
func patternLine(l, c string, pre, words []string) string {
	lw := strings.Fields(l)
	var front, back []string
	for _, w := range lw[1:] {
		if strings.HasPrefix(w, "<") {
			front = append(front, w)
		} else {
			back = append(back, w)
		}
	}
	out := append([]string{lw[0], c}, pre...)
	out = append(append(append(out, front...), back...), words[len(pre):]...)
	return strings.Join(out, " ")
}

// An orphan is a pattern whose origin verb its block does not list,
// kept until the whole dictionary is read.
type orphan struct {
	name, code string
	pre, words []string
}

// rootOf is the root code of the CAMEO family most of a verb's patterns
// code, ties to the first seen: the code of a verb the dictionary knows
// only from its patterns ("urge": 18 of 22 are appeals, 02).
func rootOf(codes []string) string {
	n := map[string]int{}
	best := ""
	for _, c := range codes {
		f := family(c)
		if len(f) != 2 || f == "--" {
			continue
		}
		n[f]++
		if best == "" || n[f] > n[best] {
			best = f
		}
	}
	if best == "" {
		return ""
	}
	return best + "0"
}
