package kb

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key is the normal form Lookup compares names in: lower case, Latin
// diacritics removed (Lukašenka = Lukasenka, Łódź = Lodz), Cyrillic kept as
// Cyrillic except that ё folds to е as Russian print does, punctuation that
// varies between sources dropped ("U.N." = "UN", "Ter-Petrosyan" =
// "Ter Petrosyan", "Mar'ina" = "Marina") and spaces collapsed.
func Key(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '"' || r == '«' || r == '»' || r == '“' || r == '”':
			continue
		case unicode.IsSpace(r) || r == '-' || r == '_' || r == '‐' || r == '–' || r == '—' || r == ',' || r == '/':
			space = b.Len() > 0
			continue
		}
		if r < 0x80 {
			if space {
				b.WriteByte(' ')
				space = false
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		for _, f := range foldRune(r) {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(f)
		}
	}
	return b.String()
}

// foldRune lower-cases r and strips Latin diacritics. Letters NFD cannot
// decompose (ł, ø, ß, đ) are mapped by hand; Cyrillic й and ў keep their
// breve because they are separate letters, not accented ones.
func foldRune(r rune) []rune {
	r = unicode.ToLower(r)
	if r < 0x80 {
		return []rune{r}
	}
	switch r {
	case 'ł':
		return []rune{'l'}
	case 'ø':
		return []rune{'o'}
	case 'ß':
		return []rune{'s', 's'}
	case 'æ':
		return []rune{'a', 'e'}
	case 'œ':
		return []rune{'o', 'e'}
	case 'đ', 'ð':
		return []rune{'d'}
	case 'þ':
		return []rune{'t', 'h'}
	case 'ı':
		return []rune{'i'}
	case 'ё':
		return []rune{'е'}
	case 'й', 'ў', 'ї':
		return []rune{r}
	}
	if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return []rune{r}
		}
		return nil
	}
	d := norm.NFD.String(string(r))
	out := make([]rune, 0, 1)
	for _, c := range d {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}
