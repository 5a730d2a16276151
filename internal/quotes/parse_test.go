package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindUsesTheParse(t *testing.T) {
	text := "Lukashenko on Monday in a televised address to the nation said that the loan would come."
	doc := annotator()(text)
	s := &doc.Sentences[0]
	said, subj := -1, -1
	for i, tk := range s.Tokens {
		switch tk.Text {
		case "said":
			said = i
		case "Lukashenko":
			subj = i
		}
	}
	// A hand-made parse: only the subject arc matters here.
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = said, "dep"
	}
	s.Tokens[said].Head, s.Tokens[said].Rel = -1, "root"
	s.Tokens[subj].Rel = "nsubj"

	got := Find(doc, mentionsIn(text))
	var speakers []string
	for _, q := range got {
		speakers = append(speakers, string(q.Speaker)+" "+q.SpeakerText)
	}
	want := []string{"ALEXANDER_LUKASHENKO Lukashenko"}
	if diff := cmp.Diff(want, speakers); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}

	// Without the parse the words next to the cue name the nation.
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = 0, ""
	}
	if got := Find(doc, mentionsIn(text)); len(got) != 1 || got[0].Speaker == "ALEXANDER_LUKASHENKO" {
		t.Errorf("without a parse got %+v; the test no longer shows what the parse adds", got)
	}
}
