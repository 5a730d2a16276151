package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// This is a second test set, independent of the demo gold: short passages
// written for these tests, one per phenomenon that attribution corpora
// such as PARC annotate, in the style of wire copy. The people are made up.

// wire are the names the passages mention, as a resolver would find them.
var wire = []testName{
	{"Maria Kowalska", "MARIA_KOWALSKA", "name"},
	{"Kowalska", "MARIA_KOWALSKA", "surname"},
	{"Tomas Berg", "TOMAS_BERG", "name"},
	{"Berg", "TOMAS_BERG", "surname"},
	{"Viktor Hale", "VIKTOR_HALE", "name"},
	{"Hale", "VIKTOR_HALE", "surname"},
	{"Dmitry Peskov", "DMITRY_PESKOV", "name"},
	{"Песков", "DMITRY_PESKOV", "surname"},
	{"Natalya Eismont", "NATALYA_EISMONT", "name"},
	{"Lukashenko", "ALEXANDER_LUKASHENKO", "surname"},
	{"Лукашэнка", "ALEXANDER_LUKASHENKO", "surname"},
	{"Putin", "VLADIMIR_PUTIN", "surname"},
	{"Сергей Лавров", "SERGEI_LAVROV", "name"},
	{"Лаврова", "SERGEI_LAVROV", "surname"},
	{"Кулеба", "DMYTRO_KULEBA", "surname"},
	{"Interior Ministry", "POLGOV", "name"},
	{"Defence Ministry", "LTUGOV", "name"},
	{"Foreign Ministry of Latvia", "LVAGOV", "name"},
	{"European Commission", "EU", "name"},
	{"Amnesty International", "AMNESTY", "name"},
	{"Belavia", "BELAVIA", "name"},
	{"МВД", "RUSGOV", "name"},
	{"Vilnius", "LTU", "metonym"},
	{"Warsaw", "POL", "metonym"},
	{"Grodno", "BLR", "name"},
	{"Kremlin", "RUSGOV", "metonym"},
	{"NATO official", "NATO", "role"},
	{"Lithuania", "LTU", "name"},
	{"Latvian", "LVA", "adjective"},
	{"Latvia", "LVA", "name"},
	{"Poland", "POL", "name"},
	{"Petrov", "IVAN_PETROV", "surname"},
	{"Ellen Coughlin", "ELLEN_COUGHLIN", "name"},
}

// wireMentions finds the wire names in text, longest first.
func wireMentions(text string) []news.Mention { return mentionsOf(wire, text) }

// attributed is what this set checks: the quote's span, who said it as the
// text names them, and the actor that is.
// checkAttributions runs Find over each case's text with the wire
// knowledge base's mentions and compares the quotes, speakers and actors.
func checkAttributions(t *testing.T, tests []struct {
	name, text string
	want       []attributed
}) {
	t.Helper()
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

type attributed struct {
	Text, SpeakerText string
	Speaker           news.ActorID
}

func TestFindAttributesWireCopy(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"a name before said reports the clause after it",
			"Kowalska said the talks would resume in March.",
			[]attributed{{"the talks would resume in March", "Kowalska", "MARIA_KOWALSKA"}}},
		{"said before the name closes a direct quote",
			`"The harvest was the worst in a decade," said Tomas Berg.`,
			[]attributed{{"The harvest was the worst in a decade", "Tomas Berg", "TOMAS_BERG"}}},
		{"an apposition between the name and said stays out of the speaker",
			"Tomas Berg, the agriculture minister, said that grain exports would fall.",
			[]attributed{{"grain exports would fall", "Tomas Berg", "TOMAS_BERG"}}},
		{"an apposition after an inverted said stays out of the speaker",
			`"Nobody wants a war," said Berg, the agriculture minister.`,
			[]attributed{{"Nobody wants a war", "Berg", "TOMAS_BERG"}}},
		{"according to a body opens the sentence",
			"According to the Interior Ministry, 40 people were detained overnight.",
			[]attributed{{"40 people were detained overnight", "Interior Ministry", "POLGOV"}}},
		{"told reporters that reports to the speaker, not the reporters",
			"Berg told reporters that the border would reopen on Friday.",
			[]attributed{{"the border would reopen on Friday", "Berg", "TOMAS_BERG"}}},
		{"told a named person that is the subject's speech",
			"Hale told Kowalska that the offer still stood.",
			[]attributed{{"the offer still stood", "Hale", "VIKTOR_HALE"}}},
		{"a possessive before a spokesman's name describes him",
			"Putin's spokesman Dmitry Peskov said the Kremlin had not been informed.",
			[]attributed{{"the Kremlin had not been informed", "Dmitry Peskov", "DMITRY_PESKOV"}}},
		{"an unnamed spokesman of a named person is the whole phrase",
			"Hale's spokesman said the meeting had been postponed.",
			[]attributed{{"the meeting had been postponed", "Hale's spokesman", ""}}},
		{"a press secretary named after a possessive title",
			"Lukashenko's press secretary Natalya Eismont said the president was working as usual.",
			[]attributed{{"the president was working as usual", "Natalya Eismont", "NATALYA_EISMONT"}}},
		{"a source close to the talks is the whole description",
			"A source close to the negotiations said the draft was almost ready.",
			[]attributed{{"the draft was almost ready", "A source close to the negotiations", ""}}},
		{"officials said at the start",
			"Officials said the bridge would stay closed until spring.",
			[]attributed{{"the bridge would stay closed until spring", "Officials", ""}}},
		{"officials said at the end",
			"The bridge will stay closed until spring, officials said.",
			[]attributed{{"The bridge will stay closed until spring", "officials", ""}}},
		{"people familiar with the matter said at the end",
			"The deal was signed last week, people familiar with the matter said.",
			[]attributed{{"The deal was signed last week", "people familiar with the matter", ""}}},
		{"a passive report names its source after by",
			"It was reported by state television that the president had left the capital.",
			[]attributed{{"the president had left the capital", "state television", ""}}},
		{"a medium after as reported by is not the speaker",
			"Lukashenko said the border would stay open, as reported by Belavia.",
			[]attributed{{"the border would stay open", "Lukashenko", "ALEXANDER_LUKASHENKO"}}},
		{"quoted by a medium as saying is still the subject's",
			"Hale was quoted by Belavia as saying the flights had been cancelled.",
			[]attributed{{"the flights had been cancelled", "Hale", "VIKTOR_HALE"}}},
		{"quoted as saying reports the subject of quoted",
			"Berg was quoted as saying that the deal was dead.",
			[]attributed{{"the deal was dead", "Berg", "TOMAS_BERG"}}},
		{"in a statement before the speaker",
			"In a statement, the European Commission said it regretted the decision.",
			[]attributed{{"it regretted the decision", "European Commission", "EU"}}},
		{"in a statement after the cue",
			"Belavia, the national airline, said in a statement that flights to Tbilisi would resume.",
			[]attributed{{"flights to Tbilisi would resume", "Belavia", "BELAVIA"}}},
		{"wrote on Telegram that",
			"Kowalska wrote on Telegram that the polling stations had been closed early.",
			[]attributed{{"the polling stations had been closed early", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a modal and a condition stay in the reported clause",
			"Berg said the country could leave the union if the tariffs were not lifted.",
			[]attributed{{"the country could leave the union if the tariffs were not lifted", "Berg", "TOMAS_BERG"}}},
		{"a conditional opening the reported clause stays in it",
			"Hale warned that if the talks failed, the army would be deployed.",
			[]attributed{{"if the talks failed, the army would be deployed", "Hale", "VIKTOR_HALE"}}},
		{"a nested quote stays in the quote of an anonymous speaker",
			`"They told us 'go home or be arrested', and we went home," a protester said.`,
			[]attributed{{"They told us 'go home or be arrested', and we went home", "a protester", ""}}},
		{"an anonymous speaker with a place keeps the place",
			`"Prices have doubled since spring," said a shop owner in Grodno.`,
			[]attributed{{"Prices have doubled since spring", "a shop owner in Grodno", ""}}},
		{"an organisation reports with that",
			"Amnesty International said that at least 30 journalists were in jail.",
			[]attributed{{"at least 30 journalists were in jail", "Amnesty International", "AMNESTY"}}},
		{"insisted without that",
			"Hale insisted he had never met the banker.",
			[]attributed{{"he had never met the banker", "Hale", "VIKTOR_HALE"}}},
		{"a description as subject of claimed",
			"The opposition claimed the count had been falsified.",
			[]attributed{{"the count had been falsified", "The opposition", ""}}},
		{"an indefinite article belongs to an unnamed official",
			`"The exercise is a warning to Minsk," said a NATO official.`,
			[]attributed{{"The exercise is a warning to Minsk", "a NATO official", "NATO"}}},
		{"a definite description named nowhere before is kept whole",
			`"We counted every ballot twice," said the head of the election commission in Grodno.`,
			[]attributed{{"We counted every ballot twice", "the head of the election commission in Grodno", ""}}},
		{"a relative clause after coordinated names leaves the group whole",
			"Lithuania, Latvia and Poland, whose borders are close to the camps, said they would reinforce their frontiers.",
			[]attributed{{"they would reinforce their frontiers", "Lithuania, Latvia and Poland", "LTU"}}},
		{"a weekday after said stays out of the speaker",
			`"We have no plans to raise prices," Berg said Tuesday.`,
			[]attributed{{"We have no plans to raise prices", "Berg", "TOMAS_BERG"}}},
		{"an honorific stays out of the speaker's name",
			"Mr. Berg said the mill would be sold by the end of the year.",
			[]attributed{{"the mill would be sold by the end of the year", "Berg", "TOMAS_BERG"}}},
		{"present-tense says after the clause",
			"The reforms have stalled, analysts say.",
			[]attributed{{"The reforms have stalled", "analysts", ""}}},
		{"a clause-final cue with in a statement after it",
			"The flights will resume next week, Belavia said in a statement.",
			[]attributed{{"The flights will resume next week", "Belavia", "BELAVIA"}}},
		{"a spokeswoman named after her title",
			"Spokeswoman Maria Kowalska said the ministry had received the letter.",
			[]attributed{{"the ministry had received the letter", "Maria Kowalska", "MARIA_KOWALSKA"}}},
		{"a relative clause whose object has a quantifier and a preposition leaves its head the speaker",
			"The label that released all of her albums said the tour would go on.",
			[]attributed{{"the tour would go on", "The label", ""}}},
		{"a relative clause on a description before a body named in apposition",
			"The airline that carries most of the traffic, Belavia, says the flights will resume.",
			[]attributed{{"the flights will resume", "The airline", "BELAVIA"}}},
		{"a name with a relative clause before said",
			"Hale, who led the talks in 2019, said the new deal was weaker.",
			[]attributed{{"the new deal was weaker", "Hale", "VIKTOR_HALE"}}},
		{"said and a name with a title apposition after a quote",
			`"The decision is final," said Berg, a spokesman for the ministry.`,
			[]attributed{{"The decision is final", "Berg", "TOMAS_BERG"}}},
		{"believes reports a belief, as PARC counts it",
			"Kowalska believes the ceasefire will not hold.",
			[]attributed{{"the ceasefire will not hold", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a quote after a colon lead-in with the speaker",
			`Hale was blunt: "There will be no second round."`,
			[]attributed{{"There will be no second round.", "Hale", "VIKTOR_HALE"}}},
		{"a medium that quoted someone as saying is not the speaker",
			"Belavia quoted Hale as saying that the flights would resume in May.",
			[]attributed{{"the flights would resume in May", "Hale", "VIKTOR_HALE"}}},
		{"an age after the name stays out of the speaker",
			`"I have never seen queues like this," said Kowalska, 64.`,
			[]attributed{{"I have never seen queues like this", "Kowalska", "MARIA_KOWALSKA"}}},
		{"officials speaking on condition of anonymity",
			"Two officials, speaking on condition of anonymity, said the talks had collapsed.",
			[]attributed{{"the talks had collapsed", "Two officials", ""}}},
		{"told a newspaper in an interview that",
			"Berg told a local newspaper in an interview that he would not run again.",
			[]attributed{{"he would not run again", "Berg", "TOMAS_BERG"}}},
		{"an asked-whether lead-in leaves the speaker after it",
			"Asked whether the border would close, Hale said no decision had been taken.",
			[]attributed{{"no decision had been taken", "Hale", "VIKTOR_HALE"}}},
		{"a report nested in a report is each speaker's own",
			"Berg said Hale had told him that the deal was dead.",
			[]attributed{
				{"Hale had told him that the deal was dead", "Berg", "TOMAS_BERG"},
				{"the deal was dead", "Hale", "VIKTOR_HALE"},
			}},
		{"a denial of a noun reports nothing",
			"Berg denied the allegations and declined to comment further.",
			nil},
		{"a denial with that is reported speech",
			"Berg denied that he had met the banker in Riga.",
			[]attributed{{"he had met the banker in Riga", "Berg", "TOMAS_BERG"}}},
		{"the Kremlin speaks for the government",
			"The Kremlin said the exercises were purely defensive.",
			[]attributed{{"the exercises were purely defensive", "Kremlin", "RUSGOV"}}},
		{"think reports a belief",
			"Analysts think the central bank will cut rates again in June.",
			[]attributed{{"the central bank will cut rates again in June", "Analysts", ""}}},
		{"expect with an object and an infinitive reports nothing",
			"Analysts expect the central bank to cut rates in June.",
			nil},
		{"agreed after a report is no report of its own",
			"Berg said that he had asked Hale to stay, and Hale agreed.",
			[]attributed{{"he had asked Hale to stay", "Berg", "TOMAS_BERG"}}},
		{"a numbered protester with a relative clause after",
			`"It is over for him," said one protester, who asked not to be named.`,
			[]attributed{{"It is over for him", "one protester", ""}}},
		{"a spokesman for a body is the whole phrase",
			"A spokesman for the Interior Ministry said the detainees had been released.",
			[]attributed{{"the detainees had been released", "A spokesman for the Interior Ministry", ""}}},
		{"a person's office speaks as written",
			"Hale's office said the visit had been cancelled.",
			[]attributed{{"the visit had been cancelled", "Hale's office", ""}}},
		{"two names said in a joint statement",
			"Berg and Hale said in a joint statement that the talks would continue.",
			[]attributed{{"the talks would continue", "Berg and Hale", "TOMAS_BERG"}}},
		{"a cue set in the middle of the reported sentence",
			"The talks, Berg said, had failed because of the tariffs.",
			[]attributed{{"The talks, Berg said, had failed because of the tariffs", "Berg", "TOMAS_BERG"}}},
		{"British single quotes with an apostrophe and a nested double quote",
			`'They won't call it "a farce" again,' Hale said.`,
			[]attributed{{`They won't call it "a farce" again`, "Hale", "VIKTOR_HALE"}}},
		{"a title stays out of a name the resolver does not know",
			"Deputy Prime Minister Jan Novak said the budget would be cut by a tenth.",
			[]attributed{{"the budget would be cut by a tenth", "Jan Novak", ""}}},
		{"a title and country stay out of an unknown name after the quote",
			`"The border stays open," said Latvian Interior Minister Jan Novak.`,
			[]attributed{{"The border stays open", "Jan Novak", ""}}},
		{"a speech verb's object with a relative clause is no report",
			"Hale recalled the ambassador, who had criticised the deal in public.",
			nil},
		{"a restrictive relative clause inside the reported subject stays",
			"Berg said the man who fired the shots had been arrested.",
			[]attributed{{"the man who fired the shots had been arrested", "Berg", "TOMAS_BERG"}}},
		{"a place in a colon lead-in is no speaker",
			`In Warsaw on Monday the mood was grim: "Nobody believes the talks will work."`,
			[]attributed{{"Nobody believes the talks will work.", "", ""}}},
		{"said with nothing reported is no quote",
			"The report said nothing about the cost.",
			nil},
	}
	checkAttributions(t, tests)
}

// Wire copy names people no knowledge base holds: with no mentions at all,
// the speaker's words must still be the name as written, titles aside.
func TestFindNamesSpeakersWithoutMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a full name before said",
			"John Whitaker said the plant would close in June.",
			[]string{"John Whitaker"}},
		{"a title before an unknown name",
			"Treasury Secretary Ellen Marsh said the bonds would be repaid.",
			[]string{"Ellen Marsh"}},
		{"an inverted cue after a quote",
			`"We expect a weak quarter," said Robert Haines, chief executive of the company.`,
			[]string{"Robert Haines"}},
		{"Mr. before a surname",
			"Mr. Haines said the board had approved the sale.",
			[]string{"Haines"}},
		{"an apposition between the name and the cue",
			"Ellen Marsh, a spokeswoman for the agency, said the figures were accurate.",
			[]string{"Ellen Marsh"}},
		{"a description with no name",
			"An analyst at a Frankfurt bank said the rate cut was priced in.",
			[]string{"An analyst at a Frankfurt bank"}},
		{"a department named with the article",
			"The Treasury Department said the sanctions would take effect on Friday.",
			[]string{"Treasury Department"}},
		{"a company that said in a statement",
			"Northwind Airlines said in a statement that all flights had been cancelled.",
			[]string{"Northwind Airlines"}},
		{"officials at a body",
			"Officials at the Treasury said the auction had gone smoothly.",
			[]string{"Officials at the Treasury"}},
		{"declining to comment is no quote",
			"A spokeswoman for Northwind declined to comment.",
			nil},
		{"a pronoun with nobody to stand for is kept as written",
			`"It is too early to say," he said.`,
			[]string{"he"}},
	}
	checkSpeakers(t, tests)
}
