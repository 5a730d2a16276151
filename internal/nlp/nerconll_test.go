package nlp

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestIOB1ToBIO(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"an entity opening with I- gets B-", []string{"I-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"}},
		{"a B- between two same-type entities stays", []string{"I-LOC", "B-LOC", "O"}, []string{"B-LOC", "B-LOC", "O"}},
		{"a type change starts a new entity", []string{"I-ORG", "I-LOC"}, []string{"B-ORG", "B-LOC"}},
		{"I- after O starts an entity", []string{"O", "I-MISC", "I-MISC"}, []string{"O", "B-MISC", "I-MISC"}},
		{"BIO input is unchanged", []string{"B-PER", "I-PER", "O", "B-ORG"}, []string{"B-PER", "I-PER", "O", "B-ORG"}},
		{"no tags give no tags", []string{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, IOB1ToBIO(tt.in)); diff != "" {
				t.Errorf("IOB1ToBIO(%v) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A hand-made file in CoNLL-2003's layout (not its text).
const conllSample = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
visits VBZ I-VP O
Oslo NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
Widgets NNP I-NP I-ORG
Globex NNP I-NP B-ORG
merge VBP I-VP O
`

func TestReadCoNLL2003(t *testing.T) {
	docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	want := []NERDoc{
		{Sentences: []NERSentence{{
			Words: []string{"Anna", "Berg", "visits", "Oslo", "."},
			Tags:  []string{"B-PER", "I-PER", "O", "B-LOC", "O"},
		}}},
		{Sentences: []NERSentence{{
			Words: []string{"Acme", "Widgets", "Globex", "merge"},
			Tags:  []string{"B-ORG", "I-ORG", "B-ORG", "O"},
		}}},
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

func TestReadCoNLL2003Rejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"a line without a tag", "Word\n"},
		{"a tag that is not IOB", "Word NNP I-NP PER\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLL2003(context.Background(), strings.NewReader(tt.in))
			if !errors.Is(err, news.ErrInvalid) {
				t.Errorf("err = %v, want news.ErrInvalid", err)
			}
		})
	}
}

func FuzzReadCoNLL2003(f *testing.F) {
	f.Add(conllSample)
	f.Add("a b c I-X\n\nB-Y\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Words) != len(s.Tags) || len(s.Words) == 0 {
					t.Fatalf("sentence with %d words and %d tags", len(s.Words), len(s.Tags))
				}
				if !validBIO(s.Tags) {
					t.Fatalf("tags are not BIO: %v", s.Tags)
				}
			}
		}
	})
}

// validBIO reports whether every I- continues an entity of its type.
func validBIO(tags []string) bool {
	prev := "O"
	for _, t := range tags {
		if t == "" {
			return false
		}
		if t[0] == 'I' && (prev == "O" || prev[2:] != t[2:]) {
			return false
		}
		prev = t
	}
	return true
}
