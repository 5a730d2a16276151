package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReportedWould(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"would in reported speech is the speaker's will",
			"Russia said it would supply gas to Belarus.",
			[]brief{{"RUS", "AGREE", "BLR", false, "future", "supply"}}},
		{"would under a condition stays hypothetical",
			"Russia would supply gas to Belarus if Minsk paid its debts.",
			[]brief{{"RUS", "AGREE", "BLR", false, "hypothetical", "supply"}, {"BLRGOV", "AGREE", "", false, "hypothetical", "paid"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
