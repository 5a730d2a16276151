package nlp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3"
)

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
	an.Annotate(text) // the models load lazily, outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		an.Annotate(text)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// benchArticles is the fixed article set the annotation benchmarks share:
// the demo corpus's plain-text articles (English, Russian, Belarusian).
func benchArticles(b *testing.B) (texts []string, ntok int) {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("..", "demo", "corpus", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("demo articles: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		for _, s := range Split(string(raw)) {
			ntok += len(s.Tokens)
		}
	}
	return texts, ntok
}

// BenchmarkAnnotateArticles annotates whole articles: tokens, sentences,
// tags, lemmas, the parse and entities.
func BenchmarkAnnotateArticles(b *testing.B) {
	an, err := NewAnnotator()
	if err != nil {
		b.Fatal(err)
	}
	texts, ntok := benchArticles(b)
	an.Annotate(texts[0]) // the models load lazily, outside the timing
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			an.Annotate(t)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProseArticles is the anchor: prose/v3's whole pipeline
// (tokens, sentences, tags and entities; it has no parser or lemmas) on
// the same articles, counted in our tokens so the rates compare.
func BenchmarkProseArticles(b *testing.B) {
	texts, ntok := benchArticles(b)
	if _, err := prose.NewDocument(texts[0]); err != nil {
		b.Fatal(err) // loads its models outside the timing
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
