package quotes

// A group that "they" stands for when no group spoke before it: people
// coordinated as the subject of a sentence before.

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// theyPair resolves "they" that no group spoke before to a group
// coordinated as the subject of a sentence before: two names ("Tomas Berg
// and Maria Kowalska met in Vilnius. They said"), or a name and a plural
// noun phrase ("Gov. Eric Holcomb and leaders of the Legislature have
// avoided ..."); the group as written, whose actor is the first name, as
// a coordinated speaker's is. A sentence whose subject is "they" again
// talks of the same group, so the search reads past it, at most three
// sentences back.
func (f *finder) theyPair(j int) (speaker, bool) {
	for s := f.toks[j].sent - 1; s >= 0 && s >= f.toks[j].sent-3; s-- {
		if g, ok := f.coordinatedSubject(s); ok {
			return g, true
		}
		if !f.theySubject(s) {
			break
		}
	}
	return speaker{}, false
}

// coordinatedSubject returns the group that opens sentence s before its
// first verb: a name, "and", and a name or a plural noun phrase.
func (f *finder) coordinatedSubject(s int) (speaker, bool) {
	var first *news.Mention
	for i := f.first[s]; i < len(f.toks) && f.toks[i].sent == s; i++ {
		t := f.toks[i]
		if t.UPOS == "VERB" || t.UPOS == "AUX" || f.inQuote(t.Span.Start) || isQuoteTok(t) {
			return speaker{}, false
		}
		m, ok := f.mentionOver(t.Span.Start, t.Span.End)
		if first == nil {
			// "Republican Gov. Eric Holcomb": a party's adjective is
			// no member of the group.
			if ok && m.Span.Start == t.Span.Start && !bareAdjective(m) {
				first = &m
			}
			continue
		}
		if !ok && f.toks[i-1].Span.End <= first.Span.End && strings.EqualFold(t.Text, "and") {
			if e, ok := f.pluralPhrase(i + 1); ok {
				span := news.Span{Start: first.Span.Start, End: f.toks[e].Span.End}
				return speaker{ok: true, plural: true, actor: first.Actor, text: f.text[span.Start:span.End], span: span}, true
			}
			continue
		}
		if !ok || m.Span.Start != t.Span.Start {
			continue
		}
		if b := f.tokAt(first.Span.End); b < i && strings.EqualFold(f.toks[b].Text, "and") && b+1 == i {
			span := news.Span{Start: first.Span.Start, End: m.Span.End}
			return speaker{ok: true, plural: true, actor: first.Actor, text: f.text[span.Start:span.End], span: span}, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// pluralPhrase returns the end of a noun phrase from toks[i] that a plural
// noun heads and a verb follows: "other state leaders", "leaders of the
// GOP-dominated Legislature".
func (f *finder) pluralPhrase(i int) (int, bool) {
	if i >= len(f.toks) || f.toks[i].UPOS != "NOUN" && f.toks[i].UPOS != "ADJ" && f.toks[i].UPOS != "DET" {
		return 0, false
	}
	plural := false
	e := i
	for ; e < len(f.toks) && f.toks[e].sent == f.toks[i].sent && f.npWord(e, +1); e++ {
		plural = plural || f.toks[e].XPOS == "NNS"
	}
	if e >= len(f.toks) || e == i || !plural {
		return 0, false
	}
	if n := f.toks[e]; n.UPOS != "VERB" && n.UPOS != "AUX" && n.XPOS != "RB" {
		return 0, false
	}
	return e - 1, true
}

// theySubject reports a sentence whose subject is "they", after an opener
// if any ("However, they said").
func (f *finder) theySubject(s int) bool {
	for i := f.first[s]; i < len(f.toks) && f.toks[i].sent == s; i++ {
		t := f.toks[i]
		switch {
		case t.Text == "," || t.UPOS == "ADV" || t.UPOS == "CCONJ":
			continue
		case strings.EqualFold(t.Text, "they"):
			return true
		}
		return false
	}
	return false
}
