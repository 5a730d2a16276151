package nlp

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/kb"
)

var retrainNER = flag.Bool("retrain-ner", false, "retrain the shipped NER model from ../shared/data/ner/conll2003")

// conllDir is the CoNLL-2003 data, relative to this package.
var conllDir = filepath.Join("..", "..", "..", "shared", "data", "ner", "conll2003")

func readCoNLLFile(t testing.TB, name string) []NERDoc {
	t.Helper()
	f, err := os.Open(filepath.Join(conllDir, name))
	if err != nil {
		t.Skipf("no CoNLL-2003 data: %v", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL2003(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestRetrainNER trains on eng.train, picks the epoch on eng.testa and, with
// -retrain-ner, writes models/ner.bin.gz.
func TestRetrainNER(t *testing.T) {
	if !*retrainNER {
		t.Skip("pass -retrain-ner to retrain the shipped NER model")
	}
	train, dev := readCoNLLFile(t, "eng.train"), readCoNLLFile(t, "eng.testa")
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	gaz := GazetteerFromActors(kb.Default().Actors())
	t.Logf("gazetteer: %d names", gaz.Len())
	clusters := shippedClusters(t)
	if os.Getenv("NER_NOCLUSTERS") != "" {
		clusters = nil
	}

	n, err := TrainNER(context.Background(), train, dev, tg, gaz, clusters, NEROptions{Seed: 1, SecondStage: true, TrainNames: true}, func(epoch int, f1 float64, el time.Duration) {
		t.Logf("epoch %d: testa F1 %.4f (%s)", epoch, f1, el.Round(time.Second))
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join("models", "ner.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := n.Save(f); err != nil {
		t.Fatal(err)
	}
}

func shippedClusters(t testing.TB) *Clusters {
	t.Helper()
	f, err := os.Open(filepath.Join("models", "nerclusters.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := ReadClusters(f)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
