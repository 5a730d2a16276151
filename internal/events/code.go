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
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		c := clause{lx: lx, toks: s.Tokens, ment: tokenMentions(s, mentions)}
		if !c.anyMention() {
			continue
		}
		var found []coded
		var date time.Time
		for v := range c.toks {
			e, ok := c.code(v)
			if !ok {
				continue
			}
			if date.IsZero() {
				date = sentenceDate(s, published)
			}
			e.Date, e.Span, e.Sentence = date, s.Span, si
			found = append(found, coded{e, c.depth(v), v})
		}
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

// A clause is one sentence being coded: its tokens and, per token, the
// mention covering it (nil when none).
type clause struct {
	lx   *Lexicon
	toks []nlp.Token
	ment []*news.Mention
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

func (c *clause) lemma(i int) string {
	t := c.toks[i]
	l := t.Lemma
	if l == "" {
		l = t.Text
	}
	return strings.ToLower(l)
}

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
	for i, t := range c.toks {
		if c.head(i) == v && slices.Contains(rels, baseRel(t.Rel)) {
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
// one in r's subtree.
func (c *clause) mentionUnder(r int) *news.Mention {
	if c.ment[r] != nil {
		return c.ment[r]
	}
	for i := range c.toks {
		if c.ment[i] != nil && c.under(i, r) {
			return c.ment[i]
		}
	}
	return nil
}

// following lists the lemmas after the verb in its own clause, the words
// the lexicon's patterns look for; embedded clauses are left to their verbs.
func (c *clause) following(v int) []string {
	var out []string
	for i := v + 1; i < len(c.toks); i++ {
		if c.under(i, v) && !c.inEmbedded(i, v) {
			out = append(out, c.lemma(i))
		}
	}
	return out
}

func (c *clause) inEmbedded(i, v int) bool {
	for ; i >= 0 && i != v; i = c.head(i) {
		switch baseRel(c.toks[i].Rel) {
		case "ccomp", "parataxis", "advcl", "acl":
			return true
		}
	}
	return false
}

var speechLemmas = map[string]bool{"say": true, "tell": true, "state": true, "announce": true, "claim": true, "report": true, "add": true, "note": true, "declare": true}

func (c *clause) code(v int) (news.Event, bool) {
	t := c.toks[v]
	if t.UPOS != "VERB" || c.ment[v] != nil {
		return news.Event{}, false
	}
	lemma := c.lemma(v)
	// "according to X" attributes speech; it is no verb of agreement.
	if lemma == "accord" || lemma == "according" || !c.lx.Has(lemma) {
		return news.Event{}, false
	}
	code := c.lx.Match(lemma, c.following(v))
	if code == "" {
		return news.Event{}, false
	}
	speech := speechLemmas[lemma] || strings.HasPrefix(code, "01")
	src, tgt := c.actors(v, !speech)
	if src == nil {
		return news.Event{}, false
	}
	// A speech act is an event only towards someone ("told Minsk");
	// what was said is coded from the embedded clause's own verb.
	if speech && tgt == nil {
		return news.Event{}, false
	}
	if tgt != nil && tgt.Actor == src.Actor {
		tgt = nil
	}
	e := news.Event{
		Source: src.Actor, SourceCode: src.Code,
		Type: c.lx.Plover(code), CAMEO: code,
		QuadClass: QuadClass(code), Goldstein: c.lx.Goldstein(code),
		Trigger: t.Span,
	}
	if tgt != nil {
		e.Target, e.TargetCode = tgt.Actor, tgt.Code
	}
	e.Modality = c.modality(v)
	e.Realized = e.Modality == ""
	e.Type = ploverType(e.Type, lemma, e.Modality, e.QuadClass)
	return e, true
}

// actors finds the source and target of verb v from the parse.
// deep lets the target come from anywhere under the verb when no object
// gives one.
func (c *clause) actors(v int, deep bool) (src, tgt *news.Mention) {
	subjOf := v
	// An infinitive or conjoined verb shares its head's subject
	// ("agreed to cooperate", "met and signed").
	for n := 0; n < 4; n++ {
		if len(c.children(subjOf, "nsubj", "nsubj:pass")) > 0 {
			break
		}
		r := baseRel(c.toks[subjOf].Rel)
		h := c.head(subjOf)
		if h < 0 || (r != "xcomp" && r != "conj") {
			break
		}
		subjOf = h
	}
	passive := false
	var partner *news.Mention
	for _, s := range c.children(subjOf, "nsubj", "nsubj:pass") {
		if m := c.mentionUnder(s); m != nil {
			src = m
		}
		passive = c.toks[s].Rel == "nsubj:pass"
		// "Jordan and Britain agreed": PLOVER codes the partners of a
		// compound subject as source and target of each other.
		for _, k := range c.conjuncts(s) {
			if m := c.mentionUnder(k); m != nil && src != nil && m.Actor != src.Actor {
				partner = m
				break
			}
		}
	}
	if passive {
		tgt, src = src, nil
		for _, a := range c.children(v, "obl:agent", "obl") {
			if c.hasCase(a, "by") {
				src = c.mentionUnder(a)
			}
		}
	} else {
		for _, o := range c.children(v, "obj", "iobj", "obl", "nmod") {
			if m := c.mentionUnder(o); m != nil && m != src {
				tgt = m
				break
			}
		}
	}
	if tgt == nil && partner != nil {
		tgt = partner
	}
	if tgt == nil && !passive && deep {
		// "demanded that Israel withdraw": the first actor after the verb
		// in its subtree.
		for i := v + 1; i < len(c.toks); i++ {
			if m := c.ment[i]; m != nil && m != src && c.under(i, v) {
				tgt = m
				break
			}
		}
	}
	if src == nil {
		// A pronoun or missing subject: the nearest actor before the verb.
		for i := v - 1; i >= 0; i-- {
			if m := c.ment[i]; m != nil && m != tgt {
				src = m
				break
			}
		}
	}
	return src, tgt
}

// conjuncts lists the tokens conjoined to s, and to the words of its
// phrase ("Hungarian and Romanian officials").
func (c *clause) conjuncts(s int) []int {
	var out []int
	for i, t := range c.toks {
		if baseRel(t.Rel) == "conj" && c.under(i, s) {
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
