package eval

import (
	"slices"
	"strings"
	"unicode"
)

// A Confusion holds one page's true positives, false positives and false
// negatives. For the ScrapingHub metric they are shingle counts normalised
// to sum to 1; for the segment metric they are counts of segments.
type Confusion struct {
	TP, FP, FN float64
}

// tokens returns the runs of word characters in s, as Python's \w+ finds
// them in a str: letters, numbers and the underscore. Combining marks are
// not word characters there, so they are not here either.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the n-token windows of a token list. A text shorter than
// n tokens is one shingle of all its tokens; an empty text has none.
func shingles(toks []string, n int) map[string]int {
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		// "\x00" cannot occur in a token, so joined keys are unambiguous.
		m[strings.Join(toks[i:min(i+n, len(toks))], "\x00")]++
	}
	return m
}

// ShingleMatch compares an extracted text with the truth the way the
// ScrapingHub article-extraction benchmark does: the multisets of their
// 4-token shingles are overlapped and the counts normalised to sum to 1, so
// that long articles weigh no more than short ones.
func ShingleMatch(truth, pred string) Confusion {
	t, p := shingles(tokens(truth), 4), shingles(tokens(pred), 4)
	var c Confusion
	for k, tn := range t {
		pn := p[k]
		c.TP += float64(min(tn, pn))
		c.FN += float64(max(0, tn-pn))
	}
	for k, pn := range p {
		c.FP += float64(max(0, pn-t[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// SameTokens reports whether two texts have the same token sequence, the
// benchmark's notion of an exact extraction.
func SameTokens(a, b string) bool {
	return slices.Equal(tokens(a), tokens(b))
}

// Scores are the figures a dataset yields.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// PageMeans averages per-page precision and recall as the ScrapingHub
// benchmark does: a page without predicted shingles has no precision and
// one without true shingles no recall, so each is left out of that mean; a
// page with neither false positives nor false negatives scores 1 on both.
// F1 is the harmonic mean of the two means.
func PageMeans(pages []Confusion) Scores {
	var p, r float64
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			p += ratio(c.TP, c.FP, c.FN, c.FP)
			np++
		}
		if c.TP+c.FN > 0 {
			r += ratio(c.TP, c.FP, c.FN, c.FN)
			nr++
		}
	}
	var s Scores
	if np > 0 {
		s.Precision = p / float64(np)
	}
	if nr > 0 {
		s.Recall = r / float64(nr)
	}
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// ratio is tp/(tp+miss), 1 for a perfect page.
func ratio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	return tp / (tp + miss)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
