package quotes

import "testing"

// described are the names of the descriptor passages, full names as a
// resolver finds them.
var described = []testName{
	{"Аляксандр Лукашэнка", "ALEXANDER_LUKASHENKO", "name"},
	{"Александр Лукашенко", "ALEXANDER_LUKASHENKO", "name"},
	{"Сергей Лавров", "SERGEI_LAVROV", "name"},
	{"Lukashenko", "ALEXANDER_LUKASHENKO", "surname"},
	{"State Border Guard Service", "UKRGOV", "name"},
	{"Tomas Berg", "TOMAS_BERG", "name"},
	{"Berg", "TOMAS_BERG", "surname"},
}

// Invented passages: a Descriptor says who the speaker is, and what a rule
// finds beside the name that does not is left out.
func TestFindKeepsOnlyDescriptionsAsDescriptors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []sourced
	}{
		{"an honorific describes no one",
			"Mr Lukashenko said the border would stay open.",
			[]sourced{{"the border would stay open", "Lukashenko", "ALEXANDER_LUKASHENKO", ""}}},
		{"a Belarusian gerund between commas is what the speaker did",
			"Аляксандр Лукашэнка, прагаласаваўшы ў Мінску, адказаў: «Перадайце ім, што пайду».",
			[]sourced{{"Перадайце ім, што пайду", "Аляксандр Лукашэнка", "ALEXANDER_LUKASHENKO", ""}}},
		{"a Russian gerund between commas is what the speaker did",
			"Александр Лукашенко, выступая в Минске, заявил, что граница останется открытой.",
			[]sourced{{"граница останется открытой", "Александр Лукашенко", "ALEXANDER_LUKASHENKO", ""}}},
		{"a Russian apposition naming an office describes the speaker",
			"Сергей Лавров, министр иностранных дел России, заявил, что граница останется открытой.",
			[]sourced{{"граница останется открытой", "Сергей Лавров", "SERGEI_LAVROV", "министр иностранных дел России"}}},
		{"a possessive alone before a body's name is its owner, not a description",
			"Ukraine's State Border Guard Service said the crossing had closed.",
			[]sourced{{"the crossing had closed", "State Border Guard Service", "UKRGOV", ""}}},
		{"a pronoun after a name no resolver knew is described by the name, not its title",
			"Math teacher Ellen Marsh said the schools were closed. She said the pay was too low.",
			[]sourced{
				{"the schools were closed", "Ellen Marsh", "", "Math teacher"},
				{"the pay was too low", "She", "", "Ellen Marsh"},
			}},
		{"a description naming a body with and in its name describes the person after it",
			"The secretary of the National Security and Defence Council, Oleksiy Danilov, said the threat was real.",
			[]sourced{{"the threat was real", "Oleksiy Danilov", "", "The secretary of the National Security and Defence Council"}}},
		{"the same description after a quote",
			`"The threat is real," the deputy head of the Food and Drug Administration, Ellen Marsh, said.`,
			[]sourced{{"The threat is real", "Ellen Marsh", "", "the deputy head of the Food and Drug Administration"}}},
		{"a body whose name holds and speaks as written, no one named before",
			"Berg visited the plant. The Food and Drug Administration said the drug was safe.",
			[]sourced{{"the drug was safe", "The Food and Drug Administration", "", ""}}},
		{"names the resolver found on both sides of and stay coordinated speakers",
			"Berg and Lukashenko said the talks would go on.",
			[]sourced{{"the talks would go on", "Berg and Lukashenko", "TOMAS_BERG", ""}}},
		{"an English apposition naming an office describes the speaker",
			"Tomas Berg, the agriculture minister, said the harvest was poor.",
			[]sourced{{"the harvest was poor", "Tomas Berg", "TOMAS_BERG", "the agriculture minister"}}},
	}
	checkSourced(t, described, tests)
}

func TestDescribes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"an honorific alone is none", "Mr", ""},
		{"an abbreviated honorific is none", "Dr.", ""},
		{"a Cyrillic honorific is none", "спадар", ""},
		{"a title alone is none", "Prime Minister", ""},
		{"a title with its country is one", "German Chancellor", "German Chancellor"},
		{"a possessive alone is none", "Ukraine's", ""},
		{"an English gerund phrase is none", "having voted in Minsk", ""},
		{"a perfective Russian gerund is none", "подчеркнув важность переговоров", ""},
		{"an imperfective Russian gerund before a preposition is none", "выступая в Минске", ""},
		{"a former minister is one", "бывший министр обороны", "бывший министр обороны"},
		{"a feminine adjective opening a description is one", "первая женщина-посол", "первая женщина-посол"},
		{"a genitive noun before a preposition is one", "представителя в ООН", "представителя в ООН"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describes(tt.in); got != tt.want {
				t.Errorf("describes(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
