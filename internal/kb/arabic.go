package kb

import (
	"slices"
	"strings"
)

// arabic lists the countries whose people's Latin names are romanised from
// Arabic script (the Arab League's members, and Iran, Afghanistan and
// Pakistan, whose names share the Arabic ones), so ArabicVariants applies
// to them.
var arabic = map[string]bool{
	"DZA": true, "BHR": true, "COM": true, "DJI": true, "EGY": true, "IRQ": true, "JOR": true,
	"KWT": true, "LBN": true, "LBY": true, "MRT": true, "MAR": true, "OMN": true, "PSE": true,
	"QAT": true, "SAU": true, "SOM": true, "SDN": true, "SYR": true, "TUN": true, "ARE": true,
	"YEM": true, "IRN": true, "AFG": true, "PAK": true,
}

// particles are the Arabic article in its press spellings, before a sun
// letter too (ad-Din, ash-Sharif, as-Sadr).
var particles = map[string]bool{
	"al": true, "el": true, "ad": true, "ed": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "an": true,
}

// arabicRules rewrite one lower-case word of an Arabic name into the
// spellings the press alternates between: the short vowels (Umar/Omar,
// Muhammad/Mohammed), doubled consonants (Hassan/Hasan, Mohamed/Mohammed),
// long vowels (Mahmoud/Mahmud, Saeed/Said) and the diphthong of Hussein,
// Hussain and Husayn.
var arabicRules = []wordRule{
	func(w string) []string { // the first vowel: u ↔ o
		i := strings.IndexAny(w, "aeiou")
		switch {
		case i < 0:
		case w[i] == 'u':
			return []string{w[:i] + "o" + w[i+1:]}
		case w[i] == 'o' && !strings.HasPrefix(w[i:], "ou"):
			return []string{w[:i] + "u" + w[i+1:]}
		}
		return nil
	},
	func(w string) []string { // the last vowel before a final d: Ahmad ↔ Ahmed
		switch {
		case len(w) < 4:
		case strings.HasSuffix(w, "ad"):
			return []string{w[:len(w)-2] + "ed"}
		case strings.HasSuffix(w, "ed"):
			return []string{w[:len(w)-2] + "ad"}
		}
		return nil
	},
	func(w string) []string { // doubled consonants: Hassan ↔ Hasan, Mohammed ↔ Mohamed
		var out []string
		for _, d := range []string{"mm", "ss", "dd", "ll"} {
			if i := strings.Index(w, d); i > 0 {
				out = append(out, w[:i]+w[i+1:])
			}
		}
		for _, c := range []string{"am", "as"} {
			if i := strings.Index(w, c); i > 0 && i+2 < len(w) && strings.IndexByte("aeiou", w[i+2]) >= 0 {
				out = append(out, w[:i+2]+c[1:]+w[i+2:])
			}
		}
		return out
	},
	func(w string) []string { // long vowels: Mahmoud ↔ Mahmud, Saeed ↔ Said
		var out []string
		if strings.Contains(w, "ou") {
			out = append(out, strings.Replace(w, "ou", "u", 1))
		}
		if strings.Contains(w, "ee") {
			out = append(out, strings.Replace(w, "ee", "i", 1))
		}
		return out
	},
	func(w string) []string { // Hussein ↔ Hussain ↔ Husayn
		for _, e := range []string{"ein", "ain", "ayn"} {
			if strings.HasSuffix(w, e) && len(w) > 4 {
				stem := w[:len(w)-3]
				return []string{stem + "ein", stem + "ain", stem + "ayn"}
			}
		}
		return nil
	},
	func(w string) []string { // Abdel ↔ Abdul ↔ Abdal
		for _, p := range []string{"abdel", "abdul", "abdal"} {
			if strings.HasPrefix(w, p) {
				rest := w[len(p):]
				return []string{"abdel" + rest, "abdul" + rest, "abdal" + rest}
			}
		}
		return nil
	},
}

// ArabicVariants returns the Latin spellings of an Arabic name the press
// alternates between, name first and at most 64: the article written al-,
// el- or left out (Umar al-Bashir, Omar el-Bashir, Omar Bashir) and each
// word's vowels and consonants by arabicRules. The rules are
// transliteration habits, not a list of names.
func ArabicVariants(name string) []string {
	var words []string
	f := strings.Fields(name)
	for i := 0; i < len(f); i++ {
		// "El Bashir" is the article before the name, as "el-Bashir".
		if particles[strings.ToLower(f[i])] && i+1 < len(f) && i > 0 {
			words = append(words, f[i]+"-"+f[i+1])
			i++
			continue
		}
		words = append(words, f[i])
	}
	if len(words) == 0 {
		return nil
	}
	alts := make([][]string, len(words))
	for i, w := range words {
		alts[i] = arabicWord(w)
	}
	return spellings(name, alts)
}

// arabicWord is a word's spellings: with an article, the article's three
// forms times the stem's.
func arabicWord(w string) []string {
	art, stem, ok := strings.Cut(w, "-")
	if !ok || !particles[strings.ToLower(art)] || stem == "" {
		return closeWord(w, arabicRules, 12)
	}
	var out []string
	for _, s := range closeWord(stem, arabicRules, 6) {
		out = append(out, "al-"+s, "el-"+s, s)
	}
	return out
}

// closeWord closes w under rules, keeping the word first and at most n
// spellings; later ones keep the capitalisation of w's first letter.
func closeWord(w string, rules []wordRule, n int) []string {
	lower := strings.ToLower(w)
	upperFirst := lower != w && w != "" && strings.ToUpper(w[:1]) == w[:1]
	seen := []string{lower}
	for i := 0; i < len(seen) && len(seen) < n; i++ {
		for _, rule := range rules {
			for _, v := range rule(seen[i]) {
				if v != "" && !slices.Contains(seen, v) && len(seen) < n {
					seen = append(seen, v)
				}
			}
		}
	}
	out := make([]string, len(seen))
	out[0] = w
	for i, v := range seen[1:] {
		if upperFirst {
			v = strings.ToUpper(v[:1]) + v[1:]
		}
		out[i+1] = v
	}
	return out
}
