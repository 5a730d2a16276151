package events

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// demand codes "X said Y must do Z" as X demanding of Y (CAMEO 100,
// PLOVER REQUEST), triggered by the speech verb: the obligation is what the
// speaker asks for. Y's own verb is coded too, as not realised.
func (c *clause) demand(v int) []news.Event {
	h := c.head(v)
	// A noun with a modal ("Libya must hand over") is a verb mistagged.
	// "issued a reminder that it must": the parser may hang the that
	// clause as an adverbial one, or from the utterance the verb issues.
	thatClause := c.rels[v] == "ccomp" || c.rels[v] == "advcl" && c.marked(v, "that")
	if c.rels[v] == "acl" && c.marked(v, "that") && h >= 0 && utterances[c.lemma(h)] && c.rels[h] == "obj" {
		h, thatClause = c.head(h), true
	}
	if h < 0 || !thatClause || c.toks[v].UPOS != "VERB" && c.toks[v].UPOS != "ADJ" && (c.toks[v].UPOS != "NOUN" || len(c.children(v, "aux")) == 0) {
		return nil
	}
	// A finding or ruling that Y must is asked of Y as a statement is.
	if !speechLemmas[c.lemma(h)] && !findings[c.lemma(h)] && !strings.HasPrefix(c.lx.Match(c.lemma(h), nil), "01") && !c.utters(h) {
		return nil
	}
	must := false
	for _, a := range c.children(v, "aux") {
		l := c.texts[a]
		must = must || l == "must" || l == "should"
	}
	if !must {
		return nil
	}
	// "The forum concluded that the US must": a speaker naming no actor
	// is unknown, and the demand is still made.
	speakers, _, unknown := c.actors(h, false)
	if len(speakers) == 0 && unknown {
		speakers = []*news.Mention{{}}
	}
	obliged, _, _ := c.actors(v, false)
	// "a reminder to Iraq that it must cooperate": a pronoun obliged
	// by what is said to someone stands for that addressee.
	if y := c.recipient(h, v); y != nil && c.pronounSubject(v) {
		obliged = []*news.Mention{y}
	}
	var out []news.Event
	for _, a := range speakers {
		for _, b := range obliged {
			if a.Actor == b.Actor {
				continue
			}
			out = append(out, c.lx.event("100", a, b, c.toks[h].Span))
		}
	}
	return out
}

// recipient returns the actor a "to" phrase under verb h names, outside
// its clause v: whom h's utterance is addressed to ("issued a reminder
// to Iraq that").
func (c *clause) recipient(h, v int) *news.Mention {
	for i := range c.toks {
		if m := c.ment[i]; m != nil && c.marked(i, "to") && c.under(i, h) && !c.under(i, v) {
			return m
		}
	}
	return nil
}

// pronounSubject reports a verb whose subject is a personal pronoun.
func (c *clause) pronounSubject(v int) bool {
	for _, s := range c.children(v, "nsubj") {
		if c.toks[s].UPOS == "PRON" {
			return true
		}
	}
	return false
}
