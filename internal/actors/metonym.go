package actors

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// metonym reports whether text names the government by a place or
// building rather than as a government: capitalised words sharing none
// with the actor's name ("Minsk", "the Kremlin"), not an acronym.
func metonym(text string, a *news.Actor) bool {
	name := strings.Fields(strings.ToLower(a.Name))
	for _, w := range strings.Fields(text) {
		if strings.EqualFold(w, "the") {
			continue
		}
		if !startsUpper(w) || isUpperWord(w) || slices.Contains(name, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"outside": true, "across": true, "around": true, "via": true, "through": true,
	"toward": true, "towards": true, "inside": true, "within": true, "between": true,
	"of": true, "visit": true, "visited": true, "visiting": true,
	// Russian, Belarusian and Ukrainian.
	"в": true, "во": true, "на": true, "из": true, "под": true, "около": true, "возле": true,
	"у": true, "ў": true, "з": true, "каля": true, "до": true, "да": true, "к": true, "ко": true,
}

func isLocative(w string) bool { return locatives[strings.ToLower(w)] }

// motion verbs make "to" a place: "flew to Moscow", but "spoke to the
// Kremlin" is addressed to the government.
var motion = map[string]bool{
	"go": true, "come": true, "travel": true, "fly": true, "return": true, "move": true,
	"arrive": true, "head": true, "flee": true, "drive": true, "march": true, "walk": true,
	"relocate": true, "send": true, "bring": true, "take": true, "deport": true,
}

// force verbs act on a city as a place: "shelled Kyiv", "besieged Kabul",
// "missiles struck Sanaa", "would blockade Paris" strike its streets and
// people (PLOVER's CVL), not the government it hosts ("struck a deal with
// Minsk" has no object Minsk). Verbs as often figurative ("hit Minsk with
// sanctions", "took Moscow by surprise") are left out.
var force = map[string]bool{
	"shell": true, "bomb": true, "attack": true, "besiege": true, "blockade": true,
	"storm": true, "capture": true, "seize": true, "encircle": true, "surround": true,
	"invade": true, "occupy": true, "raid": true, "pound": true, "bombard": true,
	"overrun": true, "evacuate": true, "liberate": true, "enter": true, "paralyse": true,
	"paralyze": true, "strike": true,
}

// struck reports whether the name at toks[a] is the object of a verb of
// force: the word before it (toks[i], "the" skipped) or, by the parse,
// its head.
func struck(toks []nlp.Token, a, i int) bool {
	if force[strings.ToLower(toks[i].Lemma)] && toks[i].UPOS == "VERB" {
		return true
	}
	h := toks[a].Head
	return toks[a].Rel == "obj" && h >= 0 && h < len(toks) && toks[h].UPOS == "VERB" && force[strings.ToLower(toks[h].Lemma)]
}

// place reports whether the name at toks[a] stands as a location: after a
// locative preposition (skipping "the"), where "to" counts only after a
// verb of motion or a noun ("a trip to Minsk") and "over" only before no
// possessive ("drones over Kyiv", not "a row over Moscow's role"), or as
// the object of a verb of force.
func place(toks []nlp.Token, a int) bool {
	i := a - 1
	for i >= 0 && strings.EqualFold(toks[i].Text, "the") {
		i--
	}
	if i >= 0 && struck(toks, a, i) {
		return true
	}
	if i >= 0 && strings.EqualFold(toks[i].Text, "over") && (a+1 >= len(toks) || toks[a+1].Text != "'s") {
		return true // "drones over Kyiv"; not "a row over Moscow's role"
	}
	if i < 0 || !isLocative(toks[i].Text) {
		return false
	}
	if i > 0 && strings.EqualFold(toks[i].Text, "in") && missions[strings.ToLower(toks[i-1].Lemma)] {
		// "opened an embassy in Tehran": a mission is accredited to the
		// government the capital stands for, as ties are.
		return false
	}
	if !strings.EqualFold(toks[i].Text, "to") {
		return true
	}
	return i > 0 && (motion[strings.ToLower(toks[i-1].Lemma)] || toks[i-1].UPOS == "NOUN")
}

func (st *state) hasCountry(ids []news.ActorID) bool {
	for _, id := range ids {
		if a, ok := st.r.kb.Actor(id); ok && a.Kind == "country" {
			return true
		}
	}
	return false
}

// missions are the diplomatic posts a capital after "in" names the host
// government of.
var missions = map[string]bool{"embassy": true, "consulate": true}
