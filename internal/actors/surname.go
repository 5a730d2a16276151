package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// bareSurname reports whether tok, one word standing only for person
// act's surname, is more likely another word: a demonym or country
// adjective ("English" is not Bill English), a language, a month or day,
// a word the tagger reads as an adjective, or one the KB files as an
// agent noun or the article writes in lower case elsewhere. The person's
// full name earlier in the article settles it: after "Bill English",
// "English said" is him. Every path that links a lone surname asks it.
func (st *state) bareSurname(tok nlp.Token, act *news.Actor) bool {
	for _, m := range st.out {
		if m.Actor == act.ID && m.How != "surname" {
			return false
		}
	}
	word := tok.Text
	lw := strings.ToLower(word)
	if calendar[lw] || st.r.kb.Language(lw) || isAgent(st, lw) || tok.UPOS == "ADJ" {
		return true
	}
	for _, a := range st.r.kb.Lookup(word) {
		if a.Kind == "country" || a.Kind == "group" {
			return true
		}
	}
	return st.lowerElsewhere(lw)
}

// lowerElsewhere reports whether the article writes lw in lower case: the
// one frequency signal at hand that tells a common word from a name.
func (st *state) lowerElsewhere(lw string) bool {
	for _, s := range st.doc.Sentences {
		for _, t := range s.Tokens {
			if t.Text == lw {
				return true
			}
		}
	}
	return false
}

func isAgent(st *state, lw string) bool {
	_, ok := st.r.kb.Sector(lw)
	return ok
}
