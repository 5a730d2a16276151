package nlp

import (
	"bytes"
	"context"
	"testing"
)

// smallTreebank is a slice of EWT train small enough to train on in a test.
func smallTreebank(t *testing.T) (train, dev []ConllSentence) {
	t.Helper()
	all := readEWT(t, "train")
	return all[:600], all[600:800]
}

func TestTrainParserReportsEveryEpochAndIsDeterministic(t *testing.T) {
	train, dev := smallTreebank(t)
	var epochs []int
	var lastLAS float64
	train1 := func(progress func(ParserEpoch)) []byte {
		p, err := TrainParser(context.Background(), train, dev, ParserOptions{Epochs: 3, Seed: 7}, progress)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a := train1(func(e ParserEpoch) {
		epochs = append(epochs, e.Epoch)
		lastLAS = e.LAS
		if e.LAS > e.UAS || e.UAS <= 0 || e.UAS > 100 || e.Seed != 7 {
			t.Errorf("epoch %d: seed %d, UAS %.2f LAS %.2f", e.Epoch, e.Seed, e.UAS, e.LAS)
		}
	})
	b := train1(nil)
	t.Run("every epoch is reported", func(t *testing.T) {
		if len(epochs) != 3 || epochs[0] != 1 || epochs[2] != 3 {
			t.Errorf("epochs %v, want 1 2 3", epochs)
		}
	})
	t.Run("a few hundred sentences already teach it something", func(t *testing.T) {
		if lastLAS < 50 {
			t.Errorf("dev LAS %.2f after 3 epochs", lastLAS)
		}
	})
	t.Run("the same seed gives the same model bytes", func(t *testing.T) {
		if !bytes.Equal(a, b) {
			t.Error("two runs with one seed differ")
		}
	})
}

func TestTrainParserRejectsAnEmptyTreebank(t *testing.T) {
	if _, err := TrainParser(context.Background(), nil, nil, ParserOptions{}, nil); err == nil {
		t.Error("no error for no sentences")
	}
}

func TestGoldSentProjective(t *testing.T) {
	// Heads are word indices with the root at n, as the oracle sees them.
	tests := []struct {
		name  string
		heads []int32
		want  bool
	}{
		{"a chain headed by the root is projective", []int32{1, 3, 1}, true},
		{"a root with two right dependents is projective", []int32{3, 0, 0}, true},
		{"two crossing arcs are not projective", []int32{2, 3, 4, 2}, false},
		{"an arc crossing the root's arc is not projective", []int32{2, 3, 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := goldSent{heads: tt.heads}
			if got := g.projective(); got != tt.want {
				t.Errorf("projective(%v) = %v, want %v", tt.heads, got, tt.want)
			}
		})
	}
}
