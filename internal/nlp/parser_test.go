package nlp

import (
	"bytes"
	"errors"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func shippedParser(tb testing.TB) *Parser {
	tb.Helper()
	p, err := DefaultParser()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// headsOf returns a parsed sentence's heads CoNLL style (0 for the root).
func headsOf(s Sentence) []int {
	out := make([]int, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.Head + 1
	}
	return out
}

// TestParserAccuracy checks the shipped parser on EWT dev with predicted
// tags and gold tokenisation. The targets (UAS 86, LAS 82) are on
// test, which only `entente eval parse` reads; dev runs about a point below
// test for this parser, so the floors here are what the shipped model
// reaches on dev (85.1, 81.9) less a little, to catch regressions.
func TestParserAccuracy(t *testing.T) {
	dev := readEWT(t, "dev")
	tg := shippedTagger(t)
	p := shippedParser(t)
	var total, ua, la int
	for _, g := range dev {
		s := sentenceOf(g)
		tg.Tag(&s)
		p.Parse(&s)
		for i, w := range g.Words {
			tok := s.Tokens[i]
			total++
			if tok.Head+1 == w.Head {
				ua++
				la += boolInt(universal(tok.Rel) == universal(w.Rel))
			}
		}
	}
	uas, las := 100*float64(ua)/float64(total), 100*float64(la)/float64(total)
	t.Logf("EWT dev: UAS %.2f, LAS %.2f over %d words", uas, las, total)
	if uas < 84.8 || las < 81.6 {
		t.Errorf("UAS %.2f, LAS %.2f; want at least 84.8 and 81.6", uas, las)
	}
}

func TestParserParsesASentence(t *testing.T) {
	tg, p := shippedTagger(t), shippedParser(t)
	tests := []struct {
		name, text string
		word, head string // a word and the head it must have ("" for the root)
		rel        string
	}{
		{"the main verb is the root", "Putin met Lukashenko in Sochi.", "met", "", "root"},
		{"a subject attaches to its verb", "Putin met Lukashenko in Sochi.", "Putin", "met", "nsubj"},
		{"an object attaches to its verb", "Putin met Lukashenko in Sochi.", "Lukashenko", "met", "obj"},
		{"a preposition attaches to its noun", "Putin met Lukashenko in Sochi.", "in", "Sochi", "case"},
		{"a determiner attaches to its noun", "The talks lasted four hours.", "The", "talks", "det"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Split(tt.text)[0]
			tg.Tag(&s)
			p.Parse(&s)
			checkTree(t, headsOf(s))
			for _, tok := range s.Tokens {
				if tok.Text != tt.word {
					continue
				}
				head := ""
				if tok.Head >= 0 {
					head = s.Tokens[tok.Head].Text
				}
				if head != tt.head || tok.Rel != tt.rel {
					t.Errorf("%s: head %q rel %q; want %q %q", tt.word, head, tok.Rel, tt.head, tt.rel)
				}
				return
			}
			t.Fatalf("no token %q", tt.word)
		})
	}
}

func TestParserSaveLoad(t *testing.T) {
	p := shippedParser(t)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := LoadParser(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tg := shippedTagger(t)
	for _, text := range []string{"Russia will lend Belarus $1.5 billion, Putin said on Monday.", "Hi"} {
		a, b := Split(text)[0], Split(text)[0]
		tg.Tag(&a)
		tg.Tag(&b)
		p.Parse(&a)
		q.Parse(&b)
		for i := range a.Tokens {
			if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
				t.Fatalf("%q: token %d differs after a round trip", text, i)
			}
		}
	}
}

func TestLoadParserRejects(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"an empty file is not a model", nil},
		{"the tagger is not a parser", taggerModel},
		{"a truncated model is corrupt", parserModel[:len(parserModel)/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LoadParser(bytes.NewReader(tt.data)); !errors.Is(err, news.ErrInvalid) {
				t.Errorf("error %v, want news.ErrInvalid", err)
			}
		})
	}
}

// FuzzParse checks that any text parses into trees: heads in range, exactly
// one root per sentence, no cycles, a relation on every token.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "Putin met Lukashenko.", "a", ". . .", "Hi! Who? (Me) — yes, 1,500 %.\n\nNext"} {
		f.Add(s)
	}
	tg, p := shippedTagger(f), shippedParser(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range Split(text) {
			tg.Tag(&s)
			p.Parse(&s)
			checkTree(t, headsOf(s))
			for _, tok := range s.Tokens {
				if tok.Rel == "" {
					t.Fatalf("token %q has no relation", tok.Text)
				}
			}
		}
	})
}

// BenchmarkParse parses the tagged benchmark articles.
func BenchmarkParse(b *testing.B) {
	tg, p := shippedTagger(b), shippedParser(b)
	var sents []Sentence
	ntok := 0
	for _, a := range articles(b) {
		for _, s := range Split(a) {
			tg.Tag(&s)
			sents = append(sents, s)
			ntok += len(s.Tokens)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range sents {
			p.Parse(&sents[i])
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func shippedTagger(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := DefaultTagger()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// FuzzLoadParser checks that a corrupt model is an error, never a panic,
// and that a model that loads parses into trees.
func FuzzLoadParser(f *testing.F) {
	f.Add(parserModel[:min(len(parserModel), 4096)])
	var small bytes.Buffer
	p := &Parser{labels: []string{"root", "nsubj"}, w: newWeights(5, []wfeat{{key: 9, entries: []wentry{{class: 1, w: 3}}}}, 1)}
	if err := p.Save(&small); err != nil {
		f.Fatal(err)
	}
	f.Add(small.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := LoadParser(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("error %v does not wrap news.ErrInvalid", err)
			}
			return
		}
		s := Sentence{Tokens: []Token{{Text: "Putin"}, {Text: "spoke"}, {Text: "."}}}
		q.Parse(&s)
		checkTree(t, headsOf(s))
	})
}
