package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSectorCoversPhoenixAgents checks that every noun of the Phoenix
// agents dictionary, and its regular English plural, reaches a sector
// through the embedded KB: the derived file must carry all of it.
// Hand-written agents may give another code, so only presence is checked.
func TestSectorCoversPhoenixAgents(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "actors", "phoenix", "Phoenix.agents.txt"))
	if err != nil {
		t.Skip("shared data absent")
	}
	defer f.Close()
	agents, err := ReadAgents(f)
	if err != nil {
		t.Fatal(err)
	}
	k := Default()
	var missing []string
	for noun := range agents {
		for _, form := range []string{noun, plural(noun)} {
			if _, ok := k.Sector(form); !ok {
				missing = append(missing, form)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d of %d Phoenix agent nouns and plurals have no sector, e.g. %q", len(missing), 2*len(agents), missing[:min(10, len(missing))])
	}
}

// plural is the regular English plural of a noun phrase's last word.
func plural(p string) string {
	switch {
	case strings.HasSuffix(p, "man"):
		return p[:len(p)-3] + "men"
	case strings.HasSuffix(p, "y") && !strings.HasSuffix(p, "ay") && !strings.HasSuffix(p, "ey") && !strings.HasSuffix(p, "oy"):
		return p[:len(p)-1] + "ies"
	case strings.HasSuffix(p, "s"), strings.HasSuffix(p, "x"), strings.HasSuffix(p, "ch"), strings.HasSuffix(p, "sh"):
		return p + "es"
	}
	return p + "s"
}

func TestSectorPlurals(t *testing.T) {
	k := Default()
	tests := []struct{ name, noun, want string }{
		{"a regular plural", "protesters", "OPP"},
		{"a plural in -ies", "militias", "UAF"},
		{"a plural in -men", "policemen", "COP"},
		{"a plural in -es", "businesses", "BUS"},
		{"a plural in -ves", "thieves", "CRM"},
		{"a plural in -women", "businesswomen", "BUS"},
		{"a plural of a phrase", "police officers", "COP"},
		{"a hand-written noun", "security chief", "COP"},
		{"a people is civilians", "Kurds", "CVL"},
		{"an unknown noun has none", "teapots", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := k.Sector(tt.noun)
			if len(got) > 3 {
				got = got[:3]
			}
			if got != tt.want {
				t.Errorf("Sector(%q) = %q, want %q", tt.noun, got, tt.want)
			}
		})
	}
}
