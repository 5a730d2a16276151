package events

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// Verbs whose meaning comes from the verb they govern: halting an action
// reverses its direction ("stopped supplying" reduces relations, "halted
// the shelling" de-escalates), and the complement of an accusation is the
// accuser's claim, not an event.

var halting = map[string]bool{"stop": true, "halt": true, "cease": true, "suspend": true, "discontinue": true, "quit": true, "end": true}

// halted codes "X stopped doing Y" from the code of Y, and reports
// whether v halts a verb at all: the end of cooperation is a reduction of
// relations (CAMEO 16: 164 for talks, 162 for aid and for supplies, 160
// otherwise), the end of conflict its easing (CAMEO 08: 087 for force,
// 085 for sanctions, 081 for restrictions). The complement is consumed
// either way; the code is "" when the end of Y means nothing CAMEO codes
// ("stopped charging duty" is neither an accusation nor its end).
func (c *clause) halted(v int) (string, bool) {
	if !halting[c.lemma(v)] {
		return "", false
	}
	for _, x := range c.children(v, "xcomp") {
		if c.toks[x].UPOS != "VERB" {
			continue
		}
		c.used[x] = true
		code, used := c.lx.match(c.lemma(x), c.preceding(x), c.following(x), nil)
		for _, i := range used {
			c.used[i] = true
		}
		if len(code) < 2 {
			return "", true
		}
		switch code[:2] {
		case "04":
			return "164", true
		case "06":
			if flowing[c.lemma(x)] {
				return "162", true
			}
			return "160", true
		case "01", "02", "03", "05":
			return "160", true
		case "07":
			return "162", true
		case "15", "18", "19", "20":
			return "087", true
		case "16":
			return "085", true
		case "17":
			return "081", true
		}
		return "", true
	}
	return "", false
}

// flowing verbs move goods: halting them stops material support (162).
var flowing = map[string]bool{"supply": true, "deliver": true, "ship": true, "export": true, "sell": true, "provide": true, "send": true, "pump": true}

var accusing = map[string]bool{"accuse": true, "blame": true, "charge": true, "allege": true, "suspect": true, "condemn": true, "criticise": true, "criticize": true, "denounce": true, "deny": true}

// alleged reports whether verb v is what an accusation alleges ("accused
// Minsk of allowing re-exports", "blamed Kyiv for shelling"): the
// accuser's claim is coded as the accusation alone. An accusing verb that
// only reports ("agents abused migrants, a rights group charged") leaves
// the act to be coded, as PETRARCH does with speech.
func (c *clause) alleged(v int) bool {
	if !c.accuses {
		return false
	}
	claim := false
	for i, n := v, 0; i >= 0 && n < len(c.toks); i, n = c.head(i), n+1 {
		if h := c.head(i); h >= 0 && accusing[c.lemma(h)] && c.toks[h].UPOS == "VERB" {
			return claim || c.marked(i, "of", "for")
		}
		claim = claim || c.marked(i, "of", "for")
	}
	return false
}

// marked reports whether token i carries one of the words as its mark or
// case.
func (c *clause) marked(i int, words ...string) bool {
	for _, k := range c.children(i, "mark", "case") {
		if slices.Contains(words, c.lemma(k)) {
			return true
		}
	}
	return false
}

// complementCoded reports whether a verb complement of v codes an event.
func (c *clause) complementCoded(v int) bool {
	for _, x := range c.children(v, "xcomp", "ccomp") {
		if c.toks[x].UPOS != "VERB" || !c.lx.Has(c.lemma(x)) {
			continue
		}
		if code, _ := c.lx.match(c.lemma(x), c.preceding(x), c.following(x), nil); code != "" {
			return true
		}
	}
	return false
}

// claimed turns the material conflict a third party reports ("Kyiv's
// security chief said the Kremlin had taken Belarus hostage") into that
// party's accusation of the alleged source (CAMEO 112): an outsider's
// claim is evidence of the claim, not of the act. A party to the event
// reporting it ("Minsk said Warsaw attacked it") leaves the event as it is.
func (c *clause) claimed(v int, evs []news.Event) []news.Event {
	h := c.reportedBy(v)
	if len(evs) == 0 || h < 0 || evs[0].QuadClass != 4 || !evs[0].Realized {
		return evs
	}
	if !speechLemmas[c.lemma(h)] && !strings.HasPrefix(c.lx.Match(c.lemma(h), nil), "01") {
		return evs
	}
	// The speaker is the subject's own actor ("sources in Pakistan" are
	// not Pakistan), or, when the parse gives the verb no subject, the
	// nearest actor before it.
	var speaker *news.Mention
	subj := c.children(h, "nsubj")
	for _, s := range subj {
		// "Thai military sources said": who only attributes the report
		// tells how the act is known and claims nothing of its own.
		if attributing[c.lemma(s)] {
			return evs
		}
		speaker = c.ownMention(s)
	}
	if len(subj) == 0 {
		if ss, _, _ := c.actors(h, false); len(ss) > 0 {
			speaker = ss[0]
		}
	}
	// A speaker of no known country cannot be shown to be a third party.
	if speaker == nil || speaker.Code == "" {
		return evs
	}
	for _, e := range evs {
		if e.SourceCode == "" || country(e.SourceCode) == country(speaker.Code) || country(e.TargetCode) == country(speaker.Code) {
			return evs
		}
	}
	var out []news.Event
	for _, e := range evs {
		if slices.ContainsFunc(out, func(o news.Event) bool { return o.Target == e.Source }) {
			continue
		}
		// The accused is the claimed event's source, a code, not a mention.
		a := c.lx.event("112", speaker, nil, c.toks[h].Span)
		a.Target, a.TargetCode = e.Source, e.SourceCode
		out = append(out, a)
	}
	return out
}

// reportedBy returns the verb whose clausal complement verb v is, or -1.
// The parser may make the reported clause's subject the saying verb's
// object and the reported verb an adjective of its own object ("said
// Russian troops [shelled villages]"): a verb right after a saying
// verb's object is that verb's complement still.
func (c *clause) reportedBy(v int) int {
	h := c.head(v)
	if h < 0 || c.rels[v] == "ccomp" {
		return h
	}
	if c.rels[v] != "amod" || h < v || c.toks[h].UPOS != "NOUN" || v == 0 || c.rels[v-1] != "obj" {
		return -1
	}
	if g := c.head(v - 1); g >= 0 && g < v-1 && speechLemmas[c.lemma(g)] {
		return g
	}
	return -1
}

// ownMention returns the actor a noun phrase names itself: the mention
// covering its head or a modifier of it ("the Ukrainian security chief"),
// not one inside a prepositional phrase ("sources in Pakistan").
func (c *clause) ownMention(s int) *news.Mention {
	if c.ment[s] != nil {
		return c.ment[s]
	}
	for i, t := range c.toks {
		if c.head(i) != s || c.ment[i] == nil {
			continue
		}
		switch t.Rel {
		case "amod", "compound", "appos", "flat", "nmod:poss":
			return c.ment[i]
		}
	}
	return nil
}

// obliged reports whether verb v carries "must" or "should", or "needs
// to" as they do, or is what another was asked to do ("urged Minsk to
// release"): asked of its subject, not agreed by it.
func (c *clause) obliged(v int) bool {
	for _, a := range c.children(v, "aux") {
		if l := c.texts[a]; l == "must" || l == "should" {
			return true
		}
	}
	h := c.head(v)
	// "urged Minsk not to commit mistakes and to withdraw": an
	// infinitive conjoined to an asked one is asked as well.
	if h >= 0 && c.rels[v] == "conj" && c.infinitive(v) && c.infinitive(h) {
		return c.obliged(h)
	}
	return h >= 0 && c.rels[v] == "xcomp" && (requesting[c.lemma(h)] || c.necessity(h)) || c.asked(v)
}

// asked reports an infinitive after a noun of request ("a demand to
// allow", "a call to withdraw"): the act asked for.
func (c *clause) asked(v int) bool {
	for _, m := range c.children(v, "mark") {
		if c.lemma(m) == "to" && m > 0 && requests[c.lemma(m-1)] {
			return true
		}
	}
	return false
}

var requests = map[string]bool{"demand": true, "request": true, "call": true, "appeal": true, "order": true}

// country is the country (or IGO, NGO…) part of a CAMEO actor code.
func country(code string) string { return code[:min(3, len(code))] }

// protested reports a verb done "to protest" or "to demonstrate": by
// civilians, "other collective actions carried out as protests against
// the recipient" are PLOVER PROTEST ("workers stopped work to protest",
// "farmers blocked the road to protest"), whatever the act. A state's
// act done in protest keeps its own code ("recalled its ambassador to
// protest" reduces relations); see official.
func (c *clause) protested(v int, srcs []*news.Mention) bool {
	if len(srcs) > 0 && official(srcs[0].Code) {
		return false
	}
	xs := c.children(v, "advcl", "xcomp")
	// The parser may hang the purpose from the object ("shunned
	// lectures [to protest]").
	for _, o := range c.children(v, "obj") {
		xs = append(xs, c.children(o, "advcl", "acl")...)
	}
	for _, x := range xs {
		if l := c.lemma(x); (l == "protest" || l == "demonstrate") && c.infinitive(x) {
			return true
		}
	}
	return false
}

// rioted reports violence (CAMEO 18-20) by civilians, neither a state's
// agents nor armed groups, during a gathering ("youths threw stones at
// the troops during a demonstration"): the PLOVER manual's PROTEST
// 'riot', "distinct, continuous and violent action directed toward
// members of a distinct other group or government authorities". The
// same act by police or soldiers is theirs to answer for (ASSAULT).
func (c *clause) rioted(v int, code string, srcs []*news.Mention) bool {
	if len(code) < 2 || code[:2] != "18" && code[:2] != "19" && code[:2] != "20" {
		return false
	}
	if len(srcs) == 0 || srcs[0].Code == "" || official(srcs[0].Code) || armed(srcs[0].Code) {
		return false
	}
	// "resorted to throwing stones during demonstrations": the gathering
	// may hang from the verb that governs the act.
	scopes := []int{v}
	if h := c.head(v); h >= 0 && c.rels[v] == "xcomp" {
		scopes = append(scopes, h)
	}
	for x := range c.toks {
		if !gatherings[c.lemma(x)] || !(c.hasCase(x, "during") || c.hasCase(x, "amid") || c.hasCase(x, "in") || c.hasCase(x, "at")) {
			continue
		}
		for _, r := range scopes {
			if c.under(x, r) && !c.inEmbedded(x, r) {
				return true
			}
		}
	}
	return false
}

// gatherings are nouns of a crowd's protest.
var gatherings = map[string]bool{"demonstration": true, "protest": true, "rally": true, "riot": true, "march": true}

// efforts are nouns whose infinitive names the act tried ("their effort
// to overthrow the government", "a bid to seize the airport"): an
// attempt is the act, as for the verbs attempt and try.
var efforts = map[string]bool{"effort": true, "bid": true, "attempt": true, "campaign": true, "drive": true, "push": true}

// effortCoded reports whether verb v governs an effort whose infinitive
// codes an event: that event is the sentence's, and v ("continued",
// "launched", "stepped up") codes nothing of its own. Another's named
// effort ("praised Kenya's efforts to") is what v is about, and v an act
// towards its owner.
func (c *clause) effortCoded(v int) bool {
	for _, o := range c.children(v, "obj") {
		if !efforts[c.lemma(o)] || c.owner(o) != nil {
			continue
		}
		for _, x := range c.children(o, "acl") {
			if c.toks[x].UPOS == "VERB" && c.infinitive(x) && c.lx.Has(c.lemma(x)) {
				if code, _ := c.lx.match(c.lemma(x), c.preceding(x), c.following(x), nil); code != "" {
					return true
				}
			}
		}
	}
	return false
}

// owner returns the actor a possessive names as noun n's owner ("Kenya's
// efforts"), nil for a pronoun ("their effort") or none.
func (c *clause) owner(n int) *news.Mention {
	for _, p := range c.children(n, "nmod") {
		if m := c.ment[p]; m != nil && c.toks[p].Rel == "nmod:poss" {
			return m
		}
	}
	return nil
}

// directive reports a requesting verb with an object and an infinitive
// complement ("told Minsk to stop"): a request, whatever the dictionary
// makes of the verb alone.
func (c *clause) directive(v int) bool {
	if !requesting[c.lemma(v)] || len(c.children(v, "obj", "iobj")) == 0 {
		return false
	}
	for _, x := range c.children(v, "xcomp") {
		if c.toks[x].UPOS == "VERB" && c.infinitive(x) {
			return true
		}
	}
	return false
}

// utterances are nouns of things said: issuing, sending or delivering
// one says it ("issued a stern reminder to Iraq that it must").
var utterances = map[string]bool{"reminder": true, "warning": true, "statement": true, "message": true, "call": true, "demand": true, "ultimatum": true, "appeal": true, "note": true}

// demanding reports an utterance verb whose clause says what another
// must do ("issued a reminder that Iraq must cooperate"): the demand is
// its event (see demand), not the dictionary's reading of the verb.
func (c *clause) demanding(v int) bool {
	if !c.utters(v) {
		return false
	}
	for _, x := range c.children(v, "ccomp") {
		if c.obliged(x) {
			return true
		}
	}
	return false
}

// utters reports a verb whose object is an utterance.
func (c *clause) utters(h int) bool {
	for _, o := range c.children(h, "obj") {
		if utterances[c.lemma(o)] {
			return true
		}
	}
	return false
}

// topics drops the requests that are what a protest is about ("blocked
// streets to demand reforms", "marched calling for elections"): the
// PLOVER manual codes the protest, and "the topic of the protest, which
// will typically be a REQUEST, is not coded as a separate event". The
// request is an infinitive or a participle clause in a sentence that
// codes a protest, whatever the parser hung it from ("in defiance of the
// authorities to demand").
func (c *clause) topics(found []coded) []coded {
	if !slices.ContainsFunc(found, func(f coded) bool { return f.ev.Type == "PROTEST" }) {
		return found
	}
	return slices.DeleteFunc(found, func(f coded) bool {
		v := f.at
		if f.ev.Type != "REQUEST" || c.toks[v].UPOS != "VERB" {
			return false
		}
		switch c.rels[v] {
		case "advcl", "xcomp", "acl", "conj":
			return c.infinitive(v) || c.toks[v].XPOS == "VBG"
		}
		return false
	})
}

// enforced returns the code of an authority's order that its own
// people stop, close, leave or disband ("ordered the opposition
// newspaper to suspend publication", "ordered protesters to leave the
// square"): the PLOVER manual files such restrictions under COERCE
// (172, 1721 for the press), as a state can enforce them at home, where
// an order to another state stays a demand (100). "" when v is no such
// order.
func (c *clause) enforced(v int, lemma, code string, srcs, tgts []*news.Mention) string {
	if !commanding[lemma] || !strings.HasPrefix(code, "10") && !strings.HasPrefix(code, "02") || len(srcs) == 0 || len(tgts) == 0 {
		return ""
	}
	s, t := srcs[0].Code, tgts[0].Code
	if s == "" || len(t) <= 3 || country(s) != country(t) || !official(s) || official(t) || stateless[country(s)] {
		return ""
	}
	// The parser hangs the infinitive from the verb or from its object
	// ("ordered protesters [to leave]"): the first one under the verb.
	for x := v + 1; x < len(c.toks); x++ {
		if c.toks[x].UPOS != "VERB" || c.toks[x-1].Text != "to" || !c.under(x, v) {
			continue
		}
		if ceasing[c.lemma(x)] {
			if strings.Contains(t[3:], "MED") || strings.Contains(t[3:], "JRN") {
				return "1721"
			}
			return "172"
		}
		break
	}
	return ""
}

// commanding verbs give orders; ceasing verbs name what an enforced
// order stops.
var (
	commanding = map[string]bool{"order": true, "instruct": true, "direct": true, "force": true, "compel": true}
	ceasing    = map[string]bool{"suspend": true, "stop": true, "cease": true, "halt": true, "close": true, "shut": true,
		"leave": true, "vacate": true, "evacuate": true, "disband": true, "dissolve": true, "disperse": true, "quit": true, "end": true}
)

// saying verbs report what is said and take their addressee, if any, in
// a "to" phrase; "tell" takes it as its object.
var saying = map[string]bool{"say": true, "state": true, "claim": true, "add": true, "note": true}

// addressed reports a mention in a "to" phrase of verb v.
func (c *clause) addressed(v int, m *news.Mention) bool {
	for _, o := range c.children(v, "obl", "nmod") {
		if c.hasCase(o, "to") && slices.Contains(c.group(o), m) {
			return true
		}
	}
	return false
}

// extraposed reports an infinitive clausal subject of a predicate with
// an expletive "it" ("Latvia said it is prepared to lift the ban", as
// the parser may read it): "it" is the speaker, and the infinitive what
// the predicate governs, not a topic.
func (c *clause) extraposed(v int) bool {
	h := c.head(v)
	return h >= 0 && c.infinitive(v) && len(c.children(h, "expl")) > 0 && governors[c.lemma(h)] != ""
}
