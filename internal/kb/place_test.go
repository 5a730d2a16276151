package kb

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPlace(t *testing.T) {
	k := Default()
	tests := []struct {
		name, text string
		want       Place
		ok         bool
	}{
		{"a city the dictionary files under its country is a place", "Mosul", Place{Country: "IRQ"}, true},
		{"a capital is a capital place of its country", "Minsk", Place{Country: "BLR", Capital: true}, true},
		{"a capital in another spelling is one too", "Tirane", Place{Country: "ALB", Capital: true}, true},
		{"a hand-written city is a place", "Hrodna", Place{Country: "BLR"}, true},
		{"a region is a place", "Anbar Province", Place{Country: "IRQ"}, true},
		{"a country's own name is no place", "Iraq", Place{}, false},
		{"a country's variant spelling is no place", "Irak", Place{}, false},
		{"a country's demonym is no place", "Brazilian", Place{}, false},
		{"a country's initials are no place", "U.S.", Place{}, false},
		{"a government metonym is no place", "Kremlin", Place{}, false},
		{"a person is no place", "Lukashenko", Place{}, false},
		{"a state's English name the generator took for a place is the state's", "Ivory Coast", Place{}, false},
		{"a state's other English name is no place", "Holland", Place{}, false},
		{"a former state's name is no place", "West Germany", Place{}, false},
		{"a state's former name is no place", "Burma", Place{}, false},
		{"a town of a war GeoNames lists is a place of its state", "Bakhmut", Place{Country: "UKR"}, true},
		{"a city GeoNames lists in its own spelling is one too", "Wad Medani", Place{Country: "SDN"}, true},
		{"the press spelling of a war's town is a place", "Zaporizhzhia", Place{Country: "UKR"}, true},
		{"a regional capital of a war is a place", "Mekelle", Place{Country: "ETH"}, true},
		{"a Belarusian town GeoNames lists is a place of Belarus", "Salihorsk", Place{Country: "BLR"}, true},
		{"a city filed beside a state's names stays a place", "Bouake", Place{Country: "CIV"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := k.Place(tt.text)
			if ok != tt.ok {
				t.Fatalf("Place(%q) ok = %v, want %v", tt.text, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Place(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestLoadReadsPlaces(t *testing.T) {
	k := mustLoad(t, "actor XXX country\n  country XXX\n  place Northtown | Southtown\nactor XXXGOV organisation\n  country XXX\n  capital Capitol City\n")
	for _, name := range []string{"Northtown", "Capitol City"} {
		if got := k.Lookup(name); len(got) != 1 {
			t.Errorf("Lookup(%q) = %v, want the record it is written under", name, ids(got))
		}
	}
	if p, ok := k.Place("southtown"); !ok || p != (Place{Country: "XXX"}) {
		t.Errorf("Place(southtown) = %+v, %v", p, ok)
	}
	if p, ok := k.Place("Capitol City"); !ok || p != (Place{Country: "XXX", Capital: true}) {
		t.Errorf("Place(Capitol City) = %+v, %v", p, ok)
	}
}

func TestPlaceIn(t *testing.T) {
	k := Default()
	tests := []struct {
		name, text, country string
		want                Place
		ok                  bool
	}{
		{"a capital is a capital place of its country", "Tripoli", "LBY", Place{Country: "LBY", Capital: true}, true},
		{"a name another state's city shares is a place there too", "Tripoli", "LBN", Place{Country: "LBN"}, true},
		{"a city is no place in a state it is not in", "Tripoli", "SYR", Place{}, false},
		{"a city two states share is a place in the first", "Hyderabad", "IND", Place{Country: "IND"}, true},
		{"a city two states share is a place in the second", "Hyderabad", "PAK", Place{Country: "PAK"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := k.PlaceIn(tt.text, tt.country)
			if ok != tt.ok {
				t.Fatalf("PlaceIn(%q, %q) ok = %v, want %v", tt.text, tt.country, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("PlaceIn(%q, %q) (-want +got):\n%s", tt.text, tt.country, diff)
			}
		})
	}
}
