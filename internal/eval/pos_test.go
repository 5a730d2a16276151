package eval

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ewtFile(t testing.TB, split string) string {
	t.Helper()
	path := filepath.Join(dataDir, "syntax", "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
	if _, err := os.Stat(path); err != nil {
		t.Skip("shared data absent:", err)
	}
	return path
}

func TestPOS(t *testing.T) {
	r, err := POS(context.Background(), ewtFile(t, "dev"), true)
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
		{"UPOS accuracy is that of a trained tagger", r.UPOS > 0.94 && r.UPOS <= 1},
		{"XPOS accuracy is that of a trained tagger", r.XPOS > 0.93 && r.XPOS <= 1},
		{"lemma accuracy is that of a trained lemmatiser", r.Lemma > 0.95 && r.Lemma <= 1},
		{"tagging speed is measured", r.TokensPerSecond > 0},
		{"the prose baseline ran", r.Baseline != nil && r.Baseline.XPOS > 0.5 && r.Baseline.TokensPerSecond > 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Errorf("report %+v", r)
			}
		})
	}
}

func TestPOSMissingFile(t *testing.T) {
	_, err := POS(context.Background(), filepath.Join(t.TempDir(), "none.conllu"), false)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want os.ErrNotExist", err)
	}
}

func TestPOSReportText(t *testing.T) {
	tests := []struct {
		name string
		r    POSReport
		want string
	}{
		{
			name: "a report without a baseline is two table lines",
			r:    POSReport{File: "x.conllu", Sentences: 2, Tokens: 10, UPOS: 0.9, XPOS: 0.8, Lemma: 1, TokensPerSecond: 1000},
			want: "x.conllu: 2 sentences, 10 words (gold tokenisation)\n" +
				"tagger        UPOS    XPOS   lemma     tokens/s\n" +
				"entente     0.9000  0.8000  1.0000         1000\n",
		},
		{
			name: "a baseline adds its XPOS line",
			r: POSReport{File: "x.conllu", Sentences: 1, Tokens: 4, UPOS: 1, XPOS: 1, Lemma: 1, TokensPerSecond: 5,
				Baseline: &POSBaseline{Name: "prose v3", XPOS: 0.5, TokensPerSecond: 7}},
			want: "x.conllu: 1 sentences, 4 words (gold tokenisation)\n" +
				"tagger        UPOS    XPOS   lemma     tokens/s\n" +
				"entente     1.0000  1.0000  1.0000            5\n" +
				"prose v3         -  0.5000       -            7\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.r.Text(&b); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkPOS(b *testing.B) {
	path := ewtFile(b, "dev")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := POS(context.Background(), path, false); err != nil {
			b.Fatal(err)
		}
	}
}
