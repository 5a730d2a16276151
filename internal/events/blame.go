package events

import "github.com/entente-news/entente/internal/news"

// culpable are the predicates of blame: "Y was responsible for the
// attack", "Y is guilty of war crimes".
var culpable = map[string]bool{"responsible": true, "guilty": true, "culpable": true, "accountable": true}

// blame codes "X said Y was responsible for Z" as X accusing Y (CAMEO
// 112, PLOVER ACCUSE), triggered by the predicate: the dictionary files
// verbs, and wire copy lays blame as often with a copula under a saying
// verb as with "blamed". Only a predicate with its "for" or "of" phrase
// blames ("a responsible government" does not), and a denied one
// ("was not responsible") accuses no one.
func (c *clause) blame(v int) []news.Event {
	h := c.head(v)
	if h < 0 || c.toks[v].UPOS != "ADJ" || !culpable[c.lemma(v)] || len(c.children(v, "cop")) == 0 || c.negated(v) {
		return nil
	}
	if c.rels[v] != "ccomp" && !(c.rels[v] == "advcl" && c.marked(v, "that")) {
		return nil
	}
	if !speechLemmas[c.lemma(h)] && !findings[c.lemma(h)] && !c.utters(h) {
		return nil
	}
	named := false
	for _, o := range c.children(v, "obl", "nmod") {
		named = named || c.marked(o, "for", "of")
	}
	if !named {
		return nil
	}
	speakers, _, _ := c.actors(h, false)
	accused, _, _ := c.actors(v, false)
	var out []news.Event
	for _, a := range speakers {
		for _, b := range accused {
			if a.Actor != b.Actor {
				out = append(out, c.lx.event("112", a, b, c.toks[v].Span))
			}
		}
	}
	return out
}

// negated reports a "not" or "never" on predicate v.
func (c *clause) negated(v int) bool {
	for _, a := range c.children(v, "advmod", "neg") {
		switch c.texts[a] {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}
