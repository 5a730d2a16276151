package actors_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
)

// Invented office holders whose surnames are also common words, so that
// the KB indexes them as surnames.
const surnamePeople = `actor BILL_ENGLISH person
  name Bill English
  country NZL
  role NZLGOV 2016-12-12..2017-10-26 Prime Minister of New Zealand
actor AMINA_SWAHILI person
  name Amina Swahili
  country TZA
  role TZAGOV 2015-01-01.. Minister of Culture of Tanzania
actor TOM_TROPICAL person
  name Tom Tropical
  country TZA
  role TZAGOV 2015-01-01.. Minister of Water of Tanzania
actor ANN_HOPE person
  name Ann Hope
  country GBR
  role GBRGOV 2015-01-01.. Secretary of State for Wales
`

func TestBareSurname(t *testing.T) {
	extra, err := kb.Load(strings.NewReader(surnamePeople))
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Load(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	k.Merge(kb.Default())
	k.Merge(extra)
	r := actors.New(k)
	an, _ := setup(t)
	tests := []struct {
		name, text string
		want       []got
	}{
		{"a language named like a surname is no person", "Officials spoke English at the talks.", nil},
		{"a language after in is no person", "The leaflets were printed in Swahili.", nil},
		{"a word the article writes in lower case is no person", "Hope faded, and little hope remained.", nil},
		{"a surname after the full name is the person", "Bill English spoke first. English said taxes would fall.", []got{
			{"Bill English", "BILL_ENGLISH", "NZLGOV", "name"},
			{"English", "BILL_ENGLISH", "NZLGOV", "surname"},
		}},
		{"a language after a title's modifier is no person", "A former English teacher told reporters she had won.", nil},
		{"a language after an acting title's modifier is no person", "The acting Swahili tutor resigned.", nil},
		{"a word the tagger reads as an adjective is no person", "Tropical storms hit the coast on Tuesday.", nil},
		{"a language after a title naming an office is the person", "Prime Minister English said taxes would fall.", []got{
			{"Prime Minister English", "BILL_ENGLISH", "NZLGOV", "surname"},
		}},
		{"a surname that is no common word is the person", "Hope said the talks failed.", []got{{"Hope", "ANN_HOPE", "GBRGOV", "surname"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out []got
			for _, m := range r.Resolve(an.Annotate(tt.text), time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)) {
				out = append(out, got{m.Text, string(m.Actor), m.Code, m.How})
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}
