package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// descriptor reads the appositive beside the mention at span: a phrase
// after a comma that opens with an article or a lower-case noun or
// adjective ("a Minsk-based economist", "founder of the consulting firm
// Y") and closes at a comma or the sentence's end, or the lower-case noun
// phrase right before the name ("political analyst X"). A phrase holding
// "and" is a list, not an appositive. Only Latin-script text: the tags
// the rules read come from an English model.
func descriptor(doc *nlp.Doc, toks []nlp.Token, span news.Span) string {
	a, b := tokenRange(toks, span.Start, span.End)
	if a >= b || isCyrillic(toks[a].Text) {
		return ""
	}
	if b+2 < len(toks) && toks[b].Text == "," && opensAppositive(toks[b+1]) {
		e := b + 1
		for e < len(toks) && e-b <= 14 && toks[e].UPOS != "PUNCT" && !strings.EqualFold(toks[e].Text, "and") {
			e++
		}
		if e-b <= 14 && e-(b+1) >= 2 && (e == len(toks) || toks[e].Text == "," || toks[e].Text == ".") {
			d := doc.Text[toks[b+1].Span.Start:toks[e-1].Span.End]
			return strings.TrimPrefix(strings.TrimPrefix(d, "a "), "an ")
		}
	}
	// A noun phrase of adjectives then nouns: "political analyst".
	s, adj := a, false
	for s > 0 && a-s < 4 && (s == 1 || !startsUpper(toks[s-1].Text)) {
		if u := toks[s-1].UPOS; u == "ADJ" {
			adj = true
		} else if u != "NOUN" || adj {
			break
		}
		s--
	}
	// "in return Vadim Krasikov": a preposition's object is no title.
	if s < a && toks[a-1].UPOS == "NOUN" && (s == 0 || toks[s-1].UPOS != "ADP") {
		return doc.Text[toks[s].Span.Start:toks[a-1].Span.End]
	}
	return ""
}

func opensAppositive(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case "a", "an", "the":
		return true
	}
	return !startsUpper(t.Text) && (t.UPOS == "NOUN" || t.UPOS == "ADJ")
}
