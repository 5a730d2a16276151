package actors

import (
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// titles maps the way articles name a role to the kind of KB role title
// it means. "Leader" of a country is its head of state; the KB's role
// titles ("President of Belarus") are read into the same kinds by
// titleKind.
var titles = map[string]string{
	"president":          "president",
	"leader":             "president",
	"head of state":      "president",
	"prime minister":     "prime minister",
	"premier":            "prime minister",
	"head of government": "prime minister",
	"foreign minister":   "foreign minister",
	"defence minister":   "defence minister",
	"defense minister":   "defence minister",
	"chancellor":         "chancellor",
	"opposition leader":  "opposition leader",
	"secretary general":  "secretary general",
	"secretary-general":  "secretary general",
	// Russian, Belarusian and Ukrainian, nominative.
	"президент":               "president",
	"прэзідэнт":               "president",
	"лидер":                   "president",
	"лідэр":                   "president",
	"лідер":                   "president",
	"премьер-министр":         "prime minister",
	"прэм'ер-міністр":         "prime minister",
	"прем'єр-міністр":         "prime minister",
	"министр иностранных дел": "foreign minister",
	"канцлер":                 "chancellor",
}

// titleKind reads a KB role title into a kind of titles, or "".
func titleKind(title string) string {
	t := strings.ToLower(title)
	for _, p := range []struct{ prefix, kind string }{
		{"acting president of", "president"},
		{"president of", "president"},
		{"prime minister of", "prime minister"},
		{"minister of foreign affairs of", "foreign minister"},
		{"foreign minister of", "foreign minister"},
		{"minister of defence of", "defence minister"},
		{"minister of defense of", "defence minister"},
		{"chancellor of", "chancellor"},
		{"secretary general of", "secretary general"},
	} {
		if strings.HasPrefix(t, p.prefix) {
			return p.kind
		}
	}
	if strings.Contains(t, "opposition leader") {
		return "opposition leader"
	}
	return ""
}

// titleAt returns the kind of the title starting at toks[i] and its
// length in tokens, longest first; 0 when none starts there.
func titleAt(toks []nlp.Token, i int) (string, int) {
	for n := min(3, len(toks)-i); n >= 1; n-- {
		words := make([]string, n)
		for j := range n {
			words[j] = strings.ToLower(toks[i+j].Text)
		}
		if kind, ok := titles[strings.Join(words, " ")]; ok {
			return kind, n
		}
	}
	return "", 0
}

// titleWords may stand before a name as part of the mention: "Belarusian
// Prime Minister Sergei Rumas", "Acting President", "Mr".
var titleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "foreign": true, "defence": true,
	"defense": true, "finance": true, "premier": true, "leader": true, "opposition": true,
	"chancellor": true, "secretary": true, "general": true, "state": true, "deputy": true,
	"acting": true, "former": true, "spokesman": true, "spokeswoman": true, "chairman": true,
	"head": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "gen.": true, "interior": true, "economy": true, "energy": true,
	"vice": true, "speaker": true, "ambassador": true, "governor": true, "mayor": true,
	"patriarch": true, "metropolitan": true, "king": true, "queen": true, "emir": true,
	"sultan": true, "sheikh": true,
	// American and service titles, abbreviated as the wires write them:
	// "Rep. X", "Atty. Gen. X", "Lt. Gov. X", "Sgt. X".
	"rep.": true, "sen.": true, "gov.": true, "del.": true, "atty.": true, "atty": true,
	"sgt.": true, "lt.": true, "col.": true, "capt.": true, "cmdr.": true, "adm.": true,
	"cpl.": true, "prof.": true, "rev.": true, "supt.": true, "insp.": true, "det.": true,
	"senator": true, "representative": true, "congressman": true, "congresswoman": true,
	"superintendent": true, "commissioner": true, "sheriff": true, "judge": true,
	"attorney": true, "councilman": true, "councilwoman": true, "lieutenant": true,
	"sergeant": true, "colonel": true, "captain": true, "professor": true, "reverend": true,
	"bishop": true, "rabbi": true, "imam": true, "pastor": true, "detective": true, "coach": true,
}

// positions are the capitalised abbreviations of a player's position that
// stand between a team and a player's name ("Browns DL Sheldon X"). They
// are matched by case, unlike titleWords: "de" and "te" lower-case are
// parts of names.
var positions = map[string]bool{
	"QB": true, "RB": true, "WR": true, "TE": true, "OL": true, "DL": true, "DE": true,
	"DT": true, "LB": true, "CB": true, "FB": true, "OT": true, "OG": true, "SS": true,
	"GK": true,
}

// isRoleWord reports whether a token is a title word or a player's
// position: a word that stands before a person's name and is no part of it.
func isRoleWord(t nlp.Token) bool {
	return isTitleWord(t.Text) || positions[t.Text]
}

// isTitleWord reports whether w is a title word, or a hyphenated title all
// of whose parts are ("Secretary-General", "Vice-President").
func isTitleWord(w string) bool {
	w = strings.ToLower(w)
	if titleWords[w] {
		return true
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !titleWords[p] {
			return false
		}
	}
	return true
}

// govTitle reports whether title words before a name ("Belarusian Prime
// Minister") name a government office, which codes the person GOV.
func govTitle(words string) bool {
	gov := false
	for _, w := range strings.FieldsFunc(strings.ToLower(words), func(r rune) bool { return r == ' ' || r == '-' || r == '\n' }) {
		switch w = strings.TrimSuffix(w, "."); {
		case nonGovernment[w]:
			return false // "Opposition leader", "Rebel leader"
		case w == "president", w == "minister", w == "premier", w == "chancellor", w == "prime", w == "secretary", w == "king", w == "emir", w == "leader":
			gov = true
		}
	}
	return gov
}

// nonGovernment words make a title the office of a body other than the
// government: "Opposition leader", "rebel leader", "party secretary".
var nonGovernment = map[string]bool{
	"opposition": true, "rebel": true, "rebels": true, "party": true, "union": true, "student": true,
	"church": true, "tribal": true, "militia": true, "guerrilla": true, "insurgent": true, "separatist": true,
}

// titleSector is the sector the title words before a name give the
// person: GOV for a government office, else the sector of the longest
// agent phrase the title ends in ("Rebel leader" → REB, "General" → MIL,
// "Judge" → JUD), a religion's title its clergy (REL); "" when none.
func (st *state) titleSector(words string) string {
	if govTitle(words) {
		return "GOV"
	}
	f := strings.Fields(strings.ToLower(words))
	for i, w := range f {
		if full, ok := abbreviations[w]; ok {
			f[i] = full
		}
	}
	for i := range f {
		sec, ok := st.r.kb.Sector(strings.Join(f[i:], " "))
		if !ok || len(sec) < 3 {
			continue
		}
		if religions[sec[:3]] {
			return "REL"
		}
		return sec[:3]
	}
	return ""
}

// abbreviations spell out the titles the wires abbreviate before a name,
// for the dictionary of agents: its keys drop the period, and "rep" or
// "sen" alone in lower case mean someone else (a sales rep).
var abbreviations = map[string]string{
	"rep.": "representative", "sen.": "senator", "gov.": "governor", "atty.": "attorney",
	"prof.": "professor", "del.": "delegate", "supt.": "superintendent", "det.": "detective",
}

// titleOf finds a title and "of" right before toks[a] ("president of"):
// where the title starts and its kind, or a when there is none.
func titleOf(toks []nlp.Token, used []bool, a int) (int, string) {
	if a < 2 || !strings.EqualFold(toks[a-1].Text, "of") {
		return a, ""
	}
	for n := 3; n >= 1; n-- {
		t := a - 1 - n
		if t < 0 || anyUsed(used, t, a-1) {
			continue
		}
		if kind, m := titleAt(toks, t); m == n {
			return t, kind
		}
	}
	return a, ""
}

// titledSurnames resolves a title before one capitalised word that the
// name match passed over ("President Mugabe", "King Hussein"): the title
// vouches that the word is a surname, so every person of the KB with that
// last name is a candidate (kb.Titled), which Match cannot offer for the
// dictionary's thousands. Candidates narrow to those in office at the
// date, and to government roles under a government title; the mention is
// made only when what remains is one country's, as two presidents Bush
// are.
func (st *state) titledSurnames(si int, toks []nlp.Token, used []bool) {
	for i := 1; i < len(toks); i++ {
		if used[i] || used[i-1] || !isTitleWord(toks[i-1].Text) || !properNoun(toks[i]) || isTitleWord(toks[i].Text) {
			continue
		}
		if i+1 < len(toks) && !used[i+1] && properNoun(toks[i+1]) {
			continue // a longer name the KB lacks: discovery's
		}
		t := st.titleStart(toks, used, i)
		gov := govTitle(st.doc.Text[toks[t].Span.Start:toks[i].Span.Start])
		act := st.titledPerson(st.r.kb.Titled(toks[i].Text), gov)
		if act == nil {
			continue
		}
		if !vouches(toks[i-1]) && st.bareSurname(toks[i], act) {
			continue // "a former English teacher": no title, and a language first
		}
		code := codeAt(act, st.date)
		if _, dated := act.RoleAt(st.date); gov && (st.date.IsZero() || !dated) {
			code = st.govCode(act, code)
		}
		if former(toks, t) {
			code = elite(act, code)
		}
		mark(used, t, i+1)
		st.emit(news.Mention{Span: spanOf(toks, t, i+1), Actor: act.ID, Code: code, How: "surname", Sentence: si})
	}
}

// titleModifiers qualify an office without naming one: "former",
// "acting" or "deputy" before a word vouch for no name, as "a former
// English teacher" shows.
var titleModifiers = map[string]bool{
	"former": true, "acting": true, "deputy": true, "vice": true, "prime": true, "foreign": true,
	"defence": true, "defense": true, "finance": true, "interior": true, "economy": true,
	"energy": true, "state": true, "opposition": true, "head": true,
}

// vouches reports whether t, the word right before a name, is a title
// that names an office in the capitalised form titles take before names
// ("Prime Minister May", "Mr English"), so the word after it is a name
// whatever else it may be.
func vouches(t nlp.Token) bool {
	return startsUpper(t.Text) && isTitleWord(t.Text) && !titleModifiers[strings.ToLower(t.Text)]
}

// titledPerson picks among the people a titled surname may be: see
// titledSurnames. The latest to take office wins among one country's.
func (st *state) titledPerson(cands []*news.Actor, gov bool) *news.Actor {
	var best *news.Actor
	var from time.Time
	country := ""
	for _, a := range cands {
		if !st.date.IsZero() {
			if _, ok := a.RoleAt(st.date); !ok {
				continue
			}
		}
		if gov && !slices.ContainsFunc(a.Roles, func(r news.Role) bool { return hasGroup(r.Code, "GOV") }) {
			continue
		}
		if a.Country == "" || (country != "" && a.Country != country) {
			return nil
		}
		country = a.Country
		for _, r := range a.Roles {
			if best == nil || r.From.After(from) {
				best, from = a, r.From
			}
		}
	}
	return best
}

// bareTitles resolves "the president" to the last person named who held
// that role at the date.
func (st *state) bareTitles(si int, toks []nlp.Token, used []bool) {
	for i := 1; i < len(toks); i++ {
		if used[i] || !strings.EqualFold(toks[i-1].Text, "the") {
			continue
		}
		kind, n := titleAt(toks, i)
		if n == 0 || slices.Contains(used[i:i+n], true) {
			continue
		}
		if e := i + n; e < len(toks) && (startsUpper(toks[e].Text) || toks[e].Text == "of") {
			continue // "the president of X", "the President Hotel"
		}
		for j := len(st.named) - 1; j >= 0; j-- {
			p := st.named[j]
			if p.Kind == "person" && st.r.heldBy(p, kind, st.date) {
				mark(used, i, i+n)
				st.emit(news.Mention{Span: spanOf(toks, i, i+n), Actor: p.ID, Code: codeAt(p, st.date), How: "role", Sentence: si})
				break
			}
		}
	}
}
