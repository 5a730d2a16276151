package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestObjectEvent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"beginning an inquiry is investigating, whatever other words the phrase holds",
			"The Polish parliament began an inquiry into the Belarusian border incidents.",
			[]brief{{"POLLEG", "ACCUSE", "BLR", true, "", "began"}}},
		{"ending mediation withdraws from it, which reduces relations",
			"Turkish officials ended mediation efforts between Armenia and Azerbaijan on Monday.",
			[]brief{{"TURGOV", "SANCTION", "ARM", true, "", "ended"}, {"TURGOV", "SANCTION", "AZE", true, "", "ended"}}},
		{"halting cooperation reduces relations, whatever the phrase is about",
			"Lithuania halted cooperation with Belarus on border issues.",
			[]brief{{"LTU", "SANCTION", "BLR", true, "", "halted"}}},
		{"seeking asylum asks for help",
			"Thousands of Syrian refugees sought asylum in Germany.",
			[]brief{{"SYRREF", "REQUEST", "DEU", true, "", "sought"}}},
		{"a noun the tagger reads as a name still names the event",
			"Some 20,000 Syrian Kurds sought refuge in Turkey last week.",
			[]brief{{"SYRCVL", "REQUEST", "TUR", true, "", "sought"}}},
		{"withdrawing an ambassador reduces relations, as recalling one does",
			"Lithuania withdrew its ambassador from Minsk.",
			[]brief{{"LTU", "SANCTION", "BLR", true, "", "withdrew"}}},
		{"a country deploying its own soldiers mobilises, and they are not its target",
			"Russia deployed more soldiers.",
			[]brief{{"RUS", "MOBILIZE", "", true, "", "deployed"}}},
		{"partners deploying together is a joint operation",
			"Russia and Belarus deployed troops along the border with Ukraine.",
			[]brief{{"RUS", "COOPERATE", "BLR", true, "", "deployed"}, {"BLR", "COOPERATE", "RUS", true, "", "deployed"}}},
		{"summoning an ambassador is a complaint, not a consultation",
			"Poland summoned Lithuania's ambassador over the incident.",
			[]brief{{"POL", "ACCUSE", "LTUGOV", true, "", "summoned"}}},
		{"an arrest warrant threatens an arrest",
			"Poland issued an arrest warrant for the Belarusian opposition leader.",
			[]brief{{"POL", "THREATEN", "BLROPP", true, "", "issued"}}},
		{"seeking a deal is no request",
			"Russia sought a deal with Ukraine.",
			[]brief{{"RUS", "AGREE", "UKR", true, "", "sought"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNominal(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"a raid on a place is an assault on it",
			"Israel's raid on the Jenin camp drew criticism.",
			[]brief{{"ISR", "ASSAULT", "PSE", true, "", "raid"}}},
		{"cooperation with another is cooperation",
			"Russia's cooperation with Iran worried Western diplomats.",
			[]brief{{"RUS", "COOPERATE", "IRNGOV", true, "", "cooperation"}}},
		{"support for another is support",
			"China's support for Pakistan is longstanding.",
			[]brief{{"CHN", "SUPPORT", "PAK", true, "", "support"}}},
		{"a rejection of another's plan is a rejection of it",
			"Syria's rejection of the Arab League plan angered Qatar.",
			[]brief{{"SYR", "REJECT", "IGOMEAARL", true, "", "rejection"}}},
		{"a warning to another is a threat",
			"Iran's warning to Israel came after the attack.",
			[]brief{{"IRN", "THREATEN", "ISR", true, "", "warning"}}},
		{"a release of captives is a retreat",
			"Hamas's release of the Israeli soldier was delayed.",
			[]brief{{"PSEREBHMS", "RETREAT", "ISRMIL", true, "", "release"}}},
		{"a withdrawal from a country is a retreat from it",
			"Russia's withdrawal from Georgia was completed in October.",
			[]brief{{"RUS", "RETREAT", "GEO", true, "", "withdrawal"}}},
		{"shelling of a country's cities is an assault on them",
			"Russia's shelling of Ukrainian cities continued on Monday.",
			[]brief{{"RUS", "ASSAULT", "UKRCVL", true, "", "shelling"}}},
		{"a meeting with someone is a consultation",
			"Lukashenko's meeting with Putin lasted five hours.",
			[]brief{{"BLRGOV", "CONSULT", "RUSGOV", true, "", "meeting"}}},
		{"a noun event needs its other party",
			"Russia's withdrawal was completed in October.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
