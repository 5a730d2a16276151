package events

// The noun phrases of a clause and the actors they name: a phrase's own
// actor, its conjuncts, and where a phrase ends.

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// group returns the actor under token r and those under its conjuncts,
// one mention per actor, in text order of their heads.
func (c *clause) group(r int) []*news.Mention { return c.groupBy(r, c.mentionUnder) }

// subjects is group for a subject, which names its actor in its own
// phrase: in "sanctions on Belarus took effect" Belarus acts not.
func (c *clause) subjects(r int) []*news.Mention { return c.groupBy(r, c.phraseMention) }

func (c *clause) groupBy(r int, find func(int) *news.Mention) []*news.Mention {
	var out []*news.Mention
	addM := func(m *news.Mention) {
		if m != nil && !slices.ContainsFunc(out, func(o *news.Mention) bool { return o.Actor == m.Actor }) {
			out = append(out, m)
		}
	}
	addM(find(r))
	for _, k := range c.conjuncts(r) {
		if c.attributed(k) {
			continue
		}
		// "Hungarian and Romanian officials": the first of coordinated
		// modifiers names an actor of its own.
		if h := c.head(k); h != r && h >= 0 && c.ment[h] != nil {
			addM(c.ment[h])
		}
		addM(find(k))
	}
	return out
}

// phraseMention returns the actor noun phrase r names: the mention covering
// r or the first in its phrase, leaving out the phrases that name another
// party ("sanctions on Belarus" names no actor, "officials in Minsk" do)
// and the clauses that modify it.
func (c *clause) phraseMention(r int) *news.Mention {
	if c.attributed(r) {
		return nil
	}
	m := c.ment[r]
	// "Russia's agricultural watchdog Rosselkhoznadzor": a name the
	// resolver cannot code takes the country of the title that places it,
	// whichever way the parser hung the two.
	if c.toks[r].UPOS == "PROPN" && (m == nil || m.Code == "") {
		if t := c.title(r); t != nil {
			if m == nil {
				return t
			}
			placed := *m
			placed.Code = t.Code
			return &placed
		}
	}
	if m != nil {
		return m
	}
	for i := range c.toks {
		if c.ment[i] != nil && c.inPhrase(i, r) {
			return c.ment[i]
		}
	}
	return nil
}

// title returns the actor named in the words just before name r, a title
// such as "Russia's consumer watchdog" or "Belarusian opposition leader".
func (c *clause) title(r int) *news.Mention {
	for i := r - 1; i >= 0 && r-i <= 5; i-- {
		if m := c.ment[i]; m != nil && m != c.ment[r] {
			return m
		}
		if u := c.toks[i].UPOS; u != "NOUN" && u != "ADJ" && u != "PROPN" && u != "PART" {
			return nil
		}
	}
	return nil
}

func (c *clause) inPhrase(i, r int) bool {
	for n := 0; i >= 0 && i != r && n <= len(c.toks); n++ {
		// "officers who, according to the EU, helped": whom a phrase
		// cites tells how it is known, whatever the parser hung it
		// from; it is no party.
		if c.attributed(i) {
			return false
		}
		switch rel := c.toks[i].Rel; baseRel(rel) {
		case "acl", "advcl", "parataxis", "ccomp":
			return false
		case "nmod":
			// "sanctions on", "talks with": the phrase's other party.
			if rel != "nmod:poss" && c.marked(i, "on", "against", "to", "toward", "towards", "with", "over", "about", "for", "into") {
				return false
			}
		}
		i = c.head(i)
	}
	return i == r
}

// conjuncts lists the tokens conjoined to s, and to the words of its
// phrase ("Hungarian and Romanian officials"), but not those of clauses
// inside it ("Belarus, accused of allowing food to be sent to Russia").
func (c *clause) conjuncts(s int) []int {
	var out []int
	for i := range c.toks {
		if c.rels[i] != "conj" || !c.under(i, s) {
			continue
		}
		ok := true
		for h, n := c.head(i), 0; h >= 0 && h != s && n < len(c.toks); h, n = c.head(h), n+1 {
			switch c.rels[h] {
			case "conj", "amod", "compound", "flat", "appos", "nmod":
			default:
				ok = false
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	// "Poland, Lithuania, and Latvia welcomed": the parser may hang the
	// last member from the comma that closes the list so far; a comma
	// right after the phrase does not end it when a conjunct follows.
	for i := range c.toks {
		p := c.head(i)
		if c.rels[i] == "conj" && p > s && c.toks[p].UPOS == "PUNCT" && c.under(p-1, s) && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

func (c *clause) hasCase(n int, word string) bool {
	for _, k := range c.children(n, "case") {
		if c.lemma(k) == word {
			return true
		}
	}
	return false
}

// underPhrase is under without crossing into a clause.
func (c *clause) underPhrase(i, r int) bool {
	for n := 0; i >= 0 && n <= len(c.toks); n++ {
		if i == r {
			return true
		}
		switch c.rels[i] {
		case "acl", "advcl", "parataxis", "ccomp":
			return false
		case "appos":
			if c.reporter(i) {
				return false
			}
		}
		if c.attributed(i) {
			return false
		}
		i = c.head(i)
	}
	return false
}

// reporter reports an apposition that is the subject of the speech verb
// right after it ("burned down its embassy, a senior official said"), as
// a parser may hang a closing reporting clause's subject.
func (c *clause) reporter(a int) bool {
	end := a
	for k := a + 1; k < len(c.toks) && c.under(k, a); k++ {
		end = k
	}
	return end+1 < len(c.toks) && speechLemmas[c.lemma(end+1)]
}

// nestedParty reports an actor word i that is the party of an event noun
// below phrase top rather than of top's verb: in "allow a response to an
// attack on Belarus" Belarus is what the attack is on, neither what is
// allowed nor whom. The object's own event noun ("launched an attack on
// Belarus", "agreed to provide aid for Romania") names the verb's party,
// so only an event noun that another noun takes as its own ("a response
// to", "support for", "an end to") counts.
func (c *clause) nestedParty(i, top int) bool {
	prev := i
	for k, n := c.head(i), 0; k >= 0 && k != top && n <= len(c.toks); k, n = c.head(k), n+1 {
		if nm, ok := nominals[c.lemma(k)]; ok && c.ment[k] == nil && c.rels[k] == "nmod" && c.marked(k, "to", "against", "for") && c.marked(prev, nm.cases...) {
			return true
		}
		prev = k
	}
	return false
}

// attributed reports a phrase that cites a source ("according to the
// EU"), which the parser may hang as a modifier of any word near it, or
// that sets a party aside ("from sources other than Russia").
func (c *clause) attributed(i int) bool { return c.marked(i, "accord", "according") || c.cited(i) }

// cited reports a word of a mention that two words lead into, which name
// no party to the act: "according to" a source ("who, according to the
// EU, helped"), "other than", "rather than" or "instead of" a party left
// out ("should buy its oil from sources other than Russia"). It reads the
// words, since the parser hangs such phrases anywhere between commas.
func (c *clause) cited(i int) bool {
	m := c.ment[i]
	if m == nil {
		return false
	}
	k := i
	for k > 0 && c.ment[k-1] == m {
		k--
	}
	if k > 0 && c.toks[k-1].UPOS == "DET" {
		k--
	}
	return k >= 2 && asides[[2]string{strings.ToLower(c.texts[k-2]), c.texts[k-1]}]
}

var asides = map[[2]string]bool{
	{"according", "to"}: true, {"other", "than"}: true, {"rather", "than"}: true, {"instead", "of"}: true,
}
