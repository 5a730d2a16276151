package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
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

func TestSentencesEWT(t *testing.T) {
	for _, split := range []string{"dev", "test"} {
		t.Run("the splitter scores on EWT "+split, func(t *testing.T) {
			r, err := Sentences(context.Background(), ewt(t, split))
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Text(os.Stdout); err != nil {
				t.Fatal(err)
			}
		})
	}
}
