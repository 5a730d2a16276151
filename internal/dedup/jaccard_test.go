package dedup

import (
	"math"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// shingles is the exact shingle set Signature estimates from, written the
// slow, obvious way.
func shingles(text string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(norm.NFC.String(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	set := map[string]bool{}
	if len(words) > 0 && len(words) < Shingle {
		set[strings.Join(words, " ")] = true
	}
	for i := 0; i+Shingle <= len(words); i++ {
		set[strings.Join(words[i:i+Shingle], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for s := range a {
		if b[s] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// TestSimilarityEstimatesJaccard checks the MinHash estimate against the
// exact Jaccard similarity of the shingle sets, within four standard errors
// of a 128-permutation estimate: a weak hash family or a normalisation that
// differs from the documented one would miss.
func TestSimilarityEstimatesJaccard(t *testing.T) {
	story := demoText(t, sochi)
	paras := strings.Split(story, "\n")
	tests := []struct {
		name string
		a, b string
	}{
		{"the raw repost against its original", story, demoText(t, repost)},
		{"the first half of the story against the whole", strings.Join(paras[:len(paras)/2], "\n"), story},
		{"the story against a copy with words replaced", story, strings.NewReplacer(" the ", " a ", " in ", " at ").Replace(story)},
		{"the story against its last third", story, strings.Join(paras[len(paras)*2/3:], "\n")},
		{"two unrelated demo articles", story, demoText(t, "2011-11-25-beltransgaz-gazprom.txt")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exact := jaccard(shingles(tt.a), shingles(tt.b))
			est := Similarity(Signature(tt.a), Signature(tt.b))
			tol := 4*math.Sqrt(exact*(1-exact)/Perms) + 0.02
			t.Logf("exact %.3f, estimate %.3f", exact, est)
			if math.Abs(est-exact) > tol {
				t.Errorf("estimate %.3f, exact Jaccard %.3f: off by more than %.3f", est, exact, tol)
			}
		})
	}
}
