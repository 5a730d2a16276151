package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// orgWords are the head nouns that close an organisation's name.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("works bank party committee council ministry agency union company group centre center institute university service fund corporation association movement front forum court office plant factory media news television radio channel foundation commission bureau assembly parliament club holding airlines airways analytics firm space partnership weekly productions studios pictures records entertainment") {
		orgWords[w] = true
	}
}

// kindOf is the kind NER gave the span, or a guess from its last word.
// A name ending in an organisation word ("Nord Analytics", "Alfa Bank") is
// an organisation whatever the tagger says: its PER for unknown
// capitalised pairs is a guess too, and the head noun is the better one.
func kindOf(doc *nlp.Doc, m news.Mention) string {
	if guessKind(m.Text) == "organisation" {
		return "organisation"
	}
	if n := nameIn(m); n != m.Text {
		// "InfoNation President Dan McDowell": a title right before the
		// name says it is a person's, whatever NER ran together.
		if f := strings.Fields(strings.TrimSuffix(m.Text, n)); len(f) > 0 && isTitleWord(f[len(f)-1]) {
			return "person"
		}
	}
	if m.Sentence >= 0 && m.Sentence < len(doc.Sentences) {
		for _, t := range doc.Sentences[m.Sentence].Tokens {
			if t.Span.Start < m.Span.Start || t.Span.End > m.Span.End {
				continue
			}
			switch typ, _ := entType(t.Ent); typ {
			case "PER", "PERSON":
				return "person"
			case "ORG", "ORGANIZATION":
				return "organisation"
			}
		}
	}
	return guessKind(m.Text)
}

func guessKind(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) > 0 && orgWords[f[len(f)-1]] {
		return "organisation"
	}
	return "person"
}
