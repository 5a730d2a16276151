package actors

import (
	"slices"
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
// nominative guesses; at most maxForms combinations are tried.
func (st *state) lookupDeclined(words []nlp.Token) []news.ActorID {
	forms := []string{""}
	for _, w := range words {
		var next []string
		for _, f := range forms {
			for _, n := range nominatives(w.Text) {
				if len(next) < maxForms {
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

// maxForms bounds the nominative guesses of a name of up to three words;
// each is one map lookup.
const maxForms = 96

// endings maps a case ending of Russian, Belarusian or Ukrainian to the
// nominative endings it may come from. The name classes are few: nouns in
// a consonant (Путин, Медведев: -а -у -ом/-ым -е), in -а/-я (Ангела,
// Москва: -ы/-і -е -у -ой/-ай), in -й/-ь (Алексей, Игорь: -я -ю -ем),
// in -ия (Мария, Россия) and adjectival surnames (Зеленский, Навальный,
// Тихановская: -ого -ому -ым/-им, -ой/-ай -ую); Ukrainian adds the dative
// in -ові/-еві and Belarusian the instrumental in -ам. Indeclinable names
// (Лукашенко, Меркель, Олланд as often as not) are looked up as they stand.
// The table is grammar, not a name list: any surname of a class follows it.
var endings = []struct {
	from string
	to   []string
}{
	{"ией", []string{"ия"}}, {"ии", []string{"ия"}}, {"ию", []string{"ия"}}, {"іі", []string{"ія"}}, {"ію", []string{"ія"}}, {"іяй", []string{"ія"}},
	{"ого", []string{"ий", "ый", "ой"}}, {"ього", []string{"ій"}}, {"его", []string{"ий"}},
	{"ому", []string{"ий", "ый", "ой"}}, {"ему", []string{"ий"}},
	{"ові", []string{""}}, {"еві", []string{"ь", "й", ""}}, {"єві", []string{"й"}},
	{"ым", []string{"", "ий", "ый", "ой"}}, {"им", []string{"ий", "", "ій"}},
	{"ом", []string{"", "о"}}, {"ем", []string{"й", "ь", ""}}, {"ам", []string{"а", ""}}, {"ям", []string{"я"}},
	{"ой", []string{"ая", "а"}}, {"ай", []string{"ая", "а"}}, {"ей", []string{"я", "ь"}}, {"ою", []string{"а"}},
	{"ую", []string{"ая"}}, {"юю", []string{"яя"}},
	{"ы", []string{"а"}}, {"і", []string{"а", "я", "ь", ""}}, {"и", []string{"а", "я", "ь"}},
	{"е", []string{"", "а", "я", "й", "ь"}}, {"у", []string{"", "а"}}, {"ю", []string{"й", "ь", "я"}},
	{"а", []string{"", "о"}}, {"я", []string{"й", "ь"}},
}

// nominatives returns w itself, then its nominative guesses, each once.
func nominatives(w string) []string {
	out := []string{w}
	lower := strings.ToLower(w)
	for _, e := range endings {
		// Keep a stem of two letters at least: "Ли" is no genitive.
		if !strings.HasSuffix(lower, e.from) || utf8.RuneCountInString(lower)-utf8.RuneCountInString(e.from) < 2 {
			continue
		}
		for _, to := range e.to {
			if n := w[:len(w)-len(e.from)] + to; !slices.Contains(out, n) {
				out = append(out, n)
			}
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
