package events

import "github.com/entente-news/entente/internal/news"

// culpable are the predicates of blame: "Y was responsible for the
// attack", "Y is guilty of war crimes".
var culpable = map[string]bool{"responsible": true, "guilty": true, "culpable": true, "accountable": true}

// blame codes "X said Y was responsible for Z" as X accusing Y (CAMEO
// 112, PLOVER ACCUSE), triggered by the predicate under saying verb h:
// the dictionary files verbs, and wire copy lays blame as often with a
// copula under a saying verb as with "blamed"; "said Y was behind the
// blast" blames Y too. Only a predicate with its "for" or "of" phrase
// blames ("a responsible government" does not), and a denied one ("was
// not responsible") accuses no one. It is looked for from the saying
// verb, as the verb's pattern may have taken the predicate's words.
func (c *clause) blame(h int) []news.Event {
	if c.toks[h].UPOS != "VERB" {
		return nil
	}
	for v := range c.toks {
		if c.head(v) == h && c.culpable(v) && (speechLemmas[c.lemma(h)] || findings[c.lemma(h)] || c.utters(h)) {
			return c.blamed(h, v)
		}
	}
	return nil
}

// culpable reports predicate v laying blame on its subject.
func (c *clause) culpable(v int) bool {
	l := c.lemma(v)
	adj, noun := c.toks[v].UPOS == "ADJ" && culpable[l], c.toks[v].UPOS == "NOUN" && (deeds[l] || nominals[l].code != "")
	if !adj && !noun || c.rels[v] != "ccomp" && !(c.rels[v] == "advcl" && c.marked(v, "that")) || len(c.children(v, "cop")) == 0 || c.negated(v) {
		return false
	}
	// "Y was behind the protests": the copula's predicate is the act,
	// "behind" its case.
	if noun {
		return c.marked(v, "behind")
	}
	for _, o := range c.children(v, "obl", "nmod") {
		if c.marked(o, "for", "of") {
			return true
		}
	}
	return false
}

// deeds are what one is said to be behind, besides the event nouns:
// "behind the border" is a place.
var deeds = map[string]bool{"blast": true, "explosion": true, "unrest": true, "coup": true, "plot": true, "riot": true, "violence": true, "hack": true, "cyberattack": true, "campaign": true, "fire": true, "sabotage": true, "incident": true}

// blamed codes speaker h's accusation of predicate v's subject.
func (c *clause) blamed(h, v int) []news.Event {
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
