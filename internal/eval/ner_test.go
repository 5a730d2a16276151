package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNERTesta pins the shipped recogniser on CoNLL-2003 testa (the split
// its epoch was chosen on, so this guards against regressions, it does not
// measure generalisation; testb is for the report). The floor is a little
// under the 0.899 measured when the model was trained, leaving room for a
// retrained tagger (the recogniser reads its tags).
func TestNERTesta(t *testing.T) {
	p := filepath.Join("..", "..", "..", "shared", "data", "ner", "conll2003", "eng.testa")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no CoNLL-2003 data: %v", err)
	}
	r, err := NER(context.Background(), p, true)
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 216 || r.Tokens != 51362 {
		t.Errorf("read %d documents, %d tokens; want 216, 51362", r.Documents, r.Tokens)
	}
	if r.Overall.F1 < 0.885 {
		t.Errorf("testa F1 %.4f, want ≥ 0.885", r.Overall.F1)
	}
	for _, s := range r.Types {
		if s.F1 < 0.80 {
			t.Errorf("testa %s F1 %.4f, want ≥ 0.80", s.Type, s.F1)
		}
	}
	if r.Baseline == nil || r.Baseline.Overall.F1 >= r.Overall.F1 {
		t.Errorf("baseline %+v does not trail entente's F1 %.4f", r.Baseline, r.Overall.F1)
	}
	var b strings.Builder
	if err := r.Text(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"entente", "prose v3", "MISC", "all"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report text lacks %q:\n%s", want, b.String())
		}
	}
}

func TestProseNERType(t *testing.T) {
	tests := []struct{ label, want string }{
		{"PERSON", "PER"},
		{"GPE", "LOC"},
		{"FAC", "LOC"},
		{"ORG", "ORG"},
		{"NORP", "MISC"},
		{"DATE", ""},
		{"CARDINAL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.label+" maps to "+tt.want, func(t *testing.T) {
			if got := ProseNERType(tt.label); got != tt.want {
				t.Errorf("ProseNERType(%q) = %q, want %q", tt.label, got, tt.want)
			}
		})
	}
}
