package nlp

import "testing"

func TestAnnotate(t *testing.T) {
	an, err := NewAnnotator()
	if err != nil {
		t.Fatal(err)
	}
	text := "Lukashenko met Putin in Sochi on Monday. Russia will lend Belarus $1.5 billion."
	d := an.Annotate(text)
	if len(d.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if text[tok.Span.Start:tok.Span.End] == "" || tok.UPOS == "" || tok.Lemma == "" {
				t.Errorf("token %+v lacks offsets, tag or lemma", tok)
			}
		}
	}
	if got := d.Sentences[0].Tokens[1]; got.Lemma != "meet" || got.UPOS != "VERB" {
		t.Errorf("met: lemma %q, UPOS %q; want meet, VERB", got.Lemma, got.UPOS)
	}
}

func BenchmarkAnnotate(b *testing.B) {
	an, err := NewAnnotator()
	if err != nil {
		b.Fatal(err)
	}
	text := "Russia will lend Belarus $1.5 billion, President Vladimir Putin said on Monday after meeting Alexander Lukashenko in the Black Sea resort of Sochi. " +
		"The talks lasted about four hours. Putin described Belarus as Russia's closest ally and said the loan would be provided.\n\n"
	ntok := 0
	for _, s := range Split(text) {
		ntok += len(s.Tokens)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		an.Annotate(text)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
