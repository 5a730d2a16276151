package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// staff are the names of the speaker-span passages as a resolver finds
// them: some with the title or the sentence's first word taken in, as
// resolvers take them, and "Janssen" and "Oduya" never linked alone.
var staff = []testName{
	{"Falcons LB Marcus Obi", "NEW:falcons lb marcus obi", "new"},
	{"Obi", "NEW:falcons lb marcus obi", "surname"},
	{"BBC Sport Football Correspondent Hana Lind", "NEW:bbc sport football correspondent hana lind", "new"},
	{"District Attorney Carla Mendes", "NEW:district attorney carla mendes", "new"},
	{"Rep. Owen Drake", "NEW:rep owen drake", "new"},
	{"Republican Representatives Caucus", "NEW:republican representatives caucus", "new"},
	{"Piet Janssen", "NEW:piet janssen", "new"},
	{"Yet Janssen", "NEW:yet janssen", "new"},
	{"Grace Oduya", "GRACE_ODUYA", "name"},
	{"Li Jifeng", "NEW:li jifeng", "new"},
	{"Tomas Berg", "TOMAS_BERG", "name"},
	{"Berg", "TOMAS_BERG", "surname"},
	{"Harbor Labs", "NEW:harbor labs", "new"},
	{"ESA", "ESA", "name"},
	{"scientists", "CIVILIANS", "role"},
	{"protesters", "OPPOSITION", "role"},
	{"officials", "GOVERNMENT", "role"},
	{"Oslo", "NOR", "metonym"},
}

// Passages for how much of the text a speaker's span takes: a person's
// name without the title or sentence word the resolver took in with it, a
// description whole as written (its possessor and quantifier too, as PARC
// marks the source's noun phrase), and a surname the resolver missed
// linked to the full name it shortens.
func TestFindSpansSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []sourced
	}{
		{"a sports position before a player's name is his title",
			"Falcons LB Marcus Obi said the referee should be suspended.",
			[]sourced{{"the referee should be suspended", "Marcus Obi", "NEW:falcons lb marcus obi", "Falcons LB"}}},
		{"a correspondent's beat before her name is her title",
			"The club will sack its manager, BBC Sport Football Correspondent Hana Lind reported.",
			[]sourced{{"The club will sack its manager", "Hana Lind", "NEW:bbc sport football correspondent hana lind", "BBC Sport Football Correspondent"}}},
		{"an attorney's office before her name is her title",
			`"Threats are not speech," District Attorney Carla Mendes said.`,
			[]sourced{{"Threats are not speech", "Carla Mendes", "NEW:district attorney carla mendes", "District Attorney"}}},
		{"an abbreviated title before a name is not part of the name",
			"Rep. Owen Drake said the bill would pass this week.",
			[]sourced{{"the bill would pass this week", "Owen Drake", "NEW:rep owen drake", ""}}},
		{"a given name the tagger reads as a noun is part of a name nobody linked",
			"Fan Mengguang, deputy director of the regional disease control centre, told the media that the case was isolated.",
			[]sourced{{"the case was isolated", "Fan Mengguang", "", "deputy director of the regional disease control centre"}}},
		{"the title a name abbreviates is the person so titled",
			"Rep. Owen Drake skipped the vote. The representative said the bill would pass this week.",
			[]sourced{{"the bill would pass this week", "The representative", "NEW:rep owen drake", "Rep. Owen Drake"}}},
		{"the representative is not a caucus of representatives named since",
			"Rep. Owen Drake skipped the rally to dine with the Republican Representatives Caucus. The representative said the bill would pass this week.",
			[]sourced{{"the bill would pass this week", "The representative", "NEW:rep owen drake", "Rep. Owen Drake"}}},
		{"a conjunction opening the sentence is no part of the name",
			`Piet Janssen runs the clinic. Yet Janssen said the vaccines would arrive too late.`,
			[]sourced{{"the vaccines would arrive too late", "Janssen", "NEW:piet janssen", ""}}},
		{"a surname the resolver left unlinked is the full name it shortens",
			`Grace Oduya chairs the panel. "We were never told," Oduya said.`,
			[]sourced{{"We were never told", "Oduya", "GRACE_ODUYA", ""}}},
		{"a surname shared by no earlier full name stays unlinked",
			`Grace Oduya chairs the panel. "We were never told," Okafor said.`,
			[]sourced{{"We were never told", "Okafor", "", ""}}},
		{"a family name written first is the full name it opens",
			`Li Jifeng, a doctor at the hospital, wrote a blog post. "Cases must be checked with care," Li said.`,
			[]sourced{{"Cases must be checked with care", "Li", "NEW:li jifeng", ""}}},
		{"a full name only after the quote does not link a surname before it",
			`"We were never told," Oduya said. Grace Oduya chairs the panel.`,
			[]sourced{{"We were never told", "Oduya", "", ""}}},
		{"the last word of a body's name is no surname",
			`Harbor Labs opened a plant in May. "Sales doubled," Labs said.`,
			[]sourced{{"Sales doubled", "Labs", "", ""}}},
		{"a body's possessor is part of a description's span",
			"ESA's scientists said the probe had found ice.",
			[]sourced{{"the probe had found ice", "ESA's scientists", "CIVILIANS", ""}}},
		{"a quantifier is part of a description's span",
			"Some protesters said the police had fired first.",
			[]sourced{{"the police had fired first", "Some protesters", "OPPOSITION", ""}}},
		{"a place after in is part of a description's span",
			"Senior officials in Oslo said the border would reopen on Monday.",
			[]sourced{{"the border would reopen on Monday", "Senior officials in Oslo", "GOVERNMENT", ""}}},
		{"a day after in is no part of a description's span",
			"Senior officials in May said the border would reopen.",
			[]sourced{{"the border would reopen", "Senior officials", "GOVERNMENT", ""}}},
	}
	checkSourced(t, staff, tests)
}

func TestSurnameTakesTheActorTheResolverLinkedItToElsewhere(t *testing.T) {
	text := `"We were never told," Berg said at the hearing. Later Berg left.`
	var ms []news.Mention
	for _, m := range mentionsOf(staff, text) {
		if m.Span.Start > 30 { // the resolver missed the first Berg
			ms = append(ms, m)
		}
	}
	var got []sourced
	for _, q := range Find(annotator()(text), ms) {
		got = append(got, sourced{q.Text, q.SpeakerText, q.Speaker, q.Descriptor})
	}
	want := []sourced{{"We were never told", "Berg", "TOMAS_BERG", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(%q) (-want +got):\n%s", text, diff)
	}
}
