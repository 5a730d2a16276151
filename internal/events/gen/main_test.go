package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/events"
)

var (
	patternRe = regexp.MustCompile(`^\s*-(.*)\[([^\]]*)\].*#\s*([A-Za-z_+-]+)`)
	toRe      = regexp.MustCompile(`\bTO\s+[A-Z]`)
	verbRe    = regexp.MustCompile(`^\+?([A-Z][A-Z_+-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?`)
)

// TestNoSourceVerbIsLost reads PETRARCH2's CAMEO dictionary and fails when
// a verb it codes does not reach the lexicon with that code: a pattern's
// comment names the verb it was written for ("- * SUPPORT [022] # URGE"),
// and that verb must code it, whatever block the pattern stands in.
func TestNoSourceVerbIsLost(t *testing.T) {
	path := filepath.Join("..", "..", "..", "..", "shared", "data", "events", "petrarch2", "CAMEO.2.0.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no PETRARCH2 dictionary: %v", err)
	}
	defer f.Close()
	verbs, _, err := events.ParsePetrarch(f)
	if err != nil {
		t.Fatal(err)
	}
	coded := map[string]bool{} // "lemma code"
	for _, l := range verbs {
		if w := strings.Fields(l); len(w) >= 2 {
			coded[w[0]+" "+w[1]] = true
		}
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	irregular := map[string]string{} // a listed form: its headword
	own := map[string]string{}       // a verb's own code
	type want struct {
		name, code string
		to         bool // the pattern holds "to" before a word
	}
	var wants []want
	sc := bufio.NewScanner(f)
	inVerbs := false
	for sc.Scan() {
		line := sc.Text()
		inVerbs = inVerbs || strings.HasPrefix(line, "---")
		if !inVerbs {
			continue
		}
		if m := patternRe.FindStringSubmatch(line); m != nil {
			if c := strings.TrimSpace(m[2]); c != "" && c != "---" && !strings.Contains(c, ":") {
				wants = append(wants, want{strings.ToLower(m[3]), c, toRe.MatchString(m[1])})
			}
			continue
		}
		if m := verbRe.FindStringSubmatch(line); m != nil {
			head := strings.ToLower(m[1])
			if c := strings.TrimSpace(m[3]); c != "" {
				own[strings.ReplaceAll(head, "+", "")] = c
			}
			for _, form := range strings.Fields(strings.Trim(strings.ToLower(m[2]), "{}")) {
				irregular[verbOf(form)] = verbOf(head)
			}
		}
	}
	lost, refused := map[string]bool{}, 0
	for _, w := range wants {
		// A verb with a code of its own takes no infinitive of another
		// CAMEO family (ParsePetrarch): that loss is chosen.
		if oc := ownCode(own, irregular, w.name); w.to && len(oc) >= 2 && oc[:2] != w.code[:2] && oc != "---" {
			refused++
			continue
		}
		if !reaches(coded, irregular, w.name, w.code) {
			lost[w.name+" "+w.code] = true
		}
	}
	t.Logf("%d source patterns name their verb, %d infinitives refused by family; %d (verb, code) pairs lost", len(wants), refused, len(lost))
	for l := range lost {
		t.Errorf("source verb and code %q does not reach the lexicon", l)
	}
}

// verbOf is the verb word of a dictionary name: the word marked "+" among
// several ("wire_+tap"), else the first ("ruled_out").
func verbOf(name string) string {
	parts := strings.Split(strings.Trim(name, "_"), "_")
	for _, p := range parts {
		if strings.HasPrefix(p, "+") {
			return strings.TrimPrefix(p, "+")
		}
	}
	return strings.TrimPrefix(parts[0], "+")
}

// ownCode is the code a verb line gives the verb a comment names, under
// its whole name ("called_off": CALL_OFF) or else its verb word; "" when
// it takes its block's.
func ownCode(own map[string]string, irregular map[string]string, name string) string {
	_, rest, _ := strings.Cut(name, "_")
	for _, b := range bases(irregular, verbOf(name)) {
		if c, ok := own[b+"_"+rest]; ok && rest != "" {
			return c
		}
	}
	for _, b := range bases(irregular, verbOf(name)) {
		if c, ok := own[b]; ok {
			return c
		}
	}
	return ""
}

// bases are the headwords a verb form may stand for: itself, a listed
// irregular form's headword, and the regular forms' stems.
func bases(irregular map[string]string, v string) []string {
	cands := []string{v}
	if h := irregular[v]; h != "" {
		cands = append(cands, h)
	}
	for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
		if s, ok := strings.CutSuffix(v, suf); ok && s != "" {
			cands = append(cands, s, s+"e")
			if n := len(s); n > 1 && s[n-1] == s[n-2] {
				cands = append(cands, s[:n-1]) // stepped: step
			}
		}
	}
	if s, ok := strings.CutSuffix(v, "ied"); ok {
		cands = append(cands, s+"y")
	}
	return cands
}

// reaches tells whether a verb name, as a comment writes it (a lemma, a
// regular or listed irregular form), has code c in the lexicon.
func reaches(coded map[string]bool, irregular map[string]string, name, c string) bool {
	for _, l := range bases(irregular, verbOf(name)) {
		if coded[l+" "+c] {
			return true
		}
	}
	return false
}
