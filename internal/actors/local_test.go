package actors_test

import "testing"

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
			ms := resolve(t, tt.text, "2021-03-01")
			for _, m := range ms {
				if m.Text == tt.mention {
					if m.Actor != tt.actor {
						t.Errorf("%q is %s, want %s", m.Text, m.Actor, tt.actor)
					}
					return
				}
			}
			t.Errorf("Resolve(%q) = %+v, want a mention %q", tt.text, ms, tt.mention)
		})
	}
}
