package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// cyrillic looks up the Cyrillic words name matching passed over. Russian,
// Belarusian and Ukrainian decline names ("России", "Владимира Путина",
// "Москвы") while the KB lists them in the nominative, so each word is
// also tried with its case ending replaced by the nominative's. Lower-case
// words are tried too, as these languages write adjectives ("российский")
// in lower case. Windows of up to three words, longest first.
func (st *state) cyrillic(si int, toks []nlp.Token, used []bool) {
	for i := 0; i < len(toks); i++ {
		if used[i] || !isCyrillic(toks[i].Text) {
			continue
		}
		for n := min(3, len(toks)-i); n >= 1; n-- {
			if anyUsed(used, i, i+n) || !allCyrillic(toks[i:i+n]) || (n > 1 && !startsUpper(toks[i].Text)) {
				continue
			}
			ids := st.lookupDeclined(toks[i : i+n])
			if len(ids) == 0 {
				continue
			}
			st.match(si, toks, used, i, i+n, kb.Match{Span: spanOf(toks, i, i+n), Actors: ids, Surname: n == 1 && startsUpper(toks[i].Text)})
			i += n - 1
			break
		}
	}
}

// lookupDeclined returns the actors the words name in any of their
// nominative guesses; at most 16 combinations are tried.
func (st *state) lookupDeclined(words []nlp.Token) []news.ActorID {
	forms := []string{""}
	for _, w := range words {
		var next []string
		for _, f := range forms {
			for _, n := range nominatives(w.Text) {
				if len(next) < 16 {
					next = append(next, strings.TrimSpace(f+" "+n))
				}
			}
		}
		forms = next
	}
	for _, f := range forms {
		var ids []news.ActorID
		for _, a := range st.r.kb.Lookup(f) {
			// A lower-case word names only a country or its people
			// ("российский"), not a person who shares it as a surname.
			if !startsUpper(f) && a.Kind != "country" {
				continue
			}
			ids = append(ids, a.ID)
		}
		if len(ids) > 0 {
			return ids
		}
	}
	return nil
}

// endings maps a Cyrillic case ending to the nominative endings it may
// come from, longest first: genitive, dative, instrumental and
// prepositional of the common noun and name classes.
var endings = []struct{ from, to string }{
	{"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"},
	{"ого", "ий"}, {"ому", "ий"}, {"ым", "ий"}, {"ом", ""}, {"ем", ""}, {"ой", "ая"}, {"ой", "а"},
	{"ою", "а"}, {"ы", "а"}, {"и", "а"}, {"и", "я"}, {"и", "ь"}, {"е", "а"}, {"е", ""},
	{"у", ""}, {"у", "а"}, {"ю", "я"}, {"а", ""}, {"я", "й"}, {"я", "ь"},
}

// nominatives returns w itself, then its nominative guesses.
func nominatives(w string) []string {
	out := []string{w}
	lower := strings.ToLower(w)
	for _, e := range endings {
		if strings.HasSuffix(lower, e.from) && len(lower) > len(e.from)+2 {
			out = append(out, w[:len(w)-len(e.from)]+e.to)
		}
	}
	return out
}

func isCyrillic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Cyrillic, r)
}

func allCyrillic(toks []nlp.Token) bool {
	for _, t := range toks {
		if !isCyrillic(t.Text) {
			return false
		}
	}
	return true
}
