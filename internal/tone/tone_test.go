package tone

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

func TestSentence(t *testing.T) {
	approx := cmpopts.EquateApprox(0, 1e-9)
	tests := []struct {
		name, text string
		want       news.Tone
	}{
		{"a neutral sentence has zero tone", "The minister met the delegation in Minsk on Tuesday.",
			news.Tone{WordCount: 9}},
		{"a positive word raises tone by its share of words", "The talks were a great success.",
			news.Tone{Tone: 100.0 / 3, Positive: 100.0 / 3, Polarity: 100.0 / 3, WordCount: 6}},
		{"negative words lower tone; words outside the lexicon are neutral", "Police killed two protesters in a brutal crackdown.",
			news.Tone{Tone: -25, Negative: 25, Polarity: 25, WordCount: 8}}, // killed, brutal
		{"mixed words add to polarity but cancel in tone", "The deal brought hope but also fear.",
			news.Tone{Tone: 0, Positive: 100.0 / 7, Negative: 100.0 / 7, Polarity: 200.0 / 7, WordCount: 7}},
		{"a negator flips the word after it", "The talks were not successful.",
			news.Tone{Tone: -20, Negative: 20, Polarity: 20, WordCount: 5}},
		{"Russian text counts words only", "Лукашенко заявил о жестоком подавлении протестов.",
			news.Tone{WordCount: 6}},
		{"empty text has no words", "  ,. ", news.Tone{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Sentence(tt.text), approx); diff != "" {
				t.Errorf("Sentence(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestArticleAgreesWithSentenceOnWords(t *testing.T) {
	text := "The talks were a great success. Police killed two protesters in a brutal crackdown."
	got := Article(annotate(t, text))
	want := Sentence(text)
	if got.WordCount != want.WordCount || math.Abs(got.Tone-want.Tone) > 1e-9 {
		t.Errorf("Article = %+v, Sentence = %+v", got, want)
	}
	if got.Positive == 0 || got.Negative == 0 {
		t.Errorf("Article = %+v, want both positive and negative words", got)
	}
}

func BenchmarkArticle(b *testing.B) {
	texts := demoTexts(b)
	var docs []*nlp.Doc
	words := 0
	for _, t := range texts {
		d := annotate(b, t)
		docs = append(docs, d)
		for _, s := range d.Sentences {
			words += len(s.Tokens)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Article(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// demoTexts reads the demo corpus's plain-text articles.
func demoTexts(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join("..", "demo", "corpus", "text", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no demo corpus")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// annotate runs the shipped annotator, or only the tokenizer while a model
// is missing: tone reads nothing but token text.
func annotate(tb testing.TB, text string) *nlp.Doc {
	if an, err := nlp.NewAnnotator(); err == nil {
		return an.Annotate(text)
	}
	return &nlp.Doc{Text: text, Sentences: nlp.Split(text)}
}
