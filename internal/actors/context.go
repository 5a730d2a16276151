package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// roleNouns resolves agent nouns no name qualifies ("protesters",
// "police", "the government", "Islamic fundamentalists") to the sector
// actor of the one country the sentence names: "Police dispersed
// protesters in Minsk" are Belarus's police and protesters, How
// "context". A sentence naming no country, or several, leaves them be:
// whose police they are is then a guess. A force of several states ("a
// regional peacekeeping force") is IGOMIL wherever it stands.
func (st *state) roleNouns(si int, toks []nlp.Token, used []bool) {
	country := st.sentenceCountry(si)
	if country != "" && st.counterpartOnly(si, toks) {
		country = ""
	}
	for i := 0; i < len(toks); i++ {
		if used[i] || !isWordy(toks[i:i+1]) || (startsUpper(toks[i].Text) && i != firstWord(toks) && toks[i].UPOS == "PROPN" && !st.peopleWord(toks[i].Text)) {
			continue // a name, but a people's ("Thousands of Kurds") is an agent noun
		}
		if p := i - 1; p >= 0 && modifiers[toks[p].UPOS] &&
			(used[p] || outsiders[strings.ToLower(toks[p].Text)] || (startsUpper(toks[p].Text) && p != firstWord(toks))) {
			continue // a name or a foreign word modifies it: "CSTO peacekeeping forces", "European airlines"
		}
		sec, e := st.agent(toks, i)
		if e <= i || anyUsed(used, i, e) || nounAfter(toks, e) || riverBank(toks, e) {
			continue
		}
		if e-i > 1 && startsUpper(toks[i].Text) && st.peopleWord(toks[i].Text) {
			sec = stateless(sec) // "Moslem forces", "Kurdish fighters"
		}
		id := country + sec
		switch {
		case sec == "MIL" && multinational(toks, i, e):
			// "a regional peacekeeping force", "multinational troops":
			// CAMEO's international bodies' forces.
			id = "IGOMIL"
		case !bareHead(toks, i, e) || foreign(toks, i, e):
			continue
		case st.fromCountry(si, toks, e) != "":
			// "Doctors from two American aid groups", "officials from
			// Kenyan ministries": whose they are, the phrase says.
			id = st.fromCountry(si, toks, e) + sec
		case st.ownFighters(si, toks, i, sec) != "":
			// "Kenyan rebels said their fighters had withdrawn": an
			// armed group's own fighters are the group, not militias.
			id = st.ownFighters(si, toks, i, sec)
		case institutions[sec] && st.possessorCountry(si, toks, i) != "":
			// "President Alexander Lukashenko's government has accused
			// Uralkali": a state's institution is the possessor's
			// country's, whatever else the sentence names ("Wagner's
			// men" are no state's people).
			id = st.possessorCountry(si, toks, i) + sec
		case country == "" && residents[sec[:3]] && st.whereCountry(si, toks, e) != "":
			// "Hundreds of thousands of people blocked streets in Hong
			// Kong in defiance of Chinese authorities": civilians are
			// the people of where they act, though the sentence names
			// another country.
			id = st.whereCountry(si, toks, e) + sec
		case country == "":
			// "The rebels said" after "Syrian rebels attacked": a
			// definite noun goes back to the actor of its sector named
			// last in the sentences before, unless "of" says whose it
			// is ("the leaders of the self-proclaimed republics").
			if e < len(toks) && toks[e].Text == "of" {
				continue
			}
			c := ""
			if m, ok := st.antecedent(si, toks, i, func(m news.Mention) bool { return hasGroup(m.Code, sec[:3]) && st.isCountry(m.Code[:3]) }); ok {
				// The country's sector, not the person or firm that had it:
				// "the government" after "Lukashenko" is BLRGOV.
				c = m.Code[:3]
			} else if collective[strings.ToLower(toks[e-1].Text)] || (toks[e-1].XPOS != "NNS" && !strings.HasSuffix(toks[e-1].Text, "men")) {
				// One institution ("the army", "police"), not many
				// people, who may be anyone's ("troops", "officials").
				c = strings.TrimSuffix(st.focusCode(si, sec), sec)
			}
			if c == "" {
				continue
			}
			id := news.ActorID(c + sec)
			mark(used, i, e)
			st.emit(news.Mention{Span: spanOf(toks, i, e), Actor: id, Code: string(id), How: "context", Sentence: si})
			i = e - 1
			continue
		}
		mark(used, i, e)
		st.emit(news.Mention{Span: spanOf(toks, i, e), Actor: news.ActorID(id), Code: id, How: "context", Sentence: si})
		i = e - 1
	}
}

// residents are the sectors of people who act where they live, unlike
// troops or envoys, which are often abroad.
var residents = map[string]bool{"CVL": true, "OPP": true, "LAB": true, "EDU": true, "AGR": true}

// whereCountry is the country of the place named after "in", "at",
// "near", "across" or "throughout" in the clause of a noun ending at
// toks[e-1] ("people blocked streets in Hong Kong"): within eight words
// after it and no comma or quote between, or opening the sentence ("In
// Hong Kong, …"); "" when there is none, or when the clause names places
// of two countries ("in Minsk and in Moscow"). A place after a comma
// belongs to another clause ("…, a defender in Vilnius said").
func (st *state) whereCountry(si int, toks []nlp.Token, e int) string {
	at := func(i int) string { // the country of a mention starting at toks[i]
		for j := len(st.out) - 1; j >= 0 && st.out[j].Sentence == si; j-- {
			if m := st.out[j]; m.Span.Start == toks[i].Span.Start && len(m.Code) >= 3 && st.isCountry(m.Code[:3]) {
				return m.Code[:3]
			}
		}
		return ""
	}
	where := func(i int) bool {
		switch strings.ToLower(toks[i].Text) {
		case "in", "at", "near", "across", "throughout":
			return true
		}
		return false
	}
	found := ""
	for i := e; i+1 < len(toks); i++ {
		if t := toks[i].Text; t == "," || t == ";" || t == "\"" || t == "``" || t == "''" || t == "(" {
			break
		}
		if !where(i) {
			continue
		}
		c := at(i + 1)
		switch {
		case c == "" || c == found:
		case found != "":
			return "" // "in Minsk and in Moscow": no one place
		case i < e+8:
			found = c
		}
	}
	if found != "" {
		return found
	}
	if f := firstWord(toks); f+1 < len(toks) && where(f) {
		return at(f + 1)
	}
	return ""
}

// multinational reports whether the phrase toks[a:b] names a force of
// several states: "regional peacekeeping force", "multinational troops",
// "peacekeepers".
func multinational(toks []nlp.Token, a, b int) bool {
	for _, t := range toks[a:b] {
		switch strings.ToLower(t.Text) {
		case "international", "regional", "multinational", "peacekeeping", "peacekeepers", "peacekeeper", "coalition":
			return true
		}
	}
	return false
}

// bareHead reports whether toks[a:b] is a noun phrase standing for a
// group: its head is a plural noun or follows "the" or a possessive ("the
// police", "the government", "X's coalition"), and no noun follows it, which would make it a modifier
// ("police station", "government plans").
func bareHead(toks []nlp.Token, a, b int) bool {
	head := toks[b-1]
	if head.UPOS != "NOUN" && head.UPOS != "PROPN" {
		return false
	}
	if nounAfter(toks, b) {
		return false
	}
	// The tagger takes some plurals in -men for singulars ("militiamen").
	if head.XPOS == "NNS" || head.XPOS == "NNPS" || collective[strings.ToLower(head.Text)] || strings.HasSuffix(head.Text, "men") {
		return true
	}
	// A possessor determines it as "the" does: "Djindjic's opposition
	// coalition".
	if a > 0 && (strings.EqualFold(toks[a-1].Text, "the") || toks[a-1].Text == "'s" || toks[a-1].Text == "’s") {
		return true
	}
	// An unnamed office holder: "a government spokesman", "an army
	// officer", "a senior official" speak for their body as PLOVER codes
	// them.
	return a > 0 && (strings.EqualFold(toks[a-1].Text, "a") || strings.EqualFold(toks[a-1].Text, "an")) && officeHolder(head.Text)
}

// officeHolder reports whether a singular noun names a person by office:
// "spokesman", "official", "officer", "commander".
func officeHolder(w string) bool {
	w = strings.ToLower(w)
	return officeNouns[w] || strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "person")
}

var officeNouns = map[string]bool{
	"official": true, "officer": true, "commander": true, "minister": true,
	"soldier": true, "judge": true, "prosecutor": true, "lawmaker": true,
	"legislator": true, "senator": true, "representative": true, "source": true, "aide": true,
	"adviser": true, "advisor": true, "leader": true, "agent": true,
}

// foreign reports whether the phrase toks[a:b] names people or bodies
// that are not the sentence's country's: a word of foreignness or of a
// region ("foreign forces", "European airlines", "Western governments"), a plural of what a country has one of
// ("governments", "parliaments") or people who came from elsewhere
// ("migrants", "refugees", "diplomats").
func foreign(toks []nlp.Token, a, b int) bool {
	for j := a; j < b-1; j++ {
		if outsiders[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	return outsiders[strings.ToLower(toks[b-1].Text)]
}

var outsiders = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`foreign western eastern international overseas allied neighbouring neighboring
		regional global world multinational exiled european asian african arab latin nordic baltic balkan
		soviet nato
		governments parliaments armies militaries regimes administrations ministries states countries nations
		migrants migrant immigrants immigrant refugees refugee tourists foreigners expatriates diplomats
		ambassadors envoys embassies peacekeepers peacekeeping observers monitors mercenaries
		presidents premiers kings monarchs`) {
		outsiders[w] = true
	}
}

// modifiers are the parts of speech that may qualify an agent noun.
var modifiers = map[string]bool{"ADJ": true, "NOUN": true, "PROPN": true, "NUM": true}

// nounAfter reports whether a noun (or a possessive) follows toks[b-1],
// which makes the phrase before it a modifier.
func nounAfter(toks []nlp.Token, b int) bool {
	return b < len(toks) && (toks[b].UPOS == "NOUN" || toks[b].UPOS == "PROPN" || toks[b].Text == "'s" || toks[b].Text == "'" || toks[b].Text == "’s")
}

// collective nouns are plural in sense without an -s.
var collective = map[string]bool{"police": true, "military": true, "army": true, "militia": true, "youth": true, "clergy": true}

// sentenceCountry is the one country the sentence's mentions name, by
// their codes' country part ("BLRGOV" is Belarus's), or "" when none or
// several. A counterpart's country ("met his Chadian counterpart") is
// the other side's, never the sentence's.
func (st *state) sentenceCountry(si int) string {
	country := ""
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		c := st.out[i].Code
		if len(c) < 3 || counterpartOf(st.out[i].Text, st.doc.Text[st.out[i].Span.End:]) {
			continue
		}
		a, ok := st.r.kb.Actor(news.ActorID(c[:3]))
		if !ok || a.Kind != "country" {
			continue
		}
		if country != "" && country != c[:3] {
			return ""
		}
		country = c[:3]
	}
	return country
}

// newCodes gives a code to the new actors of sentence si that discovery
// left without one, from what the name and the sentence say of them: a
// country and a kind of body in the name itself, an appositive
// naming a country and a role ("Salaheddine Sidhoum, Algeria's leading
// human rights activist" → DZA + the activist's sector), "of" and a
// country after the name ("Prime Minister X of Fiji"), or, for a name
// under a title, the one country the sentence names ("President X … in
// Algiers" → DZAGOV).
func (st *state) newCodes(si int, toks []nlp.Token) {
	country := ""
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := &st.out[i]
		if (m.How != "new" && !(m.How == "surname" && strings.HasPrefix(string(m.Actor), NewPrefix))) || m.Code != "" {
			continue
		}
		a, b := tokenRange(toks, m.Span.Start, m.Span.End)
		if a >= b {
			continue
		}
		// The title's words ("Chief Justice", "Police Chief") end at te,
		// before the name.
		te := a
		for k := b - 1; k > a && te == a; k-- {
			words, all := true, true
			for _, t := range toks[a:k] {
				words = words && startsUpper(t.Text)
				all = all && isTitleWord(t.Text)
			}
			if words && (all || st.isAgent(st.doc.Text[toks[a].Span.Start:toks[k-1].Span.End])) {
				te = k
			}
		}
		titled := te > a
		gov := titled && govTitle(st.doc.Text[m.Span.Start:toks[min(b-1, a+2)].Span.End])
		tsec := ""
		if titled {
			tsec = st.titleSector(st.doc.Text[toks[a].Span.Start:toks[te-1].Span.End])
		}
		switch c, sec := st.appositive(si, toks, b); {
		case titled && st.bodyBefore(si, m.Span.Start) != "":
			// "Arab League Secretary-General X": the body's executive.
			m.Code = st.bodyBefore(si, m.Span.Start)
			if gov {
				m.Code += "GOV"
			}
		case st.described(si, toks, a, b) != "":
			m.Code = st.described(si, toks, a, b)
		case c != "":
			m.Code = c + sec
		case st.nameCode(toks, a, b) != "":
			// A country or capital inside the name is the surest sign:
			// "Baghdad University Medical School" → IRQEDU.
			m.Code = st.nameCode(toks, a, b)
		case st.bodyCode(si, toks, m, a, b) != "":
			m.Code = st.bodyCode(si, toks, m, a, b)
		case st.nationality(si, toks, m, a) != "":
			m.Code = st.nationality(si, toks, m, a)
		case b+1 < len(toks) && (toks[b].Text == "of" || toks[b].Text == "from") && st.countryAt(si, toks[b+1].Span.Start) != "":
			m.Code = st.countryAt(si, toks[b+1].Span.Start) + tsec
		case titled:
			if country == "" {
				country = st.sentenceCountry(si)
			}
			if country != "" {
				m.Code = country + tsec
			}
		default:
			// "the opposition newspaper La Prensa": the noun before the
			// name says what it is, the sentence's one country whose.
			sec := st.nounBefore(toks, a)
			if sec == "" {
				break
			}
			if country == "" {
				country = st.sentenceCountry(si)
			}
			if country != "" {
				m.Code = country + sec
			}
		}
	}
}

// isAgent reports whether word is an agent noun of the KB.
func (st *state) isAgent(word string) bool {
	_, ok := st.r.kb.Sector(word)
	return ok
}

// nameCode reads a new organisation's code from its own words: a country,
// its adjective or its capital at the front, and the sector of its last
// word ("Baghdad University Medical School" → IRQ + EDU, "Kenya
// Anti-Corruption Commission" → KEN + GOV); "" without a country.
func (st *state) nameCode(toks []nlp.Token, a, b int) string {
	if b-a < 2 {
		return ""
	}
	country := ""
	for n := min(2, b-a-1); n >= 1 && country == ""; n-- {
		for _, c := range st.r.kb.Lookup(st.doc.Text[toks[a].Span.Start:toks[a+n-1].Span.End]) {
			if c.Kind == "country" || (c.Sector == "GOV" && len(c.Country) == 3) {
				country = c.Country
				if country == "" {
					country = string(c.ID)
				}
				break
			}
		}
	}
	if len(country) != 3 {
		return ""
	}
	if sec, ok := st.r.kb.Sector(strings.ToLower(toks[b-1].Text)); ok && len(sec) >= 3 {
		return country + sectorOf(sec)
	}
	return country
}

// countryAfter is the country of a mention right after "of" or "in" at
// toks[b] ("the" skipped), or "".
func (st *state) countryAfter(si int, toks []nlp.Token, b int) string {
	if b >= len(toks) || !(strings.EqualFold(toks[b].Text, "of") || strings.EqualFold(toks[b].Text, "in")) {
		return ""
	}
	i := b + 1
	if i < len(toks) && strings.EqualFold(toks[i].Text, "the") {
		i++
	}
	if i >= len(toks) {
		return ""
	}
	for j := len(st.out) - 1; j >= 0 && st.out[j].Sentence == si; j-- {
		if n := st.out[j]; n.Span.Start == toks[i].Span.Start && len(n.Code) >= 3 && st.isCountry(n.Code[:3]) {
			return n.Code[:3]
		}
	}
	return ""
}

// fromCountry is the country of a country's body named a few words after
// "from" at toks[e] ("from two American aid groups"), or "" when there is
// none.
func (st *state) fromCountry(si int, toks []nlp.Token, e int) string {
	if e >= len(toks) || !strings.EqualFold(toks[e].Text, "from") {
		return ""
	}
	for i := e + 1; i < len(toks) && i <= e+3; i++ {
		for j := len(st.out) - 1; j >= 0 && st.out[j].Sentence == si; j-- {
			// A body, not a place: "withdrew its ambassador from Minsk"
			// says where the envoy served.
			if n := st.out[j]; n.Span.Start == toks[i].Span.Start && len(n.Code) > 3 && st.isCountry(n.Code[:3]) {
				// The mention must head its phrase: in "troops from a
				// Russian-led military alliance" the country only
				// qualifies the alliance.
				if _, b := tokenRange(toks, n.Span.Start, n.Span.End); modifiers[tokUPOS(toks, b)] {
					return ""
				}
				return n.Code[:3]
			}
		}
		if t := toks[i]; t.UPOS != "DET" && t.UPOS != "NUM" && t.UPOS != "ADJ" {
			return ""
		}
	}
	return ""
}

// tokUPOS is the tag of toks[i], or "" past the end.
func tokUPOS(toks []nlp.Token, i int) string {
	if i < len(toks) {
		return toks[i].UPOS
	}
	return ""
}

// possessorCountry is the country of a known actor whose possessive
// stands right before toks[i] ("Lukashenko's government"), or "".
func (st *state) possessorCountry(si int, toks []nlp.Token, i int) string {
	if i < 2 || (toks[i-1].Text != "'s" && toks[i-1].Text != "’s") {
		return ""
	}
	for j := len(st.out) - 1; j >= 0 && st.out[j].Sentence == si; j-- {
		if m := st.out[j]; m.Span.End == toks[i-2].Span.End && len(m.Code) >= 3 && st.isCountry(m.Code[:3]) {
			return m.Code[:3]
		}
	}
	return ""
}

// ownFighters is the code of the armed non-state group a possessive
// pronoun before the armed agent noun at toks[i] refers to ("rebels said
// their fighters", "the militia and its gunmen"): the sentence's last
// mention before it, when that is a rebel, insurgent or separatist group;
// "" otherwise.
func (st *state) ownFighters(si int, toks []nlp.Token, i int, sec string) string {
	if i == 0 || (sec != "MIL" && sec != "UAF" && sec != "REB") {
		return ""
	}
	if w := strings.ToLower(toks[i-1].Text); w != "their" && w != "its" {
		return ""
	}
	for j := len(st.out) - 1; j >= 0 && st.out[j].Sentence == si; j-- {
		if m := st.out[j]; m.Span.End <= toks[i].Span.Start && len(m.Code) >= 6 {
			if g := m.Code[3:6]; g == "REB" || g == "INS" || g == "SEP" {
				return m.Code[:6]
			}
			return ""
		}
	}
	return ""
}
