package main

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/kb"
)

// The Phoenix country dictionary lists, under each country, its spellings
// ("Irak", "Eraq") together with its cities and regions ("Mosul",
// "Anbar Province"), all coded as the country. PLOVER codes a place
// differently from the state (a city is the country's civilians, CVL), so
// the generator writes the places on "place" lines. No gazetteer ships with
// the sources, so a synonym is told apart by its form: it is a spelling of
// the country when one of its words is a spelling of one of the country's
// names or adjectives (same first three letters and within a small edit
// distance, "Afghanestan", "Iraqe") and none names a part of a country
// ("Province", "Northern"); anything else is a place.

// partWords are words that make a name a region of the country, not the
// country ("Iraqi Kurdistan" is caught by its other word; these catch
// "Northern Iraq" and "Anbar Province").
var partWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("province provinces governorate region district city town valley strip bank heights island islands coast north south east west northern southern eastern western central upper lower occupied county") {
		partWords[w] = true
	}
}

// isCountrySpelling reports whether syn is a spelling of the country whose
// names and adjectives are given, rather than a place in it.
func isCountrySpelling(syn string, names []string) bool {
	syn = strings.TrimPrefix(strings.TrimPrefix(syn, "THE "), "The ")
	words := strings.Fields(strings.NewReplacer("-", " ", "'", " ").Replace(kb.Key(syn)))
	var nameWords []string
	for _, n := range names {
		nameWords = append(nameWords, strings.Fields(strings.NewReplacer("-", " ", "'", " ").Replace(kb.Key(n)))...)
	}
	if isInitials(syn, names) {
		return true // US, U.S.A., UAE
	}
	spelled := false
	for _, w := range words {
		if partWords[w] && len(words) <= 3 && !slices.Contains(nameWords, w) {
			// A long official name may hold "Northern Ireland"; a part
			// word the country's own name has ("South Korea", "East
			// Timor") is no part of it.
			return false
		}
		for _, n := range nameWords {
			if len(n) > 3 && spelling(w, n) {
				spelled = true
			}
		}
	}
	return spelled
}

// spelling reports whether w is a variant spelling of the name word n: one
// is the start of the other (Afghan, Brazilians), or, after w is cut to
// n's length plus three (Iraqiyah), their edit distance is at most a
// quarter of n's length (at least 1; one more when the first two letters
// of a longer name agree: Afghanestan).
func spelling(w, n string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	if len(w) >= 4 && (strings.HasPrefix(n, w) || strings.HasPrefix(w, n)) {
		return true // Afghan, Brazilians
	}
	if len(w) > len(n)+3 {
		w = w[:len(n)+3]
	}
	d := edits(w, n)
	limit := max(1, len(n)/4)
	if len(n) >= 6 && strings.HasPrefix(w, n[:2]) {
		return d <= limit+1
	}
	return d <= limit
}

// edits is the Levenshtein distance between a and b, by bytes (the keys
// are folded to ASCII for Latin names).
func edits(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// isInitials reports whether syn's letters are the initials of one of
// names, with or without its small words: US and U.S.A. for the United
// States of America.
func isInitials(syn string, names []string) bool {
	var letters strings.Builder
	for _, r := range strings.ToLower(syn) {
		if 'a' <= r && r <= 'z' {
			letters.WriteRune(r)
		} else if r != '.' && r != ' ' && r != ',' {
			return false
		}
	}
	l := letters.String()
	if len(l) < 2 {
		return false
	}
	for _, n := range names {
		var all, big strings.Builder
		for _, w := range strings.Fields(strings.ToLower(n)) {
			all.WriteByte(w[0])
			if w != "of" && w != "the" && w != "and" {
				big.WriteByte(w[0])
			}
		}
		if all.Len() > 1 && (l == all.String() || l == big.String() || l == strings.TrimSuffix(big.String(), "a")) {
			return true
		}
	}
	return false
}
