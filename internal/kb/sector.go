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
