package actors_test

import (
	"strings"
	"testing"
)

// TestLocalNames covers a state body named the way its own country's
// news names it ("the National Bank"), which is the KB's body only where
// the text ties it to that country.
func TestLocalNames(t *testing.T) {
	tests := []struct{ name, text, mention, actor string }{
		{"a bare National Bank in a Belarusian story is Belarus's",
			"Belarus's rouble fell again. Belarus cut its growth forecast. The National Bank raised its key rate on Monday.",
			"National Bank", "NBRB"},
		{"the Swiss National Bank is not Belarus's",
			"Belarus's rouble fell again. Belarus cut its growth forecast. The Swiss National Bank raised its key rate on Monday.",
			"Swiss National Bank", "CHEGOV"},
		{"a bare National Bank in a Ukrainian story is not Belarus's",
			"Ukraine's hryvnia fell again. Ukraine cut its growth forecast. The National Bank raised its key rate on Monday.",
			"National Bank", "NEW:national bank"},
		{"a bare Central Election Commission in a Belarusian story is Belarus's",
			"Belarus votes on Sunday. Belarus has barred observers. The Central Election Commission registered five candidates.",
			"Central Election Commission", "BLR_CEC"},
		{"a bare Central Election Commission in a Russian story is not Belarus's",
			"Russia votes on Sunday. Russia has barred observers. The Central Election Commission registered five candidates.",
			"Central Election Commission", "NEW:central election commission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkActor(t, tt.text, "2021-03-01", tt.mention, tt.actor)
		})
	}
}

// TestWarTowns codes the towns reports of wars name, which the KB has from
// GeoNames (kb/gen/city.go), as places of their state.
func TestWarTowns(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"a Ukrainian town shelled is Ukraine's", "Artillery pounded Bakhmut overnight.", "Bakhmut", "UKR"},
		{"a Sudanese city entered is Sudan's", "The fighters entered Wad Medani on Monday.", "Wad Medani", "SDN"},
		{"an Ethiopian regional capital in its press spelling is Ethiopia's", "Flights to Mekelle resumed on Monday.", "Mekelle", "ETH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCode(t, tt.text, "2023-06-01", tt.mention, tt.want, true)
		})
	}
}

// TestRiverBank keeps a river's bank from being a bank, a business.
func TestRiverBank(t *testing.T) {
	for _, text := range []string{
		"Troops advanced along the west bank of the Dnipro.",
		"Villages on the banks of the Dnipro in Ukraine were flooded.",
		"Ukrainian forces crossed to the left bank in Kherson.",
	} {
		for _, m := range resolve(t, text, "2023-06-01") {
			if strings.Contains(m.Text, "bank") {
				t.Errorf("Resolve(%q) has %+v, a river's bank", text, m)
			}
		}
	}
}
