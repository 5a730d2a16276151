package nlp

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form of s that later stages see as Token.Text: NFC,
// every double-quote style as ASCII ", every single quote and apostrophe as
// ASCII ', the exotic dashes folded into "-", "–" or "—", the ellipsis "…"
// as "...", and non-breaking, thin and zero-width spaces, soft hyphens and
// byte-order marks removed. Case is kept: capitals carry meaning for the
// tagger and NER. Plain ASCII comes back as s itself, without allocating.
func Normalize(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	// The NFC check starts at the start: a mark composes with the ASCII
	// letter before it.
	if mapped, composable := scan(s[i:]); !mapped && (!composable || norm.NFC.IsNormalString(s)) {
		return s
	}
	// Map before composing: dropping a soft hyphen can bring a letter and
	// a combining mark together, and only composing last keeps Normalize
	// idempotent.
	b := make([]byte, 0, len(s))
	for _, r := range s {
		m, keep := mapRune(r)
		switch {
		case !keep:
		case m == '…':
			b = append(b, "..."...)
		default:
			b = utf8.AppendRune(b, m)
		}
	}
	return string(norm.NFC.Append(nil, b...))
}

// scan reports whether s holds a rune that mapRune changes, and whether it
// holds one outside the blocks known to be stable under NFC (Latin-1, Latin
// Extended, Cyrillic letters), which only the slower NFC check can clear.
func scan(s string) (mapped, composable bool) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if m, keep := mapRune(r); !keep || m != r || r == '…' {
			return true, true
		}
		if !(r < 0x0300 || 0x0400 <= r && r < 0x0483 || 0x048A <= r && r < 0x0530) {
			composable = true
		}
	}
	return false, composable
}

// mapRune folds one rune; keep is false for runes that vanish from
// Token.Text. The ellipsis is returned as itself and expanded by the caller.
func mapRune(r rune) (m rune, keep bool) {
	if r < 0x80 {
		return r, true
	}
	switch r {
	case '“', '”', '„', '‟', '«', '»', '〝', '〞', '〟', '＂', '″':
		return '"', true
	case '‘', '’', '‚', '‛', '‹', '›', 'ʼ', '′', '＇':
		return '\'', true
	case '\u2010', '\u2011', '\u2212', '\uFE63', '\uFF0D':
		return '-', true
	case '\u2012', '\uFE58':
		return '–', true
	case '\u2015', '\u2E3A', '\u2E3B':
		return '—', true
	}
	return r, !removable(r)
}

// removable reports the space-like and invisible runes that Normalize drops.
// Ordinary whitespace is not among them: it never occurs inside a token.
func removable(r rune) bool {
	switch {
	case r == '\u00A0', r == '\u00AD', r == '\u180E', r == '\u202F', r == '\u205F',
		r == '\u2060', r == '\u3000', r == '\uFEFF':
		return true
	case r >= '\u2000' && r <= '\u200B':
		return true
	}
	return false
}
