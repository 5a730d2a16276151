package quotes

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// annotator is the shipped annotator; its models load once, on first use.
var annotator = sync.OnceValue(func() func(string) *nlp.Doc {
	an, err := nlp.NewAnnotator()
	if err != nil {
		panic(err) // the models ship in the binary: a failure here is a broken build
	}
	return an.Annotate
})

// A testName is a name the tests' texts use, as a resolver would find it.
type testName struct {
	text string
	id   news.ActorID
	how  string
}

// people and bodies the tests mention.
var names = []testName{
	{"Sergei Lavrov", "SERGEI_LAVROV", "name"},
	{"Lavrov", "SERGEI_LAVROV", "surname"},
	{"Alexander Lukashenko", "ALEXANDER_LUKASHENKO", "name"},
	{"Lukashenko", "ALEXANDER_LUKASHENKO", "surname"},
	{"Лукашенко", "ALEXANDER_LUKASHENKO", "surname"},
	{"Angela Merkel", "ANGELA_MERKEL", "name"},
	{"Merkel", "ANGELA_MERKEL", "surname"},
	{"Vladimir Putin", "VLADIMIR_PUTIN", "name"},
	{"Putin", "VLADIMIR_PUTIN", "surname"},
	{"Путин", "VLADIMIR_PUTIN", "surname"},
	{"Belarusian Foreign Ministry", "BLRGOV", "name"},
	{"Prime Minister Ingrida Šimonytė", "INGRIDA_SIMONYTE", "role"},
	{"Foreign Ministry", "RUSGOV", "name"},
	{"Belta news agency", "BELTA", "name"},
	{"Rosselkhoznadzor", "ROSSELKHOZNADZOR", "name"},
	{"Russia", "RUS", "name"},
	{"России", "RUS", "name"},
	{"Belarus", "BLR", "name"},
	{"Minsk", "BLR", "metonym"},
	{"Tomas Kowalczyk", "NEW:tomas kowalczyk", "new"},
}

// mentionsIn finds the test names in text, longest first, as hand-made
// mentions.
func mentionsIn(text string) []news.Mention { return mentionsOf(names, text) }

// mentionsOf finds the names (listed longest first) in text; a name inside
// a longer word is no mention of it.
func mentionsOf(names []testName, text string) []news.Mention {
	var out []news.Mention
	taken := make([]bool, len(text))
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n.text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n.text)
			off = e
			if r, _ := utf8.DecodeRuneInString(text[e:]); taken[s] || taken[e-1] || unicode.IsLetter(r) {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			out = append(out, news.Mention{Span: news.Span{Start: s, End: e}, Text: n.text, Actor: n.id, How: n.how})
		}
	}
	return out
}

// short is the part of a quote the tests compare.
type short struct {
	Text, Speaker, SpeakerText, Descriptor, Cue string
	Direct                                      bool
}

func find(text string) []short {
	doc := annotator()(text)
	var out []short
	for _, q := range Find(doc, mentionsIn(text)) {
		out = append(out, short{q.Text, string(q.Speaker), q.SpeakerText, q.Descriptor, q.Cue, q.Direct})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []short
	}{
		{"a curly quote before its speaker and cue",
			"“We will not give up our sovereignty,” Lukashenko said.",
			[]short{{"We will not give up our sovereignty", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true}}},
		{"a straight quote after the cue is attributed to the name after it",
			`"The sanctions are illegal and will fail," said Sergei Lavrov.`,
			[]short{{"The sanctions are illegal and will fail", "SERGEI_LAVROV", "Sergei Lavrov", "", "said", true}}},
		{"a descriptor before the name is kept",
			"Russia's foreign minister Sergei Lavrov said: “Minsk is our closest ally.”",
			[]short{{"Minsk is our closest ally.", "SERGEI_LAVROV", "Sergei Lavrov", "Russia's foreign minister", "said", true}}},
		{"a title inside the mention becomes the descriptor with the words before it",
			"“We will close the border,” said Lithuanian Prime Minister Ingrida Šimonytė.",
			[]short{{"We will close the border", "INGRIDA_SIMONYTE", "Ingrida Šimonytė", "Lithuanian Prime Minister", "said", true}}},
		{"a title alone inside the mention is no descriptor",
			"“We will close the border,” said Prime Minister Ingrida Šimonytė.",
			[]short{{"We will close the border", "INGRIDA_SIMONYTE", "Ingrida Šimonytė", "", "said", true}}},
		{"he after an unnamed speaker is that speaker",
			"Putin spoke on Monday. “We are between two armies,” an Iraqi Kurdish man said. He said that the guards would not let them go back.",
			[]short{
				{"We are between two armies", "", "an Iraqi Kurdish man", "", "said", true},
				{"the guards would not let them go back", "", "He", "an Iraqi Kurdish man", "said", false},
			}},
		{"a month before the name describes nobody",
			"In March Sergei Lavrov said that the talks had failed.",
			[]short{{"the talks had failed", "SERGEI_LAVROV", "Sergei Lavrov", "", "said", false}}},
		{"an apposition is the descriptor",
			"“The talks went well,” Lavrov, the foreign minister, told reporters.",
			[]short{{"The talks went well", "SERGEI_LAVROV", "Lavrov", "the foreign minister", "told", true}}},
		{"a pronoun speaker is the person named before",
			"Angela Merkel arrived in Minsk on Wednesday. “There is a glimmer of hope,” she said.",
			[]short{{"There is a glimmer of hope", "ANGELA_MERKEL", "she", "", "said", true}}},
		{"a pronoun skips the countries named since the person",
			"Putin met the delegation. Belarus and Russia signed a deal. “This is a good day for us,” he said.",
			[]short{{"This is a good day for us", "VLADIMIR_PUTIN", "he", "", "said", true}}},
		{"a quote broken by he said is two quotes with one speaker",
			"“We will not,” Lukashenko said, “give up the fight.”",
			[]short{
				{"We will not", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true},
				{"give up the fight.", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true},
			}},
		{"guillemets with a Russian cue",
			"«Это была не лучшая ночь в моей жизни», — признался Путин.",
			[]short{{"Это была не лучшая ночь в моей жизни", "VLADIMIR_PUTIN", "Путин", "", "признался", true}}},
		{"German low-high quotes",
			"„Wir werden die Grenze schließen und kontrollieren“, said Lukashenko.",
			[]short{{"Wir werden die Grenze schließen und kontrollieren", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true}}},
		{"single curly quotes, with an apostrophe inside",
			"‘We don’t need their money,’ Lukashenko said.",
			[]short{{"We don’t need their money", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true}}},
		{"a nested quote stays inside the outer one",
			"“They call it ‘a union’ but it is a takeover,” Lukashenko said.",
			[]short{{"They call it ‘a union’ but it is a takeover", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true}}},
		{"a quote spanning paragraphs is one quote per paragraph with one speaker",
			"Lukashenko said:\n\n“We held the elections and we won them fairly.\n\n“Until you kill me, there will be no other elections.”",
			[]short{
				{"We held the elections and we won them fairly.", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true},
				{"Until you kill me, there will be no other elections.", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true},
			}},
		{"a title speaker resolves to the body named before",
			"The Belarusian Foreign Ministry summoned the envoy. “This is an unfriendly act,” the ministry said.",
			[]short{{"This is an unfriendly act", "BLRGOV", "the ministry", "", "said", true}}},
		{"a title speaker resolves to the body the article described so",
			"Russia's food safety watchdog Rosselkhoznadzor banned the imports. “The products were unsafe,” the watchdog said.",
			[]short{{"The products were unsafe", "ROSSELKHOZNADZOR", "the watchdog", "", "said", true}}},
		{"an anonymous speaker is kept as written",
			"“They don't believe me until they see the empty board,” said a cashier at a Minsk exchange office.",
			[]short{{"They don't believe me until they see the empty board", "", "a cashier at a Minsk exchange office", "", "said", true}}},
		{"a scare quote without a cue is not a quote",
			"The so-called “Union State” was set up in 1999.",
			nil},
		{"a quote without a cue continues the speaker before it",
			"“We will not give up,” Lukashenko said.\n“Nobody will take this country from us.”",
			[]short{
				{"We will not give up", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true},
				{"Nobody will take this country from us.", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true},
			}},
		{"indirect speech with that",
			"Lukashenko said that Belarus would never join Russia.",
			[]short{{"Belarus would never join Russia", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", false}}},
		{"indirect speech without that",
			"Merkel warned the ceasefire could collapse within days.",
			[]short{{"the ceasefire could collapse within days", "ANGELA_MERKEL", "Merkel", "", "warned", false}}},
		{"according to X, clause",
			"According to Lavrov, the talks had been productive.",
			[]short{{"the talks had been productive", "SERGEI_LAVROV", "Lavrov", "", "According to", false}}},
		{"clause, according to X",
			"The talks had been productive, according to Lavrov.",
			[]short{{"The talks had been productive", "SERGEI_LAVROV", "Lavrov", "", "according to", false}}},
		{"clause, X said",
			"The pipeline will reopen next week, the Belta news agency reported.",
			[]short{{"The pipeline will reopen next week", "BELTA", "Belta news agency", "", "reported", false}}},
		{"told with an addressee",
			"Lukashenko told reporters the border would stay open.",
			[]short{{"the border would stay open", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "told", false}}},
		{"a Russian cue with что",
			"Лукашенко заявил, что создание совета — это попытка захвата власти.",
			[]short{{"создание совета — это попытка захвата власти", "ALEXANDER_LUKASHENKO", "Лукашенко", "", "заявил", false}}},
		{"a speech verb with a plain object is not indirect speech",
			"The government announced a plan to cut taxes.",
			nil},
		{"coordinated content under one cue is one quote",
			"Merkel said that the talks had been hard and that a deal was still possible.",
			[]short{{"the talks had been hard and that a deal was still possible", "ANGELA_MERKEL", "Merkel", "", "said", false}}},
		{"a coordinated reporting verb ends the first report and cues its own",
			"Putin said that the grain had been shipped and added that more would follow in spring.",
			[]short{
				{"the grain had been shipped", "VLADIMIR_PUTIN", "Putin", "", "said", false},
				{"more would follow in spring", "VLADIMIR_PUTIN", "Putin", "", "added", false},
			}},
		{"a semicolon ends the reported clause",
			"Lavrov says the border is calm; the guards counted forty cars on Sunday.",
			[]short{{"the border is calm", "SERGEI_LAVROV", "Lavrov", "", "says", false}}},
		{"an occasion after a comma belongs to the writer",
			"Merkel said that the loan would be approved, on her last trip to Kyiv before the summer.",
			[]short{{"the loan would be approved", "ANGELA_MERKEL", "Merkel", "", "said", false}}},
		{"a time distance after a comma belongs to the writer",
			"Putin said the troops had left the region, three days after the ceasefire began.",
			[]short{{"the troops had left the region", "VLADIMIR_PUTIN", "Putin", "", "said", false}}},
		{"it after a body that spoke is that body",
			"The Belarusian Foreign Ministry said it had summoned the envoy over the flights near Grodno. It warned that Moscow would be held responsible.",
			[]short{
				{"it had summoned the envoy over the flights near Grodno", "BLRGOV", "Belarusian Foreign Ministry", "", "said", false},
				{"Moscow would be held responsible", "BLRGOV", "It", "Belarusian Foreign Ministry", "warned", false},
			}},
		{"a term in quotes after an article is not speech",
			"The dispute revived memories of the \"gas war\" of 2004 between the two capitals.",
			nil},
		{"a verbless title in quotes is not speech",
			"The parties signed the \"Joint Declaration on Trade and Transit Corridors\" in the evening.",
			nil},
		{"a short quote inside a reported clause is that speaker's",
			"Lukashenko said the weeks of protest had shown that Minsk needed its \"big neighbour\", a phrase the state press repeated.",
			[]short{{"big neighbour", "ALEXANDER_LUKASHENKO", "Lukashenko", "", "said", true}}},
		{"a title noun takes the name it stood beside, not the possessor",
			"Russia's food safety watchdog Rospotrebnadzor halted imports of cheese on Monday. The watchdog said that the cheese broke labelling rules.",
			[]short{{"the cheese broke labelling rules", "", "Rospotrebnadzor", "The watchdog", "said", false}}},
		{"a cue coordinated with an earlier verb takes that verb's subject",
			"Angela Merkel met the Lithuanian president in Vilnius and later said that sanctions would stay in place.",
			[]short{{"sanctions would stay in place", "ANGELA_MERKEL", "Angela Merkel", "", "said", false}}},
		{"a participle before a noun belongs to the speaker's noun phrase",
			"\"The harvest will be late this year,\" said a Vitebsk-based grain trader.",
			[]short{{"The harvest will be late this year", "", "a Vitebsk-based grain trader", "", "said", true}}},
		{"coordinated names are one speaker, the first of them its actor",
			"Russia and Belarus, which signed the treaty in 1999, said the union would deepen next year.",
			[]short{{"the union would deepen next year", "RUS", "Russia and Belarus", "", "said", false}}},
		{"как with a cue opens a report like according to",
			"Как рассказал наш собеседник в министерстве, переговоры шли всю ночь.",
			[]short{{"переговоры шли всю ночь", "", "наш собеседник в министерстве", "", "рассказал", false}}},
		{"a short quote running into a verb is a name, not speech",
			"Группа «Палитра» сообщает о новых задержаниях в Гродно.",
			nil},
		{"an unknown name after a title stops at the country before it",
			"По словам министра иностранных дел России Олега Смирнова, переговоры продолжатся в понедельник.",
			[]short{{"переговоры продолжатся в понедельник", "", "Олега Смирнова", "министра иностранных дел России", "По словам", false}}},
		{"a relative clause on the speaker is skipped",
			"A doctor who treated several protesters said that most had broken ribs.",
			[]short{{"most had broken ribs", "", "A doctor", "", "said", false}}},
		{"the subject nearest the cue heads the speaker's phrase",
			"Belta news agency chief editor Sergei Lavrov said that the agency would open a bureau in Kazan.",
			[]short{{"the agency would open a bureau in Kazan", "SERGEI_LAVROV", "Sergei Lavrov", "Belta news agency chief editor", "said", false}}},
		{"he after a new name the recogniser calls a person is that person",
			"Angela Merkel called the vote a farce. The airline's founder Tomas Kowalczyk told a radio station that the jet was safe. He said that the crew had done well.",
			[]short{
				{"the jet was safe", "NEW:tomas kowalczyk", "Tomas Kowalczyk", "The airline's founder", "told", false},
				{"the crew had done well", "NEW:tomas kowalczyk", "He", "", "said", false},
			}},
		{"a cue inside a reported clause is part of the report",
			"Lavrov said that he had told the envoy that the talks would resume.",
			[]short{{"he had told the envoy that the talks would resume", "SERGEI_LAVROV", "Lavrov", "", "said", false}}},
		{"another speaker inside a reported clause reports on his own",
			"Lavrov said that the talks were over and Putin said that the troops would stay.",
			[]short{
				{"the talks were over", "SERGEI_LAVROV", "Lavrov", "", "said", false},
				{"the troops would stay", "VLADIMIR_PUTIN", "Putin", "", "said", false},
			}},
		{"a pronoun ends the speaker's noun phrase before the cue",
			"Лукашенко приехал в Гродно. Тогда он впервые заявил, что не уйдёт до весны.",
			[]short{{"не уйдёт до весны", "ALEXANDER_LUKASHENKO", "он", "", "заявил", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.text)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
