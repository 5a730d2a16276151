package quotes

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"unicode"
	"unicode/utf8"
)

// A marked quote is a run of text between quotation marks: inner is the
// quoted words without marks, open and close the byte offsets of the marks.
// Pieces of one quotation spread over paragraphs share a group.
type marked struct {
	open, close   int // offset of the opening mark and of the closing mark
	start, end    int // the quoted words, trimmed of spaces
	group         int
	openLen, cLen int
}

// closers says which marks close a quote opened by each mark.
var closers = map[rune]string{
	'“': "”“", '„': "“”", '«': "»", '‚': "‘’", '‘': "’", '"': "\"", '\'': "'", '»': "«", '”': "”",
}

// scanMarked pairs quotation marks in text. Only the outermost quote is
// tracked: inner marks of another style are nested quotes.
func scanMarked(text string) []marked {
	var out []marked
	group := 0
	var opener rune
	openAt, depth := -1, 0
	prev := rune(-1)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		if i+size >= len(text) {
			next = -1
		}
		switch {
		case r == '\n' && openAt >= 0:
			// A quote still open at a paragraph's end either continues in
			// the next paragraph, reopened with the same mark, or was never
			// a quote.
			j := i
			for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			nr, _ := utf8.DecodeRuneInString(text[min(j, len(text)):])
			// The opening mark need not start its paragraph: '"We will
			// close," she said. "Four hundred people ...' runs on too.
			if j < len(text) && nr == opener && (opener != '`' || strings.HasPrefix(text[j:], "``")) {
				if m, ok := piece(text, openAt, markLen(opener), i, 0, group); ok {
					out = append(out, m)
				}
				openAt = j
				i = j + markLen(nr)
				prev = nr
				continue
			}
			openAt, depth = -1, 0
			group++
		case r == '`' && next == '`' && openAt < 0:
			// ``Treebank-style quotes,'' as wire text converted from the
			// Penn Treebank prints them.
			opener, openAt, depth = '`', i, 0
			prev, i = '`', i+2
			continue
		case r == '\'' && next == '\'' && openAt >= 0 && opener == '`':
			if m, ok := piece(text, openAt, 2, i, 2, group); ok {
				out = append(out, m)
			}
			openAt = -1
			group++
			prev, i = '\'', i+2
			continue
		case openAt < 0 && opensAt(r, prev, next):
			opener, openAt, depth = r, i, 0
		case openAt >= 0 && r == opener && r == '«':
			depth++
		case openAt >= 0 && (strings.ContainsRune(closers[opener], r) || mixedClose(text, i, opener, r)) && closesAt(r, prev, next):
			if depth > 0 {
				depth--
				break
			}
			if m, ok := piece(text, openAt, markLen(opener), i, size, group); ok {
				out = append(out, m)
			}
			openAt = -1
			group++
		}
		prev = r
		i += size
	}
	return out
}

// mixedClose reports a typist's closing mark of the other style at
// text[i], r: a straight " closing a quote opened by “, or ” one opened by
// ", as copy typed in two editors prints them (“The end of the year is
// busy," she said). It closes only when no mark of the opener's own style
// closes the quote later in the paragraph, where it would be a quote
// nested inside.
func mixedClose(text string, i int, opener, r rune) bool {
	var own string
	switch {
	case opener == '“' && r == '"':
		own = "”"
	case opener == '"' && r == '”':
		own = "\""
	default:
		return false
	}
	rest := text[i+utf8.RuneLen(r):]
	if e := strings.IndexByte(rest, '\n'); e >= 0 {
		rest = rest[:e]
	}
	k := strings.Index(rest, own)
	if k < 0 {
		return true
	}
	// The opener's own mark further on may open the next quote rather
	// than close this one: '"And I asked, why?” said Hill. "And he
	// said, no."'. After a space and before a word, it opens.
	after, _ := utf8.DecodeRuneInString(rest[k+len(own):])
	return k > 0 && rest[k-1] == ' ' && (unicode.IsLetter(after) || unicode.IsDigit(after))
}

// markLen is the length in bytes of an opening mark: “ is two.
func markLen(opener rune) int {
	if opener == '`' {
		return 2
	}
	return utf8.RuneLen(opener)
}

// piece builds the marked quote between an opening mark at open and a
// closing mark (or paragraph end) at close.
func piece(text string, open, olen, close, clen, group int) (marked, bool) {
	s, e := open+olen, close
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	if s >= e {
		return marked{}, false
	}
	return marked{open: open, close: close, start: s, end: e, group: group, openLen: olen, cLen: clen}, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// opensAt reports whether mark r, between prev and next, can open a quote.
// Unambiguous openers open anywhere; " and ' only after a space or bracket
// and before a word, ” only before a capital, and ’ never.
func opensAt(r, prev, next rune) bool {
	if next == -1 || unicode.IsSpace(next) {
		return false
	}
	switch r {
	case '“', '„', '«', '‚':
		return true
	case '”':
		// A closing mark typed for an opening one: 'said: ”Bird flu
		// ...”'. Before a capital after a space it closes nothing.
		return (prev == -1 || unicode.IsSpace(prev)) && unicode.IsUpper(next)
	case '‘', '"', '\'':
		if !(prev == -1 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:/", prev)) {
			return false
		}
		return r != '\'' || unicode.IsLetter(next)
	}
	return false
}

// closesAt reports whether mark r can close the open quote: not after a
// space, and for single marks not before a letter (an apostrophe).
func closesAt(r, prev, next rune) bool {
	if prev == -1 || unicode.IsSpace(prev) {
		// Typists sometimes space them: « non », '...ourselves? " she
		// wrote'; a straight mark with spaces on both sides opens
		// nothing, so it closes the quote open.
		return r == '»' || r == '”' || r == '"' && (next == -1 || unicode.IsSpace(next))
	}
	switch r {
	case '’', '\'', '‘':
		return next == -1 || !unicode.IsLetter(next) && !unicode.IsDigit(next)
	}
	return true
}

// withoutComma ends a quote before the comma that closes it ("... for
// decades," he said): the comma is the sentence's, which goes on to the
// attribution, and the quote shown on its own would end dangling. Text and
// Span stay the same bytes. Both golds span the words inside the marks,
// comma and all; they score by words, so the comma counts for nothing.
func withoutComma(q news.Quote) news.Quote {
	t := strings.TrimRight(q.Text, " ")
	if !strings.HasSuffix(t, ",") || len(t) == 1 {
		return q
	}
	t = strings.TrimRight(t[:len(t)-1], " ")
	q.Text, q.Span.End = t, q.Span.Start+len(t)
	return q
}
