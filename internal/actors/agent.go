package actors

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// titleStart returns where the capitalised title before a name at toks[a]
// begins: title words ("Prime Minister") and agent nouns ("Labour
// Minister"), or a itself when there is none.
func (st *state) titleStart(toks []nlp.Token, used []bool, a int) int {
	t := a
	for t > 0 && !used[t-1] && startsUpper(toks[t-1].Text) {
		if !isTitleWord(toks[t-1].Text) {
			if _, ok := st.r.kb.Sector(st.doc.Text[toks[t-1].Span.Start:toks[a-1].Span.End]); !ok {
				// "Police Chief": the word before may complete the title.
				if t < 2 || used[t-2] || !startsUpper(toks[t-2].Text) {
					break
				}
				if _, ok := st.r.kb.Sector(st.doc.Text[toks[t-2].Span.Start:toks[a-1].Span.End]); !ok {
					break
				}
				t--
			}
		}
		t--
	}
	return t
}

// agent finds an agent noun starting at toks[i], after at most two
// modifiers, adjectives or nouns of a compound ("new government", "state
// petrochemical concern", "paper workers"): its sector and the end of the
// noun, or i when there is none.
func (st *state) agent(toks []nlp.Token, i int) (string, int) {
	for skip := 0; skip <= 2 && i+skip < len(toks); skip++ {
		if skip > 0 && !modifier(toks[i+skip-1]) && !(skip == 1 && st.partyName(toks[i])) {
			break
		}
		at := i + skip
		for n := min(maxAgentWords, len(toks)-at); n >= 1; n-- {
			if !isWordy(toks[at:at+n]) || (n == 1 && rankWords[strings.ToLower(toks[at].Text)] && at+1 < len(toks) && (toks[at+1].UPOS == "NOUN" || toks[at+1].UPOS == "ADJ")) {
				continue // "deputy foreign minister": the rank qualifies the noun after it
			}
			if n > 3 && !hasJoiner(toks[at+1:at+n-1]) {
				continue // the dictionary's long phrases hold "of", "for" or "and"
			}
			if last := toks[at+n-1].UPOS; n > 1 && (last == "ADP" || last == "PART" || last == "DET") {
				continue // Phoenix's "AMBASSADOR_TO" is a pattern's head: "ambassador" ends the noun
			}
			phrase := st.doc.Text[toks[at].Span.Start:toks[at+n-1].Span.End]
			if e := at + n; e < len(toks) && genericHead(toks[e]) {
				// "union leaders", "civilian personnel", "rebel
				// commanders": a head that names people of any body
				// belongs to the body its modifier names.
				if sec, ok := st.r.kb.Sector(phrase); ok && len(sec) >= 3 {
					return sectorOf(sec), e + 1
				}
			}
			if e := at + n; e < len(toks) && strongholds[strings.ToLower(toks[e].Lemma)] {
				// "rebel positions", "militant hideouts": the places an
				// armed body holds stand for it when attacked.
				if sec, ok := st.r.kb.Sector(phrase); ok && len(sec) >= 3 && armedSectors[sec[:3]] && sec[:3] != "MIL" {
					return sec[:3], e + 1
				}
			}
			if held, ok := strings.CutSuffix(strings.ToLower(phrase), "-held"); ok && n == 1 && at+1 < len(toks) && heldPlaces[strings.ToLower(toks[at+1].Lemma)] {
				// "rebel-held areas", "the insurgent-held town": the
				// area stands for the armed body holding it.
				if sec, ok := st.r.kb.Sector(held); ok && len(sec) >= 3 && armedSectors[sec[:3]] {
					return sec[:3], at + 2
				}
			}
			if e := at + n; e < len(toks) && armedHeads[strings.ToLower(toks[e].Text)] {
				// "rebel fighters", "militia fighters": fighters
				// are of the armed body their modifier names, but a
				// people's or a faith's are no armed sector of theirs.
				if sec, ok := st.r.kb.Sector(phrase); ok && len(sec) >= 3 && armedSectors[sec[:3]] {
					return sec[:3], e + 1
				}
			}
			// An adjective must head its phrase: "military" in "closest
			// military ally" is not the military, but "army bulldozers"
			// are the army's.
			if at+n < len(toks) && toks[at+n].UPOS == "NOUN" && toks[at+n-1].UPOS == "ADJ" && !temporal[strings.ToLower(toks[at+n].Text)] {
				continue
			}
			if e := at + n; e < len(toks) && strings.EqualFold(toks[e].Text, "of") && partNouns[strings.ToLower(phrase)] {
				continue // "the Syrian side of the border" is a place
			}
			if sec, ok := st.r.kb.Sector(phrase); ok && len(sec) >= 3 {
				return sectorOf(sec), at + n
			}
		}
	}
	return "", i
}

// partNouns name a party to talks ("the Iranian side") but, before "of",
// a part of a place ("the Turkish side of the island").
var partNouns = map[string]bool{"side": true, "sides": true}

// genericHeads name people by their place in a body, not by the body:
// the sector is the modifier's ("union leaders" are labour's, "party
// officials" a party's).
var genericHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`leader leaders leadership official officials member members spokesman spokesmen
		spokeswoman spokeswomen spokesperson representative representatives chief chiefs head heads staff staffers
		personnel figure figures worker workers supporter supporters loyalist loyalists commander commanders`) {
		genericHeads[w] = true
	}
}

// armedHeads name people by their arms, whose side their modifier names
// when it is an armed one.
var armedHeads = map[string]bool{"fighter": true, "fighters": true, "gunmen": true, "combatants": true}

// strongholds are the places of a non-state armed body, which stand for
// it as the target of an attack ("shelled rebel positions"); a state's
// ("army bases") are left to its military's own reading.
var strongholds = map[string]bool{
	"position": true, "stronghold": true, "hideout": true, "base": true, "camp": true,
	"target": true, "outpost": true, "bastion": true,
}

// heldPlaces are the places an armed body is said to hold ("rebel-held
// areas").
var heldPlaces = map[string]bool{
	"area": true, "district": true, "territory": true, "town": true, "city": true, "village": true,
	"part": true, "enclave": true, "zone": true, "region": true, "province": true, "neighbourhood": true,
	"neighborhood": true, "suburb": true, "north": true, "south": true, "east": true, "west": true,
}

var armedSectors = map[string]bool{"REB": true, "MIL": true, "UAF": true, "INS": true, "COP": true, "SPY": true}

// genericHead reports whether t is a lower-case generic head noun.
func genericHead(t nlp.Token) bool {
	return (t.UPOS == "NOUN" || t.UPOS == "PROPN") && lower(t.Text) && genericHeads[t.Text]
}

func modifier(t nlp.Token) bool {
	return t.UPOS == "ADJ" || (t.UPOS == "NOUN" && lower(t.Text))
}

// maxAgentWords bounds the agent phrases tried: the Phoenix file names
// offices of up to six words ("chief of staff of the army").
const maxAgentWords = 6

// rankWords qualify the office after them; alone, the dictionaries give
// some a sector of their own ("deputy" is a sheriff's, COP).
var rankWords = map[string]bool{"deputy": true, "vice": true, "acting": true, "assistant": true, "interim": true}

// partyName reports whether t is a capitalised word the KB does not know
// standing first before an agent noun, a party or movement's name ("Nicaragua's
// Sandinista government", "the Baath leadership").
func (st *state) partyName(t nlp.Token) bool {
	return t.UPOS == "PROPN" && startsUpper(t.Text) && !isUpperWord(t.Text) && !isTitleWord(t.Text) && len(st.r.kb.Lookup(t.Text)) == 0
}

// agentBefore finds an agent noun that a preposition ties to the country
// at toks[a]: "rebels in Darfur", "forces of Serbia", "refugees from
// Syria", "students throughout Indonesia", with an optional "the" before
// the country. It returns where the
// noun starts and its sector, or a when there is none. "In" says where,
// not whose: troops and embassies in a country are often foreign, so it
// gives no MIL or GOV.
func (st *state) agentBefore(toks []nlp.Token, used []bool, a int) (int, string) {
	p := a - 1
	if p >= 0 && strings.EqualFold(toks[p].Text, "the") {
		p--
	}
	if p < 1 || used[p] {
		return a, ""
	}
	prep := strings.ToLower(toks[p].Text)
	switch prep {
	case "of", "from":
	case "in", "throughout", "across", "inside", "within":
		prep = "in" // where, not whose
	default:
		return a, ""
	}
	// The tagger reads a sentence's capitalised first noun as a name
	// ("Monks in Myanmar"); the KB's agent nouns still say what it is.
	if toks[p-1].UPOS != "NOUN" && (toks[p-1].UPOS != "PROPN" || p-1 != firstWord(toks)) {
		return a, ""
	}
	for n := min(3, p); n >= 1; n-- {
		s := p - n
		if anyUsed(used, s, p) || !isWordy(toks[s:p]) {
			continue
		}
		sec, ok := st.r.kb.Sector(st.doc.Text[toks[s].Span.Start:toks[p-1].Span.End])
		if !ok || len(sec) < 3 {
			continue
		}
		sec = sectorOf(sec)
		if prep == "in" && (sec == "MIL" || sec == "GOV") {
			return a, ""
		}
		if riverBank(toks, p) {
			return a, "" // "the west bank of the Dnipro", not the Bank of Russia
		}
		if prep == "from" && s > 0 && possessives[strings.ToLower(toks[s-1].Text)] {
			// "recalled its ambassador from Lebanon", "withdrew their
			// troops from Syria": whose they are the pronoun says; the
			// country is where they leave.
			return a, ""
		}
		return s, sec
	}
	return a, ""
}

// possessives are the pronouns that give a noun its owner.
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// temporal nouns say when, so they head no phrase: "a U.S. official
// today said" has "official" as its noun, whatever the tagger thought.
var temporal = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "week": true, "weekend": true,
}

// sectorOf is the sector an agent code gives a country's actor: its
// first group, except that a religion (Phoenix files "Islamic
// fundamentalists" under MUS) is no sector: the believers are civilians
// of that religion, CVL then the religion's code.
func sectorOf(code string) string {
	if religions[code[:3]] {
		return "CVL" + code[:3]
	}
	return code[:3]
}

// religions are CAMEO's religion codes that Phoenix uses as agents' first
// group.
var religions = map[string]bool{"MUS": true, "CHR": true, "JEW": true, "HIN": true, "BUD": true, "CTH": true, "SIK": true}

// lower reports whether a word starts with a lower-case letter.
func lower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// govCode is the code of a person named with a government title: the
// code at the date when it is a government one, an international body's
// code with GOV (its executive), else the person's latest government
// role's.
func (st *state) govCode(a *news.Actor, code string) string {
	if hasGroup(code, "GOV") {
		return code
	}
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
		// A body's secretary-general or president heads its executive.
		return code + "GOV"
	}
	var best *news.Role
	for i, r := range a.Roles {
		if hasGroup(r.Code, "GOV") && (best == nil || r.From.After(best.From)) {
			best = &a.Roles[i]
		}
	}
	if best != nil {
		return best.Code
	}
	if a.Country != "" {
		return a.Country + "GOV"
	}
	return code
}

// hasGroup reports whether a CAMEO code holds the three-letter group g
// after its country.
func hasGroup(code, g string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == g {
			return true
		}
	}
	return false
}

// codeAt is the actor's CAMEO code at t: a country's or body's fixed code,
// a person's role's code then. Without a date the latest role counts. A
// person with no role at t whose titled government or military role ended
// before it is one of the country's elites (CAMEO ELI: former officials).
func codeAt(a *news.Actor, t time.Time) string {
	if a.Kind != "person" && a.Code != "" {
		return a.Code // a country or body's code does not change with its dictionary roles
	}
	if !t.IsZero() {
		if r, ok := a.RoleAt(t); ok {
			return r.Code
		}
		if c := formerCode(a, t); c != "" {
			return c
		}
	} else if len(a.Roles) > 0 {
		best := a.Roles[0]
		for _, r := range a.Roles[1:] {
			if r.From.After(best.From) {
				best = r
			}
		}
		return best.Code
	}
	if a.Code != "" {
		return a.Code
	}
	return a.Country + a.Sector
}

// formerCode is country+ELI for a person who held a titled government or
// military role that ended before t, or "" when none did.
func formerCode(a *news.Actor, t time.Time) string {
	for _, r := range a.Roles {
		// Only a titled (hand-written) role: the dictionaries' dated roles
		// stop short of careers (Zurabov's ministry, not his embassy).
		if len(r.Code) < 6 || r.Title == "" || r.Until.IsZero() || (!t.IsZero() && r.Until.After(t)) {
			continue
		}
		if hasGroup(r.Code, "GOV") || hasGroup(r.Code, "MIL") || hasGroup(r.Code, "ELI") {
			return r.Code[:3] + "ELI"
		}
	}
	return ""
}

// former reports whether the words right before a name at toks[a] say its
// office is past: "former President", "ousted president", "ex-premier",
// "Former Socialist prime minister". It looks back over title words,
// lower-case title nouns and capitalised modifiers only.
func former(toks []nlp.Token, a int) bool {
	for j := a - 1; j >= 0 && j >= a-6; j-- {
		w := strings.ToLower(toks[j].Text)
		if formerWords[w] || strings.HasPrefix(w, "ex-") {
			return true
		}
		if w == "'s" || !(isTitleWord(w) || startsUpper(toks[j].Text) || toks[j].UPOS == "ADJ" || toks[j].UPOS == "NOUN") {
			return false
		}
	}
	return false
}

// formerWords mark an office as no longer held.
var formerWords = map[string]bool{
	"former": true, "ousted": true, "deposed": true, "toppled": true, "exiled": true,
	"overthrown": true, "ex": true, "retired": true, "late": true,
}

// elite recodes a person named as a former office holder: the country's
// ELI, from the code's country or the actor's.
func elite(a *news.Actor, code string) string {
	c := a.Country
	if len(code) >= 3 && code[:3] != "IGO" && code[:3] != "NGO" {
		c = code[:3]
	}
	if len(c) != 3 {
		return code
	}
	return c + "ELI"
}

// hasJoiner reports whether toks hold "of", "for", "and" or "the", which
// every agent phrase of more than three words of the dictionary does.
func hasJoiner(toks []nlp.Token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.Text) {
		case "of", "for", "and", "the":
			return true
		}
	}
	return false
}

// nounBefore returns the sector of a lower-case agent noun of one or two
// words right before toks[a] ("newspaper", "opposition group"), or "".
func (st *state) nounBefore(toks []nlp.Token, a int) string {
	if a >= 2 && lower(toks[a-1].Text) && genericHeads[toks[a-1].Text] {
		// "Police chief X", "army spokesman X": the head names a place
		// in the body before it, whatever the tagger made of the head.
		for n := 2; n >= 1; n-- {
			s := a - 1 - n
			if s < 0 || !isWordy(toks[s:a-1]) || !(lower(toks[s].Text) || s == firstWord(toks)) || (toks[a-2].UPOS != "NOUN" && a-2 != firstWord(toks)) {
				continue
			}
			if sec, ok := st.r.kb.Sector(st.doc.Text[toks[s].Span.Start:toks[a-2].Span.End]); ok && len(sec) >= 3 {
				return sectorOf(sec)
			}
		}
	}
	for n := 2; n >= 1; n-- {
		s := a - n
		if s < 0 || !isWordy(toks[s:a]) || !(lower(toks[s].Text) || s == firstWord(toks)) || toks[a-1].UPOS != "NOUN" {
			continue
		}
		// The whole code: "opposition newspaper" is OPPMED, both.
		if sec, ok := st.r.kb.Sector(st.doc.Text[toks[s].Span.Start:toks[a-1].Span.End]); ok && len(sec) >= 3 && len(sec)%3 == 0 {
			if religions[sec[:3]] {
				return "CVL" + sec
			}
			return sec
		}
	}
	return ""
}

// riverBank reports whether the agent noun ending at toks[b-1] is "bank" as a
// river's side, no business: after a side or compass word ("the west
// bank", "the left bank") or before "of the" ("the banks of the Nile").
func riverBank(toks []nlp.Token, b int) bool {
	if w := toks[b-1].Text; w != "bank" && w != "banks" {
		return false // "Bank of the Philippine Islands" is a name
	}
	if b >= 2 && sides[strings.ToLower(toks[b-2].Text)] {
		return true
	}
	return b+1 < len(toks) && toks[b].Text == "of" && strings.EqualFold(toks[b+1].Text, "the")
}

var sides = map[string]bool{"west": true, "east": true, "north": true, "south": true, "left": true, "right": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "opposite": true, "other": true, "river": true}
