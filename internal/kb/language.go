package kb

// Language reports whether word is the English name of a language
// ("English", "Swahili"): in news a lone capitalised word of that kind is
// the language or its people, seldom anyone's surname. The names come from
// the "language" lines of the files (derived/languages.txt, written by
// gen from CLDR).
func (k *KB) Language(word string) bool {
	return k.languages[Key(word)]
}
