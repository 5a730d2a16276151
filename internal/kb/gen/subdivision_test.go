package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSubdivisionNames(t *testing.T) {
	tests := []struct {
		name, iso string
		want      []string
	}{
		{"a Ukrainian region's adjective gives its city", "Khersonska oblast", []string{"Kherson"}},
		{"an adjective of a city in -sk keeps the -sk", "Dnipropetrovska oblast", []string{"Dnipropetrovsk"}},
		{"an adjective that lost its city's ending gives nothing", "Vinnytska oblast", nil},
		{"an Arabic name drops its article and its -h", "Ar Raqqah", []string{"Ar Raqqah", "Raqqah", "Raqqa"}},
		{"the marks of ayn and hamza go", "Ma’rib", []string{"Marib"}},
		{"a bracketed note goes", "Amānat al ‘Āşimah [city]", []string{"Amānat al Āşimah", "Amānat al Āşima"}},
		{"a plain name stays", "North Darfur", []string{"North Darfur"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, subdivisionNames(tt.iso)); diff != "" {
				t.Errorf("subdivisionNames(%q) (-want +got):\n%s", tt.iso, diff)
			}
		})
	}
}
