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

func TestReadConllu(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ConllSentence
	}{
		{
			name: "a sentence keeps its id, text and word columns",
			in: "# sent_id = s1\n# text = Dogs bark.\n" +
				"1\tDogs\tdog\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\t_\n" +
				"2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
				"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n\n",
			want: []ConllSentence{{ID: "s1", Text: "Dogs bark.", Words: []ConllWord{
				{ID: 1, Form: "Dogs", Lemma: "dog", UPOS: "NOUN", XPOS: "NNS", Feats: "Number=Plur", Head: 2, Rel: "nsubj", Misc: "_"},
				{ID: 2, Form: "bark", Lemma: "bark", UPOS: "VERB", XPOS: "VBP", Feats: "_", Head: 0, Rel: "root", Misc: "SpaceAfter=No"},
				{ID: 3, Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Feats: "_", Head: 2, Rel: "punct", Misc: "_"},
			}}},
		},
		{
			name: "a multi-word token becomes a range and its words stay words",
			in: "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
				"1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n" +
				"2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n",
			want: []ConllSentence{{
				Words: []ConllWord{
					{ID: 1, Form: "do", Lemma: "do", UPOS: "AUX", XPOS: "VBP", Feats: "_", Head: 0, Rel: "root", Misc: "_"},
					{ID: 2, Form: "n't", Lemma: "not", UPOS: "PART", XPOS: "RB", Feats: "_", Head: 1, Rel: "advmod", Misc: "_"},
				},
				Ranges: []ConllRange{{First: 1, Last: 2, Form: "don't"}},
			}},
		},
		{
			name: "an empty node of the enhanced graph is skipped",
			in: "1\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n" +
				"1.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\tCopyOf=1\n",
			want: []ConllSentence{{Words: []ConllWord{
				{ID: 1, Form: "go", Lemma: "go", UPOS: "VERB", XPOS: "VB", Feats: "_", Head: 0, Rel: "root", Misc: "_"},
			}}},
		},
		{
			name: "blank lines separate sentences and CRLF endings are tolerated",
			in:   "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\r\n\r\n\r\n1\tb\tb\tX\tX\t_\t_\t_\t_\t_\r\n",
			want: []ConllSentence{
				{Words: []ConllWord{{ID: 1, Form: "a", Lemma: "a", UPOS: "X", XPOS: "X", Feats: "_", Head: 0, Rel: "root", Misc: "_"}}},
				{Words: []ConllWord{{ID: 1, Form: "b", Lemma: "b", UPOS: "X", XPOS: "X", Feats: "_", Head: -1, Rel: "_", Misc: "_"}}},
			},
		},
		{
			name: "a comment block without words is no sentence",
			in:   "# newdoc id = d1\n\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadConllu(context.Background(), strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadConllu (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadConlluRejects(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"a line with too few columns is invalid", "1\tdog\tdog\tNOUN\n"},
		{"a non-numeric id is invalid", "x\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n"},
		{"a negative head is invalid", "1\tdog\tdog\tNOUN\tNN\t_\t-3\troot\t_\t_\n"},
		{"words out of order are invalid", "2\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n"},
		{"a backwards range is invalid", "3-1\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadConllu(context.Background(), strings.NewReader(tt.in))
			if !errors.Is(err, news.ErrInvalid) {
				t.Errorf("err = %v, want news.ErrInvalid", err)
			}
		})
	}
}

func FuzzReadConllu(f *testing.F) {
	f.Add("# text = a\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n")
	f.Add("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n")
	f.Add("1.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\tCopyOf=1\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadConllu(context.Background(), strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("error %v does not wrap news.ErrInvalid", err)
			}
			return
		}
		for _, s := range sents {
			if len(s.Words) == 0 {
				t.Fatal("a sentence without words")
			}
			for i, w := range s.Words {
				if w.ID != i+1 {
					t.Fatalf("word %d has id %d", i, w.ID)
				}
			}
		}
	})
}

func BenchmarkReadConllu(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(ewtDir, "en_ewt-ud-dev.conllu"))
	if os.IsNotExist(err) {
		b.Skipf("no UD English EWT at %s", ewtDir)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadConllu(context.Background(), bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
