package actors

import (
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// A Resolver links mentions to the actors of one knowledge base. It is
// read-only once built, so one Resolver may serve many goroutines.
type Resolver struct {
	// Possessives makes Resolve resolve possessive pronouns ("its
	// troops") as well as personal ones. It is off by default: the events
	// coder reads a possessor's mention as the actor of the noun it owns,
	// so "Syria offered its troops" would make Syria its own target (eval
	// events dev triple F1 0.632 → 0.581 with it on). Set it before use.
	Possessives bool

	kb *kb.KB
	// holders lists every titled role by its title kind ("president"),
	// so a role description finds who held it at a date.
	holders map[string][]holder
}

type holder struct {
	actor   *news.Actor
	role    news.Role
	country string
}

// New returns a resolver over k.
func New(k *kb.KB) *Resolver {
	r := &Resolver{kb: k, holders: map[string][]holder{}}
	for _, a := range k.Actors() {
		if a.Kind != "person" {
			continue
		}
		for _, role := range a.Roles {
			kind := titleKind(role.Title)
			if kind == "" || len(role.Code) < 3 {
				continue
			}
			r.holders[kind] = append(r.holders[kind], holder{actor: a, role: role, country: role.Code[:3]})
		}
	}
	return r
}

// holder returns who held a role of kind in country at t; an empty
// country accepts any. With no date, the latest holder wins.
func (r *Resolver) holder(kind, country string, t time.Time) *news.Actor {
	var best *holder
	for i := range r.holders[kind] {
		h := &r.holders[kind][i]
		if country != "" && h.country != country {
			continue
		}
		if !t.IsZero() && !h.role.Covers(t) {
			continue
		}
		if best == nil || h.role.From.After(best.role.From) {
			best = h
		}
	}
	if best == nil {
		return nil
	}
	return best.actor
}

// heldBy reports whether a held a role of kind at t.
func (r *Resolver) heldBy(a *news.Actor, kind string, t time.Time) bool {
	for _, role := range a.Roles {
		if titleKind(role.Title) == kind && (t.IsZero() || role.Covers(t)) {
			return true
		}
	}
	return false
}

// Resolve returns the actor mentions of doc, an article published at
// published (zero when unknown: roles then go to their latest holder),
// sorted by Span.Start and not overlapping.
func (r *Resolver) Resolve(doc *nlp.Doc, published time.Time) []news.Mention {
	st := &state{r: r, doc: doc, date: published, ner: hasEntities(doc)}
	for i := range doc.Sentences {
		st.sentence(i)
	}
	st.localize()
	return tidy(st.out)
}

// state is one Resolve call: the mentions so far and who has been named.
type state struct {
	r    *Resolver
	doc  *nlp.Doc
	date time.Time
	ner  bool
	out  []news.Mention
	// named lists actors in order of mention, for coreference.
	named []*news.Actor
	// fresh maps a new actor's last-word key to its ID, for surnames.
	fresh map[string]news.ActorID
	// known maps a new actor's first word to the names it opens, for
	// repeats.
	known map[string][]knownName
	// ahead holds the countries the sentence's unambiguous KB matches
	// code, for a place name several states share.
	ahead []string
}

func (st *state) emit(m news.Mention) {
	m.Text = st.doc.Text[m.Span.Start:m.Span.End]
	st.out = append(st.out, m)
	if a, ok := st.r.kb.Actor(m.Actor); ok {
		st.named = append(st.named, a)
	}
}

// sentence resolves one sentence: KB matches first, then titles standing
// alone, then discovery over the words still free.
func (st *state) sentence(si int) {
	s := &st.doc.Sentences[si]
	toks := s.Tokens
	if len(toks) == 0 {
		return
	}
	used := make([]bool, len(toks))
	base := s.Span.Start
	matches := st.r.kb.Match(st.doc.Text[base:s.Span.End])
	st.ahead = st.ahead[:0]
	for _, m := range matches {
		if len(m.Actors) != 1 {
			continue
		}
		if a, ok := st.r.kb.Actor(m.Actors[0]); ok && a.Kind != "person" && len(a.Country) == 3 {
			st.ahead = append(st.ahead, a.Country)
		}
	}
	for _, m := range matches {
		a, b := tokenRange(toks, m.Span.Start+base, m.Span.End+base)
		if a >= b || used[a] {
			continue
		}
		st.match(si, toks, used, a, b, m)
	}
	st.dotted(si, toks, used)
	st.compounds(si, toks, used)
	st.cyrillic(si, toks, used)
	st.titledSurnames(si, toks, used)
	st.bareTitles(si, toks, used)
	st.bodies(si, toks, used)
	st.repeats(si, toks, used)
	st.discover(si, toks, used)
	st.repeats(si, toks, used)
	st.coordinate(si, toks)
	st.sharedModifiers(si, toks, used)
	st.backed(si, toks)
	st.settledPeoples(si)
	st.roleNouns(si, toks, used)
	st.definites(si, toks, used)
	st.ethnic(si, toks)
	st.newCodes(si, toks)
	st.shareCodes()
	st.pronouns(si, toks, used)
}

// dotted looks up dotted acronyms ("U.S.", "U.N.") the tokenizer keeps as
// one token, in case the name match passed over them.
func (st *state) dotted(si int, toks []nlp.Token, used []bool) {
	for i, t := range toks {
		if used[i] || len(t.Text) < 4 || !strings.Contains(t.Text, ".") || !isUpperWord(t.Text) {
			continue
		}
		ids := st.r.kb.Lookup(t.Text)
		if len(ids) == 0 {
			continue
		}
		var cand []news.ActorID
		for _, a := range ids {
			cand = append(cand, a.ID)
		}
		st.match(si, toks, used, i, i+1, kb.Match{Span: t.Span, Actors: cand})
	}
}

// coordinate shares an agent noun across coordinated adjectives and
// country abbreviations: "Hungarian and Romanian officials" are both
// governments' officials.
func (st *state) coordinate(si int, toks []nlp.Token) {
	for i := len(st.out) - 2; i >= 0 && st.out[i].Sentence == si; i-- {
		m, n := &st.out[i], st.out[i+1]
		// A country's abbreviation modifies a noun as its adjective does:
		// "US and British forces".
		modifier := m.How == "adjective" || (isCountryMention(*m) && isUpperWord(m.Text))
		if m.Sentence != si || n.Sentence != si || !modifier || len(m.Code) != 3 ||
			n.How != "adjective" || len(n.Code) != 6 {
			continue
		}
		between := strings.TrimSpace(st.doc.Text[m.Span.End:n.Span.Start])
		if between == "and" || between == "or" || between == "," {
			m.Code += n.Code[3:]
			m.Actor = news.ActorID(m.Code)
		}
	}
}

// tokenRange returns the tokens starting inside [start, end): a match
// that stops short of a token's end ("U.S" of "U.S.") takes the token.
func tokenRange(toks []nlp.Token, start, end int) (int, int) {
	a := 0
	for a < len(toks) && toks[a].Span.Start < start {
		a++
	}
	b := a
	for b < len(toks) && toks[b].Span.Start < end {
		b++
	}
	return a, b
}

func mark(used []bool, a, b int) {
	for i := a; i < b; i++ {
		used[i] = true
	}
}

// match resolves one KB match covering toks[a:b].
func (st *state) match(si int, toks []nlp.Token, used []bool, a, b int, m kb.Match) {
	span := news.Span{Start: toks[a].Span.Start, End: toks[b-1].Span.End}
	text := st.doc.Text[span.Start:span.End]
	act := st.choose(m.Actors, text)
	if act == nil {
		return
	}
	how := "alias"
	if kb.Key(text) == kb.Key(act.Name) {
		how = "name"
	}
	switch act.Kind {
	case "person":
		if b-a == 1 && (properNeighbour(toks, used, a-1) || properNeighbour(toks, used, b)) {
			return // one word of a longer name the KB lacks: discovery's
		}
		if m.Surname || (b-a == 1 && strings.Contains(act.Name, " ")) {
			how = "surname"
			if b-a == 1 && st.bareSurname(toks[a], act) {
				return // "English", "May", "Brown": another word first
			}
		}
		// A title (and a country adjective before it) standing right
		// before the name is part of the one mention.
		t := st.titleStart(toks, used, a)
		// A dictionary alias may hold the title itself ("President
		// Reagan"): it counts as a title before the name.
		lead := a
		for lead < b-1 && isTitleWord(toks[lead].Text) {
			lead++
		}
		titled := t < a || lead > a
		if !titled {
			// A dictionary alias may hold a country and title as well
			// ("Russian President Boris Yeltsin"): the words before the
			// name's first word.
			if first, _, _ := strings.Cut(act.Name, " "); first != "" {
				if i := strings.Index(strings.ToLower(text), strings.ToLower(first)); i > 0 && govTitle(text[:i]) {
					titled, lead = true, a
					for lead < b-1 && toks[lead].Span.Start < span.Start+i {
						lead++
					}
				}
			}
		}
		span.Start = toks[t].Span.Start
		stated := "" // the country the text gives the person
		if titled && t > 0 {
			if i := st.adjacentCountry(si, toks[t-1].Span.End); i >= 0 {
				// The country adjective's tokens are marked already.
				span.Start = st.out[i].Span.Start
				stated = mentionCountry(st.out[i])
				st.out = slices.Delete(st.out, i, i+1)
			}
		}
		if stated == "" && titled {
			stated = st.countryOf(toks, b)
		}
		mark(used, t, b)
		gov := titled && govTitle(st.doc.Text[span.Start:toks[lead].Span.Start])
		if len(stated) == 3 && len(act.Country) == 3 && stated != act.Country {
			// "King Hassan of Morocco" is not Jordan's Hassan: a person
			// the KB lacks, of the country the text says.
			code := stated
			if gov {
				code += "GOV"
			}
			name := st.doc.Text[toks[lead].Span.Start:toks[b-1].Span.End]
			st.emit(news.Mention{Span: span, Actor: news.ActorID(NewPrefix + kb.Key(name)), Code: code, How: "new", Sentence: si})
			return
		}
		code := codeAt(act, st.date)
		// The title decides only when the date does not: a dated role
		// ("Secretary General" of NATO in 2023) is already precise.
		// But a government title the text gives without "former" is
		// today's office: it outranks a dated role as elite, which the
		// dictionaries give people between and around their offices.
		_, dated := act.RoleAt(st.date)
		if gov && (st.date.IsZero() || !dated || hasGroup(code, "ELI") && !former(toks, lead)) {
			code = st.govCode(act, code)
		}
		if !gov && len(act.Country) == 3 {
			// "Opposition leader Morgan Tsvangirai", "rebel leader X": the
			// text says where the person stands now, whatever office
			// the KB dates later or earlier.
			sec := st.nounBefore(toks, t)
			if titled {
				sec = st.titleSector(st.doc.Text[span.Start:toks[lead].Span.Start])
			}
			if sec == "OPP" || sec == "REB" {
				code = act.Country + sec
			}
		}
		if former(toks, lead) {
			code = elite(act, code)
		}
		if strings.HasSuffix(strings.ToLower(text), " administration") {
			// "the Bush administration": a leader's administration is the
			// government, whatever the leader's role at the date.
			code = st.govCode(act, code)
		}
		st.emit(news.Mention{Span: span, Actor: act.ID, Code: code, How: how, Sentence: si})
	case "country":
		st.country(si, toks, used, a, b, act, how)
	default:
		if (act.Sector == "GOV" || st.hasCountry(m.Actors)) && metonym(text, act) {
			if b-a == 1 && (properNeighbour(toks, used, b) || capitalNext(toks, used, b)) {
				return // "Sofia Sapega", "Minsk Wheeled Tractor Plant", "Vienna Document": part of a longer name
			}
			if place(toks, a) {
				// A place, not the government: the country it lies in,
				// as the KB files other cities.
				mark(used, a, b)
				if c, ok := st.r.kb.Actor(news.ActorID(act.Country)); ok && act.Sector == "GOV" {
					st.emit(news.Mention{Span: span, Actor: c.ID, Code: codeAt(c, st.date), How: "alias", Sentence: si})
				}
				return
			}
			how = "metonym"
		}
		code := codeAt(act, st.date)
		if sec := st.ownSector(text, act); sec != "" && strings.HasPrefix(code, "IGO") && !hasGroup(code, sec) {
			// "U.N. Security Council", "U.N. Secretary-General": the
			// body's own organ, named by the alias itself.
			code += sec
		}
		if sec := st.armedTail(text); sec != "" && how == "alias" && act.Sector == "GOV" && len(act.Country) == 3 {
			// "US Border Patrol", which the dictionary files under
			// Homeland Security: the alias's own words name an armed
			// service of the government, more precise than the parent.
			code = act.Country + sec
		}
		if how == "metonym" && len(act.Country) == 3 && b+1 < len(toks) && toks[b].Text == "'s" {
			// "Cairo's security chief": the capital's people of a sector
			// are the country's.
			if sec, e := st.agent(toks, b+1); e > b+1 && (e == len(toks) || (toks[e].UPOS != "NOUN" && toks[e].UPOS != "PROPN")) {
				code, b = act.Country+sec, e
				span.End = toks[e-1].Span.End
			}
		}
		id := act.ID
		if sec, e := st.agent(toks, b); e > b {
			switch {
			case e < len(toks) && properNoun(toks[e]) && startsUpper(toks[b].Text):
				// "NATO Secretary General Jens Stoltenberg": a title
				// before a name; the name takes it.
				e = b
			case strings.HasPrefix(code, "IGO"):
				// "UN peacekeepers": the organisation's own people of a sector.
				code += sec
			case act.Sector == "GOV" && len(act.Country) == 3 && armed[sec[:3]]:
				// "Kenyan government forces": the government's troops,
				// police or agents are its armed sector.
				code = act.Country + sec[:3]
			case how == "metonym" && act.Sector == "GOV" && len(act.Country) == 3:
				// A capital before an agent noun places its people:
				// "Baghdad residents", "Tehran students" are the
				// country's, not the government's.
				code, how = act.Country+sec[:3], "alias"
				id = news.ActorID(code)
			case act.Kind == "group" && len(act.Country) == 3 && len(act.Sector) == 3 && !kb.IsSector(act.Sector):
				// "Gaza residents": a territory the dictionaries file as
				// a group is a place; its people are its state's.
				code, how = act.Country+sec[:3], "alias"
				id = news.ActorID(code)
			case act.Kind == "group" && len(act.Country) == 3 && act.Sector == "CVL":
				// "Tamil refugees", "Karen guerrillas": the people's
				// members of a sector, in the state the KB files them.
				code = act.Country + stateless(sec)
			default:
				e = b
			}
			b = e
			span.End = toks[b-1].Span.End
		}
		mark(used, a, b)
		st.emit(news.Mention{Span: span, Actor: id, Code: code, How: how, Sentence: si})
	}
}

// ownSector is the sector the last words of a body's name or alias name
// when they are an organ of state ("Security Council", "U.N.
// Secretary-General"); "" when none.
func (st *state) ownSector(text string, act *news.Actor) string {
	words := strings.Fields(text)
	for i := range words {
		tail := strings.Join(words[i:], " ")
		// Only organs of state: "Community" of "European Community" is
		// no civilians.
		if sec, ok := st.r.kb.Sector(tail); ok && len(sec) >= 3 && organs[sec[:3]] {
			return sec[:3]
		}
	}
	return ""
}

// armedTail is the armed sector (police, military, intelligence) the last
// words of a name give ("Border Patrol" → COP); "" when none, or when the
// name's head comes before "of" ("Ministry of Defence" is a ministry).
func (st *state) armedTail(text string) string {
	words := strings.Fields(text)
	if slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(w, "of") }) {
		return ""
	}
	for i := range words {
		if sec, ok := st.r.kb.Sector(strings.Join(words[i:], " ")); ok && len(sec) == 3 && armed[sec] {
			return sec
		}
	}
	return ""
}

var organs = map[string]bool{"GOV": true, "LEG": true, "JUD": true, "MIL": true}

// armed are the sectors a government commands by force.
var armed = map[string]bool{"MIL": true, "COP": true, "SPY": true}

// countryOf returns the country that "of" and a country's name after
// toks[b-1] give ("King Hassan of Morocco"), or "".
func (st *state) countryOf(toks []nlp.Token, b int) string {
	if b+1 >= len(toks) || toks[b].Text != "of" {
		return ""
	}
	for n := min(3, len(toks)-b-1); n >= 1; n-- {
		for _, a := range st.r.kb.Lookup(st.doc.Text[toks[b+1].Span.Start:toks[b+n].Span.End]) {
			if a.Kind == "country" && startsUpper(toks[b+1].Text) {
				return string(a.ID)
			}
		}
	}
	return ""
}

// capitalNext reports whether toks[b] is a capitalised word, not a title,
// that a tagger may have called a common noun ("Document" of "Vienna
// Document").
func capitalNext(toks []nlp.Token, used []bool, b int) bool {
	return b < len(toks) && !used[b] && startsUpper(toks[b].Text) && isWordy(toks[b:b+1]) && !isTitleWord(toks[b].Text) && !isUpperWord(toks[b].Text)
}

// properNeighbour reports whether toks[i] is a capitalised word that may
// belong to the same name; a sentence's first word is capitalised anyway.
func properNeighbour(toks []nlp.Token, used []bool, i int) bool {
	if i < 0 || i >= len(toks) || used[i] || !properNoun(toks[i]) || isTitleWord(toks[i].Text) {
		return false
	}
	for j := range i {
		if isWordy(toks[j : j+1]) {
			return true
		}
	}
	return false
}
