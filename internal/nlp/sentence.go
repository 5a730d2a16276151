package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A splitter holds the text being split and what it learnt about the
// current block of lines (the text between blank lines).
type splitter struct {
	text     string
	toks     []Token
	blockEnd int  // end of the block whose wrapped flag is known; -1 before the first
	wrapped  bool // the block's lines look hard-wrapped
}

// endsAfter reports whether the sentence that began at toks[start] ends
// with toks[i].
func (sp *splitter) endsAfter(start, i int) bool {
	text, toks := sp.text, sp.toks
	gap := text[toks[i].Span.End:toks[i+1].Span.Start]
	nl := newlines(gap)
	if nl >= 2 {
		return true
	}
	if nl == 0 && (isCloser(text, toks, i+1) || continues(toks[i+1].Text)) {
		return false
	}
	if nl == 1 && isBullet(text[toks[i+1].Span.Start:]) {
		return true
	}
	if nl == 0 && isLink(toks[i].Text) && isLink(toks[i+1].Text) {
		// Links listed one after another with nothing between are each a
		// sentence, as a list's items are: 35 of 37 such gaps in EWT train.
		return true
	}
	j := i
	for j > start && j > i-4 && isCloser(text, toks, j) { // bounded: `.")]'` at most
		j--
	}
	w := nextWord(toks, i+1)
	t := toks[j].Text
	switch {
	case isTerminal(t):
		if j == start {
			return false // nothing but punctuation yet: "...Now comes"
		}
		if t == "." && j == start+1 && isNumber(toks[start].Text) && atLineStart(text, toks[start].Span.Start) {
			return false // a list number: "1. Sanctions"
		}
		if w < 0 || !startsLower(toks[w].Text) || nl > 0 {
			return true
		}
		// Lower case usually continues the sentence ("approx. five", "Why?"
		// he asked), but careless writers start sentences with "i" or "the".
		// After "?" and "!" only a closing quote keeps the sentence going.
		switch {
		case j < i || len(t) > 1 && t[1] == '.': // a quote closed, or an ellipsis
			return false
		case t[0] != '.':
			return true
		}
		return isLowerStarter(toks[w].Text) || isLink(toks[w].Text)
	case len(t) > 1 && t[len(t)-1] == '.':
		if w < 0 {
			return false
		}
		if nl == 1 && sp.lineEnds(i, w) {
			return true
		}
		switch abbrevs[t[:len(t)-1]] {
		case abbrevTitle, abbrevNumbered:
			return false
		}
		return startsUpper(toks[w].Text) && isStarter(toks[w].Text)
	}
	return nl == 1 && w >= 0 && sp.lineEnds(i, w)
}

// continues reports punctuation that cannot start a sentence, so a period
// before it does not end one: "17th!.", "pigment.?", "etc.,".
func continues(t string) bool {
	switch t {
	case ",", ";", ":", ")", "]", "}", "?", "!", ".", "...":
		return true
	}
	return false
}

func isLink(t string) bool {
	return strings.HasPrefix(t, "http") || strings.HasPrefix(t, "www.")
}

// lineEnds decides a single newline after toks[i] with no sentence-final
// punctuation before it; toks[w] is the next word. In a block of
// hard-wrapped lines the newline is a space unless the line is a list item,
// a headline or a salutation; elsewhere every line is a paragraph, as
// extracted web text has it.
func (sp *splitter) lineEnds(i, w int) bool {
	text, toks := sp.text, sp.toks
	end := toks[i].Span.End
	lineStart := strings.LastIndexByte(text[:end], '\n') + 1
	line := text[lineStart:end]
	if isBullet(line) {
		return true
	}
	if end > sp.blockEnd {
		sp.wrapped, sp.blockEnd = wrappedBlock(text, lineStart)
	}
	if !sp.wrapped {
		return true
	}
	if startsLower(toks[w].Text) {
		return false
	}
	n := utf8.RuneCountInString(line)
	switch toks[i].Text {
	case ",":
		return n < 40
	case ";", "-", "–", "—", "(", "&", "/", "and", "or", "the", "of", "to", "a":
		return false
	}
	return n < 40 || titleCase(line)
}

// wrappedBlock reports whether the block of lines around offset at, up to
// the next blank line, looks hard-wrapped: at least two lines before its
// last, three in four of them 40 to 100 runes long. It also returns where
// the block ends.
func wrappedBlock(text string, at int) (wrapped bool, end int) {
	end = len(text)
	if k := strings.Index(text[at:], "\n\n"); k >= 0 {
		end = at + k
	}
	start := strings.LastIndex(text[:at], "\n\n") + 1
	lines, fit := 0, 0
	for p := start; p < end; {
		k := strings.IndexByte(text[p:end], '\n')
		if k < 0 {
			break // the block's last line may be short
		}
		lines++
		if n := utf8.RuneCountInString(text[p : p+k]); n >= 40 && n <= 100 {
			fit++
		}
		p += k + 1
	}
	return lines >= 2 && fit*4 >= lines*3, end
}

// newlines counts line breaks in a gap between tokens.
func newlines(gap string) int {
	n := strings.Count(gap, "\n")
	if n == 0 && strings.IndexByte(gap, '\r') >= 0 {
		n = strings.Count(gap, "\r")
	}
	if strings.Contains(gap, "\u2029") {
		n += 2
	}
	return n
}

// isCloser reports a closing bracket, or a quote glued to the token before
// it, at toks[k].
func isCloser(text string, toks []Token, k int) bool {
	if k == 0 || toks[k].Span.Start != toks[k-1].Span.End {
		return false
	}
	switch toks[k].Text {
	case ")", "]", "}", "\"", "'":
		return true
	}
	return false
}

// nextWord returns the index of the first token from k on that is not an
// opening quote, bracket or dash, or -1. It looks at most four tokens ahead
// so a run of quotes cannot make splitting quadratic.
func nextWord(toks []Token, k int) int {
	for end := min(k+4, len(toks)); k < end; k++ {
		switch toks[k].Text {
		case "\"", "'", "(", "[", "{", "-", "--", "–", "—", "*", "•", "·":
			continue
		}
		return k
	}
	return -1
}

// isTerminal reports tokens made of sentence-final punctuation: ".", "?!", "...".
func isTerminal(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}

func isNumber(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return t != ""
}

// atLineStart reports whether only spaces and tabs precede off on its line.
func atLineStart(text string, off int) bool {
	for off > 0 && (text[off-1] == ' ' || text[off-1] == '\t') {
		off--
	}
	return off == 0 || text[off-1] == '\n'
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// isBullet reports a line that opens with a list marker: "- ", "• ", "1. ", "2) ".
func isBullet(line string) bool {
	line = strings.TrimLeft(line, " \t")
	r, w := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '•', '·', '▪', '‣', '◦', '–', '—':
		return w < len(line) && line[w] == ' '
	}
	k := 0
	for k < len(line) && k < 3 && '0' <= line[k] && line[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(line) && (line[k] == '.' || line[k] == ')') && line[k+1] == ' '
}

// titleCase reports a line whose longer words are mostly capitalised, as
// headlines in English are.
func titleCase(line string) bool {
	words, caps := 0, 0
	for f := range strings.FieldsSeq(line) {
		if len(f) < 4 {
			continue
		}
		words++
		if startsUpper(f) {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}
