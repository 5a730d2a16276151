package kb

import (
	"slices"
	"strings"
	"unicode"
)

// A scheme romanises one Cyrillic orthography. Plain letters map one to
// one through letters; the iotated vowels (я е ё ю, and Ukrainian є ї) are
// spelt differently at the start of a word or after a vowel (ya, ye) than
// after a consonant (ia, e), which is what separates the schemes the press
// mixes: "Alyaksandr" (BGN/PCGN) against "Aliaksandr" (Belarusian passport).
type scheme struct {
	name    string
	letters map[rune]string
	// initial spells an iotated vowel at the start of a word, after a vowel
	// or after a soft or hard sign; medial spells it after a consonant.
	initial, medial map[rune]string
	// startOnly spells iotated vowels with initial only at the start of a
	// word (Ukrainian 2010: Yurii but Ukraina), not after vowels.
	startOnly bool
	// hardL is the spelling of a hard л (Łacinka ł); empty keeps "l".
	// Łacinka also drops the i of an iotated vowel after л: ля → la.
	hardL string
	// soft maps a consonant followed by ь to its one-letter soft form
	// (Łacinka ń, ś); nil drops ь.
	soft map[rune]string
	// ends rewrites word endings after romanisation: press Russian spells
	// Зеленский "Zelensky", not "Zelenskiy".
	ends [][2]string
}

var vowels = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ"

func isVowel(r rune) bool { return strings.ContainsRune(vowels, r) }

// base holds the consonants and plain vowels the schemes share; each scheme
// overrides what differs.
var base = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'і': "i", 'ў': "w", 'ґ': "g",
	// Plain forms of the iotated vowels, for schemes whose initial/medial
	// maps leave one out (Ukrainian е is a plain e).
	'е': "e", 'ё': "yo", 'ю': "yu", 'я': "ya", 'є': "ye", 'ї': "yi",
}

func with(over map[rune]string) map[rune]string {
	m := make(map[rune]string, len(base)+len(over))
	for k, v := range base {
		m[k] = v
	}
	for k, v := range over {
		m[k] = v
	}
	return m
}

var (
	ruBGN = scheme{
		name:    "ru-bgn",
		letters: base,
		initial: map[rune]string{'я': "ya", 'е': "ye", 'ё': "yo", 'ю': "yu"},
		medial:  map[rune]string{'я': "ya", 'е': "e", 'ё': "e", 'ю': "yu"},
	}
	// ruPress is what wire services write: й as i (Sergei, Andrei), е as e
	// after vowels (Kiev, Andreev), -ий as -y (Zelensky, Dmitry).
	ruPress = scheme{
		name:    "ru-press",
		letters: with(map[rune]string{'й': "i"}),
		initial: map[rune]string{'я': "ya", 'е': "ye", 'ё': "yo", 'ю': "yu"},
		medial:  map[rune]string{'я': "ya", 'е': "e", 'ё': "yo", 'ю': "yu"},
		ends:    [][2]string{{"ii", "y"}, {"yi", "y"}},
	}
	// ruH is the European press's h for х and e for ё (Hodorkovsky).
	ruH = scheme{
		name:    "ru-h",
		letters: with(map[rune]string{'й': "y", 'х': "h"}),
		initial: map[rune]string{'я': "ya", 'е': "e", 'ё': "e", 'ю': "yu"},
		medial:  map[rune]string{'я': "ya", 'е': "e", 'ё': "e", 'ю': "yu"},
		ends:    [][2]string{{"iy", "y"}, {"yy", "y"}},
	}
	beBGN = scheme{
		name:    "be-bgn",
		letters: with(map[rune]string{'г': "h"}),
		initial: map[rune]string{'я': "ya", 'е': "ye", 'ё': "yo", 'ю': "yu"},
		medial:  map[rune]string{'я': "ya", 'е': "e", 'ё': "yo", 'ю': "yu"},
	}
	// bePress is the passport spelling Belarusian names reach the press in:
	// Aliaksandr Lukashenka, Siarhei, Tsikhanouskaya.
	bePress = scheme{
		name:    "be-press",
		letters: with(map[rune]string{'г': "h", 'й': "i", 'ў': "u"}),
		initial: map[rune]string{'я': "ya", 'е': "ye", 'ё': "yo", 'ю': "yu"},
		medial:  map[rune]string{'я': "ia", 'е': "e", 'ё': "io", 'ю': "iu"},
	}
	// beNational is the 2007 national system for Belarusian names (Latin
	// with diacritics, one letter per sound).
	beNational = scheme{
		name: "be-national",
		letters: with(map[rune]string{'г': "h", 'ж': "ž", 'й': "j", 'х': "ch",
			'ц': "c", 'ч': "č", 'ш': "š", 'ў': "ŭ"}),
		initial: map[rune]string{'я': "ja", 'е': "je", 'ё': "jo", 'ю': "ju"},
		medial:  map[rune]string{'я': "ia", 'е': "ie", 'ё': "io", 'ю': "iu"},
		soft:    map[rune]string{'з': "ź", 'н': "ń", 'с': "ś", 'ц': "ć", 'л': "ĺ"},
	}
	// beLacinka is the classical Belarusian Latin alphabet with its hard ł.
	beLacinka = scheme{
		name:    "be-lacinka",
		letters: beNational.letters,
		initial: beNational.initial,
		medial:  beNational.medial,
		soft:    map[rune]string{'з': "ź", 'н': "ń", 'с': "ś", 'ц': "ć", 'л': "l"},
		hardL:   "ł",
	}
	// ukNational is the Ukrainian 2010 national system (Kyiv, Zelenskyi).
	ukNational = scheme{
		name:      "uk-national",
		startOnly: true,
		letters:   with(map[rune]string{'г': "h", 'и': "y", 'й': "i"}),
		initial:   map[rune]string{'я': "ya", 'є': "ye", 'ї': "yi", 'ю': "yu", 'й': "y"},
		medial:    map[rune]string{'я': "ia", 'є': "ie", 'ї': "i", 'ю': "iu", 'й': "i"},
	}
	// ukBGN is the older BGN/PCGN Ukrainian system (Kyyiv, Zelenskyy).
	ukBGN = scheme{
		name:    "uk-bgn",
		letters: with(map[rune]string{'г': "h", 'и': "y"}),
		initial: map[rune]string{'я': "ya", 'є': "ye", 'ї': "yi", 'ю': "yu"},
		medial:  map[rune]string{'я': "ya", 'є': "ye", 'ї': "yi", 'ю': "yu"},
	}
)

var schemes = map[string][]*scheme{
	"ru": {&ruBGN, &ruPress, &ruH},
	"be": {&beBGN, &bePress, &beNational, &beLacinka},
	"uk": {&ukNational, &ukBGN},
}

// Language guesses the Cyrillic orthography of s from the letters only some
// of Russian ("ru"), Belarusian ("be") and Ukrainian ("uk") use. It returns
// every candidate, most likely first: a word such as "Мінск" with і but
// nothing else telling is both "be" and "uk". It returns nil when s has no
// Cyrillic.
func Language(s string) []string {
	var cyr, i, beOnly, ukOnly, ruOnly, prevCons bool
	for _, r := range s {
		r = unicode.ToLower(r)
		switch r {
		case 'ў':
			return []string{"be"}
		case 'ї', 'є', 'ґ':
			return []string{"uk"}
		case 'і':
			i = true
		case 'ы', 'э', 'ё':
			beOnly = true // with і; without it these are Russian
			if r == 'э' && prevCons {
				// шэ, цэ, рэ: Belarusian spells after a consonant the
				// э Russian keeps for a few loanwords.
				return []string{"be"}
			}
		case 'и', 'щ':
			ukOnly = true // with і; without it these are Russian
		case 'ъ':
			ruOnly = true
		}
		if unicode.Is(unicode.Cyrillic, r) {
			cyr = true
		}
		prevCons = unicode.Is(unicode.Cyrillic, r) && !isVowel(r) && r != 'ь' && r != 'ъ'
	}
	switch {
	case !cyr:
		return nil
	case ruOnly || !i:
		return []string{"ru"}
	case beOnly && !ukOnly:
		return []string{"be"}
	case ukOnly && !beOnly:
		return []string{"uk"}
	}
	return []string{"be", "uk"}
}

// Romanize returns the distinct Latin spellings of the Cyrillic s under the
// schemes the press uses for lang ("ru", "be" or "uk"; "" guesses it with
// Language), in a fixed order. Latin letters in s pass through.
func Romanize(lang, s string) []string {
	langs := []string{lang}
	if lang == "" {
		langs = Language(s)
	}
	var out []string
	for _, l := range langs {
		for _, sc := range schemes[l] {
			r := sc.romanize(s)
			if !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}

func (sc *scheme) romanize(s string) string {
	rs := []rune(s)
	var b, word strings.Builder
	flush := func() {
		w := word.String()
		for _, e := range sc.ends {
			if strings.HasSuffix(w, e[0]) && len(w) > len(e[0])+2 {
				w = w[:len(w)-len(e[0])] + e[1]
				break
			}
		}
		b.WriteString(w)
		word.Reset()
	}
	for i, r := range rs {
		lr := unicode.ToLower(r)
		if !unicode.Is(unicode.Cyrillic, lr) {
			if !unicode.IsLetter(r) {
				flush()
				b.WriteRune(r)
			} else {
				word.WriteRune(r)
			}
			continue
		}
		var prev, next rune
		if i > 0 {
			prev = unicode.ToLower(rs[i-1])
		}
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
		out := sc.letter(lr, prev, next)
		if r != lr && out != "" {
			// Upper case only the first letter: Щ → Shch, not SHCH.
			o := []rune(out)
			o[0] = unicode.ToUpper(o[0])
			out = string(o)
		}
		word.WriteString(out)
	}
	flush()
	return b.String()
}

func (sc *scheme) letter(r, prev, next rune) string {
	if v, ok := sc.initial[r]; ok {
		atStart := prev == 0 || !unicode.IsLetter(prev)
		if !sc.startOnly {
			atStart = atStart || isVowel(prev) || prev == 'ь' || prev == 'ъ' || prev == 'ў' || prev == 'й'
		}
		if atStart {
			return v
		}
		if sc.hardL != "" && prev == 'л' {
			// Łacinka: ля → la, лю → lu; the l itself carries softness.
			return strings.TrimPrefix(sc.medial[r], "i")
		}
		return sc.medial[r]
	}
	switch {
	case r == 'л' && sc.hardL != "":
		if next == 'ь' || next == 'і' || strings.ContainsRune("яеёю", next) {
			return "l"
		}
		return sc.hardL
	case r == 'ь' && sc.soft != nil:
		return ""
	case sc.soft != nil && next == 'ь':
		if s, ok := sc.soft[r]; ok {
			return s
		}
	case r == 'з' && next == 'г' && sc.name == "uk-national":
		// The 2010 system spells зг as zgh so it is not read as ж.
		return "z"
	case r == 'г' && prev == 'з' && sc.name == "uk-national":
		return "gh"
	}
	if v, ok := sc.letters[r]; ok {
		return v
	}
	return string(r)
}
