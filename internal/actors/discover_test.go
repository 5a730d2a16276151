package actors_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestDiscovered(t *testing.T) {
	tests := []struct {
		name, text string
		want       []news.Actor
	}{
		{
			name: "a descriptor after a comma is kept",
			text: "Valery Karbalevich, a Minsk-based economist, disagreed.",
			want: []news.Actor{{ID: "NEW:valery karbalevich", Name: "Valery Karbalevich", Kind: "person", Descriptor: "Minsk-based economist"}},
		},
		{
			name: "a descriptor before the name is kept",
			text: "Prices rose, said political analyst Artyom Shraibman.",
			want: []news.Actor{{ID: "NEW:artyom shraibman", Name: "Artyom Shraibman", Kind: "person", Descriptor: "political analyst"}},
		},
		{
			name: "a founder appositive names the founded firm",
			text: "Pavel Danilin, founder of the consulting firm Nord Analytics, spoke.",
			want: []news.Actor{
				{ID: "NEW:pavel danilin", Name: "Pavel Danilin", Kind: "person", Descriptor: "founder of the consulting firm Nord Analytics"},
				{ID: "NEW:nord analytics", Name: "Nord Analytics", Kind: "organisation", Descriptor: "consulting firm"},
			},
		},
		{
			name: "a declined Cyrillic name is named in the nominative",
			text: "Заявление Ивана Петренко опубликовано в среду.",
			want: []news.Actor{{ID: "NEW:иван петренко", Name: "Иван Петренко", Kind: "person"}},
		},
		{
			name: "a Ukrainian name in the instrumental is named in the nominative",
			text: "Зустріч з Олександром Ткаченком відбулася в середу.",
			want: []news.Actor{{ID: "NEW:олександр ткаченко", Name: "Олександр Ткаченко", Kind: "person"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, r := setup(t)
			doc := an.Annotate(tt.text)
			got := r.Discovered(doc, r.Resolve(doc, time.Time{}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("actors (-want +got):\n%s", diff)
			}
		})
	}
}
