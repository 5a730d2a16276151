package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/kb"
	"github.com/google/go-cmp/cmp"
)

// writeMO writes a little-endian .mo catalogue of pairs.
func writeMO(t *testing.T, pairs [][2]string) string {
	t.Helper()
	n := len(pairs)
	head := 28
	orig, trans := head, head+8*n
	strs := trans + 8*n
	var b []byte
	u32 := func(v int) { b = binary.LittleEndian.AppendUint32(b, uint32(v)) }
	u32(0x950412de)
	u32(0)
	u32(n)
	u32(orig)
	u32(trans)
	u32(0)
	u32(0)
	var data []byte
	offsets := make([][2][2]int, n) // [pair][col]{len, off}
	for i, p := range pairs {
		for col := range 2 {
			offsets[i][col] = [2]int{len(p[col]), strs + len(data)}
			data = append(data, p[col]...)
			data = append(data, 0)
		}
	}
	for col := range 2 {
		for i := range pairs {
			u32(offsets[i][col][0])
			u32(offsets[i][col][1])
		}
	}
	b = append(b, data...)
	path := filepath.Join(t.TempDir(), "x.mo")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadMO(t *testing.T) {
	path := writeMO(t, [][2]string{{"", "header"}, {"Belarus", "Беларусь"}, {"Poland", "Polska"}})
	got, err := readMO(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Belarus": "Беларусь", "Poland": "Polska"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("readMO (-want +got):\n%s", diff)
	}
}

func TestReadMORejectsOtherFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.mo")
	if err := os.WriteFile(path, []byte("this is not a catalogue at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readMO(path); err == nil {
		t.Error("readMO accepted a text file")
	}
}

func TestNames(t *testing.T) {
	tests := []struct{ name, in, title, id string }{
		{"a plain name", "ALYAKSANDR LUKASHENKA", "Alyaksandr Lukashenka", "ALYAKSANDR_LUKASHENKA"},
		{"initials with dots", "B. LYNN PASCOE", "B. Lynn Pascoe", "B_LYNN_PASCOE"},
		{"a hyphen and an apostrophe", "LEVON TER-PETROSYAN O'NEIL", "Levon Ter-Petrosyan O'Neil", "LEVON_TER_PETROSYAN_ONEIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titleCase(tt.in); got != tt.title {
				t.Errorf("titleCase(%q) = %q, want %q", tt.in, got, tt.title)
			}
			if got := string(phoenixID(tt.in)); got != tt.id {
				t.Errorf("phoenixID(%q) = %q, want %q", tt.in, got, tt.id)
			}
		})
	}
}

// TestDerivedFilesAreCurrent regenerates the derived files and compares
// them with the committed ones, so a change to the generator or the hand
// tables cannot go in without its data.
func TestDerivedFilesAreCurrent(t *testing.T) {
	phoenix := "../../../../shared/data/actors/phoenix"
	iso := "/usr/share/iso-codes/json/iso_3166-1.json"
	for _, p := range []string{phoenix, iso} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("source %s absent", p)
		}
	}
	if testing.Short() {
		t.Skip("slow")
	}
	out := t.TempDir()
	if err := run([]string{"-kb", "..", "-phoenix", phoenix, "-out", out}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"countries.txt", "phoenix.txt", "agents.txt", "languages.txt"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "data", "derived", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is out of date: run go run ./internal/kb/gen", name)
		}
	}
}

func TestBuildPhoenixLeavesCountriesToTheCountryFile(t *testing.T) {
	hand, err := kb.Load(strings.NewReader(`
actor SRB country
  name Serbia
  code SRB
  country SRB
actor SRBGOV organisation
  name Government of Serbia
  code SRBGOV
  country SRB
  alias Belgrade | Narodna Skupstina
actor IRQ country
  name Iraq
  code IRQ
  country IRQ
  alias Iraqi Kurdistan
`))
	if err != nil {
		t.Fatal(err)
	}
	national, err := kb.ReadPhoenix(strings.NewReader(`SERBIA_ [SCGSRB 920428-060605] [SRB >060605] # CountryInfo.txt
+BELGRADE_
+REPUBLIKA_SRBIJA_
KURDISTAN_REGIONAL_GOVERNMENT_ [IRQGOV]
+IRAQI_KURDISTAN_
NARODNA_SKUPSTINA_ [SRBGOVLEG]
`))
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{"SRB": "SRB", "SCG": "SRB", "IRQ": "IRQ"}
	got := map[string][][2]string{}
	for _, b := range buildPhoenix(national, nil, nil, codes, hand) {
		got[b.id+" "+b.kind] = b.lines
	}
	want := map[string][][2]string{
		// A country filed as a ruler keeps only its spellings, and not
		// the capital, which names its government.
		"SRB country": {{"alias", "Serbia | Republika Srbija"}},
		// A known actor keeps its code: the parliament is a name of the
		// government here, which stays SRBGOV.
		"SRBGOV organisation": {{"alias", "Narodna Skupstina"}},
		// An institution sharing an alias with a country is its own actor
		// with its own code; the country keeps its ISO code.
		"KURDISTAN_REGIONAL_GOVERNMENT group": {
			{"name", "Kurdistan Regional Government"},
			{"code", "IRQGOV"},
			{"country", "IRQ"},
			{"sector", "GOV"},
			{"alias", "Iraqi Kurdistan"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("buildPhoenix (-want +got):\n%s", diff)
	}
}
