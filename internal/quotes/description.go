package quotes

// What may stand as a speaker's Descriptor: a noun phrase saying who the
// speaker is, not the words a rule happened to find beside the name.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// honorifics are forms of address: "Mr Lukashenko" says no more of him
// than his name does.
var honorifics = set(`mr mr. mrs mrs. ms ms. miss madam mister sir dame
	herr frau monsieur madame
	господин госпожа г-н г-жа пан пани пані спадар спадарыня`)

// gerundEndings end the adverbial participles of Russian and Belarusian
// (сказав, подчеркнувши, находясь; прагаласаваўшы, адказваючы), which
// modify a verb and never a noun: a phrase opening with one is what the
// speaker did ("Лукашенко, проголосовав в Минске, сказал"), not who they
// are. Full participles (бывший, действующий) can open a description
// ("бывший министр") and are not listed.
var gerundEndings = []string{"вши", "вшись", "ўшы", "ўшыся", "учы", "ючы", "ачы", "ячы", "учыся", "ючыся", "ясь", "ав", "ив", "ыв", "ув", "яв"}

// imperfectiveEndings end Russian imperfective gerunds (выступая,
// комментируя) but also adjectives and nouns (первая, струя): only before
// a preposition ("выступая в Минске") are they taken as gerunds. Those in
// -я after a consonant (говоря) are left out: so end the genitives of
// nouns a description opens with (секретаря, представителя в ООН).
var imperfectiveEndings = []string{"ая", "яя", "уя", "юя"}

// describes returns d when it can describe a speaker, else "". An
// honorific or a title alone ("Mr", "President") says nothing of who the
// speaker is that the name beside it does not; a possessive alone
// ("Ukraine's" before "State Border Guard Service") names an owner, not the
// speaker; and a phrase opening with a gerund ("прагаласаваўшы ў Мінску",
// "having voted in Minsk") is a circumstance.
func describes(d string) string {
	ws := strings.Fields(strings.TrimSpace(d))
	if len(ws) == 0 {
		return ""
	}
	bare := true
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !honorifics[lw] && !titleWords[lw] {
			bare = false
			break
		}
	}
	if bare {
		return ""
	}
	if last := ws[len(ws)-1]; len(ws) == 1 && (strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s")) {
		return ""
	}
	if gerund(ws) {
		return ""
	}
	return d
}

// gerund reports a phrase that opens with a gerund: English "having" or
// "being", or a lower-case Cyrillic word with a gerund's ending.
func gerund(ws []string) bool {
	w := ws[0]
	if w == "having" || w == "being" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLower(r) || utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range gerundEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	if len(ws) > 1 && cyrillicPreps[strings.ToLower(ws[1])] {
		for _, e := range imperfectiveEndings {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}
