package kb

import "testing"

func TestGiven(t *testing.T) {
	k := Default()
	tests := []struct {
		name, word string
		want       bool
	}{
		{"a Latin given name of the dictionaries' people", "Anton", true},
		{"a Cyrillic given name by its romanisation", "Антон", true},
		{"a Cyrillic given name of a hand-written alias", "Святлана", true},
		{"a Russian given name in -ий by the press's -y", "Дмитрий", true},
		{"a genitive in -а is no given name", "Антона", false},
		{"a genitive in -ии is no given name, though the press writes -ий as -y", "Марии", false},
		{"a surname is no given name", "Лукашенко", false},
		{"an agent noun opening an alias is no given name", "President", false},
		{"two words are no given name", "Anton Ivanov", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := k.Given(tt.word); got != tt.want {
				t.Errorf("Given(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
