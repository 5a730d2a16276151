package nlp

import "fmt"

// A Doc is one text with its annotations: sentences of tokens carrying
// offsets, tags, lemmas and (as the models land) heads, relations and
// entity tags.
type Doc struct {
	Text      string
	Sentences []Sentence
}

// An Annotator runs every model over a text. It is safe for concurrent use.
type Annotator struct {
	tagger *Tagger
	parser *Parser
	ner    *NER
}

// NewAnnotator loads the shipped models (once per process).
func NewAnnotator() (*Annotator, error) {
	t, err := DefaultTagger()
	if err != nil {
		return nil, fmt.Errorf("annotator: %w", err)
	}
	p, err := DefaultParser()
	if err != nil {
		return nil, fmt.Errorf("annotator: %w", err)
	}
	n, err := DefaultNER()
	if err != nil {
		return nil, fmt.Errorf("annotator: %w", err)
	}
	return &Annotator{tagger: t, parser: p, ner: n}, nil
}

// Annotate splits text into sentences and tokens and annotates each
// sentence. Offsets point into text, which the Doc keeps.
func (an *Annotator) Annotate(text string) *Doc {
	d := &Doc{Text: text, Sentences: Split(text)}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		an.tagger.Tag(s)
		an.parser.Parse(s)
	}
	an.ner.Tag(d.Sentences)
	return d
}
