package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// ethnic recodes "ethnic Albanians" to the civilians of the country the
// sentence places them in ("ethnic Albanians demonstrated in Serbia" →
// SRBCVL), as CAMEO codes an ethnic group by where it lives; with no other
// country named, or several, the demonym's country stands.
func (st *state) ethnic(si int, toks []nlp.Token) {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := &st.out[i]
		a, b := tokenRange(toks, m.Span.Start, m.Span.End)
		if c := st.livingIn(si, toks, m, b); c != "" {
			m.Actor, m.Code = news.ActorID(c+"CVL"), c+"CVL"
			continue
		}
		if a >= b || len(m.Code) < 3 || !(a > 0 && strings.EqualFold(toks[a-1].Text, "ethnic") || st.minority(*m, toks[b-1])) {
			continue
		}
		own, other := m.Code[:3], ""
		if st.minority(*m, toks[b-1]) {
			// "the Albanian population of Kosovo", "the Russian minority
			// in Latvia": the place named right after.
			if c := st.countryAfter(si, toks, b); c != "" && c != own {
				m.Actor, m.Code = news.ActorID(c+"CVL"), c+"CVL"
				continue
			}
		}
		for j := len(st.out) - 1; j >= 0 && st.out[j].Sentence == si; j-- {
			n := st.out[j]
			if j == i || len(n.Code) < 3 || n.Code[:3] == own {
				continue
			}
			if c, ok := st.r.kb.Actor(news.ActorID(n.Code[:3])); !ok || c.Kind != "country" {
				continue
			}
			if other != "" && other != n.Code[:3] {
				other = "-"
			} else if other == "" {
				other = n.Code[:3]
			}
		}
		if len(other) == 3 {
			m.Actor, m.Code = news.ActorID(other+"CVL"), other+"CVL"
		}
	}
}

// livingIn returns the country a people's demonym is placed in by "in"
// or "living in" right after it ("Serbs in Kosovo" → KSV, as PLOVER
// codes a people by where it lives), or "".
func (st *state) livingIn(si int, toks []nlp.Token, m *news.Mention, b int) string {
	if m.How != "alias" || !strings.HasSuffix(m.Code, "CVL") || !strings.HasSuffix(m.Text, "s") || b >= len(toks) {
		return ""
	}
	if strings.EqualFold(toks[b].Text, "living") && b+1 < len(toks) {
		b++
	}
	if toks[b].Text != "in" || b+1 >= len(toks) {
		return ""
	}
	if c := st.countryAt(si, toks[b+1].Span.Start); c != "" && c != m.Code[:3] {
		return c
	}
	return ""
}

// stateless is the sector of a people's or a faith's members of sector
// sec: having no army, their forces and troops are armed opposition
// (REB), as PLOVER codes "Moslem forces" in Bosnia; militias and gunmen
// stay unaligned (UAF).
func stateless(sec string) string {
	if len(sec) >= 3 && sec[:3] == "MIL" {
		return "REB"
	}
	return sec
}

// peopleWord reports whether w names a people or a faith rather than a
// state: the KB files it as civilians or a religion ("Kurdish", "Moslem",
// "Shiite"), or as a people's group.
func (st *state) peopleWord(w string) bool {
	if sec, ok := st.r.kb.Sector(strings.ToLower(w)); ok && len(sec) >= 3 && (sec[:3] == "CVL" || religions[sec[:3]]) {
		return true
	}
	for _, a := range st.r.kb.Lookup(w) {
		if a.Kind == "group" && a.Sector == "CVL" {
			return true
		}
	}
	return false
}

// minorityNouns name a people living among another: "the Albanian
// population of the province", "the Russian minority in Latvia", which
// ethnic reads as it reads "ethnic Albanians".
var minorityNouns = map[string]bool{
	"minority": true, "minorities": true, "population": true, "community": true, "communities": true,
}

// minority reports whether m, ending in last, is a demonym before a
// minority noun, written in lower case as a common noun is (not the
// Eurasian Economic Community).
func (st *state) minority(m news.Mention, last nlp.Token) bool {
	return m.How == "adjective" && lower(last.Text) && minorityNouns[last.Text] && hasGroup(m.Code, "CVL")
}

// settledPeoples joins a state's demonym and a people's demonym right
// after it into one mention of the state: "Croatian Serb rebels" are
// rebels of Croatia's Serbs (HRVREB), "Croatian Serbs" its civilians, as
// CAMEO codes an ethnic group by the state it lives in. The second
// demonym must be another state's adjective or its people's plural, not
// its name ("Russian Georgia" is no people).
func (st *state) settledPeoples(si int) {
	for i := len(st.out) - 2; i >= 0 && st.out[i].Sentence == si; i-- {
		m, n := st.out[i], st.out[i+1]
		if n.Sentence != si || m.How != "adjective" || len(m.Code) != 3 || !isCountryMention(m) ||
			(n.How != "adjective" && n.How != "alias") || len(n.Code) < 3 || n.Code[:3] == m.Code ||
			n.Span.Start != m.Span.End+1 || st.doc.Text[m.Span.End] != ' ' {
			continue
		}
		a, ok := st.r.kb.Actor(news.ActorID(n.Code[:3]))
		first, _, _ := strings.Cut(n.Text, " ")
		if !ok || a.Kind != "country" || !startsUpper(first) || kb.Key(a.Name) == kb.Key(first) {
			continue
		}
		code := m.Code + n.Code[3:]
		if len(code) == 3 && strings.HasSuffix(first, "s") {
			code += "CVL" // "Croatian Serbs": a people's many
		}
		st.out[i] = news.Mention{Span: news.Span{Start: m.Span.Start, End: n.Span.End}, Actor: news.ActorID(code), Code: code, How: "adjective", Sentence: si}
		st.out[i].Text = st.doc.Text[m.Span.Start:n.Span.End]
		st.out = append(st.out[:i+1], st.out[i+2:]...)
	}
}
