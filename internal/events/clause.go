package events

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// A clause is one sentence being coded: its tokens and, per token, the
// mention covering it (nil when none).
type clause struct {
	lx   *Lexicon
	toks []nlp.Token
	ment []*news.Mention
	used []bool // words an earlier verb's pattern consumed
	// accuses reports an accusing verb in the sentence, which alleged
	// need look for only then.
	accuses bool
	// placeless is set while the arguments of an act whose place is no
	// party to it are read (see homePlace).
	placeless bool
	// cooperative is set while the arguments of an act of cooperation
	// are read (see scoped).
	cooperative bool
	// Per token, read once (see index): its lower-case lemma and text,
	// its relation without subtype (baseRel), and, once asked for, the
	// headword it codes under (verb) and the words after it (following).
	lemmas, texts, rels []string
	verbs               []string
	fols                [][]word
	verbDone, folDone   []bool
}

// tables back a clause's per-token tables (index).
type tables struct {
	strs []string
	done []bool
	fols [][]word
}

// index fills the clause's per-token tables: the rules ask for the
// same token's lemma, relation and phrase again and again, and
// BenchmarkCode spent a fifth of its time lower-casing, cutting
// relations and walking the tree to rebuild them.
//
// The tables live in t, which a document's sentences share, one after
// the other: a table's stale entries are never read, as the done flags
// are cleared.
func (c *clause) index(t *tables) {
	n := len(c.toks)
	if cap(t.strs) < 4*n {
		t.strs, t.done, t.fols = make([]string, 4*n), make([]bool, 2*n), make([][]word, n)
	}
	strs, done := t.strs[:4*n], t.done[:2*n]
	clear(done)
	c.lemmas, c.texts, c.rels, c.verbs = strs[:n:n], strs[n:2*n:2*n], strs[2*n:3*n:3*n], strs[3*n:]
	c.verbDone, c.folDone, c.fols = done[:n:n], done[n:], t.fols[:n]
	for i, t := range c.toks {
		l := t.Lemma
		if l == "" {
			l = t.Text
		}
		c.lemmas[i], c.texts[i], c.rels[i] = strings.ToLower(l), strings.ToLower(t.Text), baseRel(t.Rel)
	}
}

func tokenMentions(s *nlp.Sentence, mentions []news.Mention) []*news.Mention {
	out := make([]*news.Mention, len(s.Tokens))
	for mi := range mentions {
		m := &mentions[mi]
		if m.Span.End <= s.Span.Start || m.Span.Start >= s.Span.End || m.Actor == "" {
			continue
		}
		for ti, t := range s.Tokens {
			if t.Span.Start >= m.Span.Start && t.Span.End <= m.Span.End {
				out[ti] = m
			}
		}
	}
	return out
}

func (c *clause) anyMention() bool {
	for _, m := range c.ment {
		if m != nil {
			return true
		}
	}
	return false
}

func (c *clause) lemma(i int) string { return c.lemmas[i] }

func (c *clause) head(i int) int {
	h := c.toks[i].Head
	if h < 0 || h >= len(c.toks) || h == i {
		return -1
	}
	return h
}

func (c *clause) depth(i int) int {
	d := 0
	for h := c.head(i); h >= 0 && d < len(c.toks); h = c.head(h) {
		d++
	}
	return d
}

// under reports whether token i lies in the subtree of r.
func (c *clause) under(i, r int) bool {
	for n := 0; i >= 0 && n <= len(c.toks); n++ {
		if i == r {
			return true
		}
		i = c.head(i)
	}
	return false
}

func (c *clause) children(v int, rels ...string) []int {
	var out []int
	for i := range c.toks {
		if c.head(i) == v && slices.Contains(rels, c.rels[i]) {
			out = append(out, i)
		}
	}
	return out
}

func baseRel(r string) string {
	if r == "nsubj:pass" || r == "obl:agent" {
		return r
	}
	b, _, _ := strings.Cut(r, ":")
	return b
}

// mentionUnder returns the mention covering r itself, or else the first
// one in r's phrase: not in a clause that modifies it ("on Sunday that
// Belarus had deployed", when the parser hangs the clause from Sunday).
func (c *clause) mentionUnder(r int) *news.Mention {
	if i := c.firstUnder(r); i >= 0 {
		return c.ment[i]
	}
	return nil
}

// firstUnder is the word of mentionUnder(r), -1 when none.
func (c *clause) firstUnder(r int) int {
	if c.attributed(r) {
		return -1
	}
	if c.ment[r] != nil {
		return r
	}
	for i := range c.toks {
		if c.ment[i] != nil && c.underPhrase(i, r) {
			return i
		}
	}
	return -1
}

// objectOf is the word below verb v whose phrase holds word i: the
// verb's argument i lies in, or i itself.
func (c *clause) objectOf(i, v int) int {
	for k, n := i, 0; k >= 0 && n <= len(c.toks); k, n = c.head(k), n+1 {
		if c.head(k) == v {
			return k
		}
	}
	return i
}

// preceding lists the few words before verb v, which PETRARCH patterns
// may name ("indicated it should act", "recently allowed").
func (c *clause) preceding(v int) []word {
	if v == 0 || !c.lx.before[c.verb(v)] {
		return nil
	}
	out := make([]word, 0, preWindow)
	for i := max(0, v-preWindow); i < v; i++ {
		out = append(out, word{c.lemma(i), c.texts[i], i})
	}
	return out
}

// preWindow is how far before its verb a pattern's earlier words may be.
const preWindow = 6

// following lists the words after verb v in its phrase, the words the
// lexicon's patterns look for: its clausal complements included, as
// PETRARCH reads the whole verb phrase, clauses that only modify it not.
func (c *clause) following(v int) []word {
	if !c.folDone[v] {
		// Clipped, so that a caller's append copies.
		c.fols[v], c.folDone[v] = slices.Clip(c.walkFollowing(v)), true
	}
	return c.fols[v]
}

func (c *clause) walkFollowing(v int) []word {
	var out []word
	// A verb the parser read as an adjective of the noun after it
	// ("reduced food supplies", "shelled positions") has that noun's
	// phrase for its own.
	top := v
	if h := c.head(v); c.rels[v] == "amod" && h > v && c.toks[h].UPOS == "NOUN" {
		top = h
	}
	// "Sanctions were imposed on Eritrea": a passive's subject naming no
	// actor is the object its patterns look for ("impose sanctions").
	for _, n := range c.children(v, "nsubj:pass") {
		if n > v || c.mentionUnder(n) != nil {
			continue
		}
		for i := 0; i < v; i++ {
			if c.under(i, n) {
				out = append(out, word{c.lemma(i), c.texts[i], i})
			}
		}
	}
	for i := v + 1; i < len(c.toks); i++ {
		if c.under(i, top) && !c.inEmbedded(i, top) {
			out = append(out, word{c.lemma(i), c.texts[i], i})
		}
	}
	return out
}

func (c *clause) inEmbedded(i, v int) bool {
	for ; i >= 0 && i != v; i = c.head(i) {
		switch c.rels[i] {
		case "parataxis", "advcl", "acl":
			return true
		}
	}
	return false
}

// inClause reports whether token i lies in a clausal complement of v.
func (c *clause) inClause(i, v int) bool {
	for ; i >= 0 && i != v; i = c.head(i) {
		if c.rels[i] == "ccomp" {
			return true
		}
	}
	return false
}
