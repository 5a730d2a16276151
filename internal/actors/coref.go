package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// antecedentReach is how many sentences back a definite description
// ("the group", "the rebels") looks for the actor it refers to.
const antecedentReach = 3

// antecedent returns the mention a definite description at toks[i] ("the
// rebels", "the group") refers back to: the last mention before it, in
// its own sentence or up to antecedentReach sentences back, that fits.
// Without "the" (or "this", "that") right before it, a noun refers to no
// one in particular and nothing is returned.
func (st *state) antecedent(si int, toks []nlp.Token, i int, fits func(news.Mention) bool) (news.Mention, bool) {
	if i == 0 {
		return news.Mention{}, false
	}
	switch strings.ToLower(toks[i-1].Text) {
	case "the", "this", "that":
	default:
		return news.Mention{}, false
	}
	start := toks[i].Span.Start
	for j := len(st.out) - 1; j >= 0; j-- {
		m := st.out[j]
		if m.Sentence < si-antecedentReach {
			break
		}
		if m.Span.End <= start && m.Code != "" && fits(m) {
			return m, true
		}
	}
	return news.Mention{}, false
}

// bodyNouns name a body of any kind, which a definite description uses to
// refer back to it: "the group said", "the organisation denied".
var bodyNouns = map[string]bool{
	"group": true, "organisation": true, "organization": true, "movement": true, "faction": true,
	"alliance": true, "coalition": true, "bloc": true, "agency": true, "body": true,
}

// definites resolves "the group", "the organisation", "the movement" to
// the last body named before it in the article (an international body,
// an NGO, an armed or ethnic group, a party, or a new body the KB
// lacks), How "context".
func (st *state) definites(si int, toks []nlp.Token, used []bool) {
	for i := 1; i < len(toks); i++ {
		if used[i] || !bodyNouns[strings.ToLower(toks[i].Text)] || toks[i].UPOS != "NOUN" || nounAfter(toks, i+1) ||
			(i+1 < len(toks) && toks[i+1].Text == "of") {
			continue
		}
		m, ok := st.antecedent(si, toks, i, st.isBody)
		if !ok {
			continue
		}
		// The body's own code: "Nato spokesperson" gave its mention a
		// sector the body as a whole lacks.
		code := m.Code
		if a, ok := st.r.kb.Actor(m.Actor); ok {
			code = codeAt(a, st.date)
		}
		used[i] = true
		st.emit(news.Mention{Span: toks[i].Span, Actor: m.Actor, Code: code, How: "context", Sentence: si})
	}
}

// isBody reports whether m names an organisation or group rather than a
// person, a country or a country's sector.
func (st *state) isBody(m news.Mention) bool {
	if m.How == "new" {
		t := strings.Fields(strings.ToLower(m.Text))
		_, ok := bodyHeads[t[len(t)-1]]
		return ok
	}
	a, ok := st.r.kb.Actor(m.Actor)
	// A country's sector ("KAZCRM", "Kazakhstan criminals") is a group to
	// the KB but no body.
	return ok && (a.Kind == "organisation" || a.Kind == "group") && !(string(a.ID) == a.Code && st.isCountry(a.Code[:3]))
}

// isCountry reports whether code is a country's code in the KB.
func (st *state) isCountry(code string) bool {
	c, ok := st.r.kb.Actor(news.ActorID(code))
	return ok && c.Kind == "country"
}

// shareCodes gives every uncoded mention of a new actor the code another
// mention of it has: "Alberto Tamayo said …" takes PEROPP from a later
// "Tamayo, Peru's opposition leader," and a surname or acronym after a
// coded name takes the name's code. The last coded mention wins.
func (st *state) shareCodes() {
	codes := map[news.ActorID]string{}
	for _, m := range st.out {
		if m.Code != "" && strings.HasPrefix(string(m.Actor), NewPrefix) {
			codes[m.Actor] = m.Code
		}
	}
	for i := range st.out {
		if m := &st.out[i]; m.Code == "" {
			if c, ok := codes[m.Actor]; ok {
				m.Code = c
			}
		}
	}
}
