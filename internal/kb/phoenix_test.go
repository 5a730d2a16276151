package kb

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got, as indented JSON, with testdata/name; -update
// rewrites the file.
func golden(t *testing.T, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(b)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

func TestReadPhoenixGolden(t *testing.T) {
	f, err := os.Open("testdata/phoenix.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ReadPhoenix(f)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "phoenix.golden.json", es)
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadPhoenix(t *testing.T) {
	tests := []struct {
		name, in string
		want     []PhoenixEntry
	}{
		{"an inline code and a synonym make one entry", "A_B_  [ABC]\n+A_B_C_\n",
			[]PhoenixEntry{{Names: []string{"A B", "A B C"}, Codes: []news.Role{{Code: "ABC"}}, Line: 1}}},
		{"from and until bounds read as dates", "X_\n\t[ABCGOV >940720]\n\t[ABCELI <940720]\n",
			[]PhoenixEntry{{Names: []string{"X"}, Codes: []news.Role{
				{Code: "ABCGOV", From: day("1994-07-20")}, {Code: "ABCELI", Until: day("1994-07-20")}}, Line: 1}}},
		{"two-digit years up to 30 are this century", "X_ [ABCGOV 300101-301231] [ABCGOV 310101-311231]\n",
			[]PhoenixEntry{{Names: []string{"X"}, Codes: []news.Role{
				{Code: "ABCGOV", From: day("2030-01-01"), Until: day("2030-12-31")},
				{Code: "ABCGOV", From: day("1931-01-01"), Until: day("1931-12-31")}}, Line: 1}}},
		{"heads before any code share the codes that follow", "A_\n+AA_\nB_\n\t[ABC]\nC_ [DEF]\n",
			[]PhoenixEntry{
				{Names: []string{"A", "AA", "B"}, Codes: []news.Role{{Code: "ABC"}}, Line: 1},
				{Names: []string{"C"}, Codes: []news.Role{{Code: "DEF"}}, Line: 5}}},
		{"a blank line ends an entry without codes", "A_\n\nB_ [ABC]\n",
			[]PhoenixEntry{{Names: []string{"A"}, Line: 1}, {Names: []string{"B"}, Codes: []news.Role{{Code: "ABC"}}, Line: 3}}},
		{"a comment line does not end an entry", "A_\n# note\n\t[ABC]\n",
			[]PhoenixEntry{{Names: []string{"A"}, Codes: []news.Role{{Code: "ABC"}}, Line: 1}}},
		{"the head comment is kept", "A_  # CountryInfo.txt\n\t[ABCGOV]\n",
			[]PhoenixEntry{{Names: []string{"A"}, Codes: []news.Role{{Code: "ABCGOV"}}, Comment: "CountryInfo.txt", Line: 1}}},
		{"an unreadable date drops its code", "A_ [ABCGOV 9908223-991231] [ABCGOV 000231-000301] [ABC]\n",
			[]PhoenixEntry{{Names: []string{"A"}, Codes: []news.Role{{Code: "ABC"}}, Line: 1}}},
		{"synonyms and codes before any head are skipped", "+A_\n[ABC]\n", nil},
		{"an empty file has no entries", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadPhoenix(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadPhoenix (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzReadPhoenix(f *testing.F) {
	seed, err := os.ReadFile("testdata/phoenix.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("A_ [ABCGOV >940720] [X 1-2] [[ ]]\n+B\n\t[<]\n")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := ReadPhoenix(strings.NewReader(in))
		if err != nil {
			return // only over-long lines fail
		}
		for _, e := range es {
			if len(e.Names) == 0 {
				t.Errorf("entry at line %d has no names", e.Line)
			}
			for _, r := range e.Codes {
				if r.Code == "" {
					t.Errorf("entry at line %d has an empty code", e.Line)
				}
				if !r.From.IsZero() && !r.Until.IsZero() && r.Until.Before(r.From) {
					t.Errorf("entry at line %d: %s ends before it starts", e.Line, r.Code)
				}
			}
		}
	})
}

func TestReadAgents(t *testing.T) {
	in := `# invented agents file
!PERSON! = MAN, WOMAN
!MINIST! = MINISTER, MINISTRY
SOLDIER [~MIL]
POLICE!PERSON!  [~COP]
DEFENCE_MINIST [~GOVMIL]
!MINIST! OF_FINANCE [~GOV]
AD!MINIST!RATION [~GOV]
PEACEKEEPING_TROOPS {} [IGO~]
THIEF {THIEVES} [~CRM]
NO_CODE_HERE
BROKEN [~A B]
`
	got, err := ReadAgents(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"soldier":             "MIL",
		"policeman":           "COP",
		"policewoman":         "COP",
		"defence minister":    "GOVMIL",
		"defence ministry":    "GOVMIL",
		"minister of finance": "GOV",
		"ministry of finance": "GOV",
		"peacekeeping troops": "IGO",
		"thief":               "CRM",
		"thieves":             "CRM",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadAgents (-want +got):\n%s", diff)
	}
}

func FuzzReadAgents(f *testing.F) {
	f.Add("!P! = A, B\nX!P! [~GOV]\n!P!!P! [~MIL]\n")
	f.Fuzz(func(t *testing.T, in string) {
		got, _ := ReadAgents(strings.NewReader(in))
		for noun, code := range got {
			if noun == "" || code == "" || strings.Contains(code, "~") {
				t.Errorf("bad agent %q → %q", noun, code)
			}
		}
	})
}
