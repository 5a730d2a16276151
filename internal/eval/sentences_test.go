package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// ewt returns the path of a UD EWT split, skipping when the data is absent.
func ewt(tb testing.TB, split string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "syntax", "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("no EWT data: %v", err)
	}
	return p
}

// A made-up two-document treebank: a clitic as a multi-word token, a
// sentence glued to the next by SpaceAfter=No, and a new paragraph.
const tinyConllu = `# newdoc id = a
# newpar id = a-p1
# text = We don't know.
1	We	we	_	_	_	_	_	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	_	_	_	_	_	_	_
3	n't	not	_	_	_	_	_	_	SpaceAfter=No
4	know	know	_	_	_	_	_	_	SpaceAfter=No
5	.	.	_	_	_	_	_	_	SpaceAfter=No

# text = Ok.
1	Ok	ok	_	_	_	_	_	_	SpaceAfter=No
2	.	.	_	_	_	_	_	_	_

# newpar id = a-p2
# text = Minsk voted
1	Minsk	Minsk	_	_	_	_	_	_	_
2	voted	vote	_	_	_	_	_	_	_

# newdoc id = b
# text = Fine.
1	Fine	fine	_	_	_	_	_	_	SpaceAfter=No
2	.	.	_	_	_	_	_	_	_

`

func TestReadTreebank(t *testing.T) {
	tests := []struct {
		name   string
		parSep string
		text   string
		sents  []news.Span
	}{
		{"paragraphs join with a newline and documents with a blank line", "\n",
			"We don't know.Ok.\nMinsk voted\n\nFine.", []news.Span{{Start: 0, End: 14}, {Start: 14, End: 17}, {Start: 18, End: 29}, {Start: 31, End: 36}}},
		{"paragraphs can join with a blank line", "\n\n",
			"We don't know.Ok.\n\nMinsk voted\n\nFine.", []news.Span{{Start: 0, End: 14}, {Start: 14, End: 17}, {Start: 19, End: 30}, {Start: 32, End: 37}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb, err := readTreebank(context.Background(), strings.NewReader(tinyConllu), tt.parSep)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.text, tb.text); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sents, tb.sents); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
			if tb.docs != 2 {
				t.Errorf("docs = %d, want 2", tb.docs)
			}
		})
	}
	t.Run("a multi-word token counts as its words when they spell it", func(t *testing.T) {
		tb, err := readTreebank(context.Background(), strings.NewReader(tinyConllu), "\n")
		if err != nil {
			t.Fatal(err)
		}
		var want []news.Span
		for _, p := range [][2]int{{0, 2}, {3, 5}, {5, 8}, {9, 13}, {13, 14}, {14, 16}, {16, 17}, {18, 23}, {24, 29}, {31, 35}, {35, 36}} {
			want = append(want, news.Span{Start: p[0], End: p[1]})
		}
		if diff := cmp.Diff(want, tb.tokens); diff != "" {
			t.Errorf("tokens (-want +got):\n%s", diff)
		}
	})
	t.Run("a line with too few columns is an error", func(t *testing.T) {
		_, err := readTreebank(context.Background(), strings.NewReader("# text = a\n1\ta\n\n"), "\n")
		if err == nil {
			t.Fatal("no error")
		}
	})
}

func TestSentencesEWT(t *testing.T) {
	// Floors are set on dev only; test is reported, never tuned on. They
	// are span F1 (both ends right), which the rules alone score 0.851 on.
	floors := map[string]float64{"dev": 0.895, "test": 0}
	for _, split := range []string{"dev", "test"} {
		t.Run("the learnt splitter beats the rules and prose on EWT "+split, func(t *testing.T) {
			r, err := Sentences(context.Background(), ewt(t, split))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := r.Text(&b); err != nil {
				t.Fatal(err)
			}
			t.Log("\n" + b.String())
			if r.Sentences < 2000 {
				t.Errorf("read %d gold sentences, want over 2000", r.Sentences)
			}
			if r.Entente.F1 <= r.Prose.F1 || r.Entente.F1 <= r.EntenteRules.F1 || r.Entente.F1 < floors[split] {
				t.Errorf("sentence F1 %.4f, rules %.4f, prose %.4f, floor %.3f", r.Entente.F1, r.EntenteRules.F1, r.Prose.F1, floors[split])
			}
			if r.EntenteEnds.Correct < r.Entente.Correct || r.EntenteEnds.Predicted != r.Entente.Predicted {
				t.Errorf("ends alone %d of %d right, spans %d of %d: every right span has a right end",
					r.EntenteEnds.Correct, r.EntenteEnds.Predicted, r.Entente.Correct, r.Entente.Predicted)
			}
			if r.Tokens.F1 <= r.ProseTokens.F1 {
				t.Errorf("token F1 %.4f, prose %.4f", r.Tokens.F1, r.ProseTokens.F1)
			}
		})
	}
}
