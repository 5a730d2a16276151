package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// pronounKinds says what a pronoun can stand for: a person ("he", "her")
// or a body, country or group ("it", "their"). "They" and "their" are
// read as bodies only: a plural person antecedent is rarely named once.
// "It", "they" and "them" stand for things as often as for actors ("the
// crude oil it supplies" is a country's, "calling it logical" a plan), so
// only "it" and "they" as subjects, which acts need, are read.
var pronounKinds = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true,
	"it": false, "its": false, "they": false, "them": false, "their": false,
}

var plural = map[string]bool{"they": true, "them": true, "their": true}

// pronouns resolves personal pronouns (and possessive ones when
// Resolver.Possessives is set) to the actor they stand for, How
// "pronoun", with its code (none when the actor has none: a new person
// the text gives no country still stands between "she" and the person
// named before). A possessive's owner is the subject of its
// own clause when that subject is a compatible actor ("Russia said
// Ukraine must withdraw its troops" → Ukraine), and a subject pronoun of
// a reported clause is the reporter ("Militants … said they attempted" →
// the militants); otherwise the nearest compatible mention before it, in
// its sentence or up to antecedentReach sentences back, a subject first.
func (st *state) pronouns(si int, toks []nlp.Token, used []bool) {
	for i, t := range toks {
		person, ok := pronounKinds[strings.ToLower(t.Text)]
		if !ok || used[i] || t.UPOS != "PRON" || (!person && !referential(toks, i)) ||
			(!st.r.Possessives && possessive(t)) || (!person && !possessive(t) && !isSubjectRel(t.Rel)) {
			continue
		}
		kind := st.isBodyLike
		switch {
		case person:
			kind = st.isPerson
		case plural[strings.ToLower(t.Text)]:
			// A country's name is singular: "they" after "Russia,
			// Belarus and Kazakhstan" are the three, after "Organic
			// chlorides" the chlorides.
			kind = func(m news.Mention) bool { return st.isBodyLike(m) && !st.isCountry(string(m.Actor)) }
		}
		// A pronoun is not its own verb's other argument: in "Yeltsin met
		// him" he is someone else (reflexives, which are, are no pronoun
		// here).
		fits := func(m news.Mention) bool { return kind(m) && !coArgument(toks, i, si, m) }
		m, ok := st.clauseSubject(si, toks, i, fits)
		if !ok {
			m, ok = st.nearest(si, t.Span.Start, fits)
		}
		if !ok {
			continue
		}
		used[i] = true
		st.emit(news.Mention{Span: t.Span, Actor: m.Actor, Code: m.Code, How: "pronoun", Sentence: si})
	}
}

// coArgument reports whether m, of sentence si, holds a word sharing
// the head of the pronoun at toks[i].
func coArgument(toks []nlp.Token, i, si int, m news.Mention) bool {
	// A subject pronoun has no co-argument before it to avoid; the parser
	// gives it one when it misreads the clause ("Militants … said they
	// attempted").
	if m.Sentence != si || toks[i].Rel == "nmod:poss" || isSubjectRel(toks[i].Rel) {
		return false
	}
	for k, t := range toks {
		if k != i && t.Head == toks[i].Head && t.Span.Start >= m.Span.Start && t.Span.End <= m.Span.End {
			return true
		}
	}
	return false
}

// possessive reports whether t is a possessive pronoun ("its troops").
func possessive(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case "its", "their", "his":
		return true
	}
	return t.Rel == "nmod:poss"
}

func isSubjectRel(rel string) bool { return rel == "nsubj" || rel == "nsubj:pass" }

// referential reports whether "it" at toks[i] stands for something: an
// expletive ("it is unclear whether", "it was reported") names no one.
func referential(toks []nlp.Token, i int) bool {
	t := toks[i]
	if strings.ToLower(t.Text) != "it" {
		return true
	}
	if t.Rel == "expl" || t.Head < 0 || t.Head >= len(toks) {
		return false
	}
	h := toks[t.Head]
	if h.UPOS != "VERB" || h.XPOS == "VBN" {
		return false
	}
	for _, o := range toks {
		if o.Head == t.Head && (o.Rel == "csubj" || o.Rel == "aux:pass" || o.Rel == "expl") {
			return false
		}
	}
	return true
}

// governed are the relations of a clause whose subject pronoun refers
// to the governing clause's subject.
var governed = map[string]bool{"ccomp": true, "xcomp": true, "advcl": true, "conj": true}

// clauseSubject returns the actor subject of the clause a possessive at
// toks[i] sits in: the subject of the verb that governs the possessed
// noun.
func (st *state) clauseSubject(si int, toks []nlp.Token, i int, fits func(news.Mention) bool) (news.Mention, bool) {
	v := toks[i].Head
	switch toks[i].Rel {
	case "nmod:poss":
	case "nsubj", "nsubj:pass":
		// A subject pronoun of a reported or joined clause is the subject
		// of the clause that governs it: "Militants loyal to X said they
		// attempted" → the militants.
		if v < 0 || v >= len(toks) || !governed[toks[v].Rel] {
			return news.Mention{}, false
		}
		v = toks[v].Head
	default:
		return news.Mention{}, false
	}
	for n := 0; n < 3 && v >= 0 && v < len(toks) && toks[v].UPOS != "VERB"; n++ {
		v = toks[v].Head
	}
	if v < 0 || v >= len(toks) {
		return news.Mention{}, false
	}
	for k, o := range toks {
		if o.Head != v || (o.Rel != "nsubj" && o.Rel != "nsubj:pass") || k == i {
			continue
		}
		for _, m := range st.out {
			if m.Sentence == si && m.Span.Start <= o.Span.Start && o.Span.End <= m.Span.End && m.How != "pronoun" && fits(m) {
				return m, true
			}
		}
	}
	return news.Mention{}, false
}

// nearest returns the mention ending closest before start, in its
// sentence or up to antecedentReach sentences back, that fits, a
// subject before any other: a pronoun's antecedent is most often the
// topic the text was about, and the words between (an object, an
// apposition) are no rival.
func (st *state) nearest(si, start int, fits func(news.Mention) bool) (news.Mention, bool) {
	var best news.Mention
	found, subj := false, false
	for _, m := range st.out {
		if m.Sentence < si-antecedentReach || m.Span.End > start || m.How == "pronoun" || !fits(m) {
			continue
		}
		s := st.isSubject(m)
		if !found || (s && !subj) || (s == subj && m.Span.End > best.Span.End) {
			best, found, subj = m, true, s
		}
	}
	return best, found
}

// isSubject reports whether a word of m is its clause's subject.
func (st *state) isSubject(m news.Mention) bool {
	for _, t := range st.doc.Sentences[m.Sentence].Tokens {
		if t.Span.Start >= m.Span.Start && t.Span.End <= m.Span.End && (t.Rel == "nsubj" || t.Rel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// isPerson reports whether m names a person, of the KB or new.
func (st *state) isPerson(m news.Mention) bool {
	if strings.HasPrefix(string(m.Actor), NewPrefix) {
		return kindOf(st.doc, m) == "person"
	}
	a, ok := st.r.kb.Actor(m.Actor)
	return ok && a.Kind == "person"
}

// isBodyLike reports whether m names what "it" or "they" can stand for:
// a country, a body, a group or a country's sector.
func (st *state) isBodyLike(m news.Mention) bool {
	if strings.HasPrefix(string(m.Actor), NewPrefix) {
		return kindOf(st.doc, m) != "person"
	}
	a, ok := st.r.kb.Actor(m.Actor)
	return !ok || a.Kind != "person"
}
