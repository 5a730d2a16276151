package quotes

import (
	"unicode"

	"github.com/entente-news/entente/internal/news"
)

// headlines finds the reports a headline or a lead writes as "Name:
// clause" ("Kowalska: Talks will resume in March"): a sentence that a
// linked name opens, followed by a colon and a clause with a finite
// verb, the colon standing for the cue. A quotation after the colon is
// a direct quote, which direct.go finds; a label ("Note: the figures")
// names no actor, and a name before a phrase without a verb ("Berg: a
// profile") reports nothing.
func (f *finder) headlines() []news.Quote {
	var out []news.Quote
	for s, lo := range f.first {
		hi := lo
		for hi+1 < len(f.toks) && f.toks[hi+1].sent == s {
			hi++
		}
		for hi > lo && isTerminal(f.toks[hi].Text) {
			hi--
		}
		c := lo
		for c <= hi && c < lo+6 && f.toks[c].Text != ":" {
			c++
		}
		if c > hi || c == lo || f.toks[c].Text != ":" || c+minClause-1 > hi || isQuoteTok(f.toks[c+1]) || f.inQuote(f.toks[c].Span.Start) {
			continue
		}
		m := f.mentionEnding(c - 1)
		if m == nil || m.Span.Start != f.toks[lo].Span.Start || bareAdjective(*m) || !startsClause(f.toks[c+1]) || !f.finiteSoon(c+1, hi) {
			continue
		}
		sp := speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span, cue: ":"}
		span := news.Span{Start: f.toks[c+1].Span.Start, End: f.toks[hi].Span.End}
		if f.holdsQuote(c+1, hi) {
			continue
		}
		q := news.Quote{Text: f.text[span.Start:span.End], Span: span, Sentence: s}
		sp.fill(&q)
		out = append(out, q)
		f.prior = append(f.prior, sp)
	}
	return out
}

// afterDateline is where a sentence toks[lo..hi] starts past the dateline
// wire copy opens with ("VILNIUS, Nov 20 (Reuters) - ", "MINSK — "): a
// place in capitals, then up to a dozen words to a dash. It is lo when
// there is none.
func (f *finder) afterDateline(lo, hi int) int {
	if !allCaps(f.toks[lo].Text) {
		return lo
	}
	for i := lo + 1; i <= hi && i <= lo+12; i++ {
		switch f.toks[i].Text {
		case "-", "--", "—", "–":
			if i+1 <= hi {
				return i + 1
			}
			return lo
		}
		// Only a place, a date and an agency stand in a dateline: "NATO
		// forces — about 4,000 troops — will stay" is a sentence.
		if t := f.toks[i]; t.UPOS != "PUNCT" && t.UPOS != "NUM" && !capitalised(t.Text) {
			return lo
		}
	}
	return lo
}

// allCaps reports a word of two letters or more, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
