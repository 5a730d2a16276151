package actors

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/nlp"
)

// A candidate is a token range [a, b) that may name a new actor; org is
// set when NER called it an organisation.
type candidate struct {
	a, b int
	org  bool
	// lead counts the words before a that the mention takes but the name
	// does not: the employer and title in "InfoNation President Dan
	// McDowell".
	lead int
}

// candidates returns the token ranges that may name a person or
// organisation and overlap nothing resolved.
func (st *state) candidates(toks []nlp.Token, used []bool) []candidate {
	var out []candidate
	if st.ner {
		for i := 0; i < len(toks); {
			typ, ok := entType(toks[i].Ent)
			if !ok || !strings.HasPrefix(toks[i].Ent, "B-") {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].Ent == "I-"+typ {
				j++
			}
			// A MISC name ending in a body's kind is a body the tagger
			// took for an adjective: "Orange Democratic Movement".
			// A PER name with an adjective in it that ends in a body's kind
			// is one too ("Economic Forum"): a person's name has none.
			if _, body := bodyHead(toks, i, j); body && startsUpper(toks[j-1].Text) &&
				(typ == "MISC" || (strings.HasPrefix(typ, "PER") && hasUPOS(toks[i:j], "ADJ"))) {
				typ = "ORG"
			}
			if typ == "PER" || typ == "PERSON" || typ == "ORG" || typ == "ORGANIZATION" {
				// A name running into a resolved one ("Patriotic Front of
				// Zambia" after Zambia's match) is the part before it.
				// A name after a resolved one ("Rwandan Patriotic Front",
				// "Kenya's Orange Democratic Movement") is the rest.
				s, e := i, nameEnd(toks, i, j)
				for s < e && (used[s] || toks[s].Text == "'s") {
					s++
				}
				org := strings.HasPrefix(typ, "ORG")
				head := s
				if org && s == i {
					head = bodyStart(toks, used, s)
				}
				if head < s {
					// "Center for | Disease Control and Prevention": the
					// head noun and the capitalised words before it, and
					// a span NER gave them apart ("Danish Institute").
					s = head
					for len(out) > 0 && out[len(out)-1].b > s {
						s = min(s, out[len(out)-1].a)
						out = out[:len(out)-1]
					}
					s = capitalisedBefore(toks, used, s)
				}
				// NER may cut an organisation's name to its last word
				// ("Anti-Corruption Commision"): capitalised words before
				// it that nothing resolved belong to it, however many
				// ("Democratic | Progress | Movement"); it may cut a person's
				// given name off ("Rico | Krieger" at a sentence's start).
				switch {
				case s != i:
				case org:
					s = capitalisedBefore(toks, used, s)
				default:
					s = givenBefore(toks, used, s)
				}
				if org && e == j {
					e = orgTail(toks, used, e)
				}
				for k := s; k < e; k++ {
					if used[k] {
						e = k
					}
				}
				for e > s && joiners[strings.ToLower(toks[e-1].Text)] {
					e--
				}
				lead := 0
				if p := splitTitled(toks, s, e); p > s {
					// "InfoNation President Dan McDowell": the person the
					// title introduces, whose mention holds the employer
					// and title as it would a country's.
					s, org, lead = p, false, p-s
				}
				if org && titledName(toks, s, e) {
					// "Superintendent Jennifer" tagged ORG: a person,
					// whose surname NER may have left out.
					org = false
				}
				if !org && e == nameEnd(toks, i, j) {
					e = surnameEnd(toks, used, e)
				}
				if e > s {
					out = append(out, candidate{a: s, b: e, org: org, lead: lead})
				}
			}
			i = j
		}
		out = append(out, titledRuns(toks, used, out)...)
		return append(out, bodyRuns(toks, used, out)...)
	}
	for i := 0; i < len(toks); {
		if !properNoun(toks[i]) || used[i] {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && properNoun(toks[j]) && !used[j] {
			j++
		}
		ok := j-i <= 5 && !(i > 0 && isLocative(toks[i-1].Text))
		for k := i; k < j && ok; k++ {
			ok = !calendar[strings.ToLower(toks[k].Text)]
		}
		// A single capitalised word opening a sentence is usually just
		// capitalised, not a name.
		if ok && !(i == 0 && j == 1 && toks[i].UPOS != "PROPN") {
			out = append(out, candidate{a: i, b: j})
		}
		i = j
	}
	return out
}

// titledRuns returns the runs of two to four proper nouns right after a
// title word that NER left out ("Secretary-General Chedli Klibi"): the
// title vouches for a person's name.
func titledRuns(toks []nlp.Token, used []bool, ner []candidate) []candidate {
	var out []candidate
	for i := 1; i < len(toks); i++ {
		if used[i] || !properNoun(toks[i]) || !isTitleWord(toks[i-1].Text) {
			continue
		}
		j := i
		for j < len(toks) && j-i < 4 && properNoun(toks[j]) && !used[j] && !isTitleWord(toks[j].Text) {
			j++
		}
		// One word after a title is a name too ("President Umbardacil"),
		// unless it is a day or month ("Minister Tuesday").
		if j == i || j-i == 1 && calendar[strings.ToLower(toks[i].Text)] || slices.ContainsFunc(ner, func(c candidate) bool { return c.a < j && i < c.b }) {
			continue
		}
		out = append(out, candidate{a: i, b: j})
		i = j
	}
	return out
}

// bodyRuns returns the runs of two to six capitalised words ending in a
// body's kind that NER left out ("The Democratic Progress Movement",
// "Patriotic Front for Democracy"): the head noun vouches for a name.
func bodyRuns(toks []nlp.Token, used []bool, ner []candidate) []candidate {
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if used[i] || !startsUpper(toks[i].Text) || !isWordy(toks[i:i+1]) {
			continue
		}
		j := i
		for j < len(toks) && j-i < 6 && !used[j] && isWordy(toks[j:j+1]) &&
			(startsUpper(toks[j].Text) || (joiners[strings.ToLower(toks[j].Text)] && j+1 < len(toks) && startsUpper(toks[j+1].Text))) {
			j++
		}
		e := j
		for e > i+1 {
			if _, ok := bodyHead(toks, e-1, e); ok && startsUpper(toks[e-1].Text) {
				break
			}
			e--
		}
		s := i
		if strings.EqualFold(toks[s].Text, "the") {
			s++
		}
		if _, ok := bodyHead(toks, e-1, e); ok && e-s >= 2 && startsUpper(toks[e-1].Text) &&
			!slices.ContainsFunc(ner, func(c candidate) bool { return c.a < e && s < c.b }) {
			out = append(out, candidate{a: s, b: e, org: true})
		}
		i = max(j-1, i)
	}
	return out
}

// hasUPOS reports whether any token has the universal tag upos.
func hasUPOS(toks []nlp.Token, upos string) bool {
	for _, t := range toks {
		if t.UPOS == upos {
			return true
		}
	}
	return false
}

// orgTail extends an organisation's name that NER cut before "of" or
// "for" ("Union | of Teachers", "Centre | for Human Rights"): the joiner
// and the capitalised words after it that nothing resolved are the name's.
// A country or place after it stays out ("Movement of Kenya" keeps Kenya,
// which bodyCode reads as the body's country).
func orgTail(toks []nlp.Token, used []bool, e int) int {
	for e+1 < len(toks) && (toks[e].Text == "of" || toks[e].Text == "for") && startsUpper(toks[e+1].Text) && !used[e+1] {
		e += 2
		for e < len(toks) && startsUpper(toks[e].Text) && !used[e] {
			e++
		}
	}
	return e
}

// capitalisedBefore returns where the capitalised words before toks[s]
// that nothing resolved begin: no title, no verb, not the sentence's
// first word (which any word capitalises).
func capitalisedBefore(toks []nlp.Token, used []bool, s int) int {
	first := firstWord(toks)
	for s > 1 && !used[s-1] && startsUpper(toks[s-1].Text) && !isTitleWord(toks[s-1].Text) &&
		s-1 != first && toks[s-1].UPOS != "VERB" {
		s--
	}
	return s
}

// givenBefore returns where up to two proper nouns before a person's
// name at toks[s] that nothing resolved begin: the given names NER left
// out.
func givenBefore(toks []nlp.Token, used []bool, s int) int {
	a := s
	for s > 0 && a-s < 2 && !used[s-1] && toks[s-1].UPOS == "PROPN" && startsUpper(toks[s-1].Text) &&
		!isTitleWord(toks[s-1].Text) && !opener(toks[s-1]) {
		s--
	}
	return s
}
