package nlp

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// tinyNER trains on the hand-made sample, without a tagger, gazetteer or
// clusters.
func tinyNER(t testing.TB, seed uint64, progress func(int, float64, time.Duration)) *NER {
	t.Helper()
	docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	n, err := TrainNER(context.Background(), docs, docs, nil, nil, nil, NEROptions{Epochs: 4, Seed: seed}, progress)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestTrainNER(t *testing.T) {
	var epochs []int
	var last float64
	n := tinyNER(t, 1, func(epoch int, f1 float64, _ time.Duration) {
		epochs = append(epochs, epoch)
		last = f1
	})
	if diff := cmp.Diff([]int{1, 2, 3, 4}, epochs); diff != "" {
		t.Errorf("epochs (-want +got):\n%s", diff)
	}
	if last != 1 {
		t.Errorf("F1 on its own training data after 4 epochs = %v, want 1", last)
	}
	if diff := cmp.Diff([]string{"LOC", "ORG", "PER"}, n.Types()); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	save := func(n *NER) []byte {
		var b bytes.Buffer
		if err := n.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if !bytes.Equal(save(n), save(tinyNER(t, 1, nil))) {
		t.Error("two trainings with one seed saved different bytes")
	}
}

func TestTrainNERRejectsDataWithoutEntities(t *testing.T) {
	docs := []NERDoc{{Sentences: []NERSentence{{Words: []string{"nothing"}, Tags: []string{"O"}}}}}
	_, err := TrainNER(context.Background(), docs, nil, nil, nil, nil, NEROptions{}, nil)
	if !errors.Is(err, news.ErrInvalid) {
		t.Errorf("err = %v, want news.ErrInvalid", err)
	}
}

func FuzzLoadNER(f *testing.F) {
	var b bytes.Buffer
	if err := tinyNER(f, 1, nil).Save(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		n, err := LoadNER(bytes.NewReader(in))
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("error %v does not wrap news.ErrInvalid", err)
			}
			return
		}
		n.Tag([]Sentence{{Tokens: []Token{{Text: "Anna"}, {Text: "Berg"}}}})
	})
}

func FuzzReadClusters(f *testing.F) {
	var b bytes.Buffer
	if _, err := NewClusters(map[string]string{"paris": "0110", "london": "0111"}).WriteTo(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := ReadClusters(bytes.NewReader(in))
		if err != nil {
			return
		}
		for w, p := range c.paths {
			if p == "" || strings.Trim(p, "01") != "" {
				t.Fatalf("word %q has path %q", w, p)
			}
			c.prefixes([]byte(w))
		}
	})
}

func TestTrainNERKeepsEmbeddingClusters(t *testing.T) {
	docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	embed := NewClusters(map[string]string{"oslo": "0110", "bergen": "0110", "anna": "1000", "acme": "1101"})
	n, err := TrainNER(context.Background(), docs, docs, nil, nil, nil, NEROptions{Epochs: 4, Seed: 1, Embed: embed}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := n.Save(&b); err != nil {
		t.Fatal(err)
	}
	m, err := LoadNER(&b)
	if err != nil {
		t.Fatal(err)
	}
	if m.embed == nil {
		t.Fatal("the reloaded model lost its embedding clusters")
	}
	if diff := cmp.Diff(embed.paths, m.embed.paths); diff != "" {
		t.Errorf("embedding clusters (-trained +reloaded):\n%s", diff)
	}
	tag := func(r *NER) []string {
		s := []Sentence{{Tokens: []Token{{Text: "Anna"}, {Text: "visits"}, {Text: "Bergen"}, {Text: "."}}}}
		r.Tag(s)
		var out []string
		for _, tok := range s[0].Tokens {
			out = append(out, tok.Ent)
		}
		return out
	}
	if diff := cmp.Diff(tag(n), tag(m)); diff != "" {
		t.Errorf("reloaded model tags differently (-trained +reloaded):\n%s", diff)
	}
}
