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

// TestDefiedAuthority covers a protest whose addressee the sentence
// names "in defiance of" or "in protest at" or "against": that actor,
// over the home place and the protesters' own government.
func TestDefiedAuthority(t *testing.T) {
	tests := []struct {
		name, text string
		want       [3]string
	}{
		{"crowds blocking roads in defiance of a foreign authority protest against it",
			"Hundreds of thousands of people blocked roads in Hong Kong in defiance of Chinese authorities.", [3]string{"HKGCVL", "PROTEST", "CHNGOV"}},
		{"protesters defying their government name it",
			"Thousands of Uighurs protested in Urumqi in defiance of the Chinese government.", [3]string{"CHNCVL", "PROTEST", "CHNGOV"}},
		{"demonstrators defying troops protest against the troops",
			"Hundreds of Kashmiris demonstrated in Srinagar in defiance of Indian troops.", [3]string{"INDCVL", "PROTEST", "INDMIL"}},
		{"students rallying in protest against foreign troops protest against them",
			"Lebanese students rallied in Beirut in protest against Syrian troops.", [3]string{"LBNEDU", "PROTEST", "SYRMIL"}},
		{"opposition supporters defying their government protest against it",
			"Georgian opposition supporters marched in Tbilisi in defiance of the Georgian government.", [3]string{"GEOOPP", "PROTEST", "GEOGOV"}},
		{"strikers protesting at a government's plans protest against the government",
			"Striking miners blocked railways in Silesia in protest at the Polish government's plans.", [3]string{"POLLAB", "PROTEST", "POLGOV"}},
		{"crowds defying a foreign power in their own city protest against that power",
			"Tibetans rallied in Lhasa in defiance of Chinese authorities.", [3]string{"CHNCVL", "PROTEST", "CHNGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, top(t, tt.text)); diff != "" {
				t.Errorf("top event of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
