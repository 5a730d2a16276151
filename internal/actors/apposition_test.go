package actors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOfficeApposition gives a new person the sector of the office an
// apposition or a preceding description names, when the sentence's one
// country codes that office.
func TestOfficeApposition(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               string
	}{
		{
			"a name after the province's governor and a comma is the governor",
			"The province's governor, Adam Velor, said the road to Kandahar was closed.",
			"Adam Velor", "AFGGOV",
		},
		{
			"a name before a comma and a rebel commander is the commander",
			"Rulan Tesk, a rebel commander, said fighters had left Goma.",
			"Rulan Tesk", "CODREB",
		},
		{
			"a name in a list after a description takes none of it",
			"Police officers, Adam Velor and Rulan Tesk met in Goma.",
			"Adam Velor", "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := "(none)"
			for _, g := range resolve(t, tt.text, "2020-06-01") {
				if g.Text == tt.person {
					code = g.Code
				}
			}
			if diff := cmp.Diff(tt.want, code); diff != "" {
				t.Errorf("resolve(%q) code of %s (-want +got):\n%s", tt.text, tt.person, diff)
			}
		})
	}
}
