package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// compounds finds the countries a hyphenated compound joins, which the
// name match passes over as one word: "the Iran-Iraq border", "the
// Russia-Ukraine war", "India-Pakistan talks", "the Israel-Hamas
// ceasefire", "U.S.-China talks", "Franco-German relations" name each
// side. Every part must be a capitalised name the KB knows as no person,
// a combining form ("Franco-") or a mention already made, and one at
// least a country, so a hyphenated surname ("Lloyd-George") or a city
// pair stays out; each new part is its own mention, coded as its name
// alone is.
func (st *state) compounds(si int, toks []nlp.Token, used []bool) {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Span.Start == toks[j-1].Span.End {
			j++ // the tokenizer may split "U.S.-China" at the hyphen
		}
		if start, end := toks[i].Span.Start, toks[j-1].Span.End; strings.Contains(st.doc.Text[start:end], "-") && st.compound(si, start, end) {
			mark(used, i, j)
		}
		i = j
	}
}

// compound codes the parts of the compound at text[start:end], if every
// part names a side, and reports whether it did.
func (st *state) compound(si, start, end int) bool {
	var spans []news.Span
	var acts []*news.Actor
	country := false
	for off := start; off <= end; {
		e := strings.IndexByte(st.doc.Text[off:end], '-')
		if e < 0 {
			e = end - off
		}
		span := news.Span{Start: off, End: off + e}
		off += e + 1
		if m := st.covering(si, span); m != nil {
			country = country || isCountryMention(*m)
			continue
		}
		a := st.sideOf(st.doc.Text[span.Start:span.End])
		if a == nil {
			return false
		}
		country = country || a.Kind == "country"
		spans, acts = append(spans, span), append(acts, a)
	}
	if !country || len(acts) == 0 {
		return false
	}
	for k, a := range acts {
		st.emit(news.Mention{Span: spans[k], Actor: a.ID, Code: codeAt(a, st.date), How: "name", Sentence: si})
	}
	return true
}

// covering is the mention of sentence si that covers span, or nil.
func (st *state) covering(si int, span news.Span) *news.Mention {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		if m := &st.out[i]; m.Span.Start <= span.Start && span.End <= m.Span.End {
			return m
		}
	}
	return nil
}

// sideOf is the one country or body a compound's part names, or nil:
// a lower-case part ("Iran-backed"), a person or a name several non-person
// actors share give none, though a country wins over a body of its name.
func (st *state) sideOf(part string) *news.Actor {
	if !startsUpper(part) {
		return nil
	}
	if c, ok := combining[strings.ToLower(part)]; ok {
		a, _ := st.r.kb.Actor(news.ActorID(c))
		return a
	}
	var found *news.Actor
	for _, a := range st.r.kb.Lookup(part) {
		switch {
		case a.Kind == "person":
			return nil
		case found == nil || (a.Kind == "country" && found.Kind != "country"):
			found = a
		case found.Kind != "country" && found.ID != a.ID:
			return nil
		}
	}
	return found
}

// combining are the Latin combining forms that name a country only before
// a hyphen: "Franco-German relations", "the Sino-Indian border", "the
// Russo-Ukrainian war", "Indo-Pakistani talks".
var combining = map[string]string{
	"franco": "FRA", "sino": "CHN", "russo": "RUS", "anglo": "GBR", "indo": "IND",
	"italo": "ITA", "germano": "DEU", "turco": "TUR", "greco": "GRC", "serbo": "SRB",
	"austro": "AUT", "hispano": "ESP", "luso": "PRT", "nippo": "JPN", "irano": "IRN",
	"americano": "USA", "polono": "POL",
}

// sharedModifiers reads a second sector modifier coordinated with the one
// ending a mention, both before one head: in "United Nations military and
// civilian personnel" the civilians are the UN's too (IGOUNO + CVL), as
// the military are. Only a head naming people of any body (personnel,
// officials, staff) is shared so: in "US forces and rebels" the rebels
// are no one's forces.
func (st *state) sharedModifiers(si int, toks []nlp.Token, used []bool) {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := st.out[i]
		_, e := tokenRange(toks, m.Span.Start, m.Span.End)
		if len(m.Code) < 6 || e+2 >= len(toks) || (toks[e].Text != "and" && toks[e].Text != "or") || used[e+1] ||
			!lower(toks[e-1].Text) || toks[e-1].XPOS == "NNS" {
			continue
		}
		sec, end := st.agent(toks, e+1)
		if end <= e+2 || anyUsed(used, e+1, end) || !genericHead(toks[end-1]) {
			continue
		}
		code := m.Code[:len(m.Code)-3] + sec
		id := m.Actor
		if string(m.Actor) == m.Code {
			id = news.ActorID(code)
		}
		mark(used, e+1, end)
		st.emit(news.Mention{Span: spanOf(toks, e+1, end), Actor: id, Code: code, How: "context", Sentence: si})
	}
}
