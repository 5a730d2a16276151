package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestForms(t *testing.T) {
	tests := []struct {
		name, headword string
		want           []string
	}{
		{"a regular verb takes s, ed and ing", "depart", []string{"depart", "departs", "departed", "departing"}},
		{"a verb ending in s, x or z takes es", "pass", []string{"pass", "passes", "passed", "passing"}},
		{"a final y becomes ies", "deny", []string{"deny", "denies", "denyed", "denying"}},
		{"a final e after a consonant takes d and drops before ing", "ease", []string{"ease", "eases", "eased", "easing"}},
		{"a final e after a vowel stays before ing", "free", []string{"free", "frees", "freed", "freeing"}},
		{"an inflected headword makes its own forms", "left", []string{"left", "lefts", "lefted", "lefting"}},
		{"no headword makes no forms", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, forms(tt.headword)); diff != "" {
				t.Errorf("forms(%q) (-want +got):\n%s", tt.headword, diff)
			}
		})
	}
}
