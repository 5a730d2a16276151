package amounts

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/nlp"
)

// annotator is the shipped annotator; its models load once, on first use.
var annotator = sync.OnceValue(func() func(string) *nlp.Doc {
	an, err := nlp.NewAnnotator()
	if err != nil {
		panic(err) // the models ship in the binary: a failure here is a broken build
	}
	return an.Annotate
})

// short is the part of an amount the tests compare.
type short struct {
	Text   string
	Value  float64
	Unit   string
	Kind   string
	Object string
}

func find(text string) []short {
	var out []short
	for _, a := range Find(annotator()(text)) {
		out = append(out, short{a.Text, a.Value, a.Unit, a.Kind, a.Object})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []short
	}{
		{"dollars with a scale word and an in-phrase object", "Russia promised $1.5 billion in loans.",
			[]short{{"$1.5 billion", 1.5e9, "USD", "money", "loan"}}},
		{"euros with a glued scale suffix", "The EU froze €300m of assets.",
			[]short{{"€300m", 3e8, "EUR", "money", "asset"}}},
		{"a currency code after the number", "The fund lent 1.5 bn USD to Minsk.",
			[]short{{"1.5 bn USD", 1.5e9, "USD", "money", ""}}},
		{"roubles with a thousands comma", "A flat costs 4,930 roubles a month.",
			[]short{{"4,930 roubles", 4930, "RUB", "money", ""}}},
		{"Belarusian roubles are BYN", "Wages rose to 1,500 Belarusian roubles.",
			[]short{{"1,500 Belarusian roubles", 1500, "BYN", "money", ""}}},
		{"Russian scale and currency words", "Кредит составит 2.5 млрд долларов.",
			[]short{{"2.5 млрд долларов", 2.5e9, "USD", "money", ""}}},
		{"a rate keeps its denominator as the object", "Gas will cost US$165.60 per 1,000 cubic metres next year.",
			[]short{{"US$165.60", 165.6, "USD", "money", "per 1,000 cubic metres"}}},
		{"a percent sign", "Lukashenko won 80.1% of the vote.",
			[]short{{"80.1%", 80.1, "%", "percent", "vote"}}},
		{"per cent in words", "Inflation reached 12.5 per cent.",
			[]short{{"12.5 per cent", 12.5, "%", "percent", ""}}},
		{"Russian percent", "Явка составила 56 процентов.",
			[]short{{"56 процентов", 56, "%", "percent", ""}}},
		{"tonnes with a scale and an of-phrase object", "About 5 million tonnes of oil may have been affected.",
			[]short{{"5 million tonnes", 5e6, "t", "quantity", "oil"}}},
		{"billion cubic metres abbreviated", "Transit fell to 40 bcm of gas.",
			[]short{{"40 bcm", 4e10, "m3", "quantity", "gas"}}},
		{"a hyphenated length", "Lithuania will build a 679-kilometre border fence.",
			[]short{{"679-kilometre", 679, "km", "quantity", "fence"}}},
		{"barrels", "Exports fell by 200,000 barrels a day.",
			[]short{{"200,000 barrels", 2e5, "bbl", "quantity", ""}}},
		{"a counted noun", "More than 4,000 migrants crossed the border.",
			[]short{{"4,000 migrants", 4000, "migrant", "quantity", "migrant"}}},
		{"a counted noun after an adjective", "Some 30,000 Russian troops arrived.",
			[]short{{"30,000 Russian troops", 30000, "troop", "quantity", "troop"}}},
		{"a Russian counted noun", "Задержаны 3 тыс. человек.",
			[]short{{"3 тыс. человек", 3000, "person", "quantity", "person"}}},
		{"years, dates and ordinals are not amounts", "In 2020, on 22 March, the 1st brigade left for the 1990s.",
			nil},
		{"clause and model numbers are not amounts", "Article 5 applies to the MiG-29 and flight FR4978.",
			nil},
		{"a bare number or a repetition counts nothing", "He said it 3 times, then 7.",
			nil},
		{"durations are not counted quantities", "The meeting lasted 15 minutes.",
			nil},
		{"a time phrase is not the object", "Gas cost $244 in the last quarter.",
			[]short{{"$244", 244, "USD", "money", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.text)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"$1.5 billion in loans", "US$165.60 per 1,000 cubic metres", "1,5 млрд", "4,000,", "2bn%", "12.5 per"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, a := range Find(annotator()(text)) {
			if a.Span.Start < prev || a.Span.Start >= a.Span.End || a.Span.End > len(text) {
				t.Fatalf("span %+v out of order or range in %q", a.Span, text)
			}
			if a.Text != text[a.Span.Start:a.Span.End] {
				t.Fatalf("text %q is not the spanned text", a.Text)
			}
			if a.Kind != "money" && a.Kind != "percent" && a.Kind != "quantity" {
				t.Fatalf("kind %q", a.Kind)
			}
			prev = a.Span.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "demo", "corpus", "text", "*.txt"))
	if len(files) == 0 {
		b.Skip("no demo corpus")
	}
	var docs []*nlp.Doc
	tokens := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := annotator()(string(data))
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
		docs = append(docs, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
