package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Entity
	}{
		{"B then I make one entity", []string{"B-PER", "I-PER", "O"}, []Entity{{0, 2, "PER"}}},
		{"B after B splits entities", []string{"B-LOC", "B-LOC"}, []Entity{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"an I after O starts an entity, as conlleval reads it", []string{"O", "I-ORG", "I-ORG"}, []Entity{{1, 3, "ORG"}}},
		{"an I of another type starts a new entity", []string{"B-ORG", "I-LOC"}, []Entity{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"an entity at the end is closed", []string{"O", "B-MISC"}, []Entity{{1, 2, "MISC"}}},
		{"all O has no entities", []string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Entities(tt.tags)); diff != "" {
				t.Errorf("Entities(%v) (-want +got):\n%s", tt.tags, diff)
			}
		})
	}
}

func TestEntityCounts(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		want       EntityCounts
	}{
		{
			"an exact match is correct",
			[]string{"B-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"},
			EntityCounts{"": {1, 1, 1}, "PER": {1, 1, 1}},
		},
		{
			"a span one token short is wrong",
			[]string{"B-PER", "I-PER"}, []string{"B-PER", "O"},
			EntityCounts{"": {1, 1, 0}, "PER": {1, 1, 0}},
		},
		{
			"the right span with the wrong type is wrong for both types",
			[]string{"B-ORG", "O"}, []string{"B-LOC", "O"},
			EntityCounts{"": {1, 1, 0}, "ORG": {1, 0, 0}, "LOC": {0, 1, 0}},
		},
		{
			"a missed and a spurious entity count against recall and precision",
			[]string{"B-PER", "O", "O"}, []string{"O", "O", "B-MISC"},
			EntityCounts{"": {1, 1, 0}, "PER": {1, 0, 0}, "MISC": {0, 1, 0}},
		},
		{
			"a predicted I- after O still matches a gold entity",
			[]string{"B-LOC", "I-LOC"}, []string{"I-LOC", "I-LOC"},
			EntityCounts{"": {1, 1, 1}, "LOC": {1, 1, 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := EntityCounts{}
			got.Add(tt.gold, tt.pred)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEntityCountF1(t *testing.T) {
	tests := []struct {
		name    string
		c       EntityCount
		p, r, f float64
	}{
		{"half right both ways scores a half", EntityCount{Gold: 4, Predicted: 4, Correct: 2}, 0.5, 0.5, 0.5},
		{"precise but incomplete", EntityCount{Gold: 4, Predicted: 1, Correct: 1}, 1, 0.25, 0.4},
		{"nothing predicted scores zero, not NaN", EntityCount{Gold: 3}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []float64{tt.c.Precision(), tt.c.Recall(), tt.c.F1()}
			if diff := cmp.Diff([]float64{tt.p, tt.r, tt.f}, got); diff != "" {
				t.Errorf("P, R, F1 (-want +got):\n%s", diff)
			}
		})
	}
}
