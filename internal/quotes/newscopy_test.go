package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Passages for the rules that real news copy called for (the ScrapingHub
// gold's dev half, internal/eval): invented, in the style of the wire
// passages, with the same names.
func TestFindAttributesNewsCopy(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"testified closes a direct quote",
			`"The minister never raised the matter with me," Kowalska testified.`,
			[]attributed{{"The minister never raised the matter with me,", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a chanted slogan is the chanters'",
			`Farmers chanted, "Save our land," outside the Interior Ministry.`,
			[]attributed{{"Save our land,", "Farmers", ""}}},
		{"a time phrase before the speaker's comma is no reported clause",
			"Then, last week, Kowalska posted on Twitter accusing the Interior Ministry of lying.",
			nil},
		{"a short quote inside a reported clause is part of the report",
			"Kowalska said she was “deeply moved” by the decision.",
			[]attributed{{"she was “deeply moved” by the decision", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a short quote ending a reported clause stays the quote",
			"Berg said Latvia must stay close to its “older brother”.",
			[]attributed{{"older brother", "Berg", "TOMAS_BERG"}}},
		{"a capitalised name in quotes stays a quote of its own, as before, not a clause",
			"Berg said the “Iron Shield” drills would start in May.",
			[]attributed{{"Iron Shield", "Berg", "TOMAS_BERG"}}},
		{"a day after the cue stays out of a clause reported before it",
			"Forty people were detained overnight, the Interior Ministry announced Monday.",
			[]attributed{{"Forty people were detained overnight", "Interior Ministry", "POLGOV"}}},
		{"an English surname in -in does not make a man of her",
			`Ellen Coughlin, the defendant's lawyer, spoke to reporters. "He regrets it deeply," she said.`,
			[]attributed{{"He regrets it deeply,", "she", "ELLEN_COUGHLIN"}}},
		{"a quote standing alone as a heading is no speech",
			"Berg testified for three hours on Tuesday.\n\n3. “The talks have failed”\n\n“My role was the official channel,” Berg told lawmakers.",
			[]attributed{{"My role was the official channel,", "Berg", "TOMAS_BERG"}}},
		{"a report inside a while clause ends where the main clause starts",
			"While Berg said the talks had failed, the ministry released a new schedule.",
			[]attributed{{"the talks had failed", "Berg", "TOMAS_BERG"}}},
		{"a clause of the writer's after comma as ends the report",
			"Kowalska said it was her duty to testify, as she left the court in Vilnius.",
			[]attributed{{"it was her duty to testify", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a noun after the cue and a clause of time after it is no report",
			"Kowalska claimed victory as the last votes were counted in Vilnius.",
			nil},
		{"the N-year-old is the person named before",
			"Tomas Berg was appointed coach on Monday. The 56-year-old said he was excited to start.",
			[]attributed{{"he was excited to start", "The 56-year-old", "TOMAS_BERG"}}},
		{"a name in apposition to a description after said is the speaker",
			`"The talks have failed," said a senior diplomat, former ambassador Tomas Berg.`,
			[]attributed{{"The talks have failed,", "Tomas Berg", "TOMAS_BERG"}}},
		{"a title's stop in the attribution ends no sentence, so the next quote continues its speaker",
			`"This is how it begins," Dr. Maria Kowalska, a member of the group, told reporters. "It is not just migrants. Workers will carry it home."`,
			[]attributed{
				{"This is how it begins,", "Maria Kowalska", "MARIA_KOWALSKA"},
				{"It is not just migrants. Workers will carry it home.", "Maria Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a straight mark closes a quote opened by a curly one",
			`“Prices will fall in the spring," Kowalska said.`,
			[]attributed{{"Prices will fall in the spring,", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a straight mark with a curly close after it in the paragraph is a quote nested inside",
			`“He told me "never" twice in May,” Kowalska said.`,
			[]attributed{{`He told me "never" twice in May,`, "Kowalska", "MARIA_KOWALSKA"}}},
		{"a possessive apostrophe in the attribution is no quotation mark",
			`"Prices will fall in the spring," Maria Kowalska, the Edmunds' chief analyst, said.`,
			[]attributed{{"Prices will fall in the spring,", "Maria Kowalska", "MARIA_KOWALSKA"}}},
		{"whom they told may follow the cue that closes a reported clause",
			"Seizures are measured by weight, not by value, a ministry spokesman told us.",
			[]attributed{{"Seizures are measured by weight, not by value", "a ministry spokesman", ""}}},
		{"a noun after a cue that tells no one is no circumstance",
			"Seizures are measured by weight, Kowalska said the report.",
			nil},
		{"according to after the cue names the medium, not the speaker",
			"There is no evidence linking the cases, the Interior Ministry said, according to Belavia.",
			[]attributed{{"There is no evidence linking the cases", "Interior Ministry", "POLGOV"}}},
		{"a demonstrative heads the phrase of those who said it",
			"Those in favor of punishment have said that Berg started the fight.",
			[]attributed{{"Berg started the fight", "Those in favor of punishment", ""}}},
		{"a cue with a subject of its own does not share the subject of the verb it is coordinated with",
			"He asked Berg about the talks, but Berg's lawyer said the question was outside the scope of the hearing.",
			[]attributed{{"the question was outside the scope of the hearing", "Berg's lawyer", ""}}},
		{"a participle's speaker is the subject past the phrase the sentence opens with",
			"In a recorded interview with the Interior Ministry, Berg confessed to the theft, admitting that he had taken the car.",
			[]attributed{{"he had taken the car", "Berg", "TOMAS_BERG"}}},
		{"a user on a platform is the speaker, not the platform",
			`One user on Weibo, which is China's version of Twitter, posted: “I just want to know how these two came to Beijing.”`,
			[]attributed{{"I just want to know how these two came to Beijing.", "One user on Weibo", ""}}},
		{"a day after on is no part of the speaker",
			"A spokesman on Monday said the border would stay open.",
			[]attributed{{"the border would stay open", "A spokesman", ""}}},
		{"a sentence of narrative between two quotes still parts them",
			`"This is how it begins," Kowalska told reporters. The group met in May. "It is not just migrants. Workers will carry it home."`,
			[]attributed{
				{"This is how it begins,", "Kowalska", "MARIA_KOWALSKA"},
				{"It is not just migrants. Workers will carry it home.", "", ""},
			}},
		{"coordinated speakers are written whole and are the first of them",
			"However, both Berg and Kowalska told lawmakers that the talks had failed.",
			[]attributed{{"the talks had failed", "Berg and Kowalska", "TOMAS_BERG"}}},
		{"a relative pronoun before the cue stands for the noun before it",
			`The panel heard a nurse who described the ward as “a war zone.”`,
			[]attributed{{"a war zone.", "a nurse", ""}}},
		{"a day opening the sentence is no part of the speaker",
			"Last week defence official Tomas Berg said the drills would go ahead.",
			[]attributed{{"the drills would go ahead", "Tomas Berg", "TOMAS_BERG"}}},
		{"a closing mark may open a quote",
			"Another resident reportedly said: ”The river rose in a night. We lost everything.”",
			[]attributed{{"The river rose in a night. We lost everything.", "Another resident", ""}}},
		{"voicing concerns that reports the clause",
			"Farmers have voiced concerns that the new rules will ruin them.",
			[]attributed{{"the new rules will ruin them", "Farmers", ""}}},
		{"a gerund may open the reported clause",
			"In May, Berg said returning to the talks was necessary to keep the peace.",
			[]attributed{{"returning to the talks was necessary to keep the peace", "Berg", "TOMAS_BERG"}}},
		{"a space before the closing mark still closes the quote",
			`"Who are we as a nation if we answer anger with anger? " Kowalska wrote in her letter. "The answer to hate is compassion."`,
			[]attributed{
				{"Who are we as a nation if we answer anger with anger?", "Kowalska", "MARIA_KOWALSKA"},
				{"The answer to hate is compassion.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a quote coordinated with a quote before it shares its speaker",
			"Farmers chanted, “Save our land,” and “No more imports,” outside the ministry.",
			[]attributed{{"Save our land,", "Farmers", ""}, {"No more imports,", "Farmers", ""}}},
		{"a quantifier standing alone is the speaker",
			"Many have voiced concerns that the new rules will ruin them.",
			[]attributed{{"the new rules will ruin them", "Many", ""}}},
		{"another standing alone is the speaker",
			`“The river rose in a night,” one resident said. Another said: “We lost everything and nobody came.”`,
			[]attributed{
				{"The river rose in a night,", "one resident", ""},
				{"We lost everything and nobody came.", "Another", ""},
			}},
		{"quipped closes a direct quote",
			`“If we were any richer, we’d be Monaco,” one resident quipped.`,
			[]attributed{{"If we were any richer, we’d be Monaco,", "one resident", ""}}},
		{"a participle's direct quote is the subject's",
			`Kowalska later said the border “needs a public debate,” adding “we need everyone on board.”`,
			[]attributed{
				{"needs a public debate,", "Kowalska", "MARIA_KOWALSKA"},
				{"we need everyone on board.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a quote after told and its addressee continues the speaker",
			`"We will not comment on the talks," Kowalska told Reuters. "I have given plenty of statements that were accurate -- chasing rumours really needs to stop."`,
			[]attributed{
				{"We will not comment on the talks,", "Kowalska", "MARIA_KOWALSKA"},
				{"I have given plenty of statements that were accurate -- chasing rumours really needs to stop.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"what a speaker describes a thing as is the speaker's, not the thing's",
			`Berg described the ministry's decision as “a disgrace.”`,
			[]attributed{{"a disgrace.", "Berg", "TOMAS_BERG"}}},
		{"a participle after the object with no comma is the subject's",
			"The Interior Ministry sent a letter to the unions last week saying that the strike was illegal.",
			[]attributed{{"the strike was illegal", "Interior Ministry", "POLGOV"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []attributed
			for _, q := range Find(annotator()(tt.text), wireMentions(tt.text)) {
				got = append(got, attributed{q.Text, q.SpeakerText, q.Speaker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
