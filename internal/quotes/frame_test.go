package quotes

import "testing"

// Reporting frames of English news copy the other tables leave out,
// written before the finder was run on them; the people are made up.
func TestFindReadsReportingFrames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
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
			[]attributed{{"The talks have collapsed,", "one official", ""}}},
		{"a senior official before a relative clause of anonymity",
			`"The talks have collapsed," said a senior official, who spoke on condition of anonymity.`,
			[]attributed{{"The talks have collapsed,", "a senior official", ""}}},
	}
	checkAttributions(t, tests)
}
