package nlp

import "testing"

func TestHasStem(t *testing.T) {
	stems := []string{"заяви", "площад", "вуліц"}
	tests := []struct {
		name  string
		w     string
		stems []string
		want  bool
	}{
		{"an inflected form matches its stem", "заявила", stems, true},
		{"the bare stem matches itself", "заяви", stems, true},
		{"a capitalised word matches in lower case", "Площади", stems, true},
		{"an all-capitals word matches in lower case", "ВУЛІЦА", stems, true},
		{"a word that only contains a stem does not match", "незаявил", stems, false},
		{"a word shorter than every stem does not match", "пло", stems, false},
		{"an unrelated word does not match", "сказал", stems, false},
		{"no stems match nothing", "заявил", nil, false},
		{"an empty word matches no stem", "", stems, false},
		{"Latin script works the same way", "Announced", []string{"announc"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HasStem(tt.w, tt.stems); got != tt.want {
				t.Errorf("HasStem(%q, %q) = %v, want %v", tt.w, tt.stems, got, tt.want)
			}
		})
	}
}
