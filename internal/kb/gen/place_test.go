package main

import "testing"

func TestIsCountrySpelling(t *testing.T) {
	iraq := []string{"Iraq", "Republic of Iraq", "Iraqi", "Iraqis"}
	usa := []string{"United States", "United States of America", "American"}
	tests := []struct {
		name  string
		syn   string
		names []string
		want  bool
	}{
		{"a one-letter misspelling is the country", "ERAQ", iraq, true},
		{"a spelling with an extra letter is the country", "IRAQE", iraq, true},
		{"a foreign official name holding the name is the country", "AJ JUMHURIYAH AL 'IRAQIYAH", iraq, true},
		{"a city is a place", "MOSUL", iraq, false},
		{"a region named with a part word is a place", "ANBAR PROVINCE", iraq, false},
		{"a country's north is a place", "NORTHERN IRAQ", iraq, false},
		{"a demonym is the country", "AMERICANS", usa, true},
		{"initials are the country", "U.S.A.", usa, true},
		{"initials after an article are the country", "THE US", usa, true},
		{"the capital is a place", "WASHINGTON", usa, false},
		{"a city of the country is a place", "NEW YORK", usa, false},
		{"a part word of the country's own name is no part", "SOUTH KOREA", []string{"South Korea", "Korea, Republic of", "South Korean"}, true},
		{"islands in the country's own name are no part", "SOLOMON ISLANDS", []string{"Solomon Islands"}, true},
		{"a compass word the country's name lacks is a part", "WEST GERMANY", []string{"Germany", "German"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCountrySpelling(tt.syn, tt.names); got != tt.want {
				t.Errorf("isCountrySpelling(%q) = %v, want %v", tt.syn, got, tt.want)
			}
		})
	}
}
