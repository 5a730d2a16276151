package actors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDiscoveryHygiene keeps titles, positions, employers and a sentence's
// opening function word out of a new actor's ID, whatever span NER gave.
func TestDiscoveryHygiene(t *testing.T) {
	type mention struct{ Text, Actor, Code string }
	tests := []struct {
		name, text string
		ner        []string
		want       []mention
	}{
		{
			"an abbreviated representative's title is left out of the name and codes the legislature",
			"A man threatened U.S. Rep. Marla Quentin on Monday.",
			[]string{"U.S.", "LOC", "Rep. Marla Quentin", "PER"},
			[]mention{{"U.S. Rep. Marla Quentin", "NEW:marla quentin", "USALEG"}},
		},
		{
			"a senator's abbreviated title is left out of the name",
			"Sen. Hollis Varga voted against the bill.",
			[]string{"Sen. Hollis Varga", "PER"},
			[]mention{{"Sen. Hollis Varga", "NEW:hollis varga", ""}},
		},
		{
			"two abbreviated titles in a row are left out of the name",
			"Lt. Gov. Orrin Tasker agreed.",
			[]string{"Lt. Gov. Orrin Tasker", "PER"},
			[]mention{{"Lt. Gov. Orrin Tasker", "NEW:orrin tasker", ""}},
		},
		{
			"a doctor's, a professor's and a sergeant's titles are left out of their names",
			"Dr. Ines Morlan, Prof. Adel Kouri and Sgt. Remy Falk spoke.",
			[]string{"Dr. Ines Morlan", "PER", "Prof. Adel Kouri", "PER", "Sgt. Remy Falk", "PER"},
			[]mention{
				{"Dr. Ines Morlan", "NEW:ines morlan", ""},
				{"Prof. Adel Kouri", "NEW:adel kouri", ""},
				{"Sgt. Remy Falk", "NEW:remy falk", ""},
			},
		},
		{
			"a reverend's and a governor's titles are left out of their names",
			"Rev. Amos Telford and Gov. Nora Quist marched.",
			[]string{"Rev. Amos Telford", "PER", "Gov. Nora Quist", "PER"},
			[]mention{{"Rev. Amos Telford", "NEW:amos telford", ""}, {"Gov. Nora Quist", "NEW:nora quist", ""}},
		},
		{
			"a team and a player's position before a name are left out of it",
			"Falcons DL Ronan Pike, however, decided to weigh in.",
			[]string{"Falcons DL Ronan Pike", "ORG"},
			[]mention{{"Falcons DL Ronan Pike", "NEW:ronan pike", ""}},
		},
		{
			"a sentence's opening conjunction is no part of the surname after it",
			"Dr. Luz Ferrando Ibarra signed the letter. But Ibarra said the clinic was refused.",
			[]string{"Luz Ferrando Ibarra", "PER", "But Ibarra", "PER"},
			[]mention{{"Dr. Luz Ferrando Ibarra", "NEW:luz ferrando ibarra", ""}, {"Ibarra", "NEW:luz ferrando ibarra", ""}},
		},
		{
			"a sentence's opening adverb is no part of the name after it",
			"Meanwhile Tobias Renquist left the company.",
			[]string{"Meanwhile Tobias Renquist", "PER"},
			[]mention{{"Tobias Renquist", "NEW:tobias renquist", ""}},
		},
		{
			"a title NER took for an organisation with a first name is a person's, surname and all",
			"State schools Superintendent Jennet Mallory has cited a study.",
			[]string{"Superintendent Jennet", "ORG"},
			[]mention{{"Superintendent Jennet Mallory", "NEW:jennet mallory", ""}},
		},
		{
			"an article NER took into a body's name mid-sentence is no part of it",
			"The figures were first reported by The Veltrona Ledger on Monday.",
			[]string{"The Veltrona Ledger", "ORG"},
			[]mention{{"Veltrona Ledger", "NEW:veltrona ledger", ""}},
		},
		{
			"a generic modifier before a body's bare kind is its name, no title",
			"The Interior Ministry of the province said 30 people were detained.",
			[]string{"Interior Ministry", "ORG"},
			[]mention{{"Interior Ministry", "NEW:interior ministry", ""}},
		},
		{
			"a span NER ran into common words the article does not capitalise keeps only its capitalised words",
			"The Kortavi weather turned cold, the Velmar tourists said.",
			[]string{"Kortavi weather", "ORG", "Velmar tourists", "ORG"},
			[]mention{{"Kortavi", "NEW:kortavi", ""}, {"Velmar", "NEW:velmar", ""}},
		},
		{
			"a lower-case phrase NER called an organisation is no name",
			"He said the best vpn for travellers was free.",
			[]string{"best vpn", "ORG"},
			nil,
		},
		{
			"the particles of a body's name are no common words",
			"The Union for Renewal and Progress backed the plan on Monday.",
			[]string{"Union for Renewal and Progress", "ORG"},
			[]mention{{"Union for Renewal and Progress", "NEW:union for renewal and progress", ""}},
		},
		{
			"the words before a body's kind are its name, not a title, however many",
			"Troops crossed at dawn, the State Border Guard Service said.",
			[]string{"State Border Guard Service", "ORG"},
			[]mention{{"State Border Guard Service", "NEW:state border guard service", ""}},
		},
		{
			"a council's name keeps its first word",
			"The secretary of the National Reform and Renewal Council spoke.",
			[]string{"National Reform and Renewal Council", "ORG"},
			[]mention{{"National Reform and Renewal Council", "NEW:national reform and renewal council", ""}},
		},
		{
			"a treaty or a protocol is a document, no actor",
			"Russia offered help under the Collective Security Treaty and the Tarvel Protocol.",
			[]string{"Collective Security Treaty", "ORG", "Tarvel Protocol", "MISC"},
			nil,
		},
		{
			"a Cyrillic name a building's noun opens is a place, in any case",
			"Переговоры прошли во Дворце Мира в Минске.",
			[]string{"Дворце Мира", "ORG"},
			nil,
		},
		{
			"a name NER called a person that holds an adjective and ends in a body's kind is a body, its capitalised words before it too",
			"Putin spoke at the Tarvel International Economic Forum on Friday.",
			[]string{"Economic Forum", "PER"},
			[]mention{{"Tarvel International Economic Forum", "NEW:tarvel international economic forum", "NGO"}},
		},
		{
			"a line of links is headlines and advertisements, no actors",
			"Related partners: Best Tarvex Deals | Trade Halmor Options | Cheap Hotels Minsk",
			[]string{"Best Tarvex Deals", "ORG", "Trade Halmor Options", "ORG"},
			nil,
		},
		{
			"a name opening with a superlative is an advertisement's words",
			"Click here for the Cheapest Tarvex Deals online.",
			[]string{"Cheapest Tarvex Deals", "ORG"},
			nil,
		},
		{
			"a name before a year is an event's, an exercise or a tournament",
			"Troops arrived for the Steadfast Orvel 2022 exercise on Monday.",
			[]string{"Steadfast Orvel", "ORG"},
			nil,
		},
		{
			"a weapon system's name NER called an organisation is no actor",
			"The army said Iskander missile systems had been moved north.",
			[]string{"Iskander", "ORG"},
			nil,
		},
	}
	an, r := setup(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []mention
			for _, m := range r.Resolve(tagged(t, an, tt.text, tt.ner...), day(t, "2020-06-01")) {
				if len(m.Actor) > 4 && m.Actor[:4] == "NEW:" {
					got = append(got, mention{m.Text, string(m.Actor), m.Code})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resolve(%q) new mentions (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
