package events

import (
	"slices"

	"github.com/entente-news/entente/internal/news"
)

// A nominal is an event named by a noun: its CAMEO code and the
// prepositions that introduce its target ("sanctions on Belarus", "talks
// with Kyiv").
type nominal struct {
	code  string
	cases []string
}

// nominals are the nouns that name an event between two actors on their
// own, with the CAMEO code their verbs carry in the lexicon.
var nominals = map[string]nominal{
	"sanction":    {"163", []string{"on", "against"}},
	"embargo":     {"163", []string{"on", "against"}},
	"talk":        {"040", []string{"with"}},
	"summit":      {"040", []string{"with"}},
	"dialogue":    {"040", []string{"with"}},
	"negotiation": {"040", []string{"with"}},
	"agreement":   {"057", []string{"with"}},
	"treaty":      {"057", []string{"with"}},
	"visit":       {"042", []string{"to"}},
	"attack":      {"190", []string{"on", "against"}},
	"offensive":   {"190", []string{"on", "against"}},
	"invasion":    {"192", []string{"of"}},
	"blockade":    {"191", []string{"of", "on", "against"}},
	"loan":        {"071", []string{"to", "for"}},
	"credit":      {"071", []string{"to", "for"}},
	"aid":         {"070", []string{"to", "for"}},
	// By PLOVER type, the nouns of its manual's definitions: RETREAT
	// ("withdrawal from"), COERCE ("arrest of", "expulsion of"), ASSAULT
	// ("shelling of", "killing of", "assassination of"), MOBILIZE
	// ("deployment to"), PROTEST ("protests against"), ACCUSE
	// ("criticism of", "condemnation of", "investigation into"),
	// THREATEN ("threats against"), CONSULT ("meeting with").
	"withdrawal":    {"0874", []string{"from"}},
	"pullout":       {"0874", []string{"from"}},
	"arrest":        {"173", []string{"of"}},
	"detention":     {"173", []string{"of"}},
	"expulsion":     {"174", []string{"of"}},
	"shelling":      {"190", []string{"of"}},
	"bombing":       {"190", []string{"of"}},
	"killing":       {"190", []string{"of"}},
	"assassination": {"186", []string{"of"}},
	"deployment":    {"154", []string{"to", "in", "into"}},
	"protest":       {"140", []string{"against"}},
	"demonstration": {"141", []string{"against"}},
	"criticism":     {"111", []string{"of"}},
	"condemnation":  {"111", []string{"of"}},
	"investigation": {"090", []string{"into", "of"}},
	"probe":         {"090", []string{"into", "of"}},
	"threat":        {"130", []string{"against", "to"}},
	"meeting":       {"040", []string{"with"}},
	// More of the manual's nouns, by type: ASSAULT ("raids", "air
	// strikes", "ambushes", "kidnappings", "executions"), COERCE
	// ("crackdown on", "deportation of", "ban on"), RETREAT ("release
	// of"), AID ("assistance to", "donation to"), COOPERATE ("cooperation
	// with", "extradition to"), SUPPORT ("recognition of", "support
	// for"), CONCEDE ("apology to"), REJECT ("rejection of"), ACCUSE
	// ("accusations against"), THREATEN ("warning to", "ultimatum to").
	"raid":        {"190", []string{"on", "against"}},
	"airstrike":   {"195", []string{"on", "against"}},
	"strike":      {"190", []string{"on", "against"}},
	"ambush":      {"190", []string{"on", "against"}},
	"bombardment": {"190", []string{"of"}},
	"incursion":   {"190", []string{"into"}},
	"kidnapping":  {"181", []string{"of"}},
	"abduction":   {"181", []string{"of"}},
	"execution":   {"180", []string{"of"}},
	"massacre":    {"202", []string{"of"}},
	"occupation":  {"192", []string{"of"}},
	"crackdown":   {"170", []string{"on", "against"}},
	"deportation": {"174", []string{"of"}},
	"ban":         {"172", []string{"on", "against"}},
	"release":     {"0841", []string{"of"}},
	"assistance":  {"070", []string{"to", "for"}},
	"donation":    {"070", []string{"to", "for"}},
	"cooperation": {"060", []string{"with"}},
	"extradition": {"063", []string{"to"}},
	"recognition": {"054", []string{"of"}},
	"support":     {"050", []string{"for"}},
	"apology":     {"055", []string{"to"}},
	"rejection":   {"120", []string{"of"}},
	"accusation":  {"112", []string{"against"}},
	"warning":     {"130", []string{"to", "against"}},
	"ultimatum":   {"139", []string{"to"}},
}

// nominal codes a noun that names an event ("Russia's loan to Belarus",
// "EU sanctions on Minsk"): the source is the actor the noun phrase names
// by possession or as a modifier, the target the actor of the phrase its
// preposition introduces. Both must be there; a noun a verb's pattern
// already took ("imposed sanctions on") was consumed by that verb.
func (c *clause) nominal(n int) []news.Event {
	t := c.toks[n]
	if t.UPOS != "NOUN" || c.used[n] {
		return nil
	}
	nm, ok := nominals[c.lemma(n)]
	if !ok {
		return nil
	}
	if mutual[c.lemma(n)] {
		if evs := c.between(n, nm); evs != nil {
			return evs
		}
		if evs := c.purpose(n, nm); evs != nil {
			return evs
		}
	}
	src := c.ownMention(n)
	if src == nil {
		return c.reaction(n, nm)
	}
	var tgt *news.Mention
	for _, k := range c.children(n, "nmod") {
		for _, cs := range c.children(k, "case") {
			if slices.Contains(nm.cases, c.lemma(cs)) {
				tgt = c.mentionUnder(k)
			}
		}
	}
	if tgt == nil || tgt.Actor == src.Actor {
		return nil
	}
	return []news.Event{c.nominalEvent(n, nm.code, src, tgt)}
}

// reaction codes a judgement an act draws ("fired a missile, drawing
// condemnation from Japan", "prompting protests from Pakistan"): the
// judge its "from" phrase names acts toward the one who did the act,
// the subject the drawing verb shares. A state's protest is a
// diplomatic one (see diplomatic).
func (c *clause) reaction(n int, nm nominal) []news.Event {
	h := c.head(n)
	src := c.judge(n)
	if h < 0 || src == nil {
		return nil
	}
	// "The decision prompted a protest from China": who judges acts
	// all the same.
	var doer *news.Mention
	if doers, _, _ := c.actors(h, false); len(doers) > 0 {
		doer = doers[0]
	}
	if doer != nil && doer.Actor == src.Actor {
		return nil
	}
	code := nm.code
	if diplomatic("protest", code, []*news.Mention{src}) {
		code = "114"
	}
	return []news.Event{c.nominalEvent(n, code, src, doer)}
}

// judge returns who judges in the reaction noun n a provoking verb
// governs: the actor of its "from" phrase.
func (c *clause) judge(n int) *news.Mention {
	h := c.head(n)
	if h < 0 || c.rels[n] != "obj" || !provoking[c.lemma(h)] {
		return nil
	}
	if _, ok := nominals[c.lemma(n)]; !ok {
		return nil
	}
	// The parser hangs the "from" phrase from the noun or the verb.
	for _, k := range append(c.children(n, "nmod"), c.children(h, "obl")...) {
		if c.hasCase(k, "from") {
			return c.mentionUnder(k)
		}
	}
	return nil
}

// provoked reports a provoking verb whose object is a judgement someone
// makes (see reaction): the noun is the event, and v none of its own.
func (c *clause) provoked(v int) bool {
	for _, o := range c.children(v, "obj") {
		if c.judge(o) != nil {
			return true
		}
	}
	return false
}

// provoking verbs name the reaction an act draws.
var provoking = map[string]bool{"prompt": true, "draw": true, "spark": true, "trigger": true, "provoke": true, "earn": true, "attract": true, "elicit": true}

// nominalEvent is noun n's event from src to tgt: as real as the verb
// that governs the noun.
func (c *clause) nominalEvent(n int, code string, src, tgt *news.Mention) news.Event {
	modality := ""
	for h := c.head(n); h >= 0; h = c.head(h) {
		if c.toks[h].UPOS == "VERB" {
			modality = c.modality(h)
			break
		}
	}
	e := c.lx.event(code, src, tgt, c.toks[n].Span)
	e.Modality, e.Realized = modality, modality == ""
	e.Type = ploverType(e.Type, "", modality, e.QuadClass)
	return e
}

// mutual holds the nominals whose parties act on each other alike, so
// that "talks between Armenia and Azerbaijan" names no source: the PLOVER
// manual codes every participant of a consultation or agreement as an
// actor, each toward the others.
var mutual = map[string]bool{"talk": true, "negotiation": true, "meeting": true, "summit": true, "dialogue": true, "agreement": true, "treaty": true, "cooperation": true}

// between codes a mutual noun whose parties a "between" phrase lists
// (talks between Armenia and Azerbaijan, a treaty between Kyiv and
// Warsaw): one event each way for every pair of distinct actors.
func (c *clause) between(n int, nm nominal) []news.Event {
	// Only as what the clause is about ("talks between A and B
	// resumed"): one welcomed or hosted is another's event's object
	// ("Canada welcomed the agreement between Ethiopia and Eritrea").
	if r := c.rels[n]; !mutual[c.lemma(n)] || r != "nsubj" && r != "nsubj:pass" && r != "root" {
		return nil
	}
	var parties []*news.Mention
	for _, k := range c.children(n, "nmod") {
		if !slices.ContainsFunc(c.children(k, "case"), func(cs int) bool { return c.lemma(cs) == "between" }) {
			continue
		}
		// "between the Indian and Pakistani foreign ministers": the
		// parties may be coordinated modifiers of one noun.
		for _, m := range c.group(k) {
			if !slices.ContainsFunc(parties, func(q *news.Mention) bool { return q.Actor == m.Actor }) {
				parties = append(parties, m)
			}
		}
	}
	if len(parties) < 2 {
		return nil
	}
	var out []news.Event
	for _, a := range parties {
		for _, b := range parties {
			if a != b {
				out = append(out, c.nominalEvent(n, nm.code, a, b))
			}
		}
	}
	return out
}

// purpose codes a mutual noun a verb's subject goes or comes for ("U.S.
// and Chinese negotiators returned to Geneva for talks", "flew to Cairo
// for talks with Egyptian officials"): the subject's partners, or its
// "with" party, meet it.
func (c *clause) purpose(n int, nm nominal) []news.Event {
	h := c.head(n)
	if h < 0 || c.rels[n] != "obl" || !c.hasCase(n, "for") || c.toks[h].UPOS != "VERB" {
		return nil
	}
	parties, _, _ := c.actors(h, false)
	for _, k := range c.children(n, "nmod") {
		if m := c.mentionUnder(k); m != nil && c.hasCase(k, "with") && len(parties) > 0 {
			parties = []*news.Mention{parties[0], m}
		}
	}
	if len(parties) < 2 {
		return nil
	}
	var out []news.Event
	for _, a := range parties {
		for _, b := range parties {
			if a.Actor != b.Actor {
				out = append(out, c.nominalEvent(n, nm.code, a, b))
			}
		}
	}
	return out
}

// An objectEvent is the event a verb of a class names through a noun of
// a class it governs: starting an investigation is investigating (CAMEO
// 090, PLOVER ACCUSE), ending talks halts negotiations (164), seeking help
// is an appeal for aid (023, REQUEST). The noun carries the meaning, so
// it overrides a dictionary pattern that matched other words of the
// phrase ("began an inquiry into the border incidents" is no opening of a
// border), but not one that matched the noun itself.
type objectEvent struct {
	verbs, nouns map[string]bool
	code         string
	// bare limits the pair to verbs the dictionary leaves uncoded; over
	// lets it overrule a pattern that took the noun too, where the
	// dictionary codes against the PLOVER manual.
	bare, over bool
}

var (
	starting = map[string]bool{"open": true, "launch": true, "begin": true, "start": true, "initiate": true, "conduct": true, "order": true, "announce": true, "set": true}
	ending   = map[string]bool{"stop": true, "halt": true, "cease": true, "suspend": true, "discontinue": true, "end": true, "freeze": true, "sever": true, "cut": true, "terminate": true}
	seeking  = map[string]bool{"seek": true, "request": true, "ask": true, "solicit": true}

	investigations = map[string]bool{"investigation": true, "inquiry": true, "enquiry": true, "probe": true, "hearing": true, "inquest": true}
	talks          = map[string]bool{"talk": true, "negotiation": true, "dialogue": true, "dialog": true, "consultation": true, "meeting": true, "summit": true, "contact": true}
	mediations     = map[string]bool{"mediation": true}
	relations      = map[string]bool{"cooperation": true, "relation": true, "tie": true, "partnership": true, "exchange": true}
	assistance     = map[string]bool{"aid": true, "assistance": true, "help": true, "support": true, "funding": true, "loan": true, "credit": true}
	envoys         = map[string]bool{"ambassador": true, "envoy": true, "diplomat": true, "charge": true}
	forces         = map[string]bool{"troop": true, "troops": true, "soldier": true, "force": true, "army": true, "tank": true, "missile": true, "warship": true, "battalion": true, "brigade": true, "unit": true, "jet": true, "bomber": true, "paratrooper": true, "reservist": true, "weapon": true, "artillery": true}
	posting        = map[string]bool{"deploy": true, "station": true, "mass": true, "amass": true}
	recalling      = map[string]bool{"recall": true, "withdraw": true}
	summoning      = map[string]bool{"summon": true}
	issuing        = map[string]bool{"issue": true}
	warrants       = map[string]bool{"warrant": true}
	refuge         = map[string]bool{"asylum": true, "refuge": true, "shelter": true, "protection": true, "aid": true, "assistance": true, "help": true, "support": true}
)

var objectEvents = []objectEvent{
	{starting, investigations, "090", false, false},
	{ending, talks, "164", false, false},
	{ending, mediations, "165", false, false},
	{ending, relations, "160", false, false},
	{ending, assistance, "162", false, false},
	{seeking, refuge, "023", false, false},
	// Recalling an envoy reduces relations (PLOVER SANCTION 'withdraw').
	{recalling, envoys, "161", false, false},
	// "Consultations with ambassadors already in a country---typically
	// this is done to complain about an action---should be coded for the
	// content of the action ... usually ACCUSE"; its content told
	// elsewhere is coded from its own words.
	{summoning, envoys, "110", false, true},
	// "Issuing an in-absentia arrest should be coded as a THREAT
	// 'arrest' rather than COERCE 'arrest'": a warrant is no arrest
	// (CAMEO 137, threaten with repression).
	{issuing, warrants, "137", false, true},
	// "All military or police moves that fall short of the actual use of
	// force" are MOBILIZE; the dictionary's "deploy &military" is
	// military cooperation (062), which the manual keeps for joint
	// operations.
	{posting, forces, "154", false, true},
}

// objectEvent codes verb v from the noun it governs as its object, when
// the pair names an event of objectEvents and the dictionary's match,
// which used the words at used, did not take that noun.
func (c *clause) objectEvent(v int, code string, used []int) (string, []int, bool) {
	l := c.lemma(v)
	for _, o := range c.objects(v) {
		r := c.rels[o]
		// The tagger may read a bare noun as a name ("sought Refuge").
		if (c.toks[o].UPOS != "NOUN" && c.toks[o].UPOS != "PROPN") || (r != "obj" && !(o == c.head(v) && r != "nsubj")) {
			continue
		}
		// "ended mediation efforts": a noun compounded with the object
		// names its event as well.
		for _, n := range append([]int{o}, c.children(o, "compound")...) {
			for _, oe := range objectEvents {
				// Forces and envoys are actors, and a name may be a
				// misread noun.
				if oe.verbs[l] && oe.nouns[c.lemma(n)] && (c.ment[n] == nil || armed(c.ment[n].Code) || envoys[c.lemma(n)]) && (oe.over || !slices.Contains(used, n)) && (!oe.bare || code == "" && len(used) == 0) {
					return oe.code, []int{n}, true
				}
			}
		}
	}
	return "", nil, false
}

// nominalRanks ranks a noun's event at the depth of the verb it hangs
// from when that verb codes nothing of its own ("returned to Geneva for
// talks with the United States, which accused Iran"): the talks are what
// the returning is for, the sentence's main act, ahead of the events of
// clauses below; a verb that codes its own event still leads.
func (c *clause) nominalRanks(found []coded) []coded {
	for i, f := range found {
		if f.depth < nominalDepth || c.toks[f.at].UPOS != "NOUN" && c.toks[f.at].UPOS != "PROPN" {
			continue
		}
		g := c.head(f.at)
		for n := 0; g >= 0 && c.toks[g].UPOS != "VERB" && n < len(c.toks); n++ {
			g = c.head(g)
		}
		if g < 0 || c.toks[g].UPOS != "VERB" || slices.ContainsFunc(found, func(o coded) bool { return o.at == g }) {
			continue
		}
		found[i].depth = c.rank(g)
	}
	return found
}
