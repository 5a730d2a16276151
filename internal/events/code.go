package events

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// Code codes the events of an annotated document with the embedded
// lexicon; see the package doc. It panics only if the embedded lexicon is
// corrupt, which the package tests rule out.
func Code(doc *nlp.Doc, mentions []news.Mention, published time.Time) []news.Event {
	lx, err := DefaultLexicon()
	if err != nil {
		panic(err)
	}
	return lx.Code(doc, mentions, published)
}

// Code codes the events of an annotated document: sentence by sentence,
// root-most trigger first, then in text order.
func (lx *Lexicon) Code(doc *nlp.Doc, mentions []news.Mention, published time.Time) []news.Event {
	var out []news.Event
	var tab tables
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if sentence, story := lx.discarded(s); story {
			return nil
		} else if sentence {
			continue
		}
		c := clause{lx: lx, toks: s.Tokens, ment: tokenMentions(s, mentions)}
		if !c.anyMention() {
			continue
		}
		c.index(&tab)
		c.used = make([]bool, len(c.toks))
		for i := range c.toks {
			c.accuses = c.accuses || accusing[c.lemma(i)]
		}
		var found []coded
		for v := range c.toks {
			if c.used[v] || c.alleged(v) {
				continue
			}
			for _, e := range c.code(v) {
				dated(&e, s, v, published)
				e.Span, e.Sentence = s.Span, si
				found = append(found, coded{e, c.rank(v), v})
			}
			for _, e := range c.nominal(v) {
				dated(&e, s, v, published)
				e.Span, e.Sentence = s.Span, si
				found = append(found, coded{e, c.depth(v) + nominalDepth, v})
			}
			for _, e := range c.blame(v) {
				dated(&e, s, v, published)
				e.Span, e.Sentence = s.Span, si
				found = append(found, coded{e, c.depth(v), v})
			}
			for _, e := range c.demand(v) {
				h := c.head(v)
				dated(&e, s, v, published)
				e.Span, e.Sentence = s.Span, si
				found = append(found, coded{e, c.depth(h), h})
			}
		}
		// A verb that frames another's event ("agents abused migrants, a
		// rights group charged") tells how it is known: the event leads.
		for i := range found {
			if l := c.lemma(found[i].at); found[i].ev.CAMEO == "100" || !speechLemmas[l] && !accusing[l] {
				continue
			}
			for _, f := range found {
				if f.ev.Type != "" && f.at != found[i].at && c.frames(found[i].at, f.at) {
					found[i].depth += nominalDepth
					break
				}
			}
		}
		found = c.nominalRanks(c.topics(found))
		// PLOVER drops statements and appeals, so a typed event leads.
		slices.SortStableFunc(found, func(a, b coded) int {
			return cmp.Or(cmp.Compare(untyped(a.ev), untyped(b.ev)), cmp.Compare(a.depth, b.depth), cmp.Compare(a.at, b.at))
		})
		for _, f := range found {
			out = append(out, f.ev)
		}
	}
	return out
}

// rank is a verb's depth in the parse, for ordering a sentence's
// events; a verb the parser read as an adjective of its object
// ("Rebels [blocked roads] as they continued") stands where its object
// hangs, as the clause's main verb would.
func (c *clause) rank(v int) int {
	d := c.depth(v)
	if h := c.head(v); c.rels[v] == "amod" && h > v && c.toks[h].UPOS == "NOUN" && c.rels[h] == "obj" && d > 0 {
		d--
	}
	return d
}

// nominalDepth ranks a noun's event after the verbs' events of its
// sentence: a sentence's main event is told by its verb.
const nominalDepth = 100

func untyped(e news.Event) int {
	if e.Type == "" {
		return 1
	}
	return 0
}

type coded struct {
	ev        news.Event
	depth, at int
}

var speechLemmas = map[string]bool{"say": true, "tell": true, "state": true, "announce": true, "claim": true, "report": true, "add": true, "note": true, "declare": true}

func (c *clause) code(v int) (out []news.Event) {
	t := c.toks[v]
	// A clause that is the subject of another ("cutting transit would do
	// damage") is a topic, not an event.
	// But an infinitive the parser made the subject of a predicate
	// whose "it" it read as expletive ("it is prepared to lift") is the
	// predicate's complement.
	if t.UPOS != "VERB" && !c.readiness(v) || c.ment[v] != nil || c.attributive(v) || c.rels[v] == "csubj" && !c.extraposed(v) || c.necessity(v) || c.provoked(v) {
		return nil
	}
	lemma := c.verb(v)
	// "according to X" attributes speech; it is no verb of agreement.
	if lemma == "accord" || lemma == "according" || !c.lx.Has(lemma) && bareCodes[lemma] == "" {
		return nil
	}
	pre, fol := c.preceding(v), c.following(v)
	code, used, pl := c.lx.matchActors(lemma, v, pre, fol, nil, false, false)
	patterned := code
	if oc, ou, ok := c.objectEvent(v, code, used); ok {
		code, used = oc, ou
	}
	// "rejected a peace plan": what the dictionary leaves uncoded on
	// its own may be coded by its class.
	if bc, ok := bareCodes[lemma]; ok && code == "" && len(used) == 0 {
		code = bc
	}
	c.consume(v, used)
	// "stopped supplying crude": without a pattern of its own ("stopped
	// work"), a halting verb takes its code from the verb it halts.
	if len(used) == 0 {
		if hc, ok := c.halted(v); ok {
			code = hc
		}
	}
	// "plans to impose sanctions": the plan is the sanctions, envisaged.
	// "decided to allow": the decision is the act decided, when the
	// dictionary knows no more of it than the bare verb.
	if code == "" || governors[lemma] == "hypothetical" && c.complementCoded(v) || deciding[lemma] && len(used) == 0 && c.complementCoded(v) || c.effortCoded(v) || c.demanding(v) {
		return nil
	}
	// The token's lemma tells speech even where a dictionary files the
	// verb under a form of its own ("--- SAID [023] ---").
	speech := speechLemmas[lemma] || speechLemmas[c.lemma(v)] || strings.HasPrefix(code, "01")
	// "Arnor is said to be ready": what is said of a subject is not said
	// to it.
	// "told Minsk to stop": telling someone to act asks it (CAMEO 100).
	if speech && c.directive(v) {
		code = "100"
	}
	if speech && len(c.children(v, "nsubj:pass")) > 0 && len(c.children(v, "xcomp")) > 0 {
		return nil
	}
	c.placeless, c.cooperative = placeless(code), cooperative(code)
	srcs, tgts, unknown := c.actors(v, !speech)
	c.placeless, c.cooperative = false, false
	// "Lukashenka wanted to show that his border works": an intent is
	// its complement's act; a bare verb of intent towards no one, whose
	// complement codes nothing, is no event.
	if governors[lemma] == "hypothetical" && len(used) == 0 && len(tgts) == 0 && c.governsInfinitive(v) {
		return nil
	}
	// PETRARCH's "%" patterns hold for a compound actor ("Gondor and
	// Arnor agree" is 030 where "agree" alone is 081), and its "$" and
	// "+" place the actors ("was freed from $"), when the code is the
	// dictionary's.
	if code != patterned {
		pl = placement{}
	} else {
		if c.lx.compound[lemma] && (len(srcs) > 1 || len(tgts) > 1) {
			var cu []int
			code, cu, pl = c.lx.matchActors(lemma, v, pre, fol, nil, len(srcs) > 1, len(tgts) > 1)
			if code == "" {
				return nil
			}
			c.consume(v, cu)
		}
		srcs, tgts = c.place(v, &pl, srcs, tgts)
		// "have downplayed [014] their meeting" is no statement when a
		// compound source makes it a postponement ("% HAVE * [191]").
		speech = speechLemmas[lemma] || speechLemmas[c.lemma(v)] || strings.HasPrefix(code, "01")
	}
	if !strings.HasPrefix(code, "14") && c.protested(v, srcs) {
		code = "140"
	}
	if c.rioted(v, code, srcs) {
		code = "145"
	}
	// "ordered patrols by police and soldiers": a state's own forces are
	// what it mobilises, not whom against (the PLOVER manual's MOBILIZE
	// recipient is the one "against whom the actor mobilizes").
	if strings.HasPrefix(code, "15") && len(srcs) > 0 {
		tgts = slices.DeleteFunc(slices.Clone(tgts), func(t *news.Mention) bool {
			return country(t.Code) == country(srcs[0].Code) && (armed(t.Code) || strings.Contains(t.Code[min(3, len(t.Code)):], "COP"))
		})
	}
	if strings.HasPrefix(code, "14") && len(srcs) > 0 {
		if m := c.defied(); m != nil && !slices.Contains(srcs, m) {
			tgts = []*news.Mention{m}
		}
	}
	if ec := c.enforced(v, lemma, code, srcs, tgts); ec != "" {
		code = ec
	}
	// "Israel and Syria opened negotiations in Washington": where
	// partners meet is no party to their talks (the PLOVER manual's
	// CONSULT codes all participants as actors), nor to the treaty they
	// sign or the cooperation they agree there.
	if q := QuadClass(code); (q == 1 || q == 2) && len(srcs) > 1 {
		tgts = slices.DeleteFunc(slices.Clone(tgts), c.venue)
	}
	tgts = c.positions(code, tgts)
	if diplomatic(lemma, code, srcs) {
		code = "114"
	}
	// "Thousands of Kenyans marched": a target that is a source is none.
	if !speech && !slices.ContainsFunc(tgts, func(t *news.Mention) bool {
		return !slices.ContainsFunc(srcs, func(s *news.Mention) bool { return s.Actor == t.Actor })
	}) {

		if m := addressee(code, srcs); m != nil {
			tgts = []*news.Mention{m}
		}
	}
	if len(srcs) == 0 && unknown && len(tgts) > 0 {
		if m := c.jurisdiction(v, code, tgts); m != nil {
			srcs = []*news.Mention{m}
		}
	}
	// "The government said Russian troops shelled": what one says is no
	// addressee, whatever the parser hung from the verb; saying is
	// towards someone only in a "to" phrase ("said to Minsk").
	if speech && saying[c.lemma(v)] {
		tgts = slices.DeleteFunc(slices.Clone(tgts), func(m *news.Mention) bool { return !c.addressed(v, m) })
	}
	// A speech act is an event only towards someone ("told Minsk");
	// what was said is coded from the embedded clause's own verb.
	if speech && len(tgts) == 0 || len(srcs) == 0 && (len(tgts) == 0 || !unknown) {
		return nil
	}
	if len(srcs) == 0 {
		// "Three servicemen were killed": an event with an unknown source.
		srcs = []*news.Mention{{}}
	}
	modality := c.modality(v)
	// "didn't clash over": a pattern that names the words before the
	// verb, negation among them, codes the negated act itself (PETRARCH's
	// "&NEGATVAUXVRB * OVER EFFORTS").
	if modality == "negated" && c.negationMatched(v, used) {
		modality = ""
	}
	add := func(src, tgt *news.Mention) {
		e := c.lx.event(code, src, tgt, t.Span)
		e.Modality, e.Realized = modality, modality == ""
		// What another must do is asked of it, not agreed by it.
		if e.Modality != "hypothetical" || !c.obliged(v) {
			e.Type = ploverType(e.Type, lemma, e.Modality, e.QuadClass)
		}
		e.Type = combatType(e.Type, code, e.SourceCode, e.TargetCode)
		// "He did not provide evidence": help not given to anyone
		// rejects no one's request.
		if e.Type == "REJECT" && e.Modality == "negated" && tgt == nil {
			return
		}
		if e.Type == "REJECT" && e.Modality == "negated" && c.denied(v) {
			return
		}
		out = appendCodes(out, e)
	}
	defer func() { out = c.claimed(v, out) }()
	// "French and Egyptian warships launched war games": a show of force
	// by partners together is a joint operation, which the PLOVER manual
	// files under COOPERATE (062), not MOBILIZE.
	if strings.HasPrefix(code, "15") && len(srcs) > 1 {
		code, tgts = "062", nil
	}
	if massed(lemma, code, srcs) {
		code = "154"
	}
	if (strings.HasPrefix(code, "15") || deployed(code, srcs)) && (c.exercised(v, tgts) || c.based(v, tgts)) {
		code = "062"
	}
	// "Israel and Lebanon renewed talks on an Israeli pullback": a target
	// from the partners' own countries is a topic; they act on each other.
	if len(srcs) > 1 && len(tgts) > 0 && !slices.ContainsFunc(tgts, func(t *news.Mention) bool {
		return !slices.ContainsFunc(srcs, func(s *news.Mention) bool { return country(s.Code) == country(t.Code) && s.Code != "" })
	}) {
		tgts = nil
	}
	switch {
	case len(srcs) > 1 && c.habitual(v) && !slices.ContainsFunc(tgts, func(t *news.Mention) bool { return t.Code != "" }):
		// "Belarus and Russia have fought repeatedly over gas": partners
		// that have long acted on each other so (over a place or a thing
		// that names no party) are a standing relation, no event of the
		// day.
	case len(tgts) == 0 && len(srcs) > 1:
		// "Jordan and Britain agreed": the partners of a compound subject
		// act on each other, as PETRARCH and PLOVER code them.
		for _, a := range srcs {
			for _, b := range srcs {
				if a.Actor != b.Actor {
					add(a, b)
				}
			}
		}
	case len(tgts) == 0:
		add(srcs[0], nil)
	default:
		for _, a := range srcs {
			n := len(out)
			for _, b := range tgts {
				if a.Actor != b.Actor {
					add(a, b)
				}
			}
			if len(out) == n {
				add(a, nil)
			}
		}
	}
	// "032:033": who leaves for a place is received there.
	if pl.back != "" {
		out = c.reverse(v, out, pl.back)
	}
	return out
}

// negationMatched reports a negation between the first word before verb
// v that its pattern matched and v.
func (c *clause) negationMatched(v int, used []int) bool {
	first := v
	for _, i := range used {
		first = min(first, i)
	}
	for i := first; i < v; i++ {
		if negators[c.texts[i]] {
			return true
		}
	}
	return false
}

// appendCodes appends e once for each pair of its actors' codes: a
// dictionary actor coded "FRO/BIL/SAM" (PETRARCH's compound code, one
// name standing for several actors) is each of them.
func appendCodes(out []news.Event, e news.Event) []news.Event {
	if !strings.Contains(e.SourceCode, "/") && !strings.Contains(e.TargetCode, "/") {
		return append(out, e)
	}
	for _, s := range strings.Split(e.SourceCode, "/") {
		for _, t := range strings.Split(e.TargetCode, "/") {
			f := e
			f.SourceCode, f.TargetCode = s, t
			out = append(out, f)
		}
	}
	return out
}

// attributive reports a participle modifying a noun ("a planned visit",
// "Algeria's leading activist"), which names no event. The word before
// it tells it from a verb the parser took for one ("tanks shelled
// positions").
func (c *clause) attributive(v int) bool {
	// "Algeria's leading activist": a participle whose subject is a
	// possessive is inside a noun phrase, however the parser hung it.
	if x := c.toks[v].XPOS; x == "VBG" || x == "VBN" {
		for _, s := range c.children(v, "nsubj", "nmod") {
			for _, k := range c.children(s, "case") {
				if t := c.toks[k].Text; t == "'s" || t == "'" || t == "’s" {
					return true
				}
			}
		}
	}
	// "alleged bombers", "suspected militants": hedges on the noun after
	// them, whatever the parser hung them from.
	if x := c.toks[v].XPOS; (x == "VBN" || x == "VBD") && hedges[c.lemma(v)] && v+1 < len(c.toks) && (c.toks[v+1].UPOS == "NOUN" || c.toks[v+1].UPOS == "ADJ") {
		return true
	}
	if c.rels[v] != "amod" || v == 0 {
		return false
	}
	switch c.toks[v-1].UPOS {
	case "DET", "PRON", "ADJ", "PART", "ADP", "NUM":
		return true
	}
	return false
}

// frames reports whether verb h reports the clause of verb v: v is its
// clausal complement or a clause set beside it.
func (c *clause) frames(h, v int) bool {
	if c.head(v) == h {
		r := c.rels[v]
		return r == "ccomp" || r == "parataxis"
	}
	// "Serbs killed three, a council said": the parser may hang the
	// reporting verb under the reported one.
	if c.head(h) == v && c.rels[h] == "parataxis" {
		return true
	}
	return false
}

// consume marks the words a pattern of verb v matched as used, but for
// the verbs of a clause v only reports ("said they will release the
// hostages"), whose events are their own.
func (c *clause) consume(v int, used []int) {
	for _, i := range used {
		if c.toks[i].UPOS == "VERB" && c.inClause(i, v) {
			continue
		}
		c.used[i] = true
	}
}
