package actors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWeapons codes a weapon system named after its operator's country as
// that country's military, and leaves the same words alone elsewhere.
func TestWeapons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{
			"a drone named after its operator's country is that country's military",
			"A US Predator fired on a convoy on Monday.",
			[]got{{"US Predator", "USAMIL", "USAMIL", "adjective"}},
		},
		{
			"a missile system and its kind after a demonym are the country's military",
			"Veltrian officials said Russian Iskander missiles were moved west.",
			[]got{{"Russian Iskander missiles", "RUSMIL", "RUSMIL", "adjective"}},
		},
		{
			"a plural weapon name is the country's military",
			"Turkish Bayraktars struck the convoy.",
			[]got{{"Turkish Bayraktars", "TURMIL", "TURMIL", "adjective"}},
		},
		{
			"a weapon's name as a lower-case word after a country is no army",
			"Canadian predators such as wolves hunt caribou.",
			[]got{{"Canadian", "CAN", "CAN", "adjective"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out []got
			for _, g := range resolve(t, tt.text, "2020-06-01") {
				if g.How == "adjective" || g.How == "alias" || g.How == "name" {
					out = append(out, g)
				}
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("resolve(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
