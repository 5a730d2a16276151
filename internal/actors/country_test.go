package actors_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
)

// A dictionary that files its people under bare country codes, as
// PETRARCH's does, makes them countries; a government title still makes
// one its government.
func TestCountryAfterTitle(t *testing.T) {
	k, err := kb.Load(strings.NewReader(`actor BREE country
  name Bree
  code BRE
  country BRE
actor ROMENDACIL country
  name Romendacil
  code BRE
  country BRE
`))
	if err != nil {
		t.Fatal(err)
	}
	an, _ := setup(t)
	tests := []struct {
		name, text string
		want       []got
	}{
		{"a country's name after a government title is its government", "Bree Prime Minister Romendacil did not clash.", []got{{"Bree Prime Minister Romendacil", "ROMENDACIL", "BREGOV", "name"}}},
		{"a country's name after no title is the country", "Bree and Romendacil did not clash.", []got{{"Bree", "BREE", "BRE", "name"}, {"Romendacil", "ROMENDACIL", "BRE", "name"}}},
	}
	r := actors.New(k)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out []got
			for _, m := range r.Resolve(an.Annotate(tt.text), time.Time{}) {
				out = append(out, got{m.Text, string(m.Actor), m.Code, m.How})
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}
