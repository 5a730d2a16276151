package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/nlp"
)

// weapons are the names of weapon systems the press writes after their
// operator's country ("a US Predator", "Russian Iskanders", "Turkish
// Bayraktars"): the weapon acts for the country's military. They are
// matched by case and only after a country, since many are also words
// ("predators", "patriots", "tornado") that name no army.
var weapons = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Predator Reaper Iskander Tomahawk Scud Kalibr Kinzhal Bayraktar
		HIMARS Kornet Katyusha Grad Stinger Javelin Apache Sukhoi MiG Mirage Tornado Rafale Harrier
		Merkava Abrams Leopard Shahed Patriot Hellfire Exocet Tupolev Backfire Scorpion`) {
		weapons[w] = true
		if !strings.HasSuffix(w, "s") && !isUpperWord(w) {
			weapons[w+"s"] = true
		}
	}
}

// weaponAt returns the end of a weapon system's name at toks[i] and of
// the noun of its kind after it ("Predator drone", "Iskander
// missiles"), or i when none starts there.
func (st *state) weaponAt(toks []nlp.Token, i int) int {
	if i >= len(toks) || !weapons[toks[i].Text] {
		return i
	}
	e := i + 1
	if e < len(toks) && !startsUpper(toks[e].Text) {
		if sec, ok := st.r.kb.Sector(toks[e].Text); ok && strings.HasPrefix(sec, "MIL") {
			e++
		}
	}
	return e
}
