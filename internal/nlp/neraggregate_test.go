package nlp

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestGazetteerFromDocs(t *testing.T) {
	docs := []NERDoc{{Sentences: []NERSentence{
		{Words: []string{"Anna", "Berg", "visited", "Minsk"}, Tags: []string{"B-PER", "I-PER", "O", "B-LOC"}},
		{Words: []string{"Minsk", "Tractor", "Works"}, Tags: []string{"B-ORG", "I-ORG", "I-ORG"}},
	}}}
	g := GazetteerFromDocs(docs)
	t.Run("classes are the entity types, sorted", func(t *testing.T) {
		if diff := cmp.Diff([]string{"LOC", "ORG", "PER"}, g.classes); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("each annotated name is listed under its type", func(t *testing.T) {
		want := map[string]uint16{"Anna Berg": 1 << 2, "Minsk": 1 << 0, "Minsk Tractor Works": 1 << 1}
		if diff := cmp.Diff(want, g.names); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

func TestAggregate(t *testing.T) {
	// PER is type 0 (classes 1-4: B I L U), LOC type 1 (5-8).
	words := []string{"Berg", "met", "Anna", "Berg", "in", "Berg", "."}
	classes := []uint8{4, 0, 1, 3, 0, 8, 0}
	s := newNERScratch()
	sent := Sentence{}
	for _, w := range words {
		sent.Tokens = append(sent.Tokens, Token{Text: w})
	}
	s.describe([]Sentence{sent}, nil, nil, nil, nil)
	s.aggregate(classes)
	tests := []struct {
		name string
		i    int
		want aggWord
	}{
		{"a word sees the labels its other occurrences got", 0,
			aggWord{self: 4, typ: 1, major: 2, seen: 1<<1 | 1<<2, inside: 1 << 0}},
		{"a word alone in the document sees none", 1,
			aggWord{self: 0, typ: 0}},
		{"a word inside a longer name knows it", 3,
			aggWord{self: 3, typ: 1, major: 2, seen: 1<<1 | 1<<2, inside: 1 << 0}},
		{"punctuation is left out", 6,
			aggWord{self: 0, typ: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, s.agg[tt.i], cmp.AllowUnexported(aggWord{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTrainNERTwoStages(t *testing.T) {
	docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	var epochs []int
	n, err := TrainNER(context.Background(), docs, docs, nil, nil, nil,
		NEROptions{Epochs: 3, Seed: 1, SecondStage: true, Folds: 2, TrainNames: true},
		func(epoch int, _ float64, _ time.Duration) { epochs = append(epochs, epoch) })
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the second stage's epochs follow the first's", func(t *testing.T) {
		if diff := cmp.Diff([]int{1, 2, 3, 4, 5, 6}, epochs); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("the model has a second stage and the training names", func(t *testing.T) {
		if n.w2 == nil || n.names == nil || n.names.Len() == 0 {
			t.Fatalf("w2 %v, names %v", n.w2 != nil, n.names)
		}
	})
	t.Run("a saved model loads both stages and the names", func(t *testing.T) {
		var b bytes.Buffer
		if err := n.Save(&b); err != nil {
			t.Fatal(err)
		}
		m, err := LoadNER(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if m.w2 == nil || m.names.Len() != n.names.Len() {
			t.Fatalf("loaded w2 %v, %d names; want %d", m.w2 != nil, m.names.Len(), n.names.Len())
		}
		tag := func(n *NER) []string {
			sents := TaggedSentences(nil, docs[0])
			n.Tag(sents)
			var out []string
			for _, s := range sents {
				for _, tok := range s.Tokens {
					out = append(out, tok.Ent)
				}
			}
			return out
		}
		if diff := cmp.Diff(tag(n), tag(m)); diff != "" {
			t.Errorf("(-trained +loaded):\n%s", diff)
		}
	})
}

func TestTrainNERKeepsSecondStageOnlyIfBetter(t *testing.T) {
	docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	for _, epochs := range []int{1, 3, 6} {
		t.Run(fmt.Sprintf("%d epochs", epochs), func(t *testing.T) {
			best := [2]float64{-1, -1} // each stage's best dev F1
			n, err := TrainNER(context.Background(), docs, docs, nil, nil, nil,
				NEROptions{Epochs: epochs, Seed: 1, SecondStage: true, Folds: 2},
				func(epoch int, f1 float64, _ time.Duration) {
					k := min((epoch-1)/epochs, 1)
					best[k] = max(best[k], f1)
				})
			if err != nil {
				t.Fatal(err)
			}
			if kept, better := n.w2 != nil, best[1] > best[0]; kept != better {
				t.Errorf("second stage kept %v; its best F1 %.3f against the first's %.3f", kept, best[1], best[0])
			}
			if (n.w2 == nil) != (n.both == nil) {
				t.Errorf("w2 %v but merged table %v", n.w2 != nil, n.both != nil)
			}
		})
	}
}
