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

// TestExtraposedReadiness covers "X said it is ready to act" where the
// parser reads "it" as expletive and the infinitive as the predicate's
// clausal subject: the infinitive is still what readiness governs.
func TestExtraposedReadiness(t *testing.T) {
	tests := []struct {
		name, text string
		want       [3]string
	}{
		{"a country prepared to lift a ban promises to lift it",
			"Latvia said it is prepared to lift the ban on Belarusian trucks.", [3]string{"LVA", "AGREE", "BLR"}},
		{"a country ready to reopen its border promises to reopen it",
			"Turkey said it is ready to reopen its border with Armenia.", [3]string{"TUR", "AGREE", "ARM"}},
		{"a country prepared to resume talks promises them",
			"Japan said it was prepared to resume talks with North Korea.", [3]string{"JPN", "AGREE", "PRK"}},
		{"a country willing to negotiate promises to",
			"Serbia said it is willing to negotiate with Kosovo.", [3]string{"SRB", "AGREE", "KSV"}},
		{"a country prepared to send troops promises them",
			"Egypt said it is prepared to send troops to Sudan.", [3]string{"EGY", "AGREE", "SDN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, top(t, tt.text)); diff != "" {
				t.Errorf("top event of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// An infinitive with its own "to" conjoined to a negated one is not
// negated: "urged Minsk not to commit mistakes and to withdraw its
// forces" asks a withdrawal, which Minsk did not reject.
func TestConjoinedInfinitive(t *testing.T) {
	const text = "Ukraine urged Belarus not to commit tragic mistakes and to withdraw its forces from the border."
	var got []brief
	for _, b := range code(t, text) {
		if b.Trigger == "withdraw" {
			got = append(got, b)
		}
	}
	want := []brief{{"BLR", "RETREAT", "", false, "hypothetical", "withdraw"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Code(%q) withdraw (-want +got):\n%s", text, diff)
	}
}
