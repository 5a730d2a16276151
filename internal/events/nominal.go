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
	src := c.ownMention(n)
	if src == nil {
		return nil
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
	// The noun's event is as real as the verb that governs it.
	modality := ""
	for h := c.head(n); h >= 0; h = c.head(h) {
		if c.toks[h].UPOS == "VERB" {
			modality = c.modality(h)
			break
		}
	}
	e := news.Event{
		Source: src.Actor, SourceCode: src.Code, Target: tgt.Actor, TargetCode: tgt.Code,
		Type: c.lx.Plover(nm.code), CAMEO: nm.code, QuadClass: QuadClass(nm.code), Goldstein: c.lx.Goldstein(nm.code),
		Trigger: t.Span, Modality: modality, Realized: modality == "",
	}
	e.Type = ploverType(e.Type, "", modality, e.QuadClass)
	return []news.Event{e}
}
