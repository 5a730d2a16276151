package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We will not,” he said, “give up.”",
		"«Это была не лучшая ночь», — признался Путин.",
		"„Wir“, said Lukashenko. ‚Nein‘.",
		"\"Open\n\n\"Continued,\" Lavrov said.",
		"According to Lavrov, the talks had been productive.",
		"The talks, Merkel said.",
		"‘don’t’ ’ ‘ \" \" « « » ",
		"Lukashenko said that",
		"\"We will close,\" she said. \"Four hundred\n\n\"We asked.\"",
		"It was reported by state television that",
		"Interfax quoted Lavrov as saying",
		"said a Nato official, as reported by",
		"По данным МВД, за словами",
		"``We will,'' Berg said. ``Not\n\n``Never.'' `` ''",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := annotator()(text)
		qs := Find(doc, mentionsIn(text))
		prev := -1
		for _, q := range qs {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start >= q.Span.End {
				t.Fatalf("span %+v out of range in %q", q.Span, text)
			}
			if q.Text != text[q.Span.Start:q.Span.End] {
				t.Fatalf("text %q is not the spanned %q", q.Text, text[q.Span.Start:q.Span.End])
			}
			if q.Span.Start < prev {
				t.Fatalf("quotes out of order in %q", text)
			}
			prev = q.Span.Start
			if q.SpeakerSpan.End > len(text) || q.SpeakerSpan.Start > q.SpeakerSpan.End {
				t.Fatalf("speaker span %+v out of range", q.SpeakerSpan)
			}
			if q.SpeakerSpan.End > 0 && q.SpeakerText != text[q.SpeakerSpan.Start:q.SpeakerSpan.End] {
				t.Fatalf("speaker text %q is not the spanned %q", q.SpeakerText, text[q.SpeakerSpan.Start:q.SpeakerSpan.End])
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "demo", "corpus", "text", "*.txt"))
	if len(files) == 0 {
		b.Skip("no demo corpus")
	}
	type input struct {
		doc  *docT
		text string
	}
	var docs []input
	tokens := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := annotator()(string(data))
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
		docs = append(docs, input{d, string(data)})
	}
	ms := make([][]mentionT, len(docs))
	for i, d := range docs {
		ms[i] = mentionsIn(d.text)
	}
	quotes := 0
	for i, d := range docs {
		quotes += len(Find(d.doc, ms[i]))
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Find(d.doc, ms[i])
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(tokens)*float64(b.N)/s, "tokens/s")
	b.ReportMetric(float64(quotes)*float64(b.N)/s, "quotes/s")
}

type (
	docT     = nlp.Doc
	mentionT = news.Mention
)
