package actors_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
)

func date(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	at, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return at
}

func TestPronouns(t *testing.T) {
	tests := []struct {
		name, text, date string
		possessives      bool
		want             []got // the pronoun mentions only
	}{
		{
			name: "he refers back to the person named before it",
			text: "Alexander Lukashenko met the press. He said the talks went well.",
			date: "2020-08-17",
			want: []got{{"He", "ALEXANDER_LUKASHENKO", "BLRGOV", "pronoun"}},
		},
		{
			name:        "a possessive's owner is the subject of its own clause",
			text:        "Russia said Ukraine must withdraw its troops.",
			possessives: true,
			want:        []got{{"its", "UKR", "UKR", "pronoun"}},
		},
		{
			name: "possessives are left alone unless asked for",
			text: "Russia said Ukraine must withdraw its troops.",
		},
		{
			name: "a subject pronoun of a reported clause is the reporter",
			text: "Russian officials met Belarus. They said it would respond.",
			want: []got{{"They", "RUSGOV", "RUSGOV", "pronoun"}, {"it", "RUSGOV", "RUSGOV", "pronoun"}},
		},
		{
			name:        "it and its refer to the nearest country, not to a person",
			text:        "Vladimir Putin visited Belarus in May. It said its troops would stay.",
			date:        "2020-08-17",
			possessives: true,
			want:        []got{{"It", "BLR", "BLR", "pronoun"}, {"its", "BLR", "BLR", "pronoun"}},
		},
		{
			name: "they refers to a group, never to one country",
			text: "Syrian rebels attacked a base near Aleppo. They said Turkey had helped.",
			want: []got{{"They", "SYRREB", "SYRREB", "pronoun"}},
		},
		{
			name: "an object pronoun is not its verb's subject",
			text: "Russian President Boris Yeltsin met him.",
		},
		{
			name: "a new person without a code still stands between she and an earlier person",
			text: "Angela Merkel left. Maria Kowalczyk, a teacher, stayed. She said nothing.",
			date: "2010-01-01",
			want: []got{{"She", "NEW:maria kowalczyk", "", "pronoun"}},
		},
		{
			name: "an expletive it refers to no one",
			text: "Russia met Belarus. It is unclear whether talks will resume.",
		},
		{
			name: "a pronoun with no compatible actor before it stays unresolved",
			text: "He said Russia would respond.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pron []got
			an, _ := setup(t)
			r := actors.New(kb.Default())
			r.Possessives = tt.possessives
			for _, m := range r.Resolve(an.Annotate(tt.text), date(t, tt.date)) {
				if m.How == "pronoun" {
					pron = append(pron, got{m.Text, string(m.Actor), m.Code, m.How})
				}
			}
			if diff := cmp.Diff(tt.want, pron); diff != "" {
				t.Errorf("pronouns (-want +got):\n%s", diff)
			}
		})
	}
}
