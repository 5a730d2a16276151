package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBareCodes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"rejecting is a rejection whatever is rejected",
			"Chadian rebels rejected a Nigerian peace plan.",
			[]brief{{"TCDREB", "REJECT", "NGA", true, "", "rejected"}}},
		{"a verb the dictionary lacks is coded by its class",
			"The European Union sanctioned Belarusian officials.",
			[]brief{{"IGOEUREEC", "SANCTION", "BLRGOV", true, "", "sanctioned"}}},
		{"slamming is criticism",
			"Poland slammed Lithuania's decision.",
			[]brief{{"POL", "ACCUSE", "LTU", true, "", "slammed"}}},
		{"a dictionary pattern that codes nothing still wins",
			"Poland rejected the price offered by Gazprom.",
			[]brief{{"RUSBUS", "AGREE", "", true, "", "offered"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestJurisdiction(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"an arrest in a country without an agent is that country's",
			"A Russian citizen was arrested in Poland on Monday.",
			[]brief{{"POL", "COERCE", "RUSCVL", true, "", "arrested"}}},
		{"an investigation opened in a country is that country's",
			"A Belarusian journalist has been put under investigation in Lithuania for his role in the riots.",
			[]brief{{"LTU", "ACCUSE", "BLRMED", true, "", "put"}}},
		{"a killing in a country is not that country's",
			"A Polish soldier was killed in Ukraine.",
			[]brief{{"", "ASSAULT", "POLMIL", true, "", "killed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestDecision(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"a decision to allow is the allowing",
			"The Georgian Supreme Court decided to allow the opposition leader to take part in the elections.",
			[]brief{{"GEOJUD", "CONCEDE", "GEOOPP", true, "", "allow"}, {"GEOOPP", "AGREE", "", true, "", "take"}}},
		{"who is allowed does the infinitive after the object, however the parser hung it",
			"The Ukrainian government agreed to allow the Russian delegation to take part in the talks.",
			[]brief{{"UKRGOV", "AGREE", "RUSGOV", true, "", "agreed"}, {"UKRGOV", "AGREE", "RUSGOV", false, "promise", "allow"}, {"RUSGOV", "AGREE", "", false, "promise", "take"}}},
		{"a decision to expel diplomats is the expulsion",
			"Lithuania decided to expel two Russian diplomats.",
			[]brief{{"LTU", "SANCTION", "RUSGOV", true, "", "expel"}}},
		{"a decision the dictionary codes with its complement keeps that code",
			"Poland decided to withdraw from Iraq.",
			[]brief{{"POL", "AGREE", "IRQ", true, "", "decided"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
