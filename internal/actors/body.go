package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// bodyHeads are the nouns an organisation's name ends in (or opens, before
// "of") that say what kind of body it is, with the sector a body of that
// kind has when the KB does not know the name. A named "Army", "Brigade"
// or "Front" the KB lacks is seldom a state's: states' armies are named by
// their country ("the Lebanese Army") and their brigades by number, which
// the country rules read first.
var bodyHeads = map[string]string{
	"party": "PTY", "front": "PTY", "movement": "OPP", "army": "REB", "brigade": "REB", "militia": "UAF",
	"ministry": "GOV", "department": "GOV", "commission": "GOV", "agency": "GOV",
	"university": "EDU", "college": "EDU", "institute": "EDU", "academy": "EDU",
	"union": "LAB", "church": "REL", "court": "JUD", "parliament": "LEG", "assembly": "LEG",
	"bank": "BUS", "company": "BUS", "corporation": "BUS",
	"group": "", "organisation": "", "organization": "", "faction": "", "alliance": "", "coalition": "",
	"forum": "NGO", "foundation": "NGO", "association": "NGO", "society": "NGO", "network": "NGO",
	"centre": "NGO", "center": "NGO", "federation": "NGO",
}

// stateBanks qualify a bank the state runs: a "Central Bank", "Reserve
// Bank" or "National Bank of" a country is its central bank, which
// CAMEO, like the Phoenix agents' "central bank" and "national bank",
// codes as the government, not business.
var stateBanks = map[string]bool{"central": true, "reserve": true, "national": true}

// civic heads name non-governmental bodies; one the text ties to no
// country is an international NGO ("the Third World Water Forum").
var civic = map[string]bool{
	"forum": true, "foundation": true, "association": true, "society": true, "network": true,
	"centre": true, "center": true, "federation": true,
}

// bodyHead returns the sector of the body the name toks[a:b] names by its
// head ("Patriotic Front" → PTY, "Ministry of Health" → GOV: the word
// before "of" heads it) and whether it names a body at all.
func bodyHead(toks []nlp.Token, a, b int) (string, bool) {
	h := b - 1
	for i := a + 1; i < b; i++ {
		if strings.EqualFold(toks[i].Text, "of") {
			h = i - 1
			break
		}
	}
	sec, ok := bodyHeads[strings.ToLower(toks[h].Text)]
	if sec == "BUS" && h > a && stateBanks[strings.ToLower(toks[h-1].Text)] {
		return "GOV", true
	}
	if !ok {
		sec, ok = bodyHeads[strings.TrimSuffix(strings.ToLower(toks[h].Text), "s")]
	}
	return sec, ok
}

// bodies finds a capitalised name the KB lacks before a lower-case body
// noun, with a gloss in parentheses between them or none: "the Kifaya
// (Enough) movement", "the Baath party". The name and noun are one new
// actor, which newCodes codes by its country and the noun.
func (st *state) bodies(si int, toks []nlp.Token, used []bool) {
	for i := 1; i < len(toks); i++ {
		if used[i] || !lower(toks[i].Text) {
			continue
		}
		if _, ok := bodyHead(toks, i, i+1); !ok || toks[i].UPOS != "NOUN" {
			continue
		}
		if _, one := bodyHeads[strings.ToLower(toks[i].Text)]; !one || toks[i].XPOS == "NNS" {
			continue // "Hutu militias", "Kurdish parties": a people's or a faith's many, not one body
		}
		e := i // the name ends before e
		if toks[e-1].Text == ")" {
			o := e - 2
			for o > 0 && e-o <= 6 && toks[o].Text != "(" {
				o--
			}
			if toks[o].Text != "(" {
				continue
			}
			e = o
		}
		s := e
		for s > 0 && e-s < 4 && !used[s-1] && properNoun(toks[s-1]) && !isTitleWord(toks[s-1].Text) {
			s--
		}
		if s == e || (s == firstWord(toks) && toks[s].UPOS != "PROPN") || len(st.r.kb.Lookup(st.doc.Text[toks[s].Span.Start:toks[e-1].Span.End])) > 0 {
			continue
		}
		name := st.doc.Text[toks[s].Span.Start:toks[e-1].Span.End] + " " + toks[i].Text
		mark(used, s, i+1)
		st.emit(news.Mention{Span: spanOf(toks, s, i+1), Actor: news.ActorID(NewPrefix + kb.Key(name)), How: "new", Sentence: si})
	}
}

// bodyCode codes a new organisation at toks[a:b] the KB lacks by the kind
// of body its head names and the country the text ties it to: a country
// adjective right before it ("Rwandan Patriotic Front" → RWAPTY, which
// then joins the mention), "of" and a country or place after it
// ("Patriotic Front of Zambia", "University of Nairobi" → KENEDU), or the
// one country the sentence names ("the Kifaya movement … in Cairo" →
// EGYOPP). It returns "" for a name no body head ends.
func (st *state) bodyCode(si int, toks []nlp.Token, m *news.Mention, a, b int) string {
	sec, ok := bodyHead(toks, a, b)
	if !ok && b-a >= 2 && len(toks[b-1].Text) >= 6 && startsUpper(toks[b-1].Text) && !isUpperWord(toks[b-1].Text) {
		// A head the agent nouns know, typos forgiven: "Kenya Police",
		// "Anti-Corruption Commision".
		if code, known := st.r.kb.Sector(toks[b-1].Text); known && len(code) >= 3 {
			sec, ok = sectorOf(code)[:3], true
		}
	}
	if !ok {
		return ""
	}
	if a > 0 {
		if i := st.adjacentCountry(si, toks[a-1].Span.End); i >= 0 && (a < 2 || toks[a-1].Text != "'s") {
			c := mentionCountry(st.out[i])
			m.Span.Start = st.out[i].Span.Start
			m.Text = st.doc.Text[m.Span.Start:m.Span.End]
			st.out[i].Code = "" // joined to the body's mention; tidy drops the overlap
			return c + sec
		}
	}
	if b+1 < len(toks) && toks[b].Text == "of" {
		if c := st.placeAt(si, toks[b+1].Span.Start); c != "" {
			return c + sec
		}
	}
	if (sec == "GOV" || sec == "JUD" || sec == "LEG") && b-a >= 2 {
		// "International Whaling Commission", "Intergovernmental
		// Authority on Development": an office of several states.
		for _, t := range toks[a:b] {
			if w := strings.ToLower(t.Text); worldWide[w] || w == "intergovernmental" {
				return "IGO"
			}
		}
	}
	if civic[strings.ToLower(toks[b-1].Text)] && b-a >= 2 {
		// "Third World Water Forum", "Global Peace Foundation": a name
		// that says it is international is no one country's; nor is a
		// civic body with no country in its sentence.
		for _, t := range toks[a:b] {
			if worldWide[strings.ToLower(t.Text)] {
				return "NGO"
			}
		}
		if st.sentenceCountry(si) == "" {
			return "NGO"
		}
	}
	if c := st.sentenceCountry(si); c != "" {
		return c + sec
	}
	if sec == "GOV" || sec == "JUD" || sec == "LEG" {
		return st.focusCode(si, sec)
	}
	return ""
}

// worldWide words in a body's name say it spans countries.
var worldWide = map[string]bool{"world": true, "international": true, "global": true, "worldwide": true, "inter-parliamentary": true}

// placeAt returns the country of the country or place mention of
// sentence si starting at start ("Kenya", or "Nairobi" as a place: KEN),
// or "".
func (st *state) placeAt(si, start int) string {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := st.out[i]
		if m.Span.Start != start || len(m.Code) < 3 {
			continue
		}
		if c, ok := st.r.kb.Actor(news.ActorID(m.Code[:3])); ok && c.Kind == "country" {
			return m.Code[:3]
		}
	}
	return ""
}
