package events

import (
	"slices"

	"github.com/entente-news/entente/internal/news"
)

// actors finds the sources and targets of verb v from the parse: the
// actor under each argument and those conjoined to it ("Mordor, Rohan and
// Bree welcomed"). deep lets the target come from anywhere under the verb
// when no object gives one.
//
// unknown reports a source the sentence leaves unnamed: a passive without
// its agent, or a subject naming no actor ("a roadside bomb killed").
func (c *clause) actors(v int, deep bool) (srcs, tgts []*news.Mention, unknown bool) {
	subjOf, srcs, unknownSubject := c.subjectVerb(v)
	srcs, passive := c.subjectActors(subjOf, srcs)
	if passive {
		srcs, tgts = c.passiveActors(v, srcs)
	} else {
		tgts = c.objectTarget(v, srcs)
		// "Russia deployed its soldiers": the forces a country sends are
		// its own, no target.
		if len(tgts) > 0 && len(srcs) > 0 && sending[c.lemma(v)] && armed(tgts[0].Code) && country(tgts[0].Code) == country(srcs[0].Code) {
			return srcs, nil, false
		}
	}
	if dying[c.lemma(v)] && !passive && len(srcs) > 0 {
		return c.sufferer(v, srcs)
	}
	// "a prisoner died in police custody": whoever held the dead did
	// it, even when the dead name no actor.
	if dying[c.lemma(v)] && !passive {
		if g := c.custodian(v); len(g) > 0 {
			return g, nil, false
		}
	}
	// "Minsk received a loan from Moscow": the giver acts on the receiver.
	if receiving[c.lemma(v)] && !passive {
		if g := c.giver(v); len(g) > 0 {
			return g, srcs, false
		}
	}
	if len(tgts) == 0 && len(srcs) < 2 && !passive && deep {
		tgts = c.deepTarget(v, srcs)
	}
	// "opened the Friendship Bridge to allow deliveries to Afghanistan":
	// a name the knowledge base cannot code is a place or a thing as
	// often as a party; a coded party in a clause under the verb is the
	// act's target. One in the name's own phrase ("forced a Ryanair jet
	// flying from Athens to land") only tells more of it.
	if len(tgts) == 1 && tgts[0].Code == "" && len(srcs) == 1 && !passive && deep {
		if d := c.deepTarget(v, append(slices.Clip(srcs), tgts[0])); len(d) > 0 && d[0].Code != "" && !c.samePhrase(d[0], tgts[0], v) {
			tgts = d
		}
	}
	if len(srcs) == 0 && !passive {
		if s, done := c.unnamedSubject(subjOf, unknownSubject); done {
			return s, tgts, len(s) == 0
		}
		srcs = c.antecedent(subjOf, tgts)
	}
	// "Thousands of people blocked streets in Hong Kong": a home place
	// found before the source was.
	if len(tgts) > 0 && (c.homePlace(tgts[0], srcs) || c.launchedFrom(tgts[0], srcs)) {
		tgts = nil
	}
	return srcs, tgts, passive
}

// passiveActors turns a passive verb v's subjects into its targets and
// finds its agents.
func (c *clause) passiveActors(v int, subjects []*news.Mention) (srcs, tgts []*news.Mention) {
	tgts, srcs = subjects, c.agents(v)
	// "imposed on Eritrea by the UN": the parser may hang the agent
	// from the oblique before it.
	for _, o := range c.children(v, "obl") {
		for _, a := range c.children(o, "nmod") {
			if g := c.group(a); len(srcs) == 0 && len(g) > 0 && c.hasCase(a, "by") {
				srcs = g
			}
		}
	}
	// "Sanctions were imposed on Eritrea": a subject naming no actor
	// is the act's object, and its target is the verb's oblique.
	for _, o := range c.children(v, "obl") {
		if g := c.group(o); len(tgts) == 0 && len(g) > 0 && !c.hasCase(o, "by") && !c.hasCase(o, "in") && !c.adverbial(o) && !slices.Contains(srcs, g[0]) {
			tgts = g
		}
	}
	return srcs, tgts
}

// objectTarget returns the actors of active verb v's first object or
// oblique that names a party other than srcs, its home place and its own
// agents.
func (c *clause) objectTarget(v int, srcs []*news.Mention) []*news.Mention {
	for _, o := range c.sent(v, c.objects(v)) {
		if len(srcs) > 0 && c.ownAgents(o) {
			continue
		}
		if i := c.firstUnder(o); i >= 0 && (c.nestedParty(i, o) || c.scoped(i, o)) {
			continue
		}
		g := c.group(o)
		if o == c.head(v) {
			// The noun the verb was hung from holds the verb and its
			// subject too: only what lies outside the verb counts.
			g = c.groupBy(o, func(r int) *news.Mention {
				for i := range c.toks {
					if c.ment[i] != nil && c.underPhrase(i, r) && !c.under(i, v) {
						return c.ment[i]
					}
				}
				return nil
			})
		}
		if len(g) > 0 && !slices.Contains(srcs, g[0]) && !c.homePlace(g[0], srcs) && !c.launchedFrom(g[0], srcs) {
			for i := range g {
				g[i] = c.possessed(g[i])
			}
			if p := c.stationed(v, o, g[0]); p != nil {
				g = []*news.Mention{p}
			}
			return g
		}
	}
	return nil
}

// sufferer recasts an act of dying by srcs: "a prisoner died in Israeli
// police custody": who dies suffers the event; the actor beside the verb,
// if any, did it.
func (c *clause) sufferer(v int, srcs []*news.Mention) ([]*news.Mention, []*news.Mention, bool) {
	if g := c.custodian(v); len(g) > 0 && !slices.Contains(srcs, g[0]) {
		return g, srcs, false
	}
	for _, o := range append(c.objects(v), c.children(v, "advcl")...) {
		// "while in custody" is a phrase, whatever the parser made of it.
		if c.toks[o].UPOS != "NOUN" && c.toks[o].UPOS != "PROPN" {
			continue
		}
		// Where one died ("died in Thailand") did nothing; who did the
		// act one died in did ("died in an attack by Boko Haram", "in
		// clashes with Russian forces").
		if c.marked(o, places...) {
			for _, a := range c.children(o, "nmod") {
				if g := c.group(a); len(g) > 0 && c.marked(a, "by", "with") && !slices.Contains(srcs, g[0]) {
					return g, srcs, false
				}
			}
			continue
		}
		if g := c.group(o); len(g) > 0 && !slices.Contains(srcs, g[0]) {
			return g, srcs, false
		}
	}
	return nil, srcs, true
}

// custodian returns the actors a noun of custody under verb v names
// ("died while in Israeli police custody", "in the hands of the army").
func (c *clause) custodian(v int) []*news.Mention {
	for k := range c.toks {
		if custody[c.lemma(k)] && k != v && c.under(k, v) {
			if g := c.group(k); len(g) > 0 {
				return g
			}
		}
	}
	return nil
}

var custody = map[string]bool{"custody": true, "detention": true, "captivity": true, "jail": true, "prison": true, "hands": true, "hand": true}

// giver returns the actors a receiving verb v receives from ("received a
// loan from Moscow"), on the verb or on its object.
func (c *clause) giver(v int) []*news.Mention {
	for _, o := range c.children(v, "obl", "nmod") {
		if g := c.group(o); len(g) > 0 && c.hasCase(o, "from") {
			return g
		}
	}
	for _, o := range c.children(v, "obj", "obl", "obl:agent") {
		for _, f := range c.children(o, "nmod") {
			if g := c.group(f); len(g) > 0 && c.hasCase(f, "from") {
				return g
			}
		}
	}
	return nil
}

// deepTarget returns a target for verb v of srcs found below its
// objects.
func (c *clause) deepTarget(v int, srcs []*news.Mention) []*news.Mention {
	// "refused to deploy peacekeepers in Ukraine": a verb governing
	// another's act has that act's target.
	var tgts []*news.Mention
	for _, x := range c.children(v, "xcomp") {
		if c.toks[x].UPOS == "VERB" {
			if _, xt, _ := c.actors(x, true); len(xt) > 0 && !slices.Contains(srcs, xt[0]) && !c.home(xt[0], srcs) {
				tgts = xt[:1]
			}
		}
	}
	if len(tgts) > 0 {
		return tgts
	}
	// "demanded that Israel withdraw": the first actor after the verb
	// in its subtree.
	for i := v + 1; i < len(c.toks); i++ {
		if m := c.ment[i]; m != nil && !slices.Contains(srcs, m) && c.argument(i, v) && !c.cited(i) && !c.home(m, srcs) && !c.homePlace(m, srcs) && !c.launchedFrom(m, srcs) && !c.ownSubject(i, v, m, srcs) && !(len(srcs) > 0 && c.ownAgents(c.mentionHead(i))) && !c.nestedParty(i, c.objectOf(i, v)) && !c.scoped(i, c.objectOf(i, v)) {
			return []*news.Mention{c.possessed(m)}
		}
	}
	return nil
}

// objects lists the verb's objects and obliques; and, for a participle
// the parser hung from a noun, the objects after it that it hung from the
// noun too: a noun takes no object, the verb does.
func (c *clause) objects(v int) []int {
	out := c.children(v, "obj", "iobj", "obl", "nmod")
	if r := c.rels[v]; r != "amod" && r != "acl" {
		return out
	}
	h := c.head(v)
	if h < 0 {
		return out
	}
	if h < v && c.toks[h].UPOS == "NOUN" {
		for _, o := range c.children(h, "obj") {
			if o > v {
				out = append(out, o)
			}
		}
	}
	// Or it read the verb as an adjective of its object: "police
	// [arrested opposition activists]", "[reduced food supplies]"; a
	// participle that is one, "a planned visit", is no trigger.
	if h > v && c.rels[v] == "amod" && c.toks[h].UPOS == "NOUN" {
		out = append(out, h)
	}
	return out
}

// sent puts a sending verb's destination before its object: what is
// sent ("deployed peacekeepers in Ukraine", "sent NATO troops to
// Lithuania") goes to the target, and is no target itself.
func (c *clause) sent(v int, objs []int) []int {
	if !sending[c.lemma(v)] {
		return objs
	}
	var dest, rest []int
	for _, o := range objs {
		if r := c.rels[o]; (r == "obl" || r == "nmod") && c.marked(o, "to", "in", "into", "inside", "towards", "toward") {
			dest = append(dest, o)
		} else {
			rest = append(rest, o)
		}
	}
	return append(dest, rest...)
}

// possessed returns the actor that possessor m's noun names, when it
// names one: in "refused to meet Jordan's visiting King Abdullah" Jordan
// says whose, the king is who. Otherwise m.
func (c *clause) possessed(m *news.Mention) *news.Mention {
	last := -1
	for k := range c.toks {
		if c.ment[k] != m {
			continue
		}
		last = k
		if h := c.head(k); c.toks[k].Rel == "nmod:poss" && h >= 0 && c.ment[h] != nil && c.ment[h] != m {
			return c.ment[h]
		}
	}
	// The parser may miss the possessive; the words still show it.
	if last < 0 || last+1 >= len(c.toks) || c.toks[last+1].Text != "'s" {
		return m
	}
	for i := last + 2; i < len(c.toks) && i <= last+5; i++ {
		if o := c.ment[i]; o != nil && o != m {
			return o
		}
		if u := c.toks[i].UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" && c.toks[i].XPOS != "VBG" && c.toks[i].XPOS != "VBN" {
			break
		}
	}
	return m
}

// argument reports whether token i lies in verb v's arguments rather than
// in an apposition or a phrase of time ("on Sunday, the fourth day of
// Russia's invasion"), or a clause set beside v.
func (c *clause) argument(i, v int) bool {
	for n := 0; i >= 0 && i != v && n <= len(c.toks); n++ {
		switch r := c.toks[i].Rel; baseRel(r) {
		case "parataxis", "appos":
			return false
		case "advcl":
			if c.adverbial(i) {
				return false
			}
			// ", which allow a response to an attack on Belarus": a
			// clause with a relative subject, however the parser hung
			// it, is a clause of its own with its own parties.
			if c.relativeSubject(i) {
				return false
			}
			// ", prompting protests from Pakistan": the reaction an act
			// draws is another act, with its own parties (see
			// reaction); ", moving towards Gori" is the act's own.
			if provoking[c.lemma(i)] && c.head(i) == v {
				return false
			}
		case "obl", "nmod":
			if r == "obl:tmod" || r == "nmod:tmod" || r == "obl:unmarked" || c.adverbial(i) {
				return false
			}
		}
		i = c.head(i)
	}
	return i == v
}

// adverbialMarks open an adverbial clause of time, cause or
// concession, which the parser may also read as a preposition before a
// noun ("after Russian industry increased production").
// "As" is left out: "as a mediator" is a role; so are conditions ("if",
// "unless"), which in a threat or an offer name whom it is aimed at
// ("warned Minsk of sanctions if Lukashenko did not free them").
var adverbialMarks = []string{"after", "before", "since", "until", "till", "when", "while", "because", "once", "although", "though", "whereas"}

// adverbial reports a clause or phrase at i that a subordinator opens:
// it tells when or why, and its actors are its own act's, no party to
// the verb it hangs from ("could be deployed in Belarus after Russian
// industry increased production").
func (c *clause) adverbial(i int) bool {
	return c.marked(i, adverbialMarks...)
}

// byAgent reports whether verb v has a "by" phrase.
func (c *clause) byAgent(v int) bool {
	for _, a := range c.children(v, "obl:agent", "obl") {
		if c.hasCase(a, "by") {
			return true
		}
	}
	return false
}

// mentionHead is the word of token i's mention the others hang from.
func (c *clause) mentionHead(i int) int {
	for h := c.head(i); h >= 0 && c.ment[h] == c.ment[i]; h = c.head(h) {
		i = h
	}
	return i
}

// samePhrase reports mention a lying in the phrase under verb v that
// holds mention b.
func (c *clause) samePhrase(a, b *news.Mention, v int) bool {
	ia, ib := slices.Index(c.ment, a), slices.Index(c.ment, b)
	return ia >= 0 && ib >= 0 && c.under(ia, c.objectOf(ib, v))
}

// launchedFrom reports a mention of the source's own country that says
// where the act starts ("officers who helped plan the invasion from
// Belarusian territory"): a state's agents act from their own soil, on
// someone else. A foreign country left ("withdrew from Georgia") is a
// party to the act, and stays one.
func (c *clause) launchedFrom(m *news.Mention, srcs []*news.Mention) bool {
	if len(srcs) == 0 || !bareCountry(m) || len(srcs[0].Code) <= 3 || country(srcs[0].Code) != m.Code {
		return false
	}
	i := slices.Index(c.ment, m)
	for n := 0; i >= 0 && n < 3; n, i = n+1, c.head(i) {
		if c.marked(i, "from") {
			return true
		}
		if c.ment[i] != m && c.toks[i].UPOS != "NOUN" && c.toks[i].UPOS != "PROPN" {
			return false
		}
	}
	return false
}
