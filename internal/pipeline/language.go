package pipeline

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// Bounds on the text the language guess reads. Under minLanguageText a
// trigram profile says too little; past maxLanguageText it says nothing new
// and only costs time.
const (
	minLanguageText = 40
	maxLanguageText = 4000
)

// language guesses the ISO 639-1 code of an article whose source declared
// none: plain text and most JSONL or CSV dumps carry no language, and
// without one `--lang en` and the API's lang= leave those articles out. It
// answers "" when the guess is not reliable, so an unknown language stays
// unknown rather than becoming a wrong one.
func language(text string) string {
	if len(text) < minLanguageText {
		return ""
	}
	if len(text) > maxLanguageText {
		cut := maxLanguageText
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}
