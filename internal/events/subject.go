package events

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// Who does a verb's act: the verb whose subject it shares, the actors
// that subject names, and, when it names none, the actor the sentence
// implies.

// subjectVerb climbs from verb v to the verb whose subject v shares: an
// infinitive or conjoined verb shares its head's subject ("agreed to
// cooperate", "met and signed"), and so does a participle clause
// ("banned imports, accusing Minsk"), through the nouns it may hang
// from. It returns that verb and the sources a step on the way found
// instead (an object that controls an infinitive, the noun a participle
// is bound to); unknown reports a step whose source the sentence leaves
// unnamed.
func (c *clause) subjectVerb(v int) (subjOf int, srcs []*news.Mention, unknown bool) {
	subjOf = v
	for n := 0; n < 6; n++ {
		if len(c.children(subjOf, "nsubj", "nsubj:pass")) > 0 {
			break
		}
		r := c.rels[subjOf]
		h := c.head(subjOf)
		if r == "ccomp" && h > subjOf && speechLemmas[c.lemma(h)] {
			if srcs = c.apposedSubject(subjOf, h); len(srcs) > 0 {
				break
			}
		}
		participle, purpose := c.participleClause(subjOf), c.purposeClause(subjOf)
		// "continued their effort to overthrow": the effort's owner
		// tries the act, the subject of the verb the effort is object of,
		// unless a possessive names another ("praised Kenya's efforts to").
		if r == "acl" && c.infinitive(subjOf) && h >= 0 && efforts[c.lemma(h)] && c.owner(h) != nil {
			return subjOf, []*news.Mention{c.owner(h)}, false
		}
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
			if g := c.controller(h); len(g) > 0 {
				return subjOf, g, false
			}
		}
		if participle && r == "acl" && (subjOf == 0 || c.toks[subjOf-1].UPOS != "PUNCT") {
			g, unknown := c.boundParticiple(subjOf, h)
			return subjOf, g, unknown
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
	return subjOf, srcs, false
}

// participleClause reports a participle modifying a noun or a clause;
// "of inflicting", "by shelling": a gerund after a preposition is one as
// well.
func (c *clause) participleClause(v int) bool {
	r := c.rels[v]
	return (r == "acl" || r == "advcl") && (c.toks[v].XPOS == "VBG" || c.toks[v].XPOS == "VBN") &&
		(len(c.children(v, "mark")) == 0 || c.marked(v, "of", "by", "without", "for"))
}

// purposeClause reports an infinitive of purpose ("travelled to Kyiv to
// meet Zelensky"), done by its verb's subject, as a complement is.
func (c *clause) purposeClause(v int) bool {
	h := c.head(v)
	return c.rels[v] == "advcl" && c.infinitive(v) && h >= 0 && c.toks[h].UPOS == "VERB"
}

// apposedSubject returns the subject of reported clause v that the parser
// gave to the closing saying verb h ("Bialiatski, ..., staged a hunger
// strike, his lawyer said": both subjects hang from said; the one before
// the clause is the clause's), only across an apposition set off by
// commas: "Name, title, verb".
func (c *clause) apposedSubject(v, h int) []*news.Mention {
	if subs := c.children(h, "nsubj"); len(subs) > 1 && subs[0] < v && subs[len(subs)-1] > v && c.offset(subs[0], v) {
		return c.subjects(subs[0])
	}
	return nil
}

// controller returns the object of verb h that does its infinitive: its
// object, or the actor it calls on ("called on Russia to withdraw").
func (c *clause) controller(h int) []*news.Mention {
	for _, o := range c.children(h, "obj", "iobj", "obl") {
		if k := c.rels[o]; k == "obl" && !c.hasCase(o, "on") && !c.hasCase(o, "upon") {
			continue
		}
		if g := c.group(o); len(g) > 0 {
			return g
		}
	}
	return nil
}

// boundParticiple returns the source of participle p bound to noun h (no
// comma between them), and whether the sentence leaves it unnamed.
func (c *clause) boundParticiple(p, h int) ([]*news.Mention, bool) {
	if c.toks[p].XPOS == "VBN" && len(c.children(p, "obj")) == 0 {
		// "the curfew imposed in Sudan", "Ukrainian forces crossed
		// into Kursk": a participle bound to its noun is about that
		// noun and reaches no subject beyond it; its agent is its "by"
		// phrase, else unknown. (With an object it is a past tense
		// the parser hung from its subject, below.) A noun
		// left with no verb of its own has none but this one: the
		// participle is its verb ("Russian troops crossed into
		// Ukraine"), and the noun its subject.
		if c.stranded(h) {
			srcs := c.subjects(h)
			return srcs, len(srcs) == 0
		}
		srcs := c.agents(p)
		return srcs, len(srcs) == 0
	}
	// "anyone thinking of inflicting", "troops crossing the border",
	// "crowds burned down its embassy" (a past tense with its object,
	// hung from its subject): the noun the participle modifies does it.
	if m := c.ownMention(h); m != nil {
		return []*news.Mention{m}, false
	}
	return nil, true
}

// agents returns the actors of verb v's "by" phrase.
func (c *clause) agents(v int) []*news.Mention {
	var srcs []*news.Mention
	for _, a := range c.children(v, "obl:agent", "obl") {
		if c.hasCase(a, "by") {
			srcs = c.group(a)
		}
	}
	return srcs
}

// subjectActors adds to srcs the actors verb subjOf's subjects name, and
// reports whether they are a passive's.
func (c *clause) subjectActors(subjOf int, srcs []*news.Mention) ([]*news.Mention, bool) {
	passive := false
	// A subject the parser split in two ("Mordor, Rohan, Fornost and
	// Bree") is one compound subject.
	// Two halves naming one actor ("Belarusian opposition leader |
	// Tsikhanouskaya") keep the more specific; two sectors of a country
	// ("the Philippine government and Muslim rebels") are two actors.
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
			i := slices.IndexFunc(srcs, func(o *news.Mention) bool { return o.Actor == m.Actor || sameSide(o.Code, m.Code) })
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
	return srcs, passive
}

// unnamedSubject settles the source of verb subjOf when its subject names
// no actor: done reports that it is settled, and srcs is the noun a
// relative clause modifies ("the gunmen who attacked"), or nil when the
// source is unknown: a noun subject naming no actor, or anyone.
func (c *clause) unnamedSubject(subjOf int, unknown bool) (srcs []*news.Mention, done bool) {
	if unknown || c.nounSubject(subjOf) || c.predicateInfinitive(subjOf) {
		return nil, true
	}
	if c.rels[subjOf] == "acl" && c.relativeSubject(subjOf) {
		if h := c.head(subjOf); h >= 0 {
			if m := c.ownMention(h); m != nil {
				return []*news.Mention{m}, true
			}
			return nil, true
		}
	}
	// ", which allow a response": "which" stands for a thing, and the
	// parser hung its clause from a verb, not from the noun; the nearest
	// actor before it is no subject of it.
	if c.relativeSubject(subjOf) && slices.ContainsFunc(c.children(subjOf, "nsubj"), func(k int) bool { return c.lemma(k) == "which" }) {
		return nil, true
	}
	return nil, false
}

// antecedent returns, for a pronoun or missing subject of verb subjOf,
// the nearest actor before the verb that is not among tgts.
// "he" or "she" is a person: not a country named since ("King Hassan of
// Morocco ... saying he would host"). "they" stands for a group, which a
// single country is not ("it"): "Rebels in the Ivory Coast blocked roads
// into Abidjan as they continued".
func (c *clause) antecedent(subjOf int, tgts []*news.Mention) []*news.Mention {
	personal := false
	for _, s := range c.children(subjOf, "nsubj") {
		l := c.texts[s]
		personal = personal || l == "he" || l == "she" || l == "they"
	}
	for _, skipCountries := range []bool{personal, false} {
		for i := subjOf - 1; i >= 0; i-- {
			if m := c.ment[i]; m != nil && !slices.Contains(tgts, m) && !(skipCountries && bareCountry(m)) && !c.cited(i) {
				return []*news.Mention{m}
			}
		}
	}
	return nil
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

// sameSide reports two codes of one actor, one of them as specific as
// the other or more: BLR and BLROPP, not BLRGOV and BLROPP.
func sameSide(a, b string) bool {
	return country(a) == country(b) && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}
