package eval

import (
	"strings"
	"unicode"
)

// SegmentMatch scores one page of trafilatura's evaluation set: a "with"
// segment found in the output is a true positive and a missed one a false
// negative; a "without" segment found is a false positive. Like
// trafilatura's own evaluation (tests/eval_common.py), both sides have
// their whitespace runs collapsed to one space before the substring test,
// so line breaks between paragraphs do not cost recall.
func SegmentMatch(text string, with, without []string) Confusion {
	t := squash(text)
	var c Confusion
	for _, s := range with {
		if strings.Contains(t, squash(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(t, squash(s)) {
			c.FP++
		}
	}
	return c
}

// Pooled computes precision, recall and F1 over the summed counts of all
// pages, as trafilatura's evaluation does.
func Pooled(pages []Confusion) Scores {
	var sum Confusion
	for _, c := range pages {
		sum.TP += c.TP
		sum.FP += c.FP
		sum.FN += c.FN
	}
	var s Scores
	if sum.TP+sum.FP > 0 {
		s.Precision = sum.TP / (sum.TP + sum.FP)
	}
	if sum.TP+sum.FN > 0 {
		s.Recall = sum.TP / (sum.TP + sum.FN)
	}
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// squash is Python's re.sub(r"\s+", " ", s).strip(). Python's \s also
// matches the information separators U+001C to U+001F, which Go's
// unicode.IsSpace does not.
func squash(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
	}), " ")
}
