package kb

import (
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func TestSectorActor(t *testing.T) {
	k := Default()
	tests := []struct {
		name, id, want string
		ok             bool
	}{
		{"a country's sector", "BLRMIL", "Belarus military", true},
		{"a stacked code names each sector", "DZACVLMUS", "Algeria civilians, Muslims", true},
		{"a listed actor keeps its own name", "BLRGOV", "Government of Belarus", true},
		{"an unknown sector is no actor", "BLRXYZ", "", false},
		{"a non-country prefix is no actor", "XYZMIL", "", false},
		{"a bare country is the country", "BLR", "Belarus", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := k.Actor(news.ActorID(tt.id))
			if ok != tt.ok || (ok && a.Name != tt.want) {
				t.Errorf("Actor(%s) = %+v, %v; want %q, %v", tt.id, a, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestIsSector(t *testing.T) {
	tests := []struct {
		name, code string
		want       bool
	}{
		{"a CAMEO sector", "MIL", true},
		{"a religion code", "MUS", true},
		{"a territory's code in the sector field", "GZA", false},
		{"a dependency's ISO code", "FRO", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsSector(tt.code); got != tt.want {
				t.Errorf("IsSector(%q) = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}

func TestSector(t *testing.T) {
	k := Default()
	tests := []struct{ noun, want string }{
		{"troops", "MIL"},
		{"soldiers", "MIL"},
		{"army", "MIL"},
		{"ministry", "GOV"},
		{"Foreign Ministry", "GOV"},
		{"police", "COP"},
		{"policemen", "COP"},
		{"protesters", "OPP"},
		{"journalists", "MED"},
		{"judges", "JUD"},
		{"rebels", "REB"},
		{"businessman", "BUS"},
		{"forces", "MIL"},
		{"officers", "MIL"},
		{"leaders", "GOV"},
		{"negotiators", "GOV"},
		{"nationals", "CVL"},
		{"companies", "BUS"},
		{"oil companies", "BUS"},
		{"suppliers", "BUS"},
		{"refineries", "BUS"},
		{"diplomats", "GOV"},
		{"envoys", "GOV"},
		{"lawmakers", "LEG"},
		{"militants", "REB"},
		{"gunmen", "UAF"},
		{"insurgents", "REB"},
		{"students", "EDU"},
		{"associations", "NGO"},
		{"peackeepers", "MIL"},
		{"Commision", "GOV"},
		{"journalits", "MED"},
		{"foundation", "NGO"},
		{"activists", "OPP"},
	}
	for _, tt := range tests {
		t.Run(tt.noun+" signals "+tt.want, func(t *testing.T) {
			got, ok := k.Sector(tt.noun)
			if !ok || got != tt.want {
				t.Errorf("Sector(%q) = %q, %v; want %s", tt.noun, got, ok, tt.want)
			}
		})
	}
	for _, w := range []string{"teapot", "protested", "republics", "policies"} {
		if got, ok := k.Sector(w); ok {
			t.Errorf("Sector(%s) = %q, want none", w, got)
		}
	}
}
