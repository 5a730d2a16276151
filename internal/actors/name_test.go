package actors_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// tagged annotates text and replaces the tagger's entities with ner, a
// list of name and type pairs found in text order: the cases then pin
// the cuts a tagger makes on news text whatever the embedded model does.
func tagged(t *testing.T, an *nlp.Annotator, text string, ner ...string) *nlp.Doc {
	t.Helper()
	doc := an.Annotate(text)
	for si := range doc.Sentences {
		for ti := range doc.Sentences[si].Tokens {
			doc.Sentences[si].Tokens[ti].Ent = "O"
		}
	}
	from := 0
	for i := 0; i+1 < len(ner); i += 2 {
		at := strings.Index(text[from:], ner[i])
		if at < 0 {
			t.Fatalf("%q not in %q after %d", ner[i], text, from)
		}
		start, end := from+at, from+at+len(ner[i])
		tag := "B-"
		for si := range doc.Sentences {
			for ti := range doc.Sentences[si].Tokens {
				tok := &doc.Sentences[si].Tokens[ti]
				if tok.Span.Start >= start && tok.Span.End <= end {
					tok.Ent, tag = tag+ner[i+1], "I-"
				}
			}
		}
		from = end
	}
	return doc
}

// TestNameSpans reads the names NER cuts short or runs together as the
// names a reader sees.
func TestNameSpans(t *testing.T) {
	type mention struct{ Text, Actor string }
	tests := []struct {
		name, text string
		ner        []string
		want       []mention
	}{
		{
			"a person's name leaves out the employer and title before it",
			`"Sales are slow," Veltrona President Marcus Halloway said.`,
			[]string{"Veltrona President Marcus", "ORG"},
			[]mention{{"Veltrona President Marcus Halloway", "NEW:marcus halloway"}},
		},
		{
			"a person's name runs on to the surname NER left out",
			"The award went to Marta Kowalczyk on Friday.",
			[]string{"Marta", "PER"},
			[]mention{{"Marta Kowalczyk", "NEW:marta kowalczyk"}},
		},
		{
			"a name runs on to the head noun of the company it names",
			"The show's producer, Oskar Brandt Productions, denied the report.",
			[]string{"Oskar Brandt", "PER"},
			[]mention{{"Oskar Brandt Productions", "NEW:oskar brandt productions"}},
		},
		{
			"a day after a name is no surname",
			"The award went to Marta Kowalczyk Friday.",
			[]string{"Marta Kowalczyk", "PER"},
			[]mention{{"Marta Kowalczyk", "NEW:marta kowalczyk"}},
		},
		{
			"a body's name runs back through for and and to its head noun",
			"The Irish Center for Disease Control and Prevention said cases fell.",
			[]string{"Irish", "MISC", "Disease Control and Prevention", "ORG"},
			[]mention{{"Irish Center for Disease Control and Prevention", "NEW:center for disease control and prevention"}},
		},
		{
			"a body NER gave in two parts is one",
			"Figures from the Tallinn Institute for Public Health and Social Research were published.",
			[]string{"Tallinn Institute", "ORG", "Public Health and Social Research", "ORG"},
			[]mention{{"Tallinn Institute for Public Health and Social Research", "NEW:tallinn institute for public health and social research"}},
		},
		{
			"a name linked once is found again where NER misses it",
			"Marta Kowalczyk released an album in May. Then, last week, Marta Kowalczyk posted a photo.",
			[]string{"Marta Kowalczyk", "PER"},
			[]mention{{"Marta Kowalczyk", "NEW:marta kowalczyk"}, {"Marta Kowalczyk", "NEW:marta kowalczyk"}},
		},
		{
			"a name linked once is found again where NER reads it otherwise",
			"Marta Kowalczyk released an album in May. Then, last week, Marta Kowalczyk posted a photo.",
			[]string{"Marta Kowalczyk", "PER", "week, Marta", "ORG"},
			[]mention{{"Marta Kowalczyk", "NEW:marta kowalczyk"}, {"Marta Kowalczyk", "NEW:marta kowalczyk"}},
		},
		{
			"a name repeated inside a longer name is not the name",
			"Marta Kowalczyk released an album. Fans thanked Marta Kowalczyk Smith for it.",
			[]string{"Marta Kowalczyk", "PER"},
			[]mention{{"Marta Kowalczyk", "NEW:marta kowalczyk"}},
		},
		{
			"a surname finds the name it ends before a generational suffix",
			"Patrick Doyle Jr. was charged on Monday. Doyle denied the charge.",
			[]string{"Patrick Doyle", "PER", "Doyle", "PER"},
			[]mention{{"Patrick Doyle Jr.", "NEW:patrick doyle jr"}, {"Doyle", "NEW:patrick doyle jr"}},
		},
	}
	an, r := setup(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []mention
			for _, m := range r.Resolve(tagged(t, an, tt.text, tt.ner...), day(t, "2020-06-01")) {
				got = append(got, mention{m.Text, string(m.Actor)})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resolve(%q) mentions (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestDiscoveredName names a new actor by its name alone, without the
// title and employer its mention holds, and a production company as an
// organisation.
func TestDiscoveredName(t *testing.T) {
	tests := []struct {
		name, text string
		ner        []string
		want       []news.Actor
	}{
		{
			"a person's name leaves out the employer and title",
			`"Sales are slow," Veltrona President Marcus Halloway said.`,
			[]string{"Veltrona President Marcus", "ORG"},
			[]news.Actor{{ID: "NEW:marcus halloway", Name: "Marcus Halloway", Kind: "person"}},
		},
		{
			"a country adjective and title stay out of the name",
			"Serbian Labour Minister Dragan Milovanovic resigned.",
			[]string{"Dragan Milovanovic", "PER"},
			[]news.Actor{{ID: "NEW:dragan milovanovic", Name: "Dragan Milovanovic", Kind: "person"}},
		},
		{
			"a production company is an organisation",
			"The show's producer, Oskar Brandt Productions, denied the report.",
			[]string{"Oskar Brandt", "PER"},
			[]news.Actor{{ID: "NEW:oskar brandt productions", Name: "Oskar Brandt Productions", Kind: "organisation", Descriptor: ""}},
		},
	}
	an, r := setup(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tagged(t, an, tt.text, tt.ner...)
			got := r.Discovered(doc, r.Resolve(doc, time.Time{}))
			for i := range got {
				got[i].Descriptor = "" // TestDiscovered reads descriptors
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Discovered(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
