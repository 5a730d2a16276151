package events

import (
	"slices"

	"github.com/entente-news/entente/internal/news"
)

// A placement tells where a pattern's PETRARCH markers put the actors:
// "+" before the verb makes its subject the target ("+ WAS * DEAD IN $"),
// and "$" or "+" after it take the source or target from the actors
// after the pattern word before them, "^" skipping one each ("* IFTAR IN
// ^ +": the second actor after "iftar").
type placement struct {
	subjectTarget  bool
	source, target slot
	// swap turns the event around (":173"); back is the code of the
	// event the other way, coded beside it ("032:033").
	swap bool
	back string
}

// A slot is an actor a pattern places, if set: the first after sentence
// index after (-1 for the verb itself), skip others passed over.
type slot struct {
	set         bool
	after, skip int
}

// place moves the verb's actors where its pattern says.
func (c *clause) place(v int, pl *placement, srcs, tgts []*news.Mention) ([]*news.Mention, []*news.Mention) {
	// A dying or receiving verb has its event turned around already
	// (actors): what the dictionary codes the other way ("DIE * IN RAID
	// [:190]", "RECEIVE * LOAN [:071]") is that same event.
	if l := c.lemma(v); dying[l] || receiving[l] {
		pl.swap, pl.back = false, ""
	}
	if pl.swap {
		srcs, tgts = tgts, srcs
	}
	// A passive or receiving verb has its subject for a target already
	// ("Gondor received money from Arnor").
	if pl.subjectTarget && len(c.children(v, "nsubj:pass")) == 0 && !receiving[c.lemma(v)] && len(srcs) > 0 {
		srcs, tgts = nil, srcs
		// "Gondor noted that Arnor regretted" ("NOTED + *"): the target
		// subject's clause is what the governing verb's subject says.
		if h := c.head(v); h >= 0 && c.rels[v] == "ccomp" {
			for _, n := range c.children(h, "nsubj") {
				srcs = append(srcs, c.subjects(n)...)
			}
		}
	}
	// A slot the sentence leaves empty names no actor: the parse's guess
	// elsewhere is not what the pattern means.
	if pl.source.set {
		srcs = c.slotted(v, pl.source)
	}
	if pl.target.set {
		// "blamed Eritrea for the attack on the border town" ("ATTACK
		// ON +"): a direct object naming an actor is still the target
		// when the slot names none.
		if t := c.slotted(v, pl.target); len(t) > 0 || !c.objectActor(v, pl.target.after, tgts) {
			tgts = t
		}
	}
	return srcs, tgts
}

// slotted returns the actor s names in verb v's phrase, none when none:
// right after a preposition, in the phrase it introduces ("(IN +)"), not
// in a clause hung from it; after a skipped one ("IN ^ +"), further on.
func (c *clause) slotted(v int, s slot) []*news.Mention {
	from, top := max(s.after, v)+1, v
	if s.after > v && s.skip == 0 && c.toks[s.after].UPOS == "ADP" {
		if h := c.head(s.after); h > s.after {
			top = h
		}
	}
	skip := s.skip
	var prev *news.Mention
	for i := from; i < len(c.toks); i++ {
		m := c.ment[i]
		if m == nil || m == prev || !c.under(i, top) || c.inEmbedded(i, top) {
			continue
		}
		prev = m
		if skip == 0 {
			return []*news.Mention{m}
		}
		skip--
	}
	return nil
}

// reverse appends to out, for each event of verb v with both actors, the event the
// other way with code back, unless out holds it already.
func (c *clause) reverse(v int, out []news.Event, back string) []news.Event {
	n := len(out)
	for _, e := range out[:n] {
		if e.Source == "" || e.Target == "" {
			continue
		}
		r := e
		r.Source, r.SourceCode, r.Target, r.TargetCode = e.Target, e.TargetCode, e.Source, e.SourceCode
		r.CAMEO, r.QuadClass, r.Goldstein = back, QuadClass(back), c.lx.Goldstein(back)
		r.Type = c.lx.Plover(back)
		// What another must do is asked of both partners, not agreed
		// by the one the pattern turns round ("must speak with Putin").
		if r.Modality != "hypothetical" || !c.obliged(v) {
			r.Type = ploverType(r.Type, c.lemma(v), r.Modality, r.QuadClass)
		}
		if !slices.ContainsFunc(out, func(o news.Event) bool {
			return o.SourceCode == r.SourceCode && o.TargetCode == r.TargetCode && o.CAMEO == r.CAMEO
		}) {
			out = append(out, r)
		}
	}
	return out
}

// objectActor reports the first of tgts being verb v's direct object,
// between the verb and the slot's word at slot.
func (c *clause) objectActor(v, slot int, tgts []*news.Mention) bool {
	if len(tgts) == 0 {
		return false
	}
	for _, o := range c.children(v, "obj") {
		if c.ment[o] == tgts[0] && v < o && o < slot {
			return true
		}
	}
	return false
}
