package quotes

// The body "the company" or "the agency" stands for: an organisation the
// text named or that spoke before.

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// body finds the organisation "the company" or "the agency" before offset
// before stands for: the latest mention, within five sentences, that the
// recogniser tagged an organisation.
func (f *finder) body(before int) (news.Mention, bool) {
	s := f.toks[min(f.tokAt(before), len(f.toks)-1)].sent
	for i := len(f.ms) - 1; i >= 0; i-- {
		m := f.ms[i]
		if m.Span.End > before || f.inQuote(m.Span.Start) {
			continue
		}
		k := f.tokAt(m.Span.Start)
		if k >= len(f.toks) || f.toks[k].sent < s-5 {
			break
		}
		if f.organisation(m) {
			return m, true
		}
	}
	return news.Mention{}, false
}

// bodySpoke returns the latest speaker before offset before, within three
// sentences, whose name the tagger marks as an organisation's although
// the resolver did not know it: "The group that owns her music, Big
// Machine, says ... But the company says" is Big Machine, whatever noun
// the article calls it by.
func (f *finder) bodySpoke(before int) (speaker, bool) {
	s := f.toks[min(f.tokAt(before), len(f.toks)-1)].sent
	for i := len(f.prior) - 1; i >= 0; i-- {
		p := f.prior[i]
		k := f.tokAt(p.span.Start)
		if p.span.End > before || k >= len(f.toks) {
			continue
		}
		if f.toks[k].sent < s-3 {
			break
		}
		if p.actor == "" && capitalised(p.text) && strings.HasSuffix(f.toks[k].Ent, "ORG") {
			return p, true
		}
	}
	return speaker{}, false
}

// organisation reports a mention the recogniser tagged an organisation,
// or whose words say it is one, and that is no person.
func (f *finder) organisation(m news.Mention) bool {
	if bareAdjective(m) || m.How == "adjective" || f.person(m) {
		return false
	}
	if k := f.tokAt(m.Span.Start); k < len(f.toks) && strings.HasSuffix(f.toks[k].Ent, "ORG") {
		return true
	}
	return corporate(m.Text)
}
