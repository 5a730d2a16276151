package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Passages written for the cues this file's rules read, one table per
// phenomenon; the people are made up.

// bodies are names with a preposition or a conjunction in them, which the
// resolver finds whole and a noun phrase read word by word would cut.
var bodies = append([]testName{
	{"Swedish Centre for Food Safety and Animal Health", "CFSAH", "name"},
	{"Office of the Inspector General", "OIG", "name"},
	{"Latvian Center for Disease Control and Prevention", "LVACDC", "name"},
}, wire...)

func TestFindKeepsNamesTheResolverFoundWhole(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"a name with for and and in it is the speaker whole",
			"The Swedish Centre for Food Safety and Animal Health said the outbreak was contained.",
			[]attributed{{"the outbreak was contained", "Swedish Centre for Food Safety and Animal Health", "CFSAH"}}},
		{"a name with of in it is the speaker whole",
			"The Office of the Inspector General said the audit found no fraud.",
			[]attributed{{"the audit found no fraud", "Office of the Inspector General", "OIG"}}},
		{"a name with of and and in it after a clause on others is the speaker",
			"The couple was quarantined, and the Latvian Center for Disease Control and Prevention said the risk of transmission was low.",
			[]attributed{{"the risk of transmission was low", "Latvian Center for Disease Control and Prevention", "LVACDC"}}},
		{"a cue coordinated after its subject's first verb shares the subject",
			"The Swedish Centre for Food Safety and Animal Health tested the wells and said the water was safe.",
			[]attributed{{"the water was safe", "Swedish Centre for Food Safety and Animal Health", "CFSAH"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotator()(tt.text)
			var got []attributed
			for _, q := range Find(doc, mentionsOf(bodies, tt.text)) {
				got = append(got, attributed{q.Text, q.SpeakerText, q.Speaker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

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
		{"a participle after X said is the speaker's next act, not the end of a report",
			"Targeting voters is key in making money go further, Berg said, offering the example of a recent campaign.",
			[]attributed{{"Targeting voters is key in making money go further", "Berg", "TOMAS_BERG"}}},
		{"a fragment in lower case woven into a report is part of it",
			"Berg said they would work with the ministry to “create a system to ensure that most migrant families” held in custody are vaccinated.",
			[]attributed{{"they would work with the ministry to “create a system to ensure that most migrant families” held in custody are vaccinated", "Berg", "TOMAS_BERG"}}},
		{"begging someone in quoted words is the beggar's",
			`Berg met the committee on Monday. He begged lawmakers "not to lose sight of" the war.`,
			[]attributed{{"not to lose sight of", "He", "TOMAS_BERG"}}},
		{"a participle after a time phrase is the sentence subject's",
			"The Interior Ministry sent a letter to the unions earlier this month stating that the strike was illegal.",
			[]attributed{{"the strike was illegal", "Interior Ministry", "POLGOV"}}},
		{"begging someone to act reports no clause",
			"Kowalska begged the minister to reopen the border.",
			nil},
		{"per a unit divides and names no source",
			"Prices rose to 40 euros per tonne, the highest in a decade.",
			nil},
		{"per after a number divides and names no source",
			"Each clinic gave three doses per child last winter.",
			nil},
	}
	checkAttributions(t, tests)
}

func TestFindReadsCuesTheTaggerTookForNouns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"warns after a name is a cue",
			"Kowalska warns that the talks could collapse.",
			[]attributed{{"the talks could collapse", "Kowalska", "MARIA_KOWALSKA"}}},
		{"claims after a singular noun reports the clause after it",
			"The Interior Ministry claims the vote was rigged.",
			[]attributed{{"the vote was rigged", "Interior Ministry", "POLGOV"}}},
		{"warns after a pronoun reports the clause after it",
			"She warns the talks could collapse.",
			[]attributed{{"the talks could collapse", "She", ""}}},
		{"claims after a possessive plural is a noun, its possessor the source",
			"The officials' claims that the vote was rigged were rejected.",
			[]attributed{{"the vote was rigged", "The officials", ""}}},
		{"claims after an article is a noun",
			"Berg rejected the claims that the vote was rigged.",
			nil},
	}
	checkAttributions(t, tests)
}

// Passages where two people speak in turn, or one speaks to another: the
// listener of "told" never speaks, and a pronoun is the person its gender
// fits, not merely the last who spoke.
func TestFindTellsSpeakersFromListeners(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"the person told is the listener, and he after it the teller",
			"Hale told Berg that the offer still stood. He added that the deadline was Friday.",
			[]attributed{
				{"the offer still stood", "Hale", "VIKTOR_HALE"},
				{"the deadline was Friday", "He", "VIKTOR_HALE"},
			}},
		{"a quote told to someone is the teller's",
			`"The offer still stands," Hale told Berg. "The deadline is Friday," he said.`,
			[]attributed{
				{"The offer still stands", "Hale", "VIKTOR_HALE"},
				{"The deadline is Friday", "he", "VIKTOR_HALE"},
			}},
		{"a participle before whom the speaker told leaves the listener out of the report",
			"Berg told cheering teachers that they were not asking for the moon.",
			[]attributed{{"they were not asking for the moon", "Berg", "TOMAS_BERG"}}},
		{"a quote inside what the speaker told a cheering crowd is the speaker's",
			"Kowalska, who has split from her party on taxes, told cheering teachers that they weren’t “asking for the moon.”",
			[]attributed{{"they weren’t “asking for the moon.”", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a name nobody linked is the speaker past a long relative clause set off by commas",
			"Annika Strand, who has split from many fellow members of her party on issues such as the private school voucher program, told reporters that the vote was rigged.",
			[]attributed{{"the vote was rigged", "Annika Strand", ""}}},
		{"she and he alternating are the woman and the man who spoke before",
			`"We are ready to sign," Kowalska said. "Not today," Berg replied. "Then when?" she asked. "After the vote," he said.`,
			[]attributed{
				{"We are ready to sign", "Kowalska", "MARIA_KOWALSKA"},
				{"Not today", "Berg", "TOMAS_BERG"},
				{"Then when?", "she", "MARIA_KOWALSKA"},
				{"After the vote", "he", "TOMAS_BERG"},
			}},
		{"a quotation over paragraphs keeps the speaker named before it",
			"Hale said the talks had failed.\n\n\"Nobody wants to compromise. We tried for six months.\n\n\"Now it is over,\" he said.",
			[]attributed{
				{"the talks had failed", "Hale", "VIKTOR_HALE"},
				{"Nobody wants to compromise. We tried for six months.", "he", "VIKTOR_HALE"},
				{"Now it is over", "he", "VIKTOR_HALE"},
			}},
	}
	checkAttributions(t, tests)
}

// Headlines and leads that name the speaker before a colon.
func TestFindReadsHeadlineSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"a name and a colon before a clause is the clause's speaker",
			"Kowalska: Talks will resume in March\n\nThe talks stalled last week.",
			[]attributed{{"Talks will resume in March", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a body and a colon before a clause is the clause's speaker",
			"Amnesty International: 40 protesters were detained overnight",
			[]attributed{{"40 protesters were detained overnight", "Amnesty International", "AMNESTY"}}},
		{"a name and a colon before a phrase without a verb reports nothing",
			"Kowalska: a life in politics\n\nThe talks stalled last week.",
			nil},
		{"a label no actor names before a colon reports nothing",
			"Note: the figures were revised on Monday.",
			nil},
		{"a dateline before a report is no part of it",
			"VILNIUS, Nov 20 (Reuters) - Lithuania will close two border crossings, Kowalska said on Wednesday.",
			[]attributed{{"Lithuania will close two border crossings", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a dateline with a dash before a reporting subject is no part of the report",
			"WARSAW — The Interior Ministry said on Monday that 40 people were detained.",
			[]attributed{{"40 people were detained", "Interior Ministry", "POLGOV"}}},
		{"a name in capitals before a dash inside a sentence is no dateline",
			"NATO forces — about 4,000 troops — will stay in Lithuania, Kowalska said.",
			[]attributed{{"NATO forces — about 4,000 troops — will stay in Lithuania", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a says after the clause in a headline names its speaker",
			"Talks will resume in March, says Berg\n\nThe talks stalled last week.",
			[]attributed{{"Talks will resume in March", "Berg", "TOMAS_BERG"}}},
	}
	checkAttributions(t, tests)
}
