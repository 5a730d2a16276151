package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// Tokenize splits text into Penn/UD-style tokens with byte offsets into
// text. It never drops or reorders input: every non-space rune lies inside
// exactly one token, and the spans are ordered and disjoint.
func Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/5+1), text)
}

// appendTokens is Tokenize appending to dst, so Split can size once.
func appendTokens(dst []Token, text string) []Token {
	n := len(text)
	for i := 0; i < n; {
		r, w := decode(text, i)
		switch {
		case isWordRune(r):
			if end := urlEnd(text, i); end > i {
				dst = appendToken(dst, text, i, end)
				i = end
				continue
			}
			end := scanWord(text, i)
			if end < n && strings.IndexByte("@+%_-.", text[end]) >= 0 {
				if e := emailEnd(text, i); e > end {
					dst = appendToken(dst, text, i, e)
					i = e
					continue
				}
			}
			dst, i = appendWord(dst, text, i, end)
		case isSpaceRune(r):
			i += w
		default:
			end := scanPunct(text, i, r, w)
			dst = appendToken(dst, text, i, end)
			i = end
		}
	}
	return dst
}

func appendToken(dst []Token, text string, start, end int) []Token {
	return append(dst, Token{Text: Normalize(text[start:end]), Span: news.Span{Start: start, End: end}})
}

// decode is utf8.DecodeRuneInString at i with an ASCII shortcut.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isWordRune reports letters and numbers, the runes a word starts with.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x0410 <= r && r <= 0x044F { // the basic Cyrillic alphabet, news' second script
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// isSpaceRune reports the runes that separate tokens: Unicode spaces and
// the invisible runes Normalize removes, so no token is made only of them.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r) || removable(r)
}

// scanWord returns the end of the word starting at i: letters, numbers and
// combining marks, joined across the connectors that keep hyphenated words,
// acronyms, numbers with separators and dates whole.
func scanWord(text string, i int) int {
	n := len(text)
	seg := 0 // runes since the word start or the last connector
	var prev rune
	j := i
	for j < n {
		r, w := decode(text, j)
		if isWordRune(r) || unicode.IsMark(r) {
			seg++
			prev = r
			j += w
			continue
		}
		if j+w >= n {
			break
		}
		next, _ := decode(text, j+w)
		if joins(prev, r, next, seg) || groupSpace(text, prev, r, j+w) {
			seg = 0
			j += w
			continue
		}
		break
	}
	return j
}

// joins reports whether connector c stays inside a word between prev and next.
func joins(prev, c, next rune, seg int) bool {
	switch c {
	case '-', '\u2010', '\u2011', '_', '\u00AD', '\u200C', '\u200D', '\u2060':
		return isWordRune(next)
	case '.':
		// Digits (1.5), domains (kremlin.ru) and acronyms (U.S, Ph.D) join;
		// a capital after a long word is a missing space ("fine.Then").
		return isDigit(prev) && isDigit(next) ||
			unicode.IsLower(next) ||
			seg <= 2 && isLetter(prev) && isLetter(next)
	case ',', ':', '/':
		return isDigit(prev) && isDigit(next)
	case '\'', '’', 'ʼ':
		return isLetter(prev) && isLetter(next)
	}
	return false
}

// groupSpace reports a non-breaking or thin space between digit groups,
// "1 500": a digit before, exactly three digits after.
func groupSpace(text string, prev, c rune, after int) bool {
	if c != '\u00A0' && c != '\u202F' && c != '\u2009' && c != '\u2007' {
		return false
	}
	if !isDigit(prev) || after+3 > len(text) {
		return false
	}
	for k := after; k < after+3; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return after+3 == len(text) || text[after+3] < '0' || text[after+3] > '9'
}

// appendWord appends the word text[start:end] as one token, or as two when
// it ends in a clitic, taking a following period when the word is an
// abbreviation or an initial. It returns where scanning resumes.
func appendWord(dst []Token, text string, start, end int) ([]Token, int) {
	word := text[start:end]
	if end < len(text) && text[end] == '.' && !(end+1 < len(text) && text[end+1] == '.') &&
		takesPeriod(word, text[end+1:]) {
		return appendToken(dst, text, start, end+1), end + 1
	}
	if k := cliticAt(word); k > 0 {
		dst = appendToken(dst, text, start, start+k)
		return appendToken(dst, text, start+k, end), end
	}
	return appendToken(dst, text, start, end), end
}

// takesPeriod reports whether the period after word is part of it: an
// acronym (U.S., e.g., Ph.D.), a listed abbreviation, or an initial.
func takesPeriod(word, rest string) bool {
	if strings.IndexByte(word, '.') >= 0 {
		return isAcronym(word)
	}
	switch abbrevs[word] {
	case abbrevTitle, abbrevMay:
		return true
	case abbrevNumbered:
		rest = strings.TrimLeft(rest, " \u00A0")
		return rest != "" && '0' <= rest[0] && rest[0] <= '9'
	}
	r, w := utf8.DecodeRuneInString(word)
	return w == len(word) && unicode.IsUpper(r) && r != 'I'
}

// isAcronym reports letters of one or two runes separated by periods.
func isAcronym(word string) bool {
	seg := 0
	for _, r := range word {
		switch {
		case r == '.':
			if seg == 0 {
				return false
			}
			seg = 0
		case isLetter(r):
			if seg++; seg > 2 {
				return false
			}
		default:
			return false
		}
	}
	return seg > 0
}

// cliticAt returns where an English clitic starts in word (do|n't,
// it|'s, we|'re), or 0. Only a Latin letter before the apostrophe counts,
// so Ukrainian and Belarusian words with apostrophes stay whole.
func cliticAt(word string) int {
	if len(word) == 5 || len(word) == 6 {
		switch {
		case strings.EqualFold(word, "cannot"), strings.EqualFold(word, "gonna"),
			strings.EqualFold(word, "wanna"), strings.EqualFold(word, "gotta"):
			return 3
		}
	}
	a, w := lastApostrophe(word)
	if a <= 0 {
		return 0
	}
	before, _ := utf8.DecodeLastRuneInString(word[:a])
	if !unicode.Is(unicode.Latin, before) {
		return 0
	}
	switch suffix := word[a+w:]; {
	case len(suffix) == 1 && (suffix[0]|0x20) == 't' && (before|0x20) == 'n' && a > 1:
		return a - 1
	case strings.EqualFold(suffix, "s"), strings.EqualFold(suffix, "re"),
		strings.EqualFold(suffix, "ve"), strings.EqualFold(suffix, "ll"),
		strings.EqualFold(suffix, "d"), strings.EqualFold(suffix, "m"):
		return a
	}
	return 0
}

// lastApostrophe returns the offset and width of the last apostrophe in
// word, or -1.
func lastApostrophe(word string) (int, int) {
	for k := len(word) - 1; k >= 0; k-- {
		switch {
		case word[k] == '\'':
			return k, 1
		case word[k] == 0x99 && k >= 2 && word[k-2] == 0xE2 && word[k-1] == 0x80: // ’
			return k - 2, 3
		case word[k] == 0xBC && k >= 1 && word[k-1] == 0xCA: // ʼ
			return k - 1, 2
		}
	}
	return -1, 0
}

// scanPunct returns the end of the punctuation or symbol token at i. Runs
// of periods ("..."), of "!" and "?" ("?!"), of hyphens ("--") and of the
// rule-drawing symbols ("=====", "***") stay together; combining marks, variation selectors and emoji joined by ZWJ
// stay with the rune before them.
func scanPunct(text string, i int, r rune, w int) int {
	j := i + w
	switch r {
	case '.', '-', '…', '=', '*', '_', '~', '#', '+', '<', '>', '^':
		for j < len(text) {
			if next, _ := decode(text, j); next != r {
				break
			}
			j += w
		}
	case '!', '?':
		for j < len(text) && (text[j] == '!' || text[j] == '?') {
			j++
		}
	}
	for j < len(text) {
		r, w := decode(text, j)
		switch {
		case unicode.IsMark(r), r >= 0x1F3FB && r <= 0x1F3FF:
			j += w
		case r == '\u200D' && j+w < len(text):
			next, w2 := decode(text, j+w)
			if isWordRune(next) || isSpaceRune(next) {
				return j
			}
			j += w + w2
		default:
			return j
		}
	}
	return j
}

// urlEnd returns the end of a URL starting at i ("https://…", "www.…"), or
// -1. Trailing punctuation is left out, and a closing bracket too unless the
// URL opened one.
func urlEnd(text string, i int) int {
	c := text[i] | 0x20
	if c != 'h' && c != 'w' && c != 'f' {
		return -1
	}
	rest := text[i:]
	prefix := 0
	for _, p := range [...]string{"https://", "http://", "ftp://", "www."} {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) {
			prefix = len(p)
			break
		}
	}
	if prefix == 0 {
		return -1
	}
	j := i + prefix
	for j < len(text) {
		r, w := decode(text, j)
		if isSpaceRune(r) || strings.ContainsRune("\"<>“”«»‘’", r) {
			break
		}
		j += w
	}
	for j > i+prefix {
		last := text[j-1]
		if strings.IndexByte(".,;:!?'", last) >= 0 ||
			last == ')' && strings.Count(text[i:j], "(") < strings.Count(text[i:j], ")") ||
			last == ']' && strings.Count(text[i:j], "[") < strings.Count(text[i:j], "]") {
			j--
			continue
		}
		break
	}
	if j <= i+prefix {
		return -1
	}
	return j
}

// emailEnd returns the end of an e-mail address starting at i, or -1.
// The local part is at most 64 bytes, as RFC 5321 has it, which also keeps
// "a+a+a+…" from being rescanned to its end at every word.
func emailEnd(text string, i int) int {
	j := i
	for j < len(text) && j-i <= 64 && isLocalByte(text[j]) {
		j++
	}
	if j == i || j >= len(text) || text[j] != '@' {
		return -1
	}
	j++
	labels, end := 0, -1
	for {
		k := j
		for k < len(text) && (isAlnumByte(text[k]) || text[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		labels++
		if labels >= 2 {
			end = k
		}
		if k+1 < len(text) && text[k] == '.' && isAlnumByte(text[k+1]) {
			j = k + 1
			continue
		}
		break
	}
	return end
}

func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isLocalByte(c byte) bool {
	return isAlnumByte(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
