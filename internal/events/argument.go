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
	passive, unknownSubject := false, false
	subjOf := v
	// An infinitive or conjoined verb shares its head's subject
	// ("agreed to cooperate", "met and signed"), and so does a participle
	// clause ("banned imports, accusing Minsk"), through the nouns it may
	// hang from.
	for n := 0; n < 6; n++ {
		if len(c.children(subjOf, "nsubj", "nsubj:pass")) > 0 {
			break
		}
		r := c.rels[subjOf]
		h := c.head(subjOf)
		// "Bialiatski, ..., staged a hunger strike, his lawyer said": the
		// parser may give both subjects to the closing saying verb; the
		// one before the reported clause is that clause's.
		if r == "ccomp" && h > subjOf && speechLemmas[c.lemma(h)] {
			// Only across an apposition set off by commas: "Name, title,
			// verb".
			if subs := c.children(h, "nsubj"); len(subs) > 1 && subs[0] < subjOf && subs[len(subs)-1] > subjOf && c.offset(subs[0], subjOf) {
				if srcs = c.subjects(subs[0]); len(srcs) > 0 {
					break
				}
			}
		}
		// "of inflicting", "by shelling": a gerund after a preposition is a
		// participle clause as well.
		participle := (r == "acl" || r == "advcl") && (c.toks[subjOf].XPOS == "VBG" || c.toks[subjOf].XPOS == "VBN") &&
			(len(c.children(subjOf, "mark")) == 0 || c.marked(subjOf, "of", "by", "without", "for"))
		// "travelled to Kyiv to meet Zelensky": an infinitive of purpose
		// is done by its verb's subject, as a complement is.
		purpose := r == "advcl" && c.infinitive(subjOf) && h >= 0 && c.toks[h].UPOS == "VERB"
		// "continued their effort to overthrow": the effort's owner
		// tries the act, the subject of the verb the effort is object of.
		if r == "acl" && c.infinitive(subjOf) && h >= 0 && efforts[c.lemma(h)] && c.rels[h] == "obj" {
			if g := c.head(h); g >= 0 && c.toks[g].UPOS == "VERB" {
				subjOf = g
				continue
			}
		}
		// "workers affiliated with the union stopped work": a past tense
		// the parser hung from a participle it took for the root is the
		// sentence's verb, the participle a modifier of its subject.
		if r == "advcl" && c.reducedRelative(subjOf, h) {
			subjOf = h
			continue
		}
		if h < 0 || (r != "xcomp" && r != "conj" && !participle && !purpose) {
			break
		}
		// "told Minsk to stop", "called on Russia to withdraw": an
		// infinitive complement of a verb with an object is done by that
		// object (object control), not by the verb's subject.
		// The parser may hang that infinitive as a clause of purpose
		// beside the object ("allow the leader [to take part]").
		misread := r == "advcl" && purpose && len(c.children(h, "obj", "iobj")) > 0
		if (r == "xcomp" || misread) && c.controlled(h) {
			for _, o := range c.children(h, "obj", "iobj", "obl") {
				if k := c.rels[o]; k == "obl" && !c.hasCase(o, "on") && !c.hasCase(o, "upon") {
					continue
				}
				if g := c.group(o); len(g) > 0 {
					srcs = g
					break
				}
			}
			if len(srcs) > 0 {
				break
			}
		}
		if participle && r == "acl" && c.toks[subjOf].XPOS == "VBN" && (subjOf == 0 || c.toks[subjOf-1].UPOS != "PUNCT") && len(c.children(subjOf, "obj")) == 0 {
			// "the curfew imposed in Sudan", "Ukrainian forces crossed
			// into Kursk": a participle bound to its noun is about that
			// noun and reaches no subject beyond it; its agent is its "by"
			// phrase, else unknown. (With an object it is a past tense
			// the parser hung from its subject, below.) A noun
			// left with no verb of its own has none but this one: the
			// participle is its verb ("Russian troops crossed into
			// Ukraine"), and the noun its subject.
			if c.stranded(h) {
				srcs = c.subjects(h)
				unknownSubject = len(srcs) == 0
				break
			}
			for _, a := range c.children(subjOf, "obl:agent", "obl") {
				if c.hasCase(a, "by") {
					srcs = c.group(a)
				}
			}
			unknownSubject = len(srcs) == 0
			break
		}
		if participle && r == "acl" && (c.toks[subjOf].XPOS == "VBG" || c.toks[subjOf].XPOS == "VBN") && (subjOf == 0 || c.toks[subjOf-1].UPOS != "PUNCT") {
			// "anyone thinking of inflicting", "troops crossing the
			// border", "crowds burned down its embassy" (a past tense with
			// its object, hung from its subject): the noun the participle
			// modifies does it.
			if m := c.ownMention(h); m != nil {
				srcs = []*news.Mention{m}
			} else {
				unknownSubject = true
			}
			break
		}
		if participle {
			// ", accusing Minsk": a participle set off by a comma
			// shares its clause's subject, whatever noun the parser
			// hung it from.
			for h >= 0 && c.toks[h].UPOS != "VERB" && c.toks[h].UPOS != "AUX" {
				h = c.head(h)
			}
			if h < 0 {
				break
			}
		}
		subjOf = h
	}
	// A subject the parser split in two ("Mordor, Rohan, Fornost and
	// Bree") is one compound subject.
	// Two halves naming one actor ("Belarusian opposition leader |
	// Tsikhanouskaya") keep the more specific.
	subjects := c.children(subjOf, "nsubj", "nsubj:pass")
	for _, s := range subjects {
		found := c.subjects(s)
		if len(subjects) > 1 && len(found) > 0 {
			// "Evil Mordor, the awful Fornost, and good Gondor": in a
			// split subject a list member the parser hung as an
			// apposition is one more subject when it names another
			// country, which no apposition would.
			for _, a := range c.children(s, "appos") {
				if m := c.ment[a]; m != nil && country(m.Code) != country(found[0].Code) {
					found = append(found, m)
				}
			}
		}
		for _, m := range found {
			i := slices.IndexFunc(srcs, func(o *news.Mention) bool { return o.Actor == m.Actor || country(o.Code) == country(m.Code) })
			switch {
			case i < 0:
				srcs = append(srcs, m)
			case len(m.Code) > len(srcs[i].Code):
				srcs[i] = m
			}
		}
		passive = c.toks[s].Rel == "nsubj:pass"
	}
	// "he is prepared to lift the ban": a predicate of readiness the
	// parser reads as a passive has its subject as its actor.
	if passive && (governors[c.lemma(subjOf)] != "" || statives[c.lemma(subjOf)]) && !c.byAgent(subjOf) {
		passive = false
	}
	if passive {
		tgts, srcs = srcs, nil
		for _, a := range c.children(v, "obl:agent", "obl") {
			if c.hasCase(a, "by") {
				srcs = c.group(a)
			}
		}
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
			if g := c.group(o); len(tgts) == 0 && len(g) > 0 && !c.hasCase(o, "by") && !c.hasCase(o, "in") && !slices.Contains(srcs, g[0]) {
				tgts = g
			}
		}
	} else {
		for _, o := range c.sent(v, c.objects(v)) {
			if len(srcs) > 0 && c.ownAgents(o) {
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
			if len(g) > 0 && !slices.Contains(srcs, g[0]) && !c.homePlace(g[0], srcs) {
				for i := range g {
					g[i] = c.possessed(g[i])
				}
				if p := c.stationed(v, o, g[0]); p != nil {
					g = []*news.Mention{p}
				}
				tgts = g
				break
			}
		}
		// "Russia deployed its soldiers": the forces a country sends are
		// its own, no target.
		if len(tgts) > 0 && len(srcs) > 0 && sending[c.lemma(v)] && armed(tgts[0].Code) && country(tgts[0].Code) == country(srcs[0].Code) {
			return srcs, nil, false
		}
	}
	// "a prisoner died in Israeli police custody": who dies suffers the
	// event; the actor beside the verb, if any, did it.
	if dying[c.lemma(v)] && !passive && len(srcs) > 0 {
		for _, o := range append(c.objects(v), c.children(v, "advcl")...) {
			// "while in custody" is a phrase, whatever the parser made of it.
			if c.toks[o].UPOS != "NOUN" && c.toks[o].UPOS != "PROPN" {
				continue
			}
			if g := c.group(o); len(g) > 0 && !slices.Contains(srcs, g[0]) {
				return g, srcs, false
			}
		}
		return nil, srcs, true
	}
	// "Minsk received a loan from Moscow": the giver acts on the receiver.
	if receiving[c.lemma(v)] && !passive {
		for _, o := range c.children(v, "obl", "nmod") {
			if g := c.group(o); len(g) > 0 && c.hasCase(o, "from") {
				return g, srcs, false
			}
		}
		for _, o := range c.children(v, "obj", "obl", "obl:agent") {
			for _, f := range c.children(o, "nmod") {
				if g := c.group(f); len(g) > 0 && c.hasCase(f, "from") {
					return g, srcs, false
				}
			}
		}
	}
	if len(tgts) == 0 && len(srcs) < 2 && !passive && deep {
		// "refused to deploy peacekeepers in Ukraine": a verb governing
		// another's act has that act's target.
		for _, x := range c.children(v, "xcomp") {
			if c.toks[x].UPOS == "VERB" {
				if _, xt, _ := c.actors(x, true); len(xt) > 0 && !slices.Contains(srcs, xt[0]) && !c.home(xt[0], srcs) {
					tgts = xt[:1]
				}
			}
		}
	}
	if len(tgts) == 0 && len(srcs) < 2 && !passive && deep {
		// "demanded that Israel withdraw": the first actor after the verb
		// in its subtree.
		for i := v + 1; i < len(c.toks); i++ {
			if m := c.ment[i]; m != nil && !slices.Contains(srcs, m) && c.argument(i, v) && !c.home(m, srcs) && !c.homePlace(m, srcs) && !c.ownSubject(i, v, m, srcs) && !(len(srcs) > 0 && c.ownAgents(c.mentionHead(i))) {
				tgts = []*news.Mention{c.possessed(m)}
				break
			}
		}
	}
	if len(srcs) == 0 && !passive && (unknownSubject || c.nounSubject(subjOf) || c.predicateInfinitive(subjOf)) {
		return nil, tgts, true
	}
	if len(srcs) == 0 && !passive && c.rels[subjOf] == "acl" && c.relativeSubject(subjOf) {
		// "the gunmen who attacked": the relative clause's subject is the
		// noun it modifies.
		if h := c.head(subjOf); h >= 0 {
			if m := c.ownMention(h); m != nil {
				return []*news.Mention{m}, tgts, false
			}
			return nil, tgts, true
		}
	}
	if len(srcs) == 0 && !passive {
		// A pronoun or missing subject: the nearest actor before the verb
		// whose subject it is.
		// "he" or "she" is a person: not a country named since ("King
		// Hassan of Morocco ... saying he would host").
		// "they" stands for a group, which a single country is not ("it"):
		// "Rebels in the Ivory Coast blocked roads into Abidjan as they
		// continued".
		personal := false
		for _, s := range c.children(subjOf, "nsubj") {
			l := c.texts[s]
			personal = personal || l == "he" || l == "she" || l == "they"
		}
		for _, skipCountries := range []bool{personal, false} {
			for i := subjOf - 1; i >= 0 && len(srcs) == 0; i-- {
				if m := c.ment[i]; m != nil && !slices.Contains(tgts, m) && !(skipCountries && bareCountry(m)) {
					srcs = []*news.Mention{m}
				}
			}
		}
	}
	// "Thousands of people blocked streets in Hong Kong": a home place
	// found before the source was.
	if len(tgts) > 0 && c.homePlace(tgts[0], srcs) {
		tgts = nil
	}
	return srcs, tgts, passive
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

// predicateInfinitive reports an infinitive modifying a predicate noun
// ("Mordor isn't a place to visit"): its subject is anyone, and the
// copula's subject is what it is about, not who does it.
func (c *clause) predicateInfinitive(v int) bool {
	h := c.head(v)
	return h >= 0 && c.rels[v] == "acl" && c.infinitive(v) && len(c.children(h, "cop")) > 0
}

// stranded reports a noun the parse gives no verb: the sentence's root,
// or the subject of a noun, or of a verb that has another subject; or
// the "of" phrase of a root noun, whose quantity or part it names
// ("[Thousands] of students demonstrated": the sentence has no verb but
// the participle), or its "from" phrase, whose members it names
// ("[Doctors] from two American aid groups donated").
func (c *clause) stranded(n int) bool {
	h := c.head(n)
	if h < 0 {
		return true
	}
	if c.rels[n] == "nmod" && c.head(h) < 0 && c.toks[h].UPOS == "NOUN" && (c.hasCase(n, "of") || c.hasCase(n, "from")) {
		return true
	}
	if c.rels[n] != "nsubj" {
		return false
	}
	switch c.toks[h].UPOS {
	case "NOUN", "PROPN":
		return true
	case "VERB":
		if len(c.children(h, "nsubj", "nsubj:pass")) > 1 {
			return true
		}
		// "troops crossed into Ukraine ... as Putin launched an
		// invasion": the parser may swallow a subordinate clause's
		// subject into a phrase and give its verb the main subject,
		// which belongs to the clause before the subordinator.
		for k := n + 1; k < h; k++ {
			if !subordinators[c.lemma(k)] || c.rels[k] != "case" && c.rels[k] != "mark" {
				continue
			}
			// The subordinator's noun is followed by a finite verb:
			// that noun is the clause's subject, and the verb its own.
			if g := c.head(k); g > k && g+1 == h {
				if x := c.toks[h].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" {
					return true
				}
			}
		}
	}
	return false
}

// offset reports whether subject s and verb v stand apart only by an
// apposition set off by commas: "Ales Bialiatski, Belarus's leading
// activist, staged".
func (c *clause) offset(s, v int) bool {
	end := s
	for end+1 < v && (c.rels[end+1] == "flat" || c.rels[end+1] == "compound") {
		end++
	}
	if end+1 >= v || c.texts[end+1] != "," || c.texts[v-1] != "," {
		return false
	}
	for k := end + 2; k < v-1; k++ {
		if c.texts[k] == "," || c.toks[k].XPOS == "VBD" || c.toks[k].XPOS == "VBZ" {
			return false
		}
	}
	return true
}

var subordinators = map[string]bool{"as": true, "while": true, "when": true, "because": true, "whereas": true}

// argument reports whether token i lies in verb v's arguments rather than
// in an apposition or a phrase of time ("on Sunday, the fourth day of
// Russia's invasion"), or a clause set beside v.
func (c *clause) argument(i, v int) bool {
	for n := 0; i >= 0 && i != v && n <= len(c.toks); n++ {
		switch r := c.toks[i].Rel; baseRel(r) {
		case "parataxis", "appos":
			return false
		case "obl", "nmod":
			if r == "obl:tmod" || r == "nmod:tmod" || r == "obl:unmarked" {
				return false
			}
		}
		i = c.head(i)
	}
	return i == v
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

// relativeSubject reports whether v's subject is a relative pronoun.
func (c *clause) relativeSubject(v int) bool {
	for _, s := range c.children(v, "nsubj") {
		if x := c.toks[s].XPOS; x == "WP" || x == "WDT" {
			return true
		}
	}
	return false
}

// nounSubject reports whether verb v has a subject that is a noun phrase
// naming no actor ("crowds burned down the embassy"): its source is
// unknown, and the nearest actor before it is not its subject. A
// pronoun's possession ("their forces") still points back.
func (c *clause) nounSubject(v int) bool {
	for _, s := range c.children(v, "nsubj") {
		if indefinite[c.lemma(s)] {
			return true
		}
		if u := c.toks[s].UPOS; (u != "NOUN" && u != "PROPN") || c.mentionUnder(s) != nil || whenWords[c.texts[s]] {
			continue
		}
		for _, p := range c.children(s, "nmod") {
			if c.toks[p].UPOS == "PRON" {
				return false
			}
		}
		return true
	}
	return false
}

// controlled reports a verb whose object does its infinitive complement:
// asking, telling, urging, ordering, forcing or allowing someone to act.
func (c *clause) controlled(h int) bool { return requesting[c.lemma(h)] || permitting[c.lemma(h)] }

// reducedRelative reports a finite verb v hung as an adverbial clause
// from a root past participle h that has a subject and no auxiliary and
// v no marker: "workers [affiliated] with the union stopped work" is
// "workers affiliated with the union" doing v, so v shares h's subject.
func (c *clause) reducedRelative(v, h int) bool {
	if h < 0 || c.head(h) >= 0 || c.toks[h].XPOS != "VBN" || len(c.children(h, "nsubj")) == 0 || len(c.children(h, "aux", "aux:pass", "cop")) > 0 {
		return false
	}
	switch c.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return len(c.children(v, "mark", "nsubj", "nsubj:pass")) == 0
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
