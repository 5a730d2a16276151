package pipeline

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// Invented paragraphs on one story in the languages of the demo's region.
const (
	russian    = "Официальные лица в Минске заявили во вторник, что переговоры с Москвой о цене на газ на следующий год снова зашли в тупик и что правительство будет искать других поставщиков. По словам министра энергетики, белорусская сторона готова платить столько же, сколько платят российские потребители в соседней Смоленской области, но Газпром настаивает на прежних условиях."
	belarusian = "Афіцыйныя асобы ў Мінску заявілі ў аўторак, што перамовы з Масквой аб цане на газ на наступны год зноў спыніліся і што ўрад будзе шукаць іншых пастаўшчыкоў. Па словах міністра энергетыкі, беларускі бок гатовы плаціць столькі ж, колькі плацяць расійскія спажыўцы ў суседняй Смаленскай вобласці."
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"an English wire paragraph is English",
			"Officials in Minsk said on Tuesday that talks with Moscow on the price of gas for next year had stalled again, and that the government would look for other suppliers.", "en"},
		{"a Russian paragraph is Russian", russian, "ru"},
		{"a Belarusian paragraph is Belarusian, not Russian, though both are Cyrillic", belarusian, "be"},
		{"a German paragraph is German",
			"Beamte in Minsk sagten am Dienstag, die Gespräche mit Moskau über den Gaspreis für das nächste Jahr seien erneut ins Stocken geraten, und die Regierung werde andere Lieferanten suchen.", "de"},
		{"a line too short to judge has no language", "Minsk, 12 May.", ""},
		{"numbers alone have no language", "2020 2021 2022 2023 2024 1,500 3.5% 80% 10,000 12 14 16 18 20", ""},
		{"a long text is judged on its start, cut between characters", strings.Repeat(russian+" ", 12), "ru"},
		{"one Russian sentence alone is too little to tell from its neighbours",
			"Официальные лица в Минске заявили во вторник, что переговоры с Москвой снова зашли в тупик.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := language(tt.text); got != tt.want {
				t.Errorf("language(%.40q…) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestIngestGuessesUndeclaredLanguage(t *testing.T) {
	fs := fstest.MapFS{
		"ru.txt": {Data: []byte("Переговоры о газе\n\n" + russian + "\n")},
		"be.txt": {Data: []byte("Перамовы аб газе\n\n" + belarusian + "\n")},
		"declared.jsonl": {Data: []byte(`{"title":"Declared","lang":"de","text":"Officials in Minsk said on Tuesday that talks with Moscow on the price of gas had stalled again."}` + "\n" +
			`{"title":"Too short","text":"Minsk, 12 May."}` + "\n")},
	}
	inputs, err := FS(fs, ".")
	if err != nil {
		t.Fatal(err)
	}
	p := &putter{}
	if _, err := Ingest(context.Background(), p, inputs, Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Переговоры о газе": "ru", "Перамовы аб газе": "be", "Declared": "de", "Too short": ""}
	if diff := cmp.Diff(want, p.langs); diff != "" {
		t.Errorf("languages by title (-want +got):\n%s", diff)
	}
}
