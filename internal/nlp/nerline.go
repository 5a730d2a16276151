package nlp

import (
	"strings"
	"unicode"
)

// Results lines: sports pages print scores ("Leeds 2 Chelsea 0", "(halftime
// 1-0)") and tables ("Barcelona 10 7 2 1 20 8 23") as bare sentences,
// where a town's name is its club and a country's its team. The line's
// kind, with what the word is elsewhere (its gazetteer class, its
// embedding cluster), lets the recogniser learn that in such a line
// "Leeds" is an organisation though the gazetteer knows it as a place.
const (
	nLineGaz = nAggListNext + 1 + iota
	nLineEmbed
	nLineShape
)

// Kinds of line (nerWord.line).
const (
	lineProse = iota
	lineScore // a score: two numbers joined by a hyphen
	lineTable // names and numbers alone, numbers at least as many
)

// lineKind classifies the sentence of words.
func lineKind(words []nerWord, sent []Token) uint64 {
	digits, letters, lower := 0, 0, 0
	for j, w := range words {
		switch {
		case isScore(sent[j].Text):
			return lineScore
		case w.flags&nflagDigit != 0 && w.flags&nflagUpper == 0 && !hasLetter(sent[j].Text):
			digits++
		case w.flags&nflagPunct == 0:
			letters++
			if w.flags&nflagUpper == 0 {
				lower++
			}
		}
	}
	if digits >= 2 && digits >= letters && lower == 0 {
		return lineTable
	}
	return lineProse
}

// isScore reports whether t is two numbers joined by one hyphen: "2-1".
func isScore(t string) bool {
	a, b, ok := strings.Cut(t, "-")
	return ok && allDigits(a) && allDigits(b)
}

func allDigits(t string) bool {
	if t == "" || len(t) > 3 {
		return false // a year span or a phone number is no score
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func hasLetter(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// lineFeatures appends the results-line features of a capitalised word.
func lineFeatures(dst []uint32, w *nerWord) []uint32 {
	if w.line == lineProse || w.flags&nflagUpper == 0 {
		return dst
	}
	return append(dst,
		feat2(nLineGaz, w.line, uint64(w.gaz)),
		feat2(nLineEmbed, w.line, w.embed[1]),
		feat2(nLineShape, w.line, w.shape|w.flags<<40),
	)
}
