package nlp

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// tinyTreebank has sentences the rules cannot split: no final punctuation
// before a capitalised word, as in e-mail.
const tinyTreebank = `# newdoc id = a
# newpar
# text = Thanks John
1	Thanks	thanks	NOUN	NNS	_	0	root	_	_
2	John	John	PROPN	NNP	_	1	vocative	_	_

# text = See you soon.
1	See	see	VERB	VB	_	0	root	_	_
2	you	you	PRON	PRP	_	1	obj	_	_
3	soon	soon	ADV	RB	_	1	advmod	_	SpaceAfter=No
4	.	.	PUNCT	.	_	1	punct	_	_

# newpar
# text = Thanks Mary
1	Thanks	thanks	NOUN	NNS	_	0	root	_	_
2	Mary	Mary	PROPN	NNP	_	1	vocative	_	_

# text = Call me.
1	Call	call	VERB	VB	_	0	root	_	_
2	me	I	PRON	PRP	_	1	obj	_	SpaceAfter=No
3	.	.	PUNCT	.	_	1	punct	_	_

`

func TestConllText(t *testing.T) {
	sents, err := ReadConllu(context.Background(), strings.NewReader(tinyTreebank))
	if err != nil {
		t.Fatal(err)
	}
	text, spans := ConllText(sents)
	t.Run("sentences join by a space and paragraphs by a newline", func(t *testing.T) {
		if diff := cmp.Diff("Thanks John See you soon.\nThanks Mary Call me.", text); diff != "" {
			t.Errorf("text (-want +got):\n%s", diff)
		}
	})
	t.Run("each span covers its sentence's text", func(t *testing.T) {
		want := []news.Span{{Start: 0, End: 11}, {Start: 12, End: 25}, {Start: 26, End: 37}, {Start: 38, End: 46}}
		if diff := cmp.Diff(want, spans); diff != "" {
			t.Errorf("spans (-want +got):\n%s", diff)
		}
	})
}

func TestTrainSentenceModel(t *testing.T) {
	sents, err := ReadConllu(context.Background(), strings.NewReader(tinyTreebank))
	if err != nil {
		t.Fatal(err)
	}
	var train []ConllSentence
	for range 20 {
		train = append(train, sents...)
	}
	m, err := TrainSentenceModel(context.Background(), train, sents, SentenceTraining{Epochs: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	text, gold := ConllText(sents)
	t.Run("the rules miss a boundary without punctuation", func(t *testing.T) {
		if f1 := SentenceF1(gold, SplitRules(text)); f1 == 1 {
			t.Errorf("rules F1 = %v, want below 1", f1)
		}
	})
	t.Run("the model learns it", func(t *testing.T) {
		if f1 := SentenceF1(gold, m.Split(text)); f1 != 1 {
			t.Errorf("model F1 = %v, want 1", f1)
		}
	})
	t.Run("a saved model loads and splits the same", func(t *testing.T) {
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		m2, err := LoadSentenceModel(&b)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(spansOf(m.Split(text)), spansOf(m2.Split(text))); diff != "" {
			t.Errorf("(-saved +loaded):\n%s", diff)
		}
	})
	t.Run("an empty treebank is invalid", func(t *testing.T) {
		if _, err := TrainSentenceModel(context.Background(), nil, sents, SentenceTraining{}); !errors.Is(err, news.ErrInvalid) {
			t.Errorf("err = %v, want ErrInvalid", err)
		}
	})
}

func TestLoadSentenceModelRejects(t *testing.T) {
	for name, data := range map[string][]byte{
		"plain bytes are not a model": []byte("hello"),
		"a tagger is not a sentence model": func() []byte {
			b, _ := os.ReadFile(filepath.Join("models", "tagger.bin.gz"))
			return b
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := LoadSentenceModel(bytes.NewReader(data)); !errors.Is(err, news.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestSentenceModelEWT(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(ewtDir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Skipf("no UD English EWT at %s", ewtDir)
	}
	dev, err := ReadConllu(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	text, gold := ConllText(dev)
	rules, model := SentenceF1(gold, SplitRules(text)), SentenceF1(gold, Split(text))
	t.Logf("EWT dev span F1: rules %.4f, model %.4f", rules, model)
	t.Run("the shipped model splits EWT dev better than the rules", func(t *testing.T) {
		if model <= rules || model < 0.89 {
			t.Errorf("model %.4f, rules %.4f, floor 0.89", model, rules)
		}
	})
}

func spansOf(sents []Sentence) []news.Span {
	out := make([]news.Span, len(sents))
	for i, s := range sents {
		out[i] = s.Span
	}
	return out
}

func TestMayStart(t *testing.T) {
	tests := []struct {
		name string
		text string
		gap  int // the gap after this token
		want bool
	}{
		{"a capital after a word may start a sentence", "Thanks John See you", 1, true},
		{"a capital after a number may not", "Wages rose to 1,500 Belarusian roubles", 3, false},
		{"a capital after a colon may", "He said: Minsk agreed", 2, true},
		{"a capital after a comma may not", "DUBAI, United Arab Emirates", 1, false},
		{"a capital after a dash may not", "CLEVELAND, Ohio – The band", 3, false},
		{"lower case after a period after a word may", "I went home. then I slept", 3, true},
		{"lower case after a unit's period may not", "Add 1 tsp. olive oil", 2, false},
		{"lower case after a single letter's period may not", "Add 1 ч. л. масла", 3, false},
		{"lower case after a plain word may not", "the cat sat", 1, false},
		{"a digit may start a sentence", "Containers: 1 Green", 1, true},
		{"a capital after a sign-off's comma may", "Best regards, Debra Perlingiere", 2, true},
		{"a capital after a greeting's comma may", "Hi, Yes storage is available", 1, true},
		{"lower case after a sign-off's comma may not", "Thanks, but no", 1, false},
		{"a capital after a sign-off word inside a sentence may not", "He said thanks, Mr. Putin agreed", 3, false},
		{"a capital after a sign-off on its own line may", "Call me.\nRegards, Debra", 4, true},
		{"a capital after a comma after another word may not", "Afterwards, The Tennis Podcast", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			if got := mayStart(tt.text, toks, tt.gap); got != tt.want {
				var forms []string
				for _, tok := range toks {
					forms = append(forms, tok.Text)
				}
				t.Errorf("mayStart(%q, %d) = %v, want %v", forms, tt.gap, got, tt.want)
			}
		})
	}
}

func FuzzLoadSentenceModel(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("models", "sentence.bin.gz"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := LoadSentenceModel(bytes.NewReader(in))
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("error %v does not wrap news.ErrInvalid", err)
			}
			return
		}
		text := "Thanks John See you. Bye"
		checkSentences(t, text, m.Split(text))
	})
}
