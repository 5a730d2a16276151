package kb

import (
	"slices"
	"testing"
)

func TestArabicVariants(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"the article may be el-", "Umar al-Bashir", "Omar el-Bashir"},
		{"the article may be left out", "Umar al-Bashir", "Omar Bashir"},
		{"a spaced article is the same name", "Omar El Bashir", "Umar al-Bashir"},
		{"Muhammad is written Mohammed", "Muhammad Morsi", "Mohammed Morsi"},
		{"Mohamed gains its double m", "Mohamed Morsi", "Mohammed Morsi"},
		{"Ahmad is written Ahmed", "Ahmad Shah Massoud", "Ahmed Shah Massoud"},
		{"Hussein is written Husayn", "Saddam Hussein", "Saddam Husayn"},
		{"Mahmoud loses its o", "Mahmoud Abbas", "Mahmud Abbas"},
		{"Abdel is written Abdul", "Abdel Fattah el-Sisi", "Abdul Fattah al-Sisi"},
		{"Hassan is written Hasan", "Hassan Nasrallah", "Hasan Nasrallah"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ArabicVariants(tt.in)
			if !slices.Contains(got, tt.want) {
				t.Errorf("ArabicVariants(%q) = %q, want it to hold %q", tt.in, got, tt.want)
			}
			if got[0] != tt.in || len(got) > maxVariants {
				t.Errorf("ArabicVariants(%q) starts %q with %d spellings", tt.in, got[0], len(got))
			}
		})
	}
}

func TestArabicVariantsInKB(t *testing.T) {
	k := Default()
	for _, name := range []string{"Omar El Bashir", "Omar al-Bashir", "Umar Bashir"} {
		t.Run("the KB knows "+name, func(t *testing.T) {
			if got := k.Lookup(name); len(got) == 0 || got[0].ID != "UMAR_AL_BASHIR" {
				t.Errorf("Lookup(%q) = %v", name, got)
			}
		})
	}
}

func TestMiddleName(t *testing.T) {
	k := Default()
	tests := []struct {
		name, text, want string
	}{
		{"a middle name the KB lacks still matches the person", "President Omar Hassan al-Bashir spoke.", "UMAR_AL_BASHIR"},
		{"a lower-case middle word is no middle name", "Omar and al-Bashir", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, m := range k.Match(tt.text) {
				if len(m.Actors) > 0 && m.Actors[0] == "UMAR_AL_BASHIR" {
					got = string(m.Actors[0])
				}
			}
			if got != tt.want {
				t.Errorf("Match(%q) found %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
