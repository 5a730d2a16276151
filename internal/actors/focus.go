package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// focus returns the article's main country before sentence si: the
// country its mentions so far code most often, when it has at least twice
// the mentions of any other, else "". A state's institution named generically in a sentence
// naming no country ("Protests spread across Kenya. The Interior
// Ministry banned the rallies.") is that country's far more often than
// any other's. Only a sentence naming no country at all asks: one that
// names a country ties the institution to it by the sentence rules, and
// one that names several leaves it open, the focus being no better a
// guess there ("Analysts in Moscow said the National Bank…").
func (st *state) focus(si int) string {
	n := map[string]int{}
	for _, m := range st.out {
		if m.Sentence >= si || len(m.Code) < 3 {
			continue
		}
		if a, ok := st.r.kb.Actor(news.ActorID(m.Code[:3])); ok && a.Kind == "country" {
			n[m.Code[:3]]++
		}
	}
	best, top, second := "", 0, 0
	for c, k := range n {
		switch {
		case k > top:
			best, top, second = c, k, top
		case k > second:
			second = k
		}
	}
	if top < 2*second {
		return "" // a story of two countries ("Russia … Belarus") has no main one
	}
	return best
}

// namesCountry reports whether any mention of sentence si so far codes a
// country or one of its actors.
func (st *state) namesCountry(si int) bool {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		if c := st.out[i].Code; len(c) >= 3 {
			if a, ok := st.r.kb.Actor(news.ActorID(c[:3])); ok && a.Kind == "country" {
				return true
			}
		}
	}
	return false
}

// institutions are the sectors of the bodies a state has one of, which a
// generic name ("the army", "the Interior Ministry", "the Supreme Court",
// "police") leaves to the article's main country.
var institutions = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "SPY": true}

// focusCode codes a state's institution named generically in sentence si
// by the article's main country, or returns "" when the sentence names a
// country, the sector is no institution's or the article has no main
// country.
func (st *state) focusCode(si int, sec string) string {
	if len(sec) != 3 || !institutions[sec] || st.namesCountry(si) {
		return ""
	}
	if c := st.focus(si); c != "" {
		return c + sec
	}
	return ""
}

// counterparts are the prepositions that put a country across from the
// sentence's other actors: "a bill on relations with China", "protested
// against Israel". "From" is not one: what comes from a country is most
// often its own ("The missiles could reach them from Russia").
var counterparts = map[string]bool{"with": true, "against": true, "toward": true, "towards": true}

// counterpartOnly reports whether every country mention of sentence si
// follows a counterpart preposition, so that the sentence names no
// country its bare role nouns belong to: "Lawmakers approved a bill on
// relations with China" are no Chinese lawmakers.
func (st *state) counterpartOnly(si int, toks []nlp.Token) bool {
	seen := false
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := st.out[i]
		if len(m.Code) < 3 {
			continue
		}
		if a, ok := st.r.kb.Actor(news.ActorID(m.Code[:3])); !ok || a.Kind != "country" {
			continue
		}
		seen = true
		p, e := tokenRange(toks, m.Span.Start, m.Span.End)
		for _, t := range toks[p:e] {
			if scenes[strings.ToLower(t.Text)] {
				return false // "clashed with police in Kenya": the scene
			}
		}
		p--
		if p >= 0 && strings.EqualFold(toks[p].Text, "the") {
			p--
		}
		if p < 0 || !counterparts[strings.ToLower(toks[p].Text)] {
			return false
		}
	}
	return seen
}

// scenes are the prepositions inside a mention that place its actor: an
// agent noun "in" a country acts there ("police in Kenya").
var scenes = map[string]bool{"in": true, "inside": true, "across": true, "throughout": true, "within": true}

// counterpartOf reports whether a mention, by its text or the text after
// it, names the other side of a meeting: "his Chadian counterpart" is not
// the country of the sentence's own officials.
func counterpartOf(text, after string) bool {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	return strings.HasPrefix(strings.TrimLeft(after, " "), "counterpart") || strings.HasPrefix(last, "counterpart")
}

// localize gives a new actor the KB's body its country's news names the
// same way, once the text has coded it to that country: a Belarusian
// story's bare "National Bank" (coded BLRGOV by focus) is the National
// Bank of the Republic of Belarus, while "the Swiss National Bank" and a
// Ukrainian story's "National Bank" stay new (kb.Local).
func (st *state) localize() {
	for i, m := range st.out {
		name, ok := strings.CutPrefix(string(m.Actor), NewPrefix)
		if !ok || len(m.Code) < 3 {
			continue
		}
		if a, ok := st.r.kb.Local(name, m.Code[:3]); ok {
			st.out[i].Actor, st.out[i].Code = a.ID, codeAt(a, st.date)
		}
	}
}
