package nlp

import "strings"

// HasStem reports whether w, in lower case, starts with one of stems.
// Russian, Belarusian and Ukrainian inflect a word's ending for case,
// number, gender and tense ("заявил", "заявила", "заявіў"; "площадь",
// "площади"), so a list of stems matches every form where a list of
// words would need each one; stems must be lower case and long enough to
// be nothing else.
func HasStem(w string, stems []string) bool {
	w = strings.ToLower(w)
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
