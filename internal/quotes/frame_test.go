package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Reporting frames of English news copy the other tables leave out,
// written before the finder was run on them; the people are made up.
func TestFindReadsReportingFrames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"a cue after and goes on with the cue before, not with the verb of its report",
			"Berg said the talks had failed and warned that sanctions would follow.",
			[]attributed{
				{"the talks had failed", "Berg", "TOMAS_BERG"},
				{"sanctions would follow", "Berg", "TOMAS_BERG"},
			}},
		{"a cue after and shares the subject of a cue with a listener",
			"Kowalska told reporters the vote was rigged and claimed that thousands of ballots were missing.",
			[]attributed{
				{"the vote was rigged", "Kowalska", "MARIA_KOWALSKA"},
				{"thousands of ballots were missing", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a clause of time after a comma and after is the writer's",
			"Kowalska said the plant would close, after the company lost its biggest customer.",
			[]attributed{{"the plant would close", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a participle after a comma and after is the writer's",
			"Berg said the army would withdraw, after meeting Kowalska in Vilnius.",
			[]attributed{{"the army would withdraw", "Berg", "TOMAS_BERG"}}},
		{"a clause of time whose subject a number opens is the writer's",
			"Health officials have confirmed that a third case has been reported, after two people fell ill in Minsk earlier this month.",
			[]attributed{{"a third case has been reported", "Health officials", ""}}},
		{"a belief after and with no subject of its own goes on with the report",
			"Kowalska said she did not want to judge the campaign, and thinks it could still be successful.",
			[]attributed{{"she did not want to judge the campaign, and thinks it could still be successful", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a belief with a subject of its own is its own report",
			"Kowalska said the plant would close. She thinks the unions will accept it.",
			[]attributed{
				{"the plant would close", "Kowalska", "MARIA_KOWALSKA"},
				{"the unions will accept it", "She", "MARIA_KOWALSKA"},
			}},
		{"after with no comma before it goes on with the report",
			"Berg said the army would withdraw after the talks end.",
			[]attributed{{"the army would withdraw after the talks end", "Berg", "TOMAS_BERG"}}},
		{"a passive of reporting raises the subject of the cue after to have",
			"Berg is reported to have said that the army would withdraw.",
			[]attributed{{"the army would withdraw", "Berg", "TOMAS_BERG"}}},
		{"understood to have told keeps the teller, not the listener",
			"Kowalska is understood to have told aides that she would resign.",
			[]attributed{{"she would resign", "Kowalska", "MARIA_KOWALSKA"}}},
		{"an adverb may stand inside the raising passive",
			"Hale is also said to have warned that the strikes would go on.",
			[]attributed{{"the strikes would go on", "Hale", "VIKTOR_HALE"}}},
		{"heard saying gives the words to the one heard",
			"Berg was heard saying that the deal was dead.",
			[]attributed{{"the deal was dead", "Berg", "TOMAS_BERG"}}},
		{"seen leaving reports nothing",
			"Kowalska was seen leaving the building.",
			nil},
		{"a past after a modal clause is the reporter's next act",
			"Berg said the border would reopen, but gave no date.",
			[]attributed{{"the border would reopen", "Berg", "TOMAS_BERG"}}},
		{"declined after a modal clause leaves the report",
			"Kowalska said the plant would close soon but declined to name a date.",
			[]attributed{{"the plant would close soon", "Kowalska", "MARIA_KOWALSKA"}}},
		{"two pasts coordinated in the report stay in it",
			"Hale said the rebels attacked the town and killed 12 people.",
			[]attributed{{"the rebels attacked the town and killed 12 people", "Hale", "VIKTOR_HALE"}}},
		{"a perfect with a regular past after it stays one report",
			"Berg said the army had advanced and captured the town.",
			[]attributed{{"the army had advanced and captured the town", "Berg", "TOMAS_BERG"}}},
		{"a pronoun's modal clause may go on with the reporter's own past",
			"Kowalska said she would have objected and did not know about the call.",
			[]attributed{{"she would have objected and did not know about the call", "Kowalska", "MARIA_KOWALSKA"}}},
		{"an unnamed official after an inverted cue before a relative clause",
			`"The talks have collapsed," said one official, who spoke on condition of anonymity.`,
			[]attributed{{"The talks have collapsed", "one official", ""}}},
		{"a senior official before a relative clause of anonymity",
			`"The talks have collapsed," said a senior official, who spoke on condition of anonymity.`,
			[]attributed{{"The talks have collapsed", "a senior official", ""}}},
		{"went on to say is said by the subject of went",
			"Berg went on to say that the deal was dead.",
			[]attributed{{"the deal was dead", "Berg", "TOMAS_BERG"}}},
		{"responded by saying is said by the one who responded",
			"Kowalska responded by saying that the report was biased.",
			[]attributed{{"the report was biased", "Kowalska", "MARIA_KOWALSKA"}}},
		{"by warning after an object is still the subject's",
			"Hale ended his speech by warning that the country faced hard times.",
			[]attributed{{"the country faced hard times", "Hale", "VIKTOR_HALE"}}},
		{"declined to say reports nothing",
			"Berg declined to say whether the deal was dead.",
			nil},
		{"urged someone to say reports nothing said",
			"Kowalska urged Berg to say that the deal was dead.",
			nil},
		{"tried to suggest is an attempt, not a report",
			"Hale has tried to suggest that he barely knows the envoy.",
			nil},
		{"the writer's own by noting is no report",
			"We will start by noting that the figures are estimates.",
			nil},
		{"a cue in a relative clause on the speaker after a quote is not the quote's",
			`"I am not going anywhere," Berg, who has been accused of corruption by the opposition, told reporters.`,
			[]attributed{{"I am not going anywhere", "Berg", "TOMAS_BERG"}}},
		{"a report inside a relative clause ends where the main predicate resumes",
			`"We are ready," Kowalska, who said last week that she would resign, told the BBC.`,
			[]attributed{
				{"We are ready", "Kowalska", "MARIA_KOWALSKA"},
				{"she would resign", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"they after two names coordinated as the subject before is the pair",
			"Tomas Berg and Maria Kowalska met in Vilnius. They said the talks had been useful.",
			[]attributed{{"the talks had been useful", "They", "TOMAS_BERG"}}},
		{"they after a name and its object is no pair",
			"Tomas Berg met Maria Kowalska in Vilnius. They said the talks had been useful.",
			[]attributed{{"the talks had been useful", "They", ""}}},
		{"a ruling reports with that",
			"The Supreme Court ruled that the border closure was lawful.",
			[]attributed{{"the border closure was lawful", "Supreme Court", ""}}},
		{"ruled with an object reports nothing",
			"Berg ruled the country for twenty years.",
			nil},
		{"advising reports with that",
			"The Interior Ministry advises that travellers avoid the border area.",
			[]attributed{{"travellers avoid the border area", "Interior Ministry", "POLGOV"}}},
		{"advised someone to act reports nothing",
			"Doctors advised Berg to rest.",
			nil},
		{"a participle after a quote inside a report reports on its own",
			`Berg said the move was "not, per se, illegal", saying he trusted the courts to decide.`,
			[]attributed{
				{`the move was "not, per se, illegal"`, "Berg", "TOMAS_BERG"},
				{"he trusted the courts to decide", "Berg", "TOMAS_BERG"},
			}},
		{"a cue inside a relative clause reports its predicate",
			"Police are looking for two men who officials said had fled to Poland.",
			[]attributed{{"had fled to Poland", "officials", ""}}},
		{"a restrictive relative's report ends where the main verb resumes",
			"The plan that Kowalska said would save money was dropped.",
			[]attributed{{"would save money", "Kowalska", "MARIA_KOWALSKA"}}},
		{"it in a relative clause's report is the main clause's subject",
			"The Interior Ministry denied the report on the strike, which it said had hit only military targets.",
			[]attributed{{"had hit only military targets", "it", "POLGOV"}}},
		{"a relative clause between commas keeps its report to itself",
			"Berg rejected the claims, which Kowalska said were backed by evidence, as lies.",
			[]attributed{{"were backed by evidence", "Kowalska", "MARIA_KOWALSKA"}}},
		{"with a name warning of a quoted phrase adds a speaker",
			`Neighbouring states criticised the move, with Kowalska warning of "dangerous consequences".`,
			[]attributed{{"dangerous consequences", "Kowalska", "MARIA_KOWALSKA"}}},
		{"with a name saying reports the clause",
			"Neighbouring states criticised the move, with Kowalska saying it would destabilise the region.",
			[]attributed{{"it would destabilise the region", "Kowalska", "MARIA_KOWALSKA"}}},
		{"with a warning of a quoted thing is no cue",
			`The agency issued a statement with a warning of "severe floods in the coming days".`,
			[]attributed{{"severe floods in the coming days", "", ""}}},
		{"a reported clause may open with an approximate number",
			"Kowalska said about 40 people were injured.",
			[]attributed{{"about 40 people were injured", "Kowalska", "MARIA_KOWALSKA"}}},
		{"at least before a number opens the reported clause",
			"The Interior Ministry reported at least 5,000 people entered the building.",
			[]attributed{{"at least 5,000 people entered the building", "Interior Ministry", "POLGOV"}}},
		{"an infinitive of purpose after a verb and its object is the subject's",
			"Hale changed his story to say that he had never met the envoy.",
			[]attributed{{"he had never met the envoy", "Hale", "VIKTOR_HALE"}}},
		{"a present the tagger read as a plural after an apposition's comma",
			"Berg, the minister, denies that the talks failed.",
			[]attributed{{"the talks failed", "Berg", "TOMAS_BERG"}}},
		{"an aside between dashes does not count against the subject's length",
			"Berg said two of the three things the region needs ― water, roads and power lines for the new villages ― are still missing.",
			[]attributed{{"two of the three things the region needs ― water, roads and power lines for the new villages ― are still missing", "Berg", "TOMAS_BERG"}}},
		{"dismissed as after and ends the report before it, and names the quote",
			`Berg said he had read the report and dismissed the hearings as a "disgrace."`,
			[]attributed{
				{"he had read the report", "Berg", "TOMAS_BERG"},
				{"disgrace.", "Berg", "TOMAS_BERG"},
			}},
		{"hailed as gives the quoted words to the subject",
			`Kowalska hailed the agreement as "a historic step for the region."`,
			[]attributed{{"a historic step for the region.", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a cue noun after a possessive name reports its that-clause",
			"The court rejected Berg's claim that the vote had been rigged.",
			[]attributed{{"the vote had been rigged", "Berg", "TOMAS_BERG"}}},
		{"a cue noun's report ends where the main verb follows its predicate",
			"Kowalska's warning that prices would rise proved correct.",
			[]attributed{{"prices would rise", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a body's statement that",
			"The Interior Ministry's statement that 40 people were detained angered the opposition.",
			[]attributed{{"40 people were detained", "Interior Ministry", "POLGOV"}}},
		{"a noun that is no speech reports nothing",
			"The fact that Berg resigned surprised nobody.",
			nil},
		{"a cue noun without that reports nothing",
			"Berg's remarks were criticised by the opposition.",
			nil},
		{"a quote closed by its own stop is not attributed by the next sentence's report",
			"“We have lost,” Berg said. “It is over.” Kowalska, however, said the fight would go on.",
			[]attributed{
				{"We have lost", "Berg", "TOMAS_BERG"},
				{"It is over.", "Berg", "TOMAS_BERG"},
				{"the fight would go on", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a cue right after a quote closed by a stop still attributes it",
			"“It is over.” Berg said.",
			[]attributed{{"It is over.", "Berg", "TOMAS_BERG"}}},
		{"a statement from a body speaks for the body",
			"According to a statement from the Interior Ministry, 40 people were detained.",
			[]attributed{{"40 people were detained", "a statement from the Interior Ministry", "POLGOV"}}},
		{"a letter from a person speaks for the person",
			"A letter from Kowalska said the plant would close.",
			[]attributed{{"the plant would close", "A letter from Kowalska", "MARIA_KOWALSKA"}}},
		{"a participle describing the statement is no cue, and the report is the earlier cue's",
			"Berg said in a statement posted on the ministry's website late on Sunday that the border would reopen.",
			[]attributed{{"the border would reopen", "Berg", "TOMAS_BERG"}}},
		{"she skips a man whose given name tells",
			"Viktor Hale met Ellen Coughlin in Vilnius. She said the talks had been useful.",
			[]attributed{{"the talks had been useful", "She", "ELLEN_COUGHLIN"}}},
		{"he skips a woman whose given name tells",
			"Ellen Coughlin met Tomas Berg in Vilnius. He said the talks had been useful.",
			[]attributed{{"the talks had been useful", "He", "TOMAS_BERG"}}},
	}
	checkAttributions(t, tests)
}

// Names no knowledge base holds, beside a parenthesis or with words the
// tagger read as adjectives: with no mentions, the speaker is the name as
// written.
func TestFindNamesSpeakersBesideParentheses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an acronym in parentheses between a body and said",
			"The International Atomic Energy Agency (IAEA) said the plant was safe.",
			[]string{"International Atomic Energy Agency"}},
		{"a party and state between a lawmaker and said",
			"Rep. Ellen Marsh (D-Calif.) said the bill would fail.",
			[]string{"Ellen Marsh"}},
		{"a party and state after an inverted said",
			`"The bill will fail," said Rep. Ellen Marsh (D-Calif.).`,
			[]string{"Ellen Marsh"}},
		{"a name no mention holds in apposition after an inverted cue",
			`"This will not stand," said a ministry spokesman, Jan Nowak.`,
			[]string{"Jan Nowak"}},
		{"a day after an inverted cue's description is no name",
			`"This will not stand," said a spokesman, on Monday.`,
			[]string{"a spokesman"}},
		{"a capitalised adjective opens a body's name",
			"The White House said the president would sign the bill.",
			[]string{"White House"}},
	}
	checkSpeakers(t, tests)
}

// checkSpeakers runs Find over each case's text with no mentions and
// compares the speakers as written.
func checkSpeakers(t *testing.T, tests []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Find(annotator()(tt.text), nil) {
				got = append(got, q.SpeakerText)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
