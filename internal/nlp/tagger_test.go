package nlp

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

var retrain = flag.Bool("retrain", false, "retrain the shipped tagger model from UD English EWT")

// ewtDir is where the treebank lives relative to this package.
const ewtDir = "../../../shared/data/syntax/ud-english-ewt"

// readEWT reads one EWT split, skipping the test when the data is absent.
func readEWT(tb testing.TB, split string) []ConllSentence {
	tb.Helper()
	f, err := os.Open(filepath.Join(ewtDir, "en_ewt-ud-"+split+".conllu"))
	if os.IsNotExist(err) {
		tb.Skipf("no UD English EWT at %s", ewtDir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadConllu(context.Background(), f)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

func TestRetrainShippedModel(t *testing.T) {
	if !*retrain {
		t.Skip("pass -retrain to rebuild models/tagger.bin.gz")
	}
	train, dev := readEWT(t, "train"), readEWT(t, "dev")
	tg, err := TrainTagger(context.Background(), train, dev, TrainOptions{}, func(epoch int, score float64, elapsed time.Duration) {
		t.Logf("epoch %2d  dev UPOS %.4f  %s", epoch, score, elapsed.Round(time.Millisecond))
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("features %d, model %d bytes", tg.w.nfeat, buf.Len())
	if err := os.WriteFile(filepath.Join("models", "tagger.bin.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTaggerAccuracy holds the shipped model to the targets on EWT
// test: UPOS ≥ 95.5% and lemmas ≥ 97% with gold tokenisation.
func TestTaggerAccuracy(t *testing.T) {
	test := readEWT(t, "test")
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	var upos, xpos, lemma, total int
	for _, g := range test {
		sent := sentenceOf(g)
		tg.Tag(&sent)
		for i, w := range g.Words {
			tok := sent.Tokens[i]
			total++
			upos += boolInt(tok.UPOS == w.UPOS)
			xpos += boolInt(tok.XPOS == w.XPOS)
			lemma += boolInt(tok.Lemma == w.Lemma)
		}
	}
	tests := []struct {
		name      string
		right     int
		threshold float64
	}{
		{"UPOS accuracy reaches 95.5%", upos, 0.955},
		{"XPOS accuracy reaches 94.5%", xpos, 0.945},
		{"lemma accuracy reaches 97%", lemma, 0.97},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acc := float64(tt.right) / float64(total)
			t.Logf("%.4f on %d words", acc, total)
			if acc < tt.threshold {
				t.Errorf("accuracy %.4f, want ≥ %.3f", acc, tt.threshold)
			}
		})
	}
}

func sentenceOf(g ConllSentence) Sentence {
	s := Sentence{Tokens: make([]Token, len(g.Words))}
	for i, w := range g.Words {
		s.Tokens[i].Text = w.Form
	}
	return s
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestTaggerTagsASentence(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		words []string
		want  []string // UPOS/XPOS/lemma per word
	}{
		{
			name:  "a plain declarative sentence gets its tags and lemmas",
			words: []string{"The", "children", "went", "home", "."},
			want:  []string{"DET/DT/the", "NOUN/NNS/child", "VERB/VBD/go", "ADV/RB/home", "PUNCT/./."},
		},
		{
			name:  "names stay capitalised and auxiliaries lemmatise to be",
			words: []string{"Lukashenko", "was", "elected", "in", "Belarus", "."},
			want:  []string{"PROPN/NNP/Lukashenko", "AUX/VBD/be", "VERB/VBN/elect", "ADP/IN/in", "PROPN/NNP/Belarus", "PUNCT/./."},
		},
		{
			name:  "an empty sentence is left alone",
			words: nil,
			want:  []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sent := sentenceOf(ConllSentence{Words: wordsOf(tt.words)})
			tg.Tag(&sent)
			got := []string{}
			for _, tok := range sent.Tokens {
				got = append(got, tok.UPOS+"/"+tok.XPOS+"/"+tok.Lemma)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTaggerIsSafeForConcurrentUse(t *testing.T) {
	dev := readEWT(t, "dev")[:400]
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]Sentence, len(dev))
	for i, g := range dev {
		want[i] = sentenceOf(g)
		tg.Tag(&want[i])
	}
	got := make([][]Sentence, 4)
	var wg sync.WaitGroup
	for k := range got {
		got[k] = make([]Sentence, len(dev))
		wg.Go(func() {
			for i, g := range dev {
				got[k][i] = sentenceOf(g)
				tg.Tag(&got[k][i])
			}
		})
	}
	wg.Wait()
	for k := range got {
		if diff := cmp.Diff(want, got[k]); diff != "" {
			t.Fatalf("goroutine %d (-sequential +concurrent):\n%s", k, diff)
		}
	}
}

func wordsOf(forms []string) []ConllWord {
	out := make([]ConllWord, len(forms))
	for i, f := range forms {
		out[i] = ConllWord{ID: i + 1, Form: f}
	}
	return out
}

// A small model trained on a slice of EWT: enough to test saving and
// determinism without the cost of the full one.
func smallModel(t *testing.T) (*Tagger, []ConllSentence, []byte) {
	t.Helper()
	train := readEWT(t, "train")
	dev := readEWT(t, "dev")[:200]
	tg, err := TrainTagger(context.Background(), train[:800], dev, TrainOptions{Epochs: 2, Seed: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return tg, dev, buf.Bytes()
}

func TestTaggerSaveLoad(t *testing.T) {
	tg, dev, saved := smallModel(t)
	loaded, err := LoadTagger(bytes.NewReader(saved))
	if err != nil {
		t.Fatal(err)
	}
	t.Run("a loaded tagger tags as the saved one did", func(t *testing.T) {
		for _, g := range dev {
			u1, x1, l1 := tg.TagWords(g.Forms())
			u2, x2, l2 := loaded.TagWords(g.Forms())
			if diff := cmp.Diff([][]string{u1, x1, l1}, [][]string{u2, x2, l2}); diff != "" {
				t.Fatalf("sentence %s (-saved +loaded):\n%s", g.ID, diff)
			}
		}
	})
	t.Run("training twice with one seed gives the same bytes", func(t *testing.T) {
		_, _, again := smallModel(t)
		if !bytes.Equal(saved, again) {
			t.Error("two trainings with the same seed differ")
		}
	})
	t.Run("a truncated model is invalid", func(t *testing.T) {
		_, err := LoadTagger(bytes.NewReader(saved[:len(saved)/2]))
		if !errors.Is(err, news.ErrInvalid) {
			t.Errorf("err = %v, want news.ErrInvalid", err)
		}
	})
}

func TestTrainTaggerReportsEveryEpoch(t *testing.T) {
	train := readEWT(t, "train")[:300]
	dev := readEWT(t, "dev")[:100]
	var epochs []int
	_, err := TrainTagger(context.Background(), train, dev, TrainOptions{Epochs: 2}, func(epoch int, score float64, _ time.Duration) {
		if score <= 0.5 || score > 1 {
			t.Errorf("epoch %d: dev score %.3f out of range", epoch, score)
		}
		epochs = append(epochs, epoch)
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4}, epochs); diff != "" {
		t.Errorf("epochs (-want +got):\n%s", diff)
	}
}

func FuzzLoadTagger(f *testing.F) {
	f.Add(taggerModel[:min(len(taggerModel), 4096)])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		tg, err := LoadTagger(bytes.NewReader(in))
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("error %v does not wrap news.ErrInvalid", err)
			}
			return
		}
		tg.TagWords([]string{"A", "test", "."})
	})
}

func BenchmarkTag(b *testing.B) {
	dev := readEWT(b, "dev")
	tg, err := DefaultTagger()
	if err != nil {
		b.Fatal(err)
	}
	sents := make([]Sentence, len(dev))
	n := 0
	for i, g := range dev {
		sents[i] = sentenceOf(g)
		n += len(g.Words)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range sents {
			tg.Tag(&sents[i])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
