package quotes

import "testing"

// Wire copy names a speaker once and goes on with pronouns, descriptions,
// split quotes and quotations over paragraphs: these passages check that
// the speaker carries over, and stops where another one takes the floor.
func TestFindCarriesSpeakersAcrossSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"she added continues the speaker of the quote before",
			`"We are ready to talk," Kowalska said. "But not under any threat," she added.`,
			[]attributed{
				{"We are ready to talk", "Kowalska", "MARIA_KOWALSKA"},
				{"But not under any threat", "she", "MARIA_KOWALSKA"},
			}},
		{"he in the next sentence is the person named before",
			"Viktor Hale arrived in Vilnius on Tuesday. He said the sanctions had failed.",
			[]attributed{{"the sanctions had failed", "He", "VIKTOR_HALE"}}},
		{"she told a station that, a sentence later",
			"Maria Kowalska met the envoy in Warsaw. Later she told a radio station that no deal was near.",
			[]attributed{{"no deal was near", "she", "MARIA_KOWALSKA"}}},
		{"they stands for a group the text did not name as an actor",
			"Opposition leaders met in Warsaw on Sunday. They said the vote had been rigged.",
			[]attributed{{"the vote had been rigged", "They", ""}}},
		{"it is the ministry that reported in the sentence before",
			"The Defence Ministry said it had tracked two aircraft near the border. It said the aircraft had turned back.",
			[]attributed{
				{"it had tracked two aircraft near the border", "Defence Ministry", "LTUGOV"},
				{"the aircraft had turned back", "It", "LTUGOV"},
			}},
		{"the ministry is the ministry named before",
			`The Foreign Ministry of Latvia summoned the ambassador. "This provocation will not go unanswered," the ministry said.`,
			[]attributed{{"This provocation will not go unanswered", "the ministry", "LVAGOV"}}},
		{"a quote split by its cue is two quotes of one speaker",
			`"We will not sign," Berg said, "unless the tariffs are lifted."`,
			[]attributed{
				{"We will not sign", "Berg", "TOMAS_BERG"},
				{"unless the tariffs are lifted.", "Berg", "TOMAS_BERG"},
			}},
		{"a quotation over paragraphs after a colon keeps its speaker",
			"Kowalska said:\n\n\"The plant will close in June and four hundred people will lose their jobs.\n\n\"We have asked the government for help, but nobody has answered.\"",
			[]attributed{
				{"The plant will close in June and four hundred people will lose their jobs.", "Kowalska", "MARIA_KOWALSKA"},
				{"We have asked the government for help, but nobody has answered.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a quotation left open at a paragraph's end continues in the next",
			"\"The plant will close in June,\" Kowalska said. \"Four hundred people will lose their jobs.\n\n\"We asked the government for help and nobody answered.\"",
			[]attributed{
				{"The plant will close in June", "Kowalska", "MARIA_KOWALSKA"},
				{"Four hundred people will lose their jobs.", "Kowalska", "MARIA_KOWALSKA"},
				{"We asked the government for help and nobody answered.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a closed quote in the next paragraph continues the speaker",
			"\"We are not afraid,\" Kowalska told supporters.\n\n\"We will come back every Sunday until they listen.\"",
			[]attributed{
				{"We are not afraid", "Kowalska", "MARIA_KOWALSKA"},
				{"We will come back every Sunday until they listen.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"he added that, after the speaker's own report",
			"Berg said the talks were useful. He added that a second round was planned for May.",
			[]attributed{
				{"the talks were useful", "Berg", "TOMAS_BERG"},
				{"a second round was planned for May", "He", "TOMAS_BERG"},
			}},
		{"a possessive pronoun opens the speaker's phrase",
			"Maria Kowalska left for Vilnius on Monday. Her campaign says she won the vote.",
			[]attributed{{"she won the vote", "Her campaign", ""}}},
		{"a second speaker's quote is not the first speaker's",
			`"We are ready," Berg said. Kowalska disagreed. "Nothing is ready," she said.`,
			[]attributed{
				{"We are ready", "Berg", "TOMAS_BERG"},
				{"Nothing is ready", "she", "MARIA_KOWALSKA"},
			}},
		{"two sentences inside one pair of marks are one quote",
			`"We will not retreat. We will fight for every village," Berg said.`,
			[]attributed{{"We will not retreat. We will fight for every village", "Berg", "TOMAS_BERG"}}},
		{"he after two people is the subject of the sentence before",
			"Berg met Hale in Vilnius on Monday. He said the meeting had been useful.",
			[]attributed{{"the meeting had been useful", "He", "TOMAS_BERG"}}},
		{"adding that after a direct quote reports for the same speaker",
			`"We will not pay," Berg said, adding that the contract had expired.`,
			[]attributed{
				{"We will not pay", "Berg", "TOMAS_BERG"},
				{"the contract had expired", "Berg", "TOMAS_BERG"},
			}},
		{"the minister is the person described so before",
			`Tomas Berg, the agriculture minister, visited the farm on Monday. "We need rain more than money," the minister said.`,
			[]attributed{{"We need rain more than money", "the minister", "TOMAS_BERG"}}},
		{"a quote after the speaker's reported clause continues it",
			`Berg said the talks had been useful. "We will meet again in May."`,
			[]attributed{
				{"the talks had been useful", "Berg", "TOMAS_BERG"},
				{"We will meet again in May.", "Berg", "TOMAS_BERG"},
			}},
		{"a quote after a sentence of narrative is nobody's yet",
			`"We are ready," Berg said. The talks resumed on Monday amid heavy security in the capital. "This is a historic day for both nations."`,
			[]attributed{
				{"We are ready", "Berg", "TOMAS_BERG"},
				{"This is a historic day for both nations.", "", ""},
			}},
		{"she skips a man named first in the sentence before",
			"Berg met Maria Kowalska in Warsaw on Monday. She said the meeting had been useful.",
			[]attributed{{"the meeting had been useful", "She", "MARIA_KOWALSKA"}}},
		{"he skips a woman a Slavic surname marks as one",
			"Kowalska met Hale in Vilnius on Monday. He said the meeting had been useful.",
			[]attributed{{"the meeting had been useful", "He", "VIKTOR_HALE"}}},
		{"an honorific tells whom she stands for",
			"Mr. Hale and Ms. Berg met in Riga on Monday. She said that no deal had been reached.",
			[]attributed{{"no deal had been reached", "She", "TOMAS_BERG"}}},
		{"a surname that marks a man does not beat the subject for he",
			"Hale said that he had warned Petrov that he would be arrested. He also said that the border was calm.",
			[]attributed{
				{"he had warned Petrov that he would be arrested", "Hale", "VIKTOR_HALE"},
				{"the border was calm", "He", "VIKTOR_HALE"},
			}},
		{"they stands for a name and a plural noun phrase coordinated as the subject before",
			"Tomas Berg and other state leaders met in Vilnius on Monday to discuss the budget. They said the shortfall would be covered by reserves.",
			[]attributed{{"the shortfall would be covered by reserves", "They", "TOMAS_BERG"}}},
		{"they reads past a sentence whose subject is they again",
			"Tomas Berg and leaders of the opposition have avoided criticism of the strikers. They seem intent on calming the unions. However, they said no deal was possible before 2021.",
			[]attributed{{"no deal was possible before 2021", "they", "TOMAS_BERG"}}},
		{"they does not read past a sentence with another subject",
			"Berg and Hale left the hall. Reporters waited outside. They said the meeting had run late.",
			[]attributed{{"the meeting had run late", "They", ""}}},
		{"they after a group that spoke is that group",
			"Western officials said the exercises were a threat to the region. They added that more troops would be sent.",
			[]attributed{
				{"the exercises were a threat to the region", "Western officials", ""},
				{"more troops would be sent", "They", ""},
			}},
		{"Treebank-style quotes",
			"``We will not sign this agreement,'' Berg said. ``Not this year.\n\n``Maybe never.''",
			[]attributed{
				{"We will not sign this agreement", "Berg", "TOMAS_BERG"},
				{"Not this year.", "Berg", "TOMAS_BERG"},
				{"Maybe never.", "Berg", "TOMAS_BERG"},
			}},
	}
	checkAttributions(t, tests)
}

func TestTheyCarriesTheGroupThatSpoke(t *testing.T) {
	text := "Western officials said the exercises were a threat to the region. They added that more troops would be sent."
	qs := Find(annotator()(text), wireMentions(text))
	if len(qs) != 2 {
		t.Fatalf("found %d quotes, want 2: %+v", len(qs), qs)
	}
	if got := qs[1].Descriptor; got != "Western officials" {
		t.Errorf("they is described as %q, want %q", got, "Western officials")
	}
}
