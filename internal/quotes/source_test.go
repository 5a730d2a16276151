package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// firms are the names of the source passages, as a resolver would find
// them; "Dan" and "Dick Clark" are cut short as resolvers cut them.
var firms = []testName{
	{"Northwind Records", "NEW:northwind records", "new"},
	{"Harbor Labs", "NEW:harbor labs", "new"},
	{"Elena Marsh", "NEW:elena marsh", "new"},
	{"Ivan Petrov", "IVAN_PETROV", "name"},
	{"Dan", "NEW:infonation president dan", "new"},
	{"Dick Clark", "NEW:dick clark", "new"},
	{"Cleaners United", "NEW:cleaners united", "new"},
	{"Coast Guard", "USACOASTGUARD", "name"},
	{"Tomas Berg", "TOMAS_BERG", "name"},
	{"Berg", "TOMAS_BERG", "surname"},
	{"governor", "USAGOV", "role"},
}

// sourced is a quote's span with its speaker as written, the actor and
// the description it was resolved through.
type sourced struct {
	Text, SpeakerText string
	Speaker           news.ActorID
	Descriptor        string
}

// Passages for who speaks through a document, a pronoun or a kind of
// body, and for a speaker whose name the resolver cut short: invented, in
// the style of the ScrapingHub dev half's copy.
func TestFindTracesSources(t *testing.T) {
	tests := []struct {
		name, text string
		want       []sourced
	}{
		{"the statement said is the words of whoever issued it",
			`Two sailors were rescued off the coast, the Coast Guard said in a statement on Friday. "Both men are in stable condition," the statement said.`,
			[]sourced{
				{"Two sailors were rescued off the coast", "Coast Guard", "USACOASTGUARD", ""},
				{"Both men are in stable condition", "the statement", "USACOASTGUARD", "Coast Guard"},
			}},
		{"it after a sentence that brings up a statement is its issuer",
			`Northwind Records have twice denied doing anything wrong. Now they have put out another statement. "We will grant all licences," it says.`,
			[]sourced{{"We will grant all licences", "it", "NEW:northwind records", "Northwind Records"}}},
		{"a body named before the document noun issued it",
			"Berg pleaded guilty to the charges. His sentencing is scheduled for May 4, according to the Coast Guard report.",
			[]sourced{{"His sentencing is scheduled for May 4", "the Coast Guard report", "USACOASTGUARD", "Coast Guard"}}},
		{"a body that spoke before and names the document issued it",
			"A man pleaded guilty to the threats, the Attorney's Office for the Western District announced Monday. His sentencing is scheduled for May 4, according to the office release.",
			[]sourced{
				{"A man pleaded guilty to the threats", "the Attorney's Office for the Western District", "", ""},
				{"His sentencing is scheduled for May 4", "the office release", "", "the Attorney's Office for the Western District"},
			}},
		{"the governor is the person once named Gov.",
			"Republican Gov. Tomas Berg and Gov. Ivan Petrov met on Monday. Teachers did not see Berg at the Statehouse. The governor said he was waiting for a commission.",
			[]sourced{{"he was waiting for a commission", "The governor", "TOMAS_BERG", "Berg"}}},
		{"the governor is the one titled so and named last, not another governor named since",
			"Republican Gov. Tomas Berg met teachers on Monday. They were angry, as Gov. Ivan Petrov had been in March. Teachers did not see Berg at the Statehouse. The governor said he was waiting for a commission.",
			[]sourced{{"he was waiting for a commission", "The governor", "TOMAS_BERG", "Berg"}}},
		{"the governor is a person once named Gov., not the body a resolver read the word as",
			"Republican Gov. Tomas Berg met teachers on Monday. The governor said he was waiting for a commission.",
			[]sourced{{"he was waiting for a commission", "The governor", "TOMAS_BERG", "Tomas Berg"}}},
		{"a report from a named body is that body's",
			"Sales fell 10 percent in October, according to the quarterly report from Harbor Labs.",
			[]sourced{{"Sales fell 10 percent in October", "Harbor Labs", "NEW:harbor labs", "the quarterly report from Harbor Labs"}}},
		{"a statement nobody was said to issue has no author",
			`"Both men are in stable condition," the statement said.`,
			[]sourced{{"Both men are in stable condition", "the statement", "", ""}}},
		{"the company is the organisation named last",
			"Northwind Records says the singer may perform her old songs. But the company says she never needed its permission.",
			[]sourced{
				{"the singer may perform her old songs", "Northwind Records", "NEW:northwind records", ""},
				{"she never needed its permission", "the company", "NEW:northwind records", "Northwind Records"},
			}},
		{"the company is the body that spoke last when the resolver knew no name",
			"Eastgate Records said the album would be released in May. The company said the tour would go on.",
			[]sourced{
				{"the album would be released in May", "Eastgate Records", "", ""},
				{"the tour would go on", "The company", "", "Eastgate Records"},
			}},
		{"the company is no person who spoke last",
			"Elena Morrow said the album would be released in May. The company said the tour would go on.",
			[]sourced{
				{"the album would be released in May", "Elena Morrow", "", ""},
				{"the tour would go on", "The company", "", ""},
			}},
		{"the group is the group that spoke last, not the firm named since",
			"The group, Cleaners United, announced that Northwind Records had hired 40 cleaners. The group said that the contract had confused employees.",
			[]sourced{
				{"Northwind Records had hired 40 cleaners", "The group", "NEW:cleaners united", "Cleaners United"},
				{"the contract had confused employees", "The group", "NEW:cleaners united", "Cleaners United"},
			}},
		{"they with no group before is the body that opened the sentence before",
			`Northwind Records have twice denied doing anything wrong. "We never blocked her," they said.`,
			[]sourced{{"We never blocked her", "they", "NEW:northwind records", "Northwind Records"}}},
		{"they after a relative clause is the body named in apposition",
			`The company that runs the awards, Dick Clark Productions, denies that a deal was reached. "We have no further comment," they said.`,
			[]sourced{
				{"a deal was reached", "The company", "", "Dick Clark Productions"},
				{"We have no further comment", "they", "", "Dick Clark Productions"},
			}},
		{"they with a person before stays unresolved",
			`Tomas Berg denied doing anything wrong. "We never blocked her," they said.`,
			[]sourced{{"We never blocked her", "they", "", ""}}},
		{"a passive tell's subject heard the words: the email's sender said them",
			"In a company email sent by chairman Tomas Berg, employees were told that layoffs will begin this week.",
			[]sourced{{"layoffs will begin this week", "Tomas Berg", "TOMAS_BERG", ""}}},
		{"an agentless passive tell keeps its words with nobody named",
			"The crew was told that the flight would be delayed.",
			[]sourced{{"the flight would be delayed", "", "", ""}}},
		{"a first name cut from its surname takes the surname back",
			`"People are cautious," InfoNation President Dan McDowell said, adding, "2019 is just not as strong as 2018."`,
			[]sourced{
				{"People are cautious", "Dan McDowell", "", ""},
				{"2019 is just not as strong as 2018.", "Dan McDowell", "", "InfoNation President"},
			}},
		{"a day after the name is no part of it",
			"Berg Tuesday said the plant would close.",
			[]sourced{{"the plant would close", "Berg", "TOMAS_BERG", ""}}},
		{"a spokesman is described by whom he speaks for",
			"Berg's spokesman said the minister would not resign.",
			[]sourced{{"the minister would not resign", "Berg's spokesman", "", "Berg"}}},
		{"a lawyer for someone is described by the client",
			"A lawyer for Berg said he would appeal.",
			[]sourced{{"he would appeal", "A lawyer for Berg", "", "Berg"}}},
		{"a document issued by a body named after a participle speaks for it",
			"According to a statement issued on Monday by the Coast Guard, the search was called off.",
			[]sourced{{"the search was called off", "a statement", "USACOASTGUARD", "Coast Guard"}}},
		{"a document's issuer after by is the name, not the circumstance after it",
			"“The search is over,” said a report released by the Coast Guard last week.",
			[]sourced{{"The search is over", "a report", "USACOASTGUARD", "Coast Guard"}}},
		{"documents in the plural speak for whoever the participle's by names",
			"Two boats sank, according to credible reports received by the Coast Guard.",
			[]sourced{{"Two boats sank", "credible reports", "USACOASTGUARD", "Coast Guard"}}},
		{"a document published without its issuer speaks for no one",
			"According to a report published last year, the search was called off.",
			[]sourced{{"the search was called off", "a report", "", ""}}},
		{"a name in apposition to a spokesman before the cue is who spoke",
			"Berg's spokesman, Jan Nowak, said the minister would not resign.",
			[]sourced{{"the minister would not resign", "Jan Nowak", "", "Berg's spokesman"}}},
		{"a known person in apposition to a title before the cue is who spoke",
			"The agriculture minister, Tomas Berg, said the harvest was poor.",
			[]sourced{{"the harvest was poor", "Tomas Berg", "TOMAS_BERG", "The agriculture minister"}}},
		{"a person named after a title in apposition to the subject is who spoke",
			"Another diplomat, former special envoy to Lithuania Tomas Berg, said the minister did discuss the plan.",
			[]sourced{{"the minister did discuss the plan", "Tomas Berg", "TOMAS_BERG", "Another diplomat"}}},
		{"so is the subject of a verb a cue goes on from",
			"Another diplomat, former special envoy to Lithuania Tomas Berg, shifted his own account of the meeting to say the minister did discuss the plan.",
			[]sourced{{"the minister did discuss the plan", "Tomas Berg", "TOMAS_BERG", "Another diplomat"}}},
		{"a source close to someone is described by that someone",
			"A source close to Berg said he would run again.",
			[]sourced{{"he would run again", "A source close to Berg", "", "Berg"}}},
	}
	checkSourced(t, firms, tests)
}

func TestSheFindsAFullNameTheResolverLinkedOnlyElsewhere(t *testing.T) {
	text := "Elena Marsh left the label in June. Ivan Petrov has denied any feud with her. Then, last week, Elena Marsh posted a video. She said the label had blocked her."
	last := strings.LastIndex(text, "Elena Marsh")
	ms := slices.DeleteFunc(mentionsOf(firms, text), func(m news.Mention) bool { return m.Span.Start == last })
	var got []sourced
	for _, q := range Find(annotator()(text), ms) {
		got = append(got, sourced{q.Text, q.SpeakerText, q.Speaker, q.Descriptor})
	}
	want := []sourced{{"the label had blocked her", "She", "NEW:elena marsh", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find (-want +got):\n%s", diff)
	}
}

func TestRepeatedLinksOtherOccurrences(t *testing.T) {
	text := "Elena Marsh spoke. Elena Marshall did not. Later Elena Marsh left."
	ms := []news.Mention{{Actor: "E", Text: "Elena Marsh", Span: news.Span{Start: 0, End: 11}, How: "new"}}
	got := repeated(text, ms)
	want := append(ms, news.Mention{Actor: "E", Text: "Elena Marsh", Span: news.Span{Start: 49, End: 60}, How: "new"})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("repeated (-want +got):\n%s", diff)
	}
}

func TestAReportFromANameLinkedElsewhereIsItsBody(t *testing.T) {
	text := "Sales fell 10 percent in October, according to the Facts report from Westline, a data provider. Prices rose 2 percent, according to Westline."
	last := strings.LastIndex(text, "Westline")
	ms := []news.Mention{{Actor: "NEW:westline", Text: "Westline", Span: news.Span{Start: last, End: last + len("Westline")}, How: "new"}}
	var got []sourced
	for _, q := range Find(annotator()(text), ms) {
		got = append(got, sourced{q.Text, q.SpeakerText, q.Speaker, q.Descriptor})
	}
	want := []sourced{
		{"Sales fell 10 percent in October", "Westline", "NEW:westline", "the Facts report from Westline"},
		{"Prices rose 2 percent", "Westline", "NEW:westline", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find (-want +got):\n%s", diff)
	}
}

func TestFullNameTakesBackWhatTheResolverCut(t *testing.T) {
	tests := []struct {
		name, text, mention, want string
	}{
		{"a body's name before for and and is part of it",
			"The ailing couple was quarantined, and the Chinese Center for Disease Control and Prevention said it had traced their contacts.",
			"Prevention", "Chinese Center for Disease Control and Prevention"},
		{"a title and a name before of stay out",
			"Minister of Foreign Affairs Tomas Berg said the talks had failed.",
			"Tomas Berg", "Tomas Berg"},
		{"a name coordinated by and alone is another speaker's",
			"Holcomb and Berg said the talks had failed.",
			"Berg", "Berg"},
		{"a surname after a first name joins it",
			"InfoNation President Dan McDowell said prices had risen.",
			"Dan", "Dan McDowell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.mention)
			ms := []news.Mention{{Actor: "NEW:x", Text: tt.mention, Span: news.Span{Start: i, End: i + len(tt.mention)}, How: "new"}}
			qs := Find(annotator()(tt.text), ms)
			if len(qs) != 1 {
				t.Fatalf("found %d quotes, want 1: %+v", len(qs), qs)
			}
			if qs[0].SpeakerText != tt.want {
				t.Errorf("speaker %q, want %q", qs[0].SpeakerText, tt.want)
			}
		})
	}
}

// A resolver's pronoun mention names the nearest person; speech wants who
// spoke last, which the finder works out itself.
func TestResolverPronounsDoNotPickSpeakers(t *testing.T) {
	text := "Ivan Petrov spoke in Oslo after he had met Tomas Berg. He said the talks had gone well."
	he := strings.Index(text, "He said")
	ms := append(mentionsOf(firms, text), news.Mention{Span: news.Span{Start: he, End: he + 2}, Text: "He", Actor: "TOMAS_BERG", How: "pronoun"})
	qs := Find(annotator()(text), ms)
	if len(qs) != 1 || qs[0].Speaker != "IVAN_PETROV" {
		t.Errorf("Find(%q) = %+v, want one quote by IVAN_PETROV", text, qs)
	}
}

// checkSourced runs Find over each case's text with the mentions of names
// and compares the quotes, speakers, actors and descriptors.
func checkSourced(t *testing.T, names []testName, tests []struct {
	name, text string
	want       []sourced
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []sourced
			for _, q := range Find(annotator()(tt.text), mentionsOf(names, tt.text)) {
				got = append(got, sourced{q.Text, q.SpeakerText, q.Speaker, q.Descriptor})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
