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
	}
	checkAttributions(t, tests)
}
