package kb

import "strings"

// minTypo is the shortest word Sector forgives a typo in: shorter words
// lie too close to others ("pilots", "police").
const minTypo = 8

// A typoIndex finds the one-word agent nouns one edit away from a word
// (a letter left out, added, changed, or two swapped: "peackeepers",
// "Commision"), by symmetric deletion: two words are that close when
// deleting at most one letter from each makes them equal.
type typoIndex map[string][]string // a deletion form → agent nouns

func (k *KB) typos() typoIndex {
	k.typoOnce.Do(func() {
		idx := typoIndex{}
		for noun := range k.agents {
			if len(noun) < minTypo-1 || strings.ContainsAny(noun, " -'") {
				continue
			}
			for _, d := range deletions(noun) {
				if !contains(idx[d], noun) {
					idx[d] = append(idx[d], noun)
				}
			}
		}
		k.typo = idx
	})
	return k.typo
}

// deletions is w and every form of it with one byte left out.
func deletions(w string) []string {
	out := []string{w}
	for i := range len(w) {
		out = append(out, w[:i]+w[i+1:])
	}
	return out
}

// misspelt returns the sector of the agent noun key misspells, when all
// the nouns within one edit of it share one sector.
func (k *KB) misspelt(key string) (string, bool) {
	if len(key) < minTypo || strings.ContainsAny(key, " -'") || !isASCIIWord(key) || verbish(key) {
		return "", false
	}
	idx := k.typos()
	code := ""
	var buf [64]byte
	for i := -1; i < len(key); i++ {
		d := append(buf[:0], key...) // i < 0: the word itself
		if i >= 0 {
			d = append(append(buf[:0], key[:i]...), key[i+1:]...)
		}
		for _, noun := range idx[string(d)] { // no allocation: Go looks up []byte keys in place
			c := k.agents[noun]
			if code != "" && c != code {
				return "", false
			}
			code = c
		}
	}
	return code, code != ""
}

func isASCIIWord(s string) bool {
	for i := range len(s) {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// verbish reports whether a word ends as a verb or adverb does: "protested"
// is one edit from "protester" but no misspelling of it.
func verbish(w string) bool {
	for _, suf := range []string{"ed", "ing", "ly", "ize", "ise"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
