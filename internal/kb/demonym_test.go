package kb

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestDemonymsYieldToWrittenOnes(t *testing.T) {
	const file = `actor AAA country
  name Dominica
actor BBB country
  name Dominican Republic
  alias Dominican
actor CCC country
  name Liberia
`
	k, err := Load(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []news.ActorID
	}{
		{"a demonym another country writes out is that country's", "Dominican", []news.ActorID{"BBB"}},
		{"its plural goes with it", "Dominicans", []news.ActorID{"BBB"}},
		{"the country's own name stays its own", "Dominica", []news.ActorID{"AAA"}},
		{"a derived demonym no one else writes stays derived", "Liberians", []news.ActorID{"CCC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []news.ActorID
			for _, a := range k.Lookup(tt.text) {
				got = append(got, a.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	if a, _ := k.Actor("AAA"); a != nil {
		for _, s := range a.Aliases {
			if strings.HasPrefix(s, "Dominican") {
				t.Errorf("Dominica keeps the alias %q", s)
			}
		}
	}
}
