package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

// PLOVER returns the code the PLOVER manual (v2.0, "Actors" chapter) and
// its gold-standard readme give a mention the resolver coded in CAMEO: a
// country (or international entity) code and its sector codes, primary
// first ("EGYCVLOPP"); "" when the mention has no code. Resolve keeps
// CAMEO codes, which the pipeline and the GDELT export use; PLOVER is for
// coding to PLOVER, and applies only the conventions where the two differ:
//
//   - Places: a city or region (kb.Place) is the country's civilians
//     ("Mosul" → IRQCVL), and so is a capital named as a place ("in
//     Algiers" → DZACVL); a capital standing for its government ("Minsk
//     said", How "metonym") stays GOV. The readme: "Cities in general go to
//     sector CVL; capital cities go to sector GOV if they are the subject or
//     direct object, otherwise CVL" (the resolver tells the two apart by
//     the word before the name).
//   - International entities: PLOVER has seven (IGO, UNO, EUR, NGO, ISM,
//     IMG, MNC) and no CAMEO sub-codes; the United Nations and the
//     European Union are UNO and EUR, other intergovernmental bodies IGO
//     ("IGOWSTNAT" → IGO). A body's own sector in the KB ("MIL" for a
//     military alliance: NATO → IGOMIL) is added when the code has none.
//   - Sectors: only PLOVER's (its "Sector Codes" table); CAMEO's HLH
//     (health) is PLOVER's MED and CAMEO's MED (media) its JRN; the
//     insurgent and separatist sectors are REB (sector note 3); human
//     rights, development and environmental groups are civil society
//     (SOC); religions, ethnic and organisation sub-codes are not sectors
//     and are dropped.
//   - Protesters and activists: CVL ("civilians, protesters, activists"),
//     with OPP, which PLOVER "typically assigns as a secondary code", after
//     it: CAMEO codes "Egyptian demonstrators" EGYOPP, PLOVER EGYCVLOPP.
func (r *Resolver) PLOVER(m news.Mention) string {
	code := m.Code
	if len(code) < 3 {
		return ""
	}
	country := code[:3]
	if p, ok := r.kb.Place(m.Text); ok && (m.How == "alias" || m.How == "name") && p.Country == country {
		return country + "CVL"
	}
	var sectors []string
	add := func(s string) {
		if s != "" && !contains(sectors, s) {
			sectors = append(sectors, s)
		}
	}
	for i := 3; i+3 <= len(code); i += 3 {
		g := code[i : i+3]
		switch {
		case country == "IGO" && (g == "UNO" || g == "EUR"):
			country = g
		case g == "OPP" && protester(m.Text):
			add("CVL")
			add("OPP")
		default:
			add(ploverSector[g])
		}
	}
	if len(sectors) == 0 {
		if a, ok := r.kb.Actor(m.Actor); ok && a.Kind != "person" && a.Kind != "country" && len(a.Sector) == 3 {
			add(ploverSector[a.Sector])
		}
	}
	return country + strings.Join(sectors, "")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ploverSector maps a CAMEO sector to PLOVER's; codes PLOVER lacks map to
// "". PLOVER's own sectors map to themselves.
var ploverSector = map[string]string{
	"HLH": "MED", "MED": "JRN", "INS": "REB", "SEP": "REB",
	"HRI": "SOC", "DEV": "SOC", "ENV": "SOC", "NGO": "SOC",
}

func init() {
	for _, s := range strings.Fields("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB REF OPP PRE REL SOC") {
		ploverSector[s] = s
	}
}

// protestNouns are the people PLOVER names civilians by what they do
// rather than by an organisation: "civilians, protesters, activists".
var protestNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("protester protestor demonstrator marcher rioter activist campaigner picketer") {
		protestNouns[w] = true
	}
}

// protester reports whether a mention's last word names protesters or
// activists ("Egyptian demonstrators", "democracy activists").
func protester(text string) bool {
	f := strings.Fields(kb.Key(text))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return protestNouns[w] || protestNouns[strings.TrimSuffix(w, "s")]
}
