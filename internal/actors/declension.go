package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// A declension is one case of one gender of an East Slavic personal name:
// the endings a given name, a patronymic and a surname take in it, each
// with the nominative ending it replaces. Russian, Belarusian and
// Ukrainian decline a name word by word in agreement ("Антона
// Геращенко", "Светланой Тихановской", "Олександру Шевченку"), so a name
// is put back in the nominative only when every word fits one
// declension: the given name's, which the knowledge base vouches for,
// sets the case and gender the others must agree with.
type declension struct {
	name                       string
	fem                        bool
	given, patronymic, surname []ending
}

type ending struct{ from, to string }

// declensions: Russian first, then the Belarusian and Ukrainian forms that
// differ. Longer endings come before the shorter ones they end in, since
// the first that fits wins. Masculine surnames in a consonant keep the
// -ов/-ин class's -ым in the instrumental; adjectival ones (-ский,
// -ый) decline as adjectives. A masculine surname in -а is read as the
// genitive of one in a consonant (Олланда, Иванова), the far commoner
// class, so the rare nominative in -а (Кузьма) beside a genitive given
// name is taken for one too. The grammar is general: no name is listed.
var declensions = []declension{
	{
		name:       "masculine genitive",
		given:      []ending{{"ия", "ий"}, {"ія", "ій"}, {"ея", "ей"}, {"эя", "эй"}, {"ая", "ай"}, {"я", "ь"}, {"я", ""}, {"а", ""}},
		patronymic: []ending{{"ича", "ич"}, {"іча", "іч"}},
		surname: []ending{{"ского", "ский"}, {"цкого", "цкий"}, {"ського", "ський"}, {"цького", "цький"}, {"скага", "скі"},
			{"ого", "ый"}, {"его", "ий"}, {"ага", "ы"}, {"енка", "енко"}, {"ава", "аў"}, {"кі", "ка"}, {"ая", "ай"}, {"ея", "ей"}, {"а", ""}},
	},
	{
		name:       "masculine dative",
		given:      []ending{{"ию", "ий"}, {"ію", "ій"}, {"ею", "ей"}, {"эю", "эй"}, {"аю", "ай"}, {"ю", "ь"}, {"ю", ""}, {"ові", ""}, {"еві", "ь"}, {"єві", "й"}, {"у", ""}},
		patronymic: []ending{{"ичу", "ич"}, {"ічу", "іч"}},
		surname: []ending{{"скому", "ский"}, {"цкому", "цкий"}, {"ському", "ський"}, {"цькому", "цький"}, {"скаму", "скі"},
			{"ому", "ый"}, {"ему", "ий"}, {"аму", "ы"}, {"енкові", "енко"}, {"енку", "енко"}, {"энку", "энка"}, {"аву", "аў"}, {"ові", ""}, {"аю", "ай"}, {"ею", "ей"}, {"у", ""}},
	},
	{
		name:       "masculine instrumental",
		given:      []ending{{"ием", "ий"}, {"ієм", "ій"}, {"еем", "ей"}, {"эем", "эй"}, {"аем", "ай"}, {"ем", "ь"}, {"ём", "ь"}, {"ем", ""}, {"єм", "й"}, {"ом", ""}, {"ам", ""}},
		patronymic: []ending{{"ичем", "ич"}, {"ічам", "іч"}},
		surname: []ending{{"ским", "ский"}, {"цким", "цкий"}, {"ським", "ський"}, {"скім", "скі"},
			{"овым", "ов"}, {"евым", "ев"}, {"ёвым", "ёв"}, {"иным", "ин"}, {"ыным", "ын"}, {"овим", "ов"}, {"евим", "ев"}, {"іним", "ін"}, {"авым", "аў"}, {"іным", "ін"},
			{"ым", "ый"}, {"им", "ий"}, {"енком", "енко"}, {"кам", "ка"}, {"аем", "ай"}, {"еем", "ей"}, {"ом", ""}},
	},
	{
		name:       "masculine prepositional",
		given:      []ending{{"ии", "ий"}, {"ее", "ей"}, {"ае", "ай"}, {"е", ""}, {"е", "ь"}},
		patronymic: []ending{{"иче", "ич"}},
		surname:    []ending{{"ском", "ский"}, {"цком", "цкий"}, {"ом", "ый"}, {"ае", "ай"}, {"ее", "ей"}, {"е", ""}},
	},
	{
		name:       "feminine genitive, dative, instrumental or prepositional",
		fem:        true,
		given:      []ending{{"ией", "ия"}, {"ьей", "ья"}, {"ыяй", "ыя"}, {"ією", "ія"}, {"ии", "ия"}, {"ії", "ія"}, {"ыі", "ыя"}, {"ье", "ья"}, {"ьи", "ья"}, {"ой", "а"}, {"ей", "я"}, {"ей", "а"}, {"ою", "а"}, {"ею", "я"}, {"ай", "а"}, {"яй", "я"}, {"ы", "а"}, {"и", "а"}, {"и", "я"}, {"і", "а"}, {"і", "я"}, {"е", "а"}, {"е", "я"}},
		patronymic: []ending{{"ны", "на"}, {"ни", "на"}, {"не", "на"}, {"ні", "на"}, {"ной", "на"}, {"ною", "на"}, {"най", "на"}},
		surname: []ending{{"ской", "ская"}, {"цкой", "цкая"}, {"скай", "ская"}, {"ської", "ська"}, {"ській", "ська"}, {"ською", "ська"},
			{"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"}, {"иной", "ина"}, {"ыной", "ына"}, {"авай", "ава"}, {"евай", "ева"}, {"інай", "іна"}, {"ынай", "ына"},
			{"ової", "ова"}, {"овій", "ова"}, {"овою", "ова"}, {"евої", "ева"}, {"евій", "ева"}, {"евою", "ева"}, {"іної", "іна"}, {"іній", "іна"}, {"іною", "іна"},
			{"ой", "ая"}, {"ай", "ая"}},
	},
	{
		name:       "feminine accusative",
		fem:        true,
		given:      []ending{{"ию", "ия"}, {"ію", "ія"}, {"ью", "ья"}, {"у", "а"}, {"ю", "я"}},
		patronymic: []ending{{"ну", "на"}},
		surname: []ending{{"скую", "ская"}, {"цкую", "цкая"}, {"ську", "ська"}, {"ову", "ова"}, {"еву", "ева"}, {"ёву", "ёва"}, {"ину", "ина"}, {"ыну", "ына"},
			{"аву", "ава"}, {"іну", "іна"}, {"ую", "ая"}},
	},
}

// nominative puts a declined Cyrillic name of two or three words (given
// name, patronymic, surname) back in the nominative, when its given name
// is not one already and some declension fits every word with a given
// name isGiven knows. A surname no ending of the case fits stays as it is
// only if it is of a kind that does not decline (Геращенко, Черных, a
// woman's Алексиевич); otherwise the name is left alone.
func nominative(words []string, isGiven func(string) bool) ([]string, bool) {
	if len(words) < 2 || len(words) > 3 || isGiven(words[0]) {
		return nil, false
	}
	for _, d := range declensions {
		out, ok := d.apply(words, isGiven)
		if ok {
			return out, true
		}
	}
	return nil, false
}

func (d declension) apply(words []string, isGiven func(string) bool) ([]string, bool) {
	out := make([]string, len(words))
	found := false
	for _, e := range d.given {
		if g, ok := e.undo(words[0]); ok && isGiven(g) {
			out[0], found = g, true
			break
		}
	}
	if !found {
		return nil, false
	}
	if len(words) == 3 {
		p, ok := undoFirst(d.patronymic, words[1])
		if !ok {
			return nil, false
		}
		out[1] = p
	}
	last := words[len(words)-1]
	s, ok := undoFirst(d.surname, last)
	if !ok {
		if !indeclinable(last, d.fem) {
			return nil, false
		}
		s = last
	}
	out[len(out)-1] = s
	return out, true
}

// undo replaces the ending of w, keeping a stem of two letters at least.
func (e ending) undo(w string) (string, bool) {
	lw := strings.ToLower(w)
	if !strings.HasSuffix(lw, e.from) || utf8.RuneCountInString(lw)-utf8.RuneCountInString(e.from) < 2 {
		return "", false
	}
	n := w[:len(w)-len(e.from)] + e.to
	if softAfterVowel(n) {
		return "", false // "Андрэь": no word spells a soft sign after a vowel
	}
	return n, true
}

func softAfterVowel(w string) bool {
	rs := []rune(strings.ToLower(w))
	for i := 1; i < len(rs); i++ {
		if rs[i] == 'ь' && strings.ContainsRune("аеёиоуыэюяіїє", rs[i-1]) {
			return true
		}
	}
	return false
}

func undoFirst(es []ending, w string) (string, bool) {
	for _, e := range es {
		if n, ok := e.undo(w); ok {
			return n, true
		}
	}
	return "", false
}

// indeclinable reports whether a surname stays the same in every case:
// those in -о (Геращенко, Бабарико), -их/-ых (Черных) and a vowel of a
// foreign name (Шойгу, Гёте), and a woman's in a consonant (Алексиевич,
// Меркель), which only men's decline.
func indeclinable(w string, fem bool) bool {
	lw := strings.ToLower(w)
	for _, s := range []string{"о", "их", "ых", "е", "и", "у", "ю", "э"} {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	if !fem {
		return false
	}
	// Not one in a man's ending (Иванов, Путин) or a man's
	// instrumental (Ивановым), which is no woman's name.
	for _, s := range []string{"ов", "ев", "ёв", "аў", "ин", "ын", "ім", "ым", "им", "ом", "ем"} {
		if strings.HasSuffix(lw, s) {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(lw)
	return !strings.ContainsRune("аяоеёиыуюэіїєьй", r)
}

// declined returns the nominative of the Cyrillic name toks[a:b], if it
// is a declined one nominative recognises, joined by spaces.
func (st *state) declined(toks []nlp.Token, a, b int) (string, bool) {
	if b-a < 2 || b-a > 3 || !allCyrillic(toks[a:b]) {
		return "", false
	}
	words := make([]string, 0, b-a)
	for _, t := range toks[a:b] {
		words = append(words, t.Text)
	}
	n, ok := nominative(words, st.r.kb.Given)
	return strings.Join(n, " "), ok
}

// givenLike reports whether w is a given name of the knowledge base in the
// nominative or in one of the declensions' cases.
func (st *state) givenLike(w string) bool {
	if !isCyrillic(w) {
		return false
	}
	if st.r.kb.Given(w) {
		return true
	}
	for _, d := range declensions {
		for _, e := range d.given {
			if g, ok := e.undo(w); ok && st.r.kb.Given(g) {
				return true
			}
		}
	}
	return false
}

// freshCyrillic returns the new actor a declined Cyrillic surname names
// ("Геращенко", "Ивановой" after "Анна Иванова"), trying its nominative
// guesses.
func (st *state) freshCyrillic(w string) (news.ActorID, bool) {
	if !isCyrillic(w) {
		return "", false
	}
	for _, n := range nominatives(w) {
		if id, ok := st.fresh[kb.Key(n)]; ok {
			return id, true
		}
	}
	return "", false
}

// nameOf is the name a new actor's mention gives it: nameIn's, or the
// nominative of a declined Cyrillic name at the mention's end that the ID
// was made from ("Антон Геращенко" for "Антона Геращенко").
func (r *Resolver) nameOf(m news.Mention) string {
	n := nameIn(m)
	key := strings.TrimPrefix(string(m.Actor), NewPrefix)
	if kb.Key(n) == key {
		return n
	}
	f := strings.Fields(m.Text)
	for k := 2; k <= 3 && k <= len(f); k++ {
		if nom, ok := nominative(f[len(f)-k:], r.kb.Given); ok && kb.Key(strings.Join(nom, " ")) == key {
			return strings.Join(nom, " ")
		}
	}
	return n
}
