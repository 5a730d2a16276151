package kb

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// sectors names CAMEO's sector and religion codes as a reader knows them.
var sectors = map[string]string{
	"GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition",
	"PTY": "political party", "COP": "police", "JUD": "judiciary", "SPY": "intelligence",
	"MED": "media", "EDU": "education", "BUS": "business", "CRM": "criminals",
	"CVL": "civilians", "LAB": "labour", "LEG": "legislature", "HLH": "health",
	"REF": "refugees", "AGR": "agriculture", "ELI": "elites", "UAF": "armed groups",
	"NGO": "NGOs", "HRI": "human rights", "DEV": "development", "ENV": "environment",
	"SEP": "separatists", "INS": "insurgents", "RAD": "radicals", "REL": "religious bodies",
	"SOC": "civil society", "PRM": "paramilitaries", "MUS": "Muslims", "CHR": "Christians", "JEW": "Jews",
	"HIN": "Hindus", "BUD": "Buddhists", "CTH": "Catholics", "SIK": "Sikhs",
}

// IsSector reports whether code is a CAMEO sector or religion code, not a
// territory's code that the dictionaries put in the sector field (Gaza's
// GZA, the Faroes' FRO).
func IsSector(code string) bool {
	_, ok := sectors[code]
	return ok
}

// sectorActor makes the actor a country's sector code stands for when no
// file lists it ("BLRMIL" → "Belarus military", "DZACVLMUS" → "Algeria
// civilians, Muslims"): the resolver codes "Belarusian troops" so whether
// or not the KB has a record, and listings want a name for it. It returns
// false for anything else.
func (k *KB) sectorActor(id news.ActorID) (*news.Actor, bool) {
	s := string(id)
	if len(s) < 6 || len(s)%3 != 0 {
		return nil, false
	}
	c, ok := k.actors[news.ActorID(s[:3])]
	if !ok || c.Kind != "country" {
		return nil, false
	}
	var words []string
	for i := 3; i < len(s); i += 3 {
		w, ok := sectors[s[i:i+3]]
		if !ok {
			return nil, false
		}
		words = append(words, w)
	}
	return &news.Actor{
		ID: id, Kind: "group", Code: s, Country: s[:3], Sector: s[3:6],
		Name: c.Name + " " + strings.Join(words, ", "),
	}, true
}

// Sector returns the CAMEO sector code an agent noun signals: "troops" →
// "MIL", "foreign ministry" → "GOV". English plurals are reduced to the
// singular the dictionary lists, and a word of eight letters or more one
// typo from a one-word agent noun ("peackeepers", "Commision") is taken
// for it when the nouns that close agree on the sector.
func (k *KB) Sector(noun string) (string, bool) {
	key := Key(noun)
	if c, ok := k.agents[key]; ok {
		return c, true
	}
	for _, s := range singulars(key) {
		if c, ok := k.agents[s]; ok {
			return c, true
		}
	}
	// A long word one edit from an agent noun is a typo of it.
	for _, s := range append([]string{key}, singulars(key)...) {
		if c, ok := k.misspelt(s); ok {
			return c, true
		}
	}
	return "", false
}

// singulars guesses the singular of an English plural noun phrase by its
// last word: soldiers, ministries, gendarmeries, thieves, policemen,
// businesses.
func singulars(key string) []string {
	head, last := "", key
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		head, last = key[:i+1], key[i+1:]
	}
	var out []string
	switch {
	case strings.HasSuffix(last, "ies"):
		out = append(out, head+last[:len(last)-3]+"y", head+last[:len(last)-1])
	case strings.HasSuffix(last, "ves"):
		out = append(out, head+last[:len(last)-3]+"f", head+last[:len(last)-3]+"fe", head+last[:len(last)-1])
	case strings.HasSuffix(last, "men"):
		out = append(out, head+last[:len(last)-3]+"man")
	case strings.HasSuffix(last, "es"):
		out = append(out, head+last[:len(last)-2], head+last[:len(last)-1])
	case strings.HasSuffix(last, "s"):
		out = append(out, head+last[:len(last)-1])
	}
	return out
}
