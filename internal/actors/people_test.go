package actors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPeoples(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{
			name: "a people placed in a country by in are that country's civilians",
			text: "Serbs in Kosovo blocked roads.",
			want: []got{{"Serbs", "KSVCVL", "KSVCVL", "alias"}, {"Kosovo", "KSV", "KSV", "name"}},
		},
		{
			name: "a demonym's minority in a country is that country's civilians",
			text: "The Russian minority in Latvia protested.",
			want: []got{{"Russian minority", "LVACVL", "LVACVL", "adjective"}, {"Latvia", "LVA", "LVA", "name"}},
		},
		{
			name: "a demonym's population of a country is that country's civilians",
			text: "Serb forces attacked the Albanian population of Kosovo.",
			want: []got{{"Serb forces", "SRBMIL", "SRBMIL", "adjective"}, {"Albanian population", "KSVCVL", "KSVCVL", "adjective"}, {"Kosovo", "KSV", "KSV", "name"}},
		},
		{
			name: "a demonym's population alone stays its country's",
			text: "The Russian population fled.",
			want: []got{{"Russian population", "RUSCVL", "RUSCVL", "adjective"}},
		},
		{
			name: "a people without in stays its demonym's country",
			text: "Serbs blocked roads.",
			want: []got{{"Serbs", "SRB", "SRBCVL", "alias"}},
		},
		{
			name: "a double demonym names where the people lives",
			text: "Greek Cypriots voted against the plan.",
			want: []got{{"Greek Cypriots", "CYP", "CYPCVL", "alias"}},
		},
		{
			name: "Dominicans are of the Dominican Republic, not Dominica",
			text: "Dominicans protested against the tax.",
			want: []got{{"Dominicans", "DOM", "DOMCVL", "alias"}},
		},
		{
			name: "Roma are a people, not Rome in Italian",
			text: "Roma protested in Rome.",
			want: []got{{"Rome", "ITA", "ITA", "alias"}},
		},
		{
			name: "Dominica itself is Dominica",
			text: "Dominica signed the treaty.",
			want: []got{{"Dominica", "DMA", "DMA", "name"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, resolve(t, tt.text, "2005-01-01")); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}
