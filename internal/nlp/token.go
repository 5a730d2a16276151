package nlp

import "github.com/entente-news/entente/internal/news"

// A Token is one word or punctuation mark with its byte offsets into the
// original, un-normalised text. Later stages fill the annotation fields.
type Token struct {
	// Text is the normalised form (see Normalize); the tagger sees this.
	Text string
	// Span locates the surface form: input[Span.Start:Span.End].
	Span news.Span

	UPOS, XPOS, Lemma string // filled by the tagger

	Head int    // filled by the parser: index of the head within the sentence, -1 for root
	Rel  string // filled by the parser: the dependency relation to Head

	Ent string // filled by NER: an IOB tag like "B-PER"
}

// A Sentence is a run of tokens; Span runs from the first token's start to
// the last token's end.
type Sentence struct {
	Span   news.Span
	Tokens []Token
}
