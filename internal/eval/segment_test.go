package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSegmentMatch(t *testing.T) {
	text := "The  quick\nbrown fox\n\njumps over the dog."
	tests := []struct {
		name          string
		with, without []string
		want          Confusion
	}{
		{"a found segment is a true positive, a missing one a false negative", []string{"quick brown", "lazy dog"}, nil, Confusion{TP: 1, FN: 1}},
		{"whitespace differences on either side do not matter", []string{" brown   fox jumps\t"}, nil, Confusion{TP: 1}},
		{"a found unwanted segment is a false positive", nil, []string{"over the", "Impressum"}, Confusion{FP: 1}},
		{"matching is case sensitive", []string{"the quick"}, []string{"THE DOG"}, Confusion{FN: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, SegmentMatch(text, tt.with, tt.without)); diff != "" {
				t.Errorf("SegmentMatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPooled(t *testing.T) {
	tests := []struct {
		name  string
		pages []Confusion
		want  Scores
	}{
		{"counts are summed over pages before dividing", []Confusion{{TP: 1, FP: 1, FN: 1}, {TP: 2}}, Scores{Precision: 0.75, Recall: 0.75, F1: 0.75}},
		{"precision and recall differ when errors do", []Confusion{{TP: 3, FP: 1}, {FN: 2}}, Scores{Precision: 0.75, Recall: 0.6, F1: 2 * 0.75 * 0.6 / 1.35}},
		{"no pages score zero", nil, Scores{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Pooled(tt.pages), approx); diff != "" {
				t.Errorf("Pooled (-want +got):\n%s", diff)
			}
		})
	}
}
