package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Passages written for the cues this file's rules read, one table per
// phenomenon; the people are made up.

func TestFindReadsSourceCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"per after a comma names the source of the clause before it",
			"Grain exports fell by a third in October, per the European Commission.",
			[]attributed{{"Grain exports fell by a third in October", "European Commission", "EU"}}},
		{"per opening the sentence names the source of the clause after it",
			"Per Amnesty International, 40 people were detained overnight.",
			[]attributed{{"40 people were detained overnight", "Amnesty International", "AMNESTY"}}},
		{"per set off inside a clause vouches for the whole clause",
			"The virus, per the European Commission, is found in rodents and their fleas.",
			[]attributed{{"The virus, per the European Commission, is found in rodents and their fleas", "European Commission", "EU"}}},
		{"according to set off inside a clause vouches for the whole clause",
			"The virus, according to Amnesty International, was found in three camps.",
			[]attributed{{"The virus, according to Amnesty International, was found in three camps", "Amnesty International", "AMNESTY"}}},
		{"per a unit divides and names no source",
			"Prices rose to 40 euros per tonne, the highest in a decade.",
			nil},
		{"per after a number divides and names no source",
			"Each clinic gave three doses per child last winter.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotator()(tt.text)
			var got []attributed
			for _, q := range Find(doc, wireMentions(tt.text)) {
				got = append(got, attributed{q.Text, q.SpeakerText, q.Speaker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
