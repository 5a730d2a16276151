package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestManualTypes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"an apology is an expression of regret, a concession",
			"Poland apologised to Lithuania for the incident.",
			[]brief{{"POL", "CONCEDE", "LTU", true, "", "apologised"}}},
		{"a resignation is a retreat",
			"The Lithuanian prime minister resigned.",
			[]brief{{"LTUGOV", "RETREAT", "", true, "", "resigned"}}},
		{"lifting a curfew stays a concession",
			"The Belarusian government lifted the curfew in Minsk.",
			[]brief{{"BLRGOV", "CONCEDE", "BLR", true, "", "lifted"}}},
		{"relaxing a curfew is a concession as lifting it is",
			"The Georgian government relaxed the curfew in Tbilisi.",
			[]brief{{"GEOGOV", "CONCEDE", "GEO", true, "", "relaxed"}}},
		{"ending a state of emergency is a concession",
			"The Armenian government ended the state of emergency in Yerevan.",
			[]brief{{"ARMGOV", "CONCEDE", "ARM", true, "", "ended"}}},
		{"withdrawing observers sanctions the host",
			"The OSCE withdrew its observers from Belarus.",
			[]brief{{"IGO", "SANCTION", "BLR", true, "", "withdrew"}}},
		{"pulling out monitors sanctions the host",
			"The EU pulled out its monitors from Georgia.",
			[]brief{{"IGOEUREEC", "SANCTION", "GEO", true, "", "pulled"}}},
		{"a coming withdrawal of weapons inspectors is a threat, not a retreat",
			"The UN announced on Monday that it will withdraw weapons inspectors from Belarus.",
			[]brief{{"IGOUNO", "THREATEN", "BLR", false, "future", "withdraw"}}},
		{"withdrawing weapons stays a retreat",
			"Poland withdrew weapons from the Belarusian border.",
			[]brief{{"POL", "RETREAT", "BLR", true, "", "withdrew"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
