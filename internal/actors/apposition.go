package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// described returns the code an apposition gives the new name at
// toks[a:b]: that of the coded description set off by a comma right after
// it ("X, the Serbian prime minister," → SRBGOV; "X, a Croatian
// opposition leader" → HRVOPP) or right before it ("the Serbian prime
// minister, X," → SRBGOV), or "" when there is none. The description must
// name a sector: a bare country ("X, a Serb,") says where the person is
// from, which the country rules read. A relative clause of heading or
// being ("X, who heads Peru's main opposition party," → PEROPP) is read
// as an apposition. A "former" before the description
// makes the person the country's elite (PLOVER's ELI); other lower-case
// adjectives ("a senior Iranian diplomat") are passed over.
func (st *state) described(si int, toks []nlp.Token, a, b int) string {
	if b+1 < len(toks) && toks[b].Text == "," {
		j, past := b+1, false
		if j+1 < len(toks) && strings.EqualFold(toks[j].Text, "who") {
			for j < len(toks) && j < b+4 && relativeHeads[strings.ToLower(toks[j].Text)] {
				j++
			}
		}
		for j < len(toks) && (appositionOpeners[strings.ToLower(toks[j].Text)] || toks[j].UPOS == "ADJ" && lower(toks[j].Text)) {
			past = past || formerWords[strings.ToLower(toks[j].Text)]
			j++
		}
		if j < len(toks) {
			if m, ok := st.mentionAt(si, toks[j].Span.Start, true); ok {
				return describedCode(m.Code, past)
			}
		}
	}
	// Before the name: the description must end at the comma and the name
	// close the apposition, or a list ("Serbian officials, X and Y") would
	// pass for one.
	if a >= 2 && toks[a-1].Text == "," && (b == len(toks) || toks[b].Text == "," || toks[b].Text == ".") {
		if m, ok := st.mentionAt(si, toks[a-2].Span.End, false); ok {
			return describedCode(m.Code, former(toks, a-1))
		}
	}
	return ""
}

// appositionOpeners may stand between the comma and an apposition's
// coded words: "X, the Serbian …", "X, a former Croatian …".
var appositionOpeners = map[string]bool{"the": true, "a": true, "an": true, "former": true, "ex": true, "then": true}

// relativeHeads open a relative clause that says what body a person
// heads or belongs to: "X, who heads Peru's main opposition party".
var relativeHeads = map[string]bool{
	"who": true, "is": true, "was": true, "heads": true, "headed": true, "leads": true, "led": true,
	"runs": true, "chairs": true, "commands": true, "commanded": true, "represents": true,
}

// mentionAt finds the mention of sentence si that starts (or, with start
// false, ends) at offset off and describes a role: a country's sector
// ("Serbian prime minister", "Croatian opposition leader") or a known
// office holder ("the Serbian president").
func (st *state) mentionAt(si, off int, start bool) (news.Mention, bool) {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := st.out[i]
		at := m.Span.End
		if start {
			at = m.Span.Start
		}
		if at != off || len(m.Code) < 6 || (m.How != "adjective" && m.How != "role" && m.How != "context") {
			continue
		}
		return m, true
	}
	return news.Mention{}, false
}

// describedCode is a description's code for the person it describes: the
// code itself, or the country's ELI for a former holder.
func describedCode(code string, past bool) string {
	if past && code[:3] != "IGO" && code[:3] != "NGO" {
		return code[:3] + "ELI"
	}
	return code
}

// nationality returns the country an adjective or possessive right before
// a new name gives the person ("Egyptian Saad Eddin Ibrahim", "Peru's
// Alberto Tamayo", "the Peruvian X"), joining an adjective to the
// person's mention (a country's name stays a mention of its own); "" when
// none stands there.
func (st *state) nationality(si int, toks []nlp.Token, m *news.Mention, a int) string {
	if a == 0 {
		return ""
	}
	end := toks[a-1].Span.End
	if a >= 2 && (toks[a-1].Text == "'s" || toks[a-1].Text == "’s") {
		end = toks[a-2].Span.End
	}
	i := st.adjacentCountry(si, end)
	if i < 0 {
		return ""
	}
	c := mentionCountry(st.out[i])
	if end == toks[a-1].Span.End && st.out[i].How == "adjective" {
		m.Span.Start = st.out[i].Span.Start
		m.Text = st.doc.Text[m.Span.Start:m.Span.End]
		st.out[i].Code = "" // joined to the person's mention; tidy drops the overlap
	}
	return c
}

// appositive reads ", <country>'s … <agent noun>," after a name ending
// at toks[b]: the country and the sector of the last agent noun before
// the closing comma ("" when none), or "" when there is no such
// appositive.
func (st *state) appositive(si int, toks []nlp.Token, b int) (string, string) {
	if b+2 >= len(toks) || toks[b].Text != "," {
		return "", ""
	}
	c := st.countryAt(si, toks[b+1].Span.Start)
	if c == "" {
		return "", ""
	}
	sec := ""
	for j := b + 2; j < len(toks) && j < b+10 && toks[j].Text != ","; j++ {
		for n := min(3, len(toks)-j); n >= 1; n-- {
			if !isWordy(toks[j:j+n]) || !lower(toks[j].Text) {
				continue
			}
			if s, ok := st.r.kb.Sector(st.doc.Text[toks[j].Span.Start:toks[j+n-1].Span.End]); ok && len(s) >= 3 {
				sec = s[:3]
				break
			}
		}
	}
	return c, sec
}

// countryAt returns the country of the country mention of sentence si
// starting at start, or "".
func (st *state) countryAt(si, start int) string {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		if m := st.out[i]; m.Span.Start == start && isCountryMention(m) && len(m.Code) >= 3 {
			return m.Code[:3]
		}
	}
	return ""
}

// bodyBefore returns the code of the international body or NGO whose
// mention in sentence si ends right before start, or "".
func (st *state) bodyBefore(si, start int) string {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := st.out[i]
		if m.Span.End > start || strings.TrimSpace(st.doc.Text[m.Span.End:start]) != "" {
			continue
		}
		if strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO") {
			return m.Code
		}
	}
	return ""
}
