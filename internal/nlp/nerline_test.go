package nlp

import "testing"

func TestLineKind(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  uint64
	}{
		{"a score between two clubs", []string{"Leeds", "beat", "Chelsea", "2-1", "on", "Saturday", "."}, lineScore},
		{"a result line of names and goals", []string{"Leeds", "2", "Chelsea", "0"}, lineTable},
		{"a league table row", []string{"Barcelona", "10", "7", "2", "1", "20", "8", "23"}, lineTable},
		{"prose with numbers", []string{"The", "company", "sold", "12", "ships", "in", "1996", "."}, lineProse},
		{"a year span is no score", []string{"He", "served", "1990-1994", "in", "Paris", "."}, lineProse},
		{"a lower-case word makes it prose", []string{"Lyon", "won", "3", "4"}, lineProse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := describedWords(tt.words)
			for i, w := range s.words {
				if w.line != tt.want {
					t.Errorf("%s: line %d, want %d", tt.words[i], w.line, tt.want)
				}
			}
		})
	}
}

func TestLineFeatures(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  []int // how many line features each word gets
	}{
		{"a result line marks its names, not its numbers", []string{"Leeds", "2", "Chelsea", "0"}, []int{3, 0, 3, 0}},
		{"prose marks nothing", []string{"Leeds", "won", "in", "Chelsea"}, []int{0, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := describedWords(tt.words)
			for i := range s.words {
				if got := len(lineFeatures(nil, &s.words[i])); got != tt.want[i] {
					t.Errorf("%s: %d line features, want %d", tt.words[i], got, tt.want[i])
				}
			}
		})
	}
}
