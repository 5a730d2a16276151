package eval

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/nlp"
)

func TestParse(t *testing.T) {
	r, err := Parse(context.Background(), ewtFile(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Text(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	tests := []struct {
		name string
		ok   bool
	}{
		{"every dev sentence and word is counted", r.Sentences == 2001 && r.Tokens == 25147},
		{"UAS is that of a trained parser", r.UAS > 80 && r.UAS <= 100},
		{"LAS is below UAS", r.LAS > 75 && r.LAS <= r.UAS},
		{"label accuracy is at least LAS", r.Label >= r.LAS},
		{"parsing speed is measured", r.TokensPerSecond > 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Errorf("report %+v", r)
			}
		})
	}
}

func TestParseMissingFile(t *testing.T) {
	_, err := Parse(context.Background(), filepath.Join(t.TempDir(), "none.conllu"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want os.ErrNotExist", err)
	}
}

func TestScoreParse(t *testing.T) {
	gold := []nlp.ConllSentence{{Words: []nlp.ConllWord{
		{ID: 1, Form: "Putin", Head: 2, Rel: "nsubj"},
		{ID: 2, Form: "met", Head: 0, Rel: "root"},
		{ID: 3, Form: "today", Head: 2, Rel: "obl:tmod"},
		{ID: 4, Form: ".", Head: 2, Rel: "punct"},
	}}}
	parsed := []nlp.Sentence{{Tokens: []nlp.Token{
		{Head: 1, Rel: "nsubj"},     // right
		{Head: -1, Rel: "root"},     // right
		{Head: 1, Rel: "obl:npmod"}, // right head, same universal relation
		{Head: 0, Rel: "punct"},     // wrong head, right relation
	}}}
	got := scoreParse("x", gold, parsed, time.Second)
	want := &ParseReport{File: "x", Sentences: 1, Tokens: 4, UAS: 75, LAS: 75, Label: 100, TokensPerSecond: 4}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scoreParse (-want +got):\n%s", diff)
	}
}

func TestParseReportText(t *testing.T) {
	r := ParseReport{File: "x.conllu", Sentences: 2, Tokens: 10, UAS: 90, LAS: 85.5, Label: 88, TokensPerSecond: 1000}
	want := "x.conllu: 2 sentences, 10 words (gold tokenisation, predicted tags)\n" +
		"parser         UAS     LAS   label     tokens/s\n" +
		"entente      90.00   85.50   88.00         1000\n"
	var b bytes.Buffer
	if err := r.Text(&b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("Text (-want +got):\n%s", diff)
	}
}

func BenchmarkParse(b *testing.B) {
	path := ewtFile(b, "dev")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}
}
