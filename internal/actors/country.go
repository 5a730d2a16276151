package actors

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// country resolves a country name or adjective with what follows it: a
// title ("Belarusian leader"), an agent noun ("Belarusian troops") or
// nothing.
func (st *state) country(si int, toks []nlp.Token, used []bool, a, b int, act *news.Actor, how string) {
	code := act.Country
	if code == "" {
		code = string(act.ID)
	}
	if how == "alias" && isAdjective(toks[b-1]) {
		how = "adjective"
	}
	if t := st.titleStart(toks, used, a); t < a && isTitleWord(toks[a-1].Text) && !isAdjective(toks[b-1]) &&
		(b == len(toks) || !properNoun(toks[b])) && govTitle(st.doc.Text[toks[t].Span.Start:toks[a].Span.Start]) {
		// A country's name right after a government title is a person
		// the dictionary files under the country ("Bree Prime Minister
		// Romendacil" in PETRARCH's, whose people are bare codes): the
		// title gives the sector, as PETRARCH's agents do.
		span := spanOf(toks, t, b)
		if t > 0 {
			if i := st.adjacentCountry(si, toks[t-1].Span.End); i >= 0 && mentionCountry(st.out[i]) == code {
				span.Start = st.out[i].Span.Start
				st.out = slices.Delete(st.out, i, i+1)
			}
		}
		mark(used, t, b)
		st.emit(news.Mention{Span: span, Actor: act.ID, Code: code + "GOV", How: how, Sentence: si})
		return
	}
	if t, kind := titleOf(toks, used, a); t < a {
		// "the president of Armenia": the holder, or the government when
		// the KB knows no holder.
		span := spanOf(toks, t, b)
		mark(used, t, b)
		if p := st.r.holder(kind, code, st.date); p != nil {
			st.emit(news.Mention{Span: span, Actor: p.ID, Code: codeAt(p, st.date), How: "role", Sentence: si})
		} else {
			st.emit(news.Mention{Span: span, Actor: news.ActorID(code + "GOV"), Code: code + "GOV", How: "role", Sentence: si})
		}
		return
	}
	if s, sec := st.agentBefore(toks, used, a); s < a && how != "adjective" {
		id := code + sec
		mark(used, s, b)
		st.emit(news.Mention{Span: spanOf(toks, s, b), Actor: news.ActorID(id), Code: id, How: "adjective", Sentence: si})
		return
	}
	next := b
	if next < len(toks) && (toks[next].Text == "'s" || toks[next].Text == "'") {
		next++
	}
	if kind, n := titleAt(toks, next); n > 0 {
		// "Belarusian Prime Minister Sergei Rumas": leave it to the name.
		if e := next + n; e < len(toks) && startsUpper(toks[e].Text) && toks[e].UPOS == "PROPN" {
			mark(used, a, b)
			st.emit(news.Mention{Span: spanOf(toks, a, b), Actor: act.ID, Code: code, How: how, Sentence: si})
			return
		}
		if p := st.r.holder(kind, code, st.date); p != nil {
			mark(used, a, next+n)
			st.emit(news.Mention{Span: spanOf(toks, a, next+n), Actor: p.ID, Code: codeAt(p, st.date), How: "role", Sentence: si})
			return
		}
	}
	if next > b && st.ally(si, toks, used, a, b, next, news.Mention{Actor: act.ID, Code: code, How: how}) {
		return
	}
	if e := st.weaponAt(toks, next); e > next {
		// "a US Predator fired": the weapon is its operator's military.
		mark(used, a, e)
		st.emit(news.Mention{Span: spanOf(toks, a, e), Actor: news.ActorID(code + "MIL"), Code: code + "MIL", How: "adjective", Sentence: si})
		return
	}
	if sec, e := st.agent(toks, next); e > next {
		if e < len(toks) && properNoun(toks[e]) && startsUpper(toks[next].Text) {
			// "Serbian Labour Minister Dragan Milovanovic": a title
			// before a name; the name takes it.
			mark(used, a, b)
			st.emit(news.Mention{Span: spanOf(toks, a, b), Actor: act.ID, Code: code, How: how, Sentence: si})
			return
		}
		s := a
		if sec == "MED" && a > 0 && !used[a-1] && stateOwned[strings.ToLower(toks[a-1].Text)] {
			// "the official Syrian newspaper": the state's media speak
			// for the government, as Phoenix codes "state media" GOV.
			sec, s = "GOV", a-1
		}
		id := code + sec
		mark(used, s, e)
		st.emit(news.Mention{Span: spanOf(toks, s, e), Actor: news.ActorID(id), Code: id, How: "adjective", Sentence: si})
		return
	}
	mark(used, a, b)
	c := codeAt(act, st.date)
	if len(c) == 3 && (st.people(spanOf(toks, a, b), act) || person(toks, a, b, how)) {
		// "Iraqis fled", "a Palestinian was hurt": the country's people,
		// not its state; CAMEO's generic citizens are civilians.
		c += "CVL"
	}
	st.emit(news.Mention{Span: spanOf(toks, a, b), Actor: act.ID, Code: c, How: how, Sentence: si})
}

// person reports whether the demonym at toks[a:b] names one person: "a
// Palestinian was killed", "an Iraqi said", where an article stands before
// it and no noun after it.
func person(toks []nlp.Token, a, b int, how string) bool {
	// A demonym the KB files as an alias ("a Briton", "a Scot") is one
	// person as an adjective is ("a Palestinian").
	if (how != "adjective" && how != "alias") || a == 0 || b-a != 1 {
		return false
	}
	switch strings.ToLower(toks[a-1].Text) {
	case "a", "an", "another", "one":
	default:
		return false
	}
	return b == len(toks) || (toks[b].UPOS != "NOUN" && toks[b].UPOS != "PROPN" && toks[b].UPOS != "ADJ")
}

// people reports whether the text at span is a plural demonym of country
// act: a plural the country also goes by in the singular (Iraqis, Iraqi),
// and not its name (the Philippines, the Netherlands).
func (st *state) people(span news.Span, act *news.Actor) bool {
	text := st.doc.Text[span.Start:span.End]
	key := kb.Key(text)
	single := text[:max(len(text)-1, 0)]
	if strings.HasSuffix(key, "men") {
		single = text[:len(text)-3] + "man" // Frenchmen, Englishmen
	} else if !strings.HasSuffix(key, "s") {
		return false
	}
	if key == kb.Key(act.Name) || isUpperWord(text) {
		return false
	}
	for _, a := range st.r.kb.Lookup(single) {
		if a.ID == act.ID {
			return true
		}
	}
	return false
}

// stateOwned words before a country's media make them the government's.
var stateOwned = map[string]bool{
	"official": true, "state": true, "state-run": true, "state-owned": true, "state-controlled": true,
	"government": true, "government-run": true, "government-owned": true, "government-controlled": true,
}

// allyWords name a body by the state it serves: "Israel's militia ally",
// "Iran's proxies".
var allyWords = map[string]bool{"ally": true, "allies": true, "proxy": true, "proxies": true, "surrogate": true, "surrogates": true}

// ally reads a state's ally or proxy after its possessive at toks[a:b]
// ("Israel's militia ally in southern Lebanon"): the ally is not the
// state, so the possessor is the state alone, and the ally a body of the
// country where it acts when "in" names one and the words before the ally
// give its sector (LBN + militia). It reports whether it read one; m is
// the state's mention.
func (st *state) ally(si int, toks []nlp.Token, used []bool, a, b, next int, m news.Mention) bool {
	if next >= len(toks) {
		return false
	}
	// The ally phrase is toks[next:e]: "militia ally", "proxy militia".
	sec, e := "", next+1
	if allyWords[strings.ToLower(toks[next].Text)] {
		if s, end := st.agent(toks, next+1); end > next+1 {
			sec, e = s, end
		}
	} else {
		s, end := st.agent(toks, next)
		if end <= next || end >= len(toks) || !allyWords[strings.ToLower(toks[end].Text)] {
			return false
		}
		sec, e = s, end+1
	}
	mark(used, a, b)
	m.Span, m.Sentence = spanOf(toks, a, b), si
	st.emit(m)
	if anyUsed(used, next, e) {
		return true
	}
	// Where it acts unnamed, whose it is stays unknown: the phrase is
	// taken so that no later rule gives it the patron's country.
	mark(used, next, e)
	if c := st.placeIn(toks, e); c != "" && sec != "" {
		st.emit(news.Mention{Span: spanOf(toks, next, e), Actor: news.ActorID(c + sec), Code: c + sec, How: "context", Sentence: si})
	}
	return true
}

// placeIn is the country of the place "in" at toks[i] names, past
// lower-case adjectives ("in southern Lebanon", "in eastern Ukraine"):
// a country or a place of the KB; "" when there is none.
func (st *state) placeIn(toks []nlp.Token, i int) string {
	if i >= len(toks) || !strings.EqualFold(toks[i].Text, "in") {
		return ""
	}
	j := i + 1
	for j < len(toks) && j < i+3 && !startsUpper(toks[j].Text) && toks[j].UPOS == "ADJ" {
		j++
	}
	for n := min(3, len(toks)-j); n >= 1; n-- {
		name := st.doc.Text[toks[j].Span.Start:toks[j+n-1].Span.End]
		if !startsUpper(name) {
			return ""
		}
		if p, ok := st.r.kb.Place(name); ok {
			return p.Country
		}
		for _, a := range st.r.kb.Lookup(name) {
			if a.Kind == "country" {
				return string(a.ID)
			}
		}
	}
	return ""
}
