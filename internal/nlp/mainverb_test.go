package nlp

import (
	"strings"
	"testing"
)

func TestMendMainVerb(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sentence, word, want string
	}{
		{"a verbless news sentence's past form is its main verb", "The European Union sanctioned Belarusian officials .", "sanctioned", "VBD"},
		{"a plural subject's past form before a noun is the main verb", "Rebels in Chad blocked roads .", "blocked", "VBD"},
		{"a reduced relative before by stays a participle", "Officials sanctioned by the European Union .", "sanctioned", "VBN"},
		{"a participle before a preposition stays one", "Troops stationed near the border .", "stationed", "VBN"},
		{"a participle after an auxiliary stays one", "The officials have been sanctioned .", "sanctioned", "VBN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms := strings.Fields(tt.sentence)
			_, xpos, _ := tg.TagWords(forms)
			for i, f := range forms {
				if f == tt.word && xpos[i] != tt.want {
					t.Errorf("%q in %q tagged %s, want %s (tags %v)", f, tt.sentence, xpos[i], tt.want, xpos)
				}
			}
		})
	}
}
