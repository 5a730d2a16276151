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

func TestInfinitiveGovernor(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"plans read as a noun still plan the act",
			"Poland, like most other members, plans to impose restrictions on Belarusian trucks.",
			[]brief{{"POL", "THREATEN", "BLR", false, "hypothetical", "impose"}}},
		{"an announced intention is not yet the act",
			"Lithuania announced its intention to impose sanctions on Belarus.",
			[]brief{{"LTU", "THREATEN", "BLR", false, "hypothetical", "impose"}}},
		{"a repeated threat to cut supplies is a threat",
			"Russia repeated its threat to cut gas supplies to Belarus.",
			[]brief{{"RUS", "THREATEN", "BLR", false, "threat", "cut"}}},
		{"restrictions imposed are realised",
			"Poland imposed restrictions on Belarusian trucks.",
			[]brief{{"POL", "COERCE", "BLR", true, "", "imposed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
