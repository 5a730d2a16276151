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
