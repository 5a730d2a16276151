package kb

import (
	"slices"
	"strings"
)

// maxVariants caps the spellings one name expands to: each word's variants
// multiply, and a long name with four variable words would otherwise yield
// hundreds of aliases nobody writes.
const maxVariants = 64

// A wordRule rewrites one word into the spellings the press alternates
// between. Rules see the lower-cased word and return the alternatives
// (without the word itself).
type wordRule func(w string) []string

var wordRules = []wordRule{
	// Aleksandr ↔ Alexandr, Alexei ↔ Aleksei.
	func(w string) []string {
		var out []string
		if strings.Contains(w, "ks") {
			out = append(out, strings.ReplaceAll(w, "ks", "x"))
		}
		if strings.Contains(w, "x") {
			out = append(out, strings.ReplaceAll(w, "x", "ks"))
		}
		return out
	},
	// Aleksandr → Aleksander, Alexandr → Alexander: the English and Polish
	// insert a vowel before the final r.
	func(w string) []string {
		if strings.HasSuffix(w, "andr") {
			return []string{w[:len(w)-1] + "er"}
		}
		return nil
	},
	// Sergei ↔ Sergey, Andrei ↔ Andrey, Nikolai ↔ Nikolay.
	func(w string) []string {
		switch {
		case len(w) < 4:
		case strings.HasSuffix(w, "ei"), strings.HasSuffix(w, "ai"):
			return []string{w[:len(w)-1] + "y"}
		case strings.HasSuffix(w, "ey"), strings.HasSuffix(w, "ay"):
			return []string{w[:len(w)-1] + "i"}
		}
		return nil
	},
	// The -ий/-ій family: Zelensky, Zelenskyy, Zelenskiy, Zelenskii,
	// Zelenskyi; Dmitry, Dmitriy, Dmitrii, Dmitri.
	func(w string) []string {
		for _, e := range []string{"iy", "yy", "yi", "ii"} {
			if strings.HasSuffix(w, e) && len(w) > 4 {
				stem := w[:len(w)-2]
				if strings.HasSuffix(stem, "sk") || strings.HasSuffix(stem, "ck") {
					return []string{stem + "y", stem + "iy", stem + "yy", stem + "yi", stem + "ii", stem + "i"}
				}
				// Dmitriy: Dmitry, Dmitrii, Dmitri, but never Dmitryy.
				return []string{stem + "y", stem + "iy", stem + "ii", stem + "i"}
			}
		}
		if strings.HasSuffix(w, "sky") || strings.HasSuffix(w, "tsky") {
			stem := w[:len(w)-1]
			return []string{stem + "iy", stem + "yy", stem + "yi", stem + "ii", stem + "i"}
		}
		return nil
	},
	// Kiyev → Kiev, Andreyev → Andreev, Sergeyevich → Sergeevich: BGN/PCGN
	// writes ye after a vowel where the press writes e.
	func(w string) []string {
		var b strings.Builder
		changed := false
		for i := 0; i < len(w); i++ {
			if i > 0 && i+1 < len(w) && w[i] == 'y' && w[i+1] == 'e' && strings.IndexByte("aeiou", w[i-1]) >= 0 {
				changed = true
				continue
			}
			b.WriteByte(w[i])
		}
		if changed {
			return []string{b.String()}
		}
		return nil
	},
}

// Variants returns the Latin spellings of name the press alternates
// between — Aleksandr/Alexander/Aleksander, Sergei/Sergey,
// Zelensky/Zelenskyy/Zelenskiy/Zelenskii, Kiyev/Kiev — with name first and
// at most 64 in all. Words keep the capitalisation of their first letter.
func Variants(name string) []string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	alts := make([][]string, len(words))
	for i, w := range words {
		alts[i] = wordVariants(w)
	}
	return spellings(strings.Join(words, " "), alts)
}

// spellings joins one alternative per word in every combination, first
// the given spelling and then in the alternatives' order, without repeats
// and at most maxVariants in all.
func spellings(first string, alts [][]string) []string {
	out := []string{first}
	var combine func(i int, acc []string)
	combine = func(i int, acc []string) {
		if len(out) >= maxVariants {
			return
		}
		if i == len(alts) {
			if s := strings.Join(acc, " "); !slices.Contains(out, s) {
				out = append(out, s)
			}
			return
		}
		for _, a := range alts[i] {
			combine(i+1, append(acc, a))
		}
	}
	combine(0, make([]string, 0, len(alts)))
	return out
}

// wordVariants closes one word under wordRules (a rule's output is fed to
// the others: Aleksandr → Alexandr → Alexander), keeping the word first.
func wordVariants(w string) []string {
	lower := strings.ToLower(w)
	upperFirst := lower != w && w != "" && strings.ToUpper(w[:1]) == w[:1]
	seen := []string{lower}
	for i := 0; i < len(seen) && len(seen) < 16; i++ {
		for _, rule := range wordRules {
			for _, v := range rule(seen[i]) {
				if v != "" && !slices.Contains(seen, v) {
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
