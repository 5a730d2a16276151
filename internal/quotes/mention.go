package quotes

// The mentions a speaker's words hold or stand for: which mention covers a
// token, and whether a title or a description names it.

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// namesWord reports whether noun is a word of name, possessive or not:
// "the ministry" is the Foreign Ministry, "the governor" not the
// Republican Governors Association.
func namesWord(name, noun string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",.;:()\"“”"), "'s"), "’s")
		if w == noun {
			return true
		}
	}
	return false
}

// titledAs reports a name whose own words abbreviate noun: "Gov. Eric
// Holcomb" is the governor, whether or not the resolver took the title in.
func titledAs(name, noun string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if abbreviated[w] == noun {
			return true
		}
	}
	return false
}

// mentionEnding returns the mention that covers the end of toks[i].
func (f *finder) mentionEnding(i int) *news.Mention {
	t := f.toks[i]
	for k := len(f.ms) - 1; k >= 0; k-- {
		m := &f.ms[k]
		if m.Span.Start < t.Span.End && t.Span.End <= m.Span.End && m.Span.End <= t.Span.End+1 {
			return m
		}
		if m.Span.Start < t.Span.Start && m.Span.End < t.Span.Start {
			break
		}
	}
	return nil
}

// mentionOver returns a mention overlapping [start, end).
func (f *finder) mentionOver(start, end int) (news.Mention, bool) {
	for _, m := range f.ms {
		if m.Span.Start < end && start < m.Span.End {
			return m, true
		}
	}
	return news.Mention{}, false
}

// containsWord reports whether text holds word, case folded, as a word.
func containsWord(text, word string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if strings.Trim(w, ",.;:") == word {
			return true
		}
	}
	return false
}

// describedAs reports whether mention m stands in apposition to noun:
// right after it ("Russia's food safety watchdog Rosselkhoznadzor") or
// followed by ", the ... noun" ("Rosselkhoznadzor, the agricultural
// watchdog,"). A possessor ("Russia's ... watchdog") is not what it names.
func (f *finder) describedAs(m news.Mention, noun string) bool {
	a, b := f.tokAt(m.Span.Start), f.tokAt(m.Span.End)
	if a >= len(f.toks) {
		return false
	}
	is := func(i int) bool {
		return i >= 0 && i < len(f.toks) && (strings.EqualFold(f.toks[i].Text, noun) || strings.EqualFold(f.toks[i].Lemma, noun) ||
			abbreviated[strings.ToLower(f.toks[i].Text)] == noun)
	}
	if is(a - 1) {
		return true
	}
	if b < len(f.toks) && f.toks[b].Text == "," {
		for i := b + 1; i < len(f.toks) && i <= b+5 && f.toks[i].sent == f.toks[a].sent; i++ {
			if is(i) {
				return true
			}
			if !f.npWord(i, +1) {
				break
			}
		}
	}
	return false
}

// namedAs finds the last proper name before offset before that follows
// noun directly ("watchdog Rosselkhoznadzor"), outside quotes.
func (f *finder) namedAs(noun string, before int) (news.Span, bool) {
	for i := f.tokAt(before) - 2; i >= 0; i-- {
		t := f.toks[i]
		if !strings.EqualFold(t.Text, noun) && !strings.EqualFold(t.Lemma, noun) || f.inQuote(t.Span.Start) {
			continue
		}
		e := i
		for e+1 < len(f.toks) && f.toks[e+1].UPOS == "PROPN" && f.toks[e+1].sent == t.sent {
			e++
		}
		if e > i {
			return news.Span{Start: f.toks[i+1].Span.Start, End: f.toks[e].Span.End}, true
		}
	}
	return news.Span{}, false
}

// withoutPersonTitles leaves out of ms the mentions of a definite title
// ("the governor") that a person named before bore ("Gov. Eric
// Holcomb"): the title points back to that person, whatever body a
// resolver read the word alone as (the governor: the state's government),
// and the speaker rules trace it there as they do any title.
func (f *finder) withoutPersonTitles(ms []news.Mention) []news.Mention {
	var drop []bool
	for _, m := range ms {
		i := f.tokAt(m.Span.Start)
		drop = append(drop, i > 0 && i < len(f.toks) && f.toks[i].Span == m.Span && f.titledBefore(i-1, i, f.toks[i-1].Span.Start))
	}
	var out []news.Mention
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return out
}

// titledBefore reports a definite title toks[s..head] ("the governor")
// that a name before offset start bore ("Gov. Eric Holcomb"): a person's
// title written with it says the name is a person's, whatever a
// recogniser tagged it.
func (f *finder) titledBefore(s, head, start int) bool {
	noun := strings.ToLower(f.toks[head].Text)
	if s+1 != head || !strings.EqualFold(f.toks[s].Text, "the") || !titleWords[noun] {
		return false
	}
	for i := len(f.ms) - 1; i >= 0; i-- {
		m := f.ms[i]
		if m.Span.End <= start && !f.inQuote(m.Span.Start) && m.How != "adjective" && (titledAs(m.Text, noun) || f.everDescribedAs(m, noun, start)) {
			return true
		}
	}
	return false
}

// lastSubject returns the person the sentence before toks[i]'s opens with
// as its subject, named by a mention the parse makes its subject.
func (f *finder) lastSubject(i int) (news.Mention, bool) {
	s := f.toks[i].sent
	if s == 0 || f.first[s] != i {
		return news.Mention{}, false
	}
	for j := f.first[s-1]; j < f.first[s]; j++ {
		t := f.toks[j]
		if !strings.HasPrefix(t.Rel, "nsubj") || f.inQuote(t.Span.Start) {
			continue
		}
		m, ok := f.mentionOver(t.Span.Start, t.Span.End)
		if ok && f.person(m) {
			return m, true
		}
		break
	}
	return news.Mention{}, false
}
