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
//   - States: a dependency with its own ISO code is its controlling
//     state's (Puerto Rico → USA, Gibraltar → GBR), except Hong Kong,
//     Palestine and Antarctica; Kosovo is KOS. A partially recognised
//     entity (Abkhazia, the Donetsk and Luhansk "people's republics",
//     Nagorno-Karabakh, Northern Cyprus, Transnistria, Somaliland, South
//     Ossetia, Western Sahara) is the state claiming it, with the sector
//     PRE first.
//   - The Red Cross and Red Crescent (CAMEO's NGO with the IRC sub-code)
//     are an IGO, as PLOVER's gold codes them.
//   - Armed groups fighting for the government ("pro-government
//     militias", "paramilitaries", CAMEO's UAF) are PLOVER's PRM; other
//     militias, organised groups CAMEO codes UAF too, are its armed
//     opposition (REB), UAF staying for unknown gunmen.
//   - Protesters and activists: CVL ("civilians, protesters, activists"),
//     with OPP, which PLOVER "typically assigns as a secondary code", after
//     it: CAMEO codes "Egyptian demonstrators" EGYOPP, PLOVER EGYCVLOPP.
func (r *Resolver) PLOVER(m news.Mention) string {
	code := m.Code
	if len(code) < 3 {
		return ""
	}
	country := code[:3]
	var sectors []string
	add := func(s string) {
		if s != "" && !contains(sectors, s) {
			sectors = append(sectors, s)
		}
	}
	if c, ok := partlyRecognised(m.Text); ok {
		country = c
		add("PRE")
	} else if _, ok := r.kb.PlaceIn(m.Text, country); ok && (m.How == "alias" || m.How == "name") {
		return country + "CVL"
	}
	if c, ok := ploverCountry[country]; ok {
		country = c
	}
	for i := 3; i+3 <= len(code); i += 3 {
		g := code[i : i+3]
		switch {
		case country == "IGO" && (g == "UNO" || g == "EUR"):
			country = g
		case g == "OPP" && protester(m.Text):
			add("CVL")
			add("OPP")
		case g == "UAF" && proGovernment(m.Text):
			add("PRM")
		case g == "UAF" && militia(m.Text):
			add("REB")
		case g == "IRC" && country == "NGO":
			// The Red Cross movement holds its mandate from the Geneva
			// Conventions, a treaty of states: PLOVER's gold codes it
			// an IGO where CAMEO has an NGO with the IRC sub-code.
			country = "IGO"
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

// proGovernment reports whether an armed group's mention says it fights
// for the government ("pro-government militias", "paramilitaries"):
// PLOVER's PRM, "paramilitary organizations not in opposition to
// government", which CAMEO lacks and codes UAF.
func proGovernment(text string) bool {
	k := kb.Key(text)
	for _, w := range []string{"pro-government", "pro government", "government-backed", "government-allied", "paramilitar", "pro-regime", "regime-backed"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// militia reports whether an armed group's mention names it a militia:
// an organised armed group, which PLOVER codes as armed opposition (REB)
// when it does not fight for the government, keeping UAF, "unidentified
// armed forces", for unknown gunmen; CAMEO codes both UAF.
func militia(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if strings.HasPrefix(w, "militia") {
			return true
		}
	}
	return false
}

// ploverCountry maps the codes PLOVER folds into another state (the
// manual's "Non-independent territories with a separate ISO code") and
// Kosovo, which ISO lacks and CAMEO codes KSV.
var ploverCountry = map[string]string{
	"KSV": "KOS", "XKX": "KOS",
	"PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "UMI": "USA",
	"FLK": "GBR", "GIB": "GBR", "BMU": "GBR", "CYM": "GBR", "VGB": "GBR", "MSR": "GBR", "TCA": "GBR",
	"AIA": "GBR", "PCN": "GBR", "SHN": "GBR", "IOT": "GBR", "SGS": "GBR", "IMN": "GBR", "JEY": "GBR", "GGY": "GBR",
	"GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA", "PYF": "FRA", "NCL": "FRA",
	"SPM": "FRA", "WLF": "FRA", "BLM": "FRA", "MAF": "FRA", "ATF": "FRA",
	"ABW": "NLD", "CUW": "NLD", "SXM": "NLD", "BES": "NLD",
	"GRL": "DNK", "FRO": "DNK", "ALA": "FIN", "SJM": "NOR", "BVT": "NOR",
	"CXR": "AUS", "CCK": "AUS", "NFK": "AUS", "HMD": "AUS",
	"COK": "NZL", "NIU": "NZL", "TKL": "NZL", "MAC": "CHN", "ESH": "MAR",
}

// preNames are the partially recognised entities of the PLOVER manual, by
// the names and adjectives the press uses, with the state that claims
// each; keys are kb.Key forms.
var preNames = map[string]string{}

func init() {
	for country, names := range map[string]string{
		"GEO": "Abkhazia|Abkhaz|Abkhazian|South Ossetia|South Ossetian",
		"UKR": "Donetsk People's Republic|DPR|DNR|Luhansk People's Republic|Lugansk People's Republic|LPR|LNR",
		"AZE": "Nagorno-Karabakh|Nagorno Karabakh|Karabakh|Artsakh",
		"CYP": "Northern Cyprus|Turkish Republic of Northern Cyprus|TRNC",
		"MDA": "Transnistria|Transnistrian|Transdniestria|Trans-Dniester|Pridnestrovie",
		"SOM": "Somaliland",
		"MAR": "Western Sahara|Sahrawi Arab Democratic Republic|Sahrawi Republic",
	} {
		for _, n := range strings.Split(names, "|") {
			preNames[kb.Key(n)] = country
		}
	}
}

// partlyRecognised reports whether text names a partially recognised
// entity, and the state claiming it.
func partlyRecognised(text string) (string, bool) {
	key := " " + kb.Key(text) + " "
	for n, c := range preNames {
		if strings.Contains(key, " "+n+" ") {
			return c, true
		}
	}
	return "", false
}
