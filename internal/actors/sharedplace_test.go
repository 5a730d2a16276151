package actors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSharedPlaceNames resolves a city whose name several states share
// by the state its sentence or article names, else as the capital.
func TestSharedPlaceNames(t *testing.T) {
	tests := []struct {
		name, text, place string
		want              string
	}{
		{
			"a city named with another state's adjective later in the sentence is that state's",
			"Gunmen in Tripoli fired on a market as shells hit the north Lebanese port.",
			"Tripoli", "LBN",
		},
		{
			"a city alone is the capital of the state it is capital of",
			"Talks in Tripoli ended on Monday.",
			"Tripoli", "LBY",
		},
		{
			"a city after an article has named a state is that state's",
			"Lebanon braced for storms. Schools in Tripoli closed on Monday.",
			"Tripoli", "LBN",
		},
		{
			"a city no state's capital follows the province the sentence names",
			"Floods in Hyderabad cut roads across Sindh.",
			"Hyderabad", "PAK",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var country string
			for _, g := range resolve(t, tt.text, "2020-06-01") {
				if g.Text == tt.place || len(g.Text) > len(tt.place) && g.Text[len(g.Text)-len(tt.place):] == tt.place {
					country = g.Code[:3]
				}
			}
			if diff := cmp.Diff(tt.want, country); diff != "" {
				t.Errorf("resolve(%q) country of %s (-want +got):\n%s", tt.text, tt.place, diff)
			}
		})
	}
}
