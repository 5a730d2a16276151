package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAddressee(t *testing.T) {
	tests := []struct {
		name, text string
		want       [3]string
	}{
		{"marchers naming no target march against their government",
			"Thousands of Kenyans marched in Nairobi against the tax increases.", [3]string{"KENCVL", "PROTEST", "KENGOV"}},
		{"strikers naming no target strike against their government",
			"Nigerian workers went on strike over fuel prices.", [3]string{"NGALAB", "PROTEST", "NGAGOV"}},
		{"a hunger strike naming no target is against the striker's government",
			"Cuban dissidents began a hunger strike on Monday.", [3]string{"CUBOPP", "PROTEST", "CUBGOV"}},
		{"protesters who name a foreign target protest against it",
			"Thousands of Pakistanis demonstrated against the United States in Karachi.", [3]string{"PAKCVL", "PROTEST", "USA"}},
		{"a state's curfew naming no target falls on its people",
			"The Burmese junta imposed a curfew on Friday.", [3]string{"MMRGOV", "COERCE", "MMR"}},
		{"police arrests of nobody named fall on their country's people",
			"Iranian police detained hundreds overnight after the rally.", [3]string{"IRNCOP", "COERCE", "IRN"}},
		{"arrests of someone named keep their target",
			"Egyptian police detained three journalists in Cairo.", [3]string{"EGYCOP", "COERCE", "EGYMED"}},
		{"a state's protest to another is a diplomatic one",
			"China protested to the United States over the arms sale to Taiwan.", [3]string{"CHN", "ACCUSE", "USA"}},
		{"a ministry's protest is a diplomatic one",
			"The Japanese foreign ministry protested against the Russian military exercises.", [3]string{"JPNGOV", "ACCUSE", "RUSMIL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, top(t, tt.text)); diff != "" {
				t.Errorf("top event of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
