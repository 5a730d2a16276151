package nlp

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
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
