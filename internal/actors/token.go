package actors

// Small tests on tokens and mentions the resolver's rules share.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

func isCountryMention(m news.Mention) bool {
	return (m.How == "adjective" || m.How == "name" || m.How == "alias") && len(m.Actor) == 3 && isUpperWord(string(m.Actor))
}

func isAdjective(t nlp.Token) bool {
	return t.XPOS == "JJ" || t.XPOS == "NNPS" || strings.HasSuffix(t.Text, "an") || strings.HasSuffix(t.Text, "ish") || strings.HasSuffix(t.Text, "ese")
}

// isWordy reports whether toks are lower-case-able words an agent noun can
// be made of: no punctuation, no numbers.
func isWordy(toks []nlp.Token) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func spanOf(toks []nlp.Token, a, b int) news.Span {
	return news.Span{Start: toks[a].Span.Start, End: toks[b-1].Span.End}
}

// tidy sorts mentions and drops any overlapping an earlier one.
func tidy(ms []news.Mention) []news.Mention {
	slices.SortStableFunc(ms, func(x, y news.Mention) int {
		return cmp.Or(cmp.Compare(x.Span.Start, y.Span.Start), cmp.Compare(y.Span.End, x.Span.End))
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Span.Start < end || m.Span.Len() <= 0 {
			continue
		}
		out = append(out, m)
		end = m.Span.End
	}
	return out
}
