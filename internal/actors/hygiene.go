package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/nlp"
)

// notName reports whether the span toks[a:b] discovery was about to make a
// new actor of is no one's name, whatever NER called it:
//   - a Latin-script word inside it that the article does not capitalise
//     and that is no name particle ("Minsk court", "Iskander missile"):
//     names are capitalised word by word in English news, so NER's span
//     ran into common words (Cyrillic names capitalise the first word
//     only, "Координационный совет", and are left to their rules);
//   - a superlative opening it ("Best VPN", "Cheapest Hotels"): an
//     advertisement's or a headline's words, not a name;
//   - a year right after it ("Union Resolve 2022", "Zapad 2021"): the name
//     of an exercise, a tournament or a campaign, an event;
//   - a weapon system's name, alone or before the kind of weapon
//     ("Iskander", "Kinzhal missiles"), which acts for an army only after
//     its country (weapon.go).
func notName(toks []nlp.Token, a, b int) bool {
	for _, t := range toks[a:b] {
		if lowerWord(t.Text) && !particles[strings.ToLower(t.Text)] {
			return true
		}
	}
	if toks[a].XPOS == "JJS" || toks[a].XPOS == "RBS" {
		return true
	}
	if b < len(toks) && isYear(toks[b].Text) && !strings.HasSuffix(toks[a].Ent, "PER") {
		return true
	}
	if b-a == 1 && weapons[toks[a].Text] {
		return true
	}
	if cyrillicPlace(toks[a].Text) {
		return true
	}
	return b < len(toks) && weaponKinds[strings.ToLower(toks[b].Text)]
}

// lowerWord reports whether w is a Latin-script word that opens with a
// lower-case letter; "al-Assad" and "bin" are judged by particles.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && unicode.Is(unicode.Latin, r) && !strings.Contains(w, "-")
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// particles are the lower-case words names hold: prepositions and
// conjunctions of bodies' names ("Organization for Security and
// Co-operation in Europe", "Reporters without Borders") and the
// particles of people's ("Ursula von der Leyen", "Osama bin Laden").
var particles = map[string]bool{}

// weaponKinds are the nouns after a weapon system's name ("Iskander
// missile systems").
var weaponKinds = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`of for and the in on at to by with without against from sans
		de du des la le les del della di da do dos das van von der den ter ten zu bin ibn bint al el ul ur y e et und i`) {
		particles[w] = true
	}
	for _, w := range strings.Fields(`missile missiles launcher launchers system systems rocket rockets
		drone drones tank tanks warhead warheads jet jets helicopter helicopters rifle rifles`) {
		weaponKinds[w] = true
	}
}

// cyrillicPlace reports whether a Cyrillic name opens with a building's
// or a street's noun in any case: Russian, Belarusian and Ukrainian put the
// head first ("во Дворце Независимости", "на площади Победы", "вуліца
// Акрэсціна"), as English puts it last ("Independence Palace", notActor).
func cyrillicPlace(w string) bool {
	return nlp.HasStem(w, cyrillicPlaces)
}

// cyrillicPlaces are the stems of those nouns, long enough to be nothing
// else: palace, square, street, avenue, stadium, station, airport.
var cyrillicPlaces = strings.Fields(`дворц дворец палац палаце площад плошч вуліц улиц вулиц проспект праспект стадион стадыён вокзал аэропорт аеропорт`)

// menu reports whether a sentence is a line of links ("Related partners:
// Best VPN for Ukraine 2014 | Trade binary options | Cheap hotels Minsk"),
// whose capitalised words are headlines and advertisements, no actors.
func menu(toks []nlp.Token) bool {
	n := 0
	for _, t := range toks {
		if t.Text == "|" {
			n++
		}
	}
	return n >= 2
}
