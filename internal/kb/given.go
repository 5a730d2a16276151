package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Given reports whether word is a given name of the knowledge base's
// people: the first word of a person's name, or of a Cyrillic alias,
// compared by Key. A Cyrillic word is also compared by its
// romanisations, so "Антон" is a given name because the dictionaries
// list an "Anton". Agent nouns ("President" in an alias) are none.
// The resolver reads it to tell a declined given name ("Антона", the
// genitive of Антон) from a nominative ("Анна"), which no ending can.
func (k *KB) Given(word string) bool {
	k.givenOnce.Do(k.indexGiven)
	key := Key(word)
	if key == "" || strings.Contains(key, " ") {
		return false
	}
	if k.given[key] {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(word); !unicode.Is(unicode.Cyrillic, r) {
		return false
	}
	// The press schemes' endings rewrite -ий to -y (Dmitry), which would
	// make the genitive "Марии" a "Mary": a word not in -й is romanised
	// letter by letter only.
	plain := !strings.HasSuffix(word, "й")
	for _, lang := range []string{"ru", "be", "uk"} {
		for _, sc := range schemes[lang] {
			c := *sc // a copy: the schemes are shared
			if plain {
				c.ends = nil
			}
			if k.given[Key(c.romanize(word))] {
				return true
			}
		}
	}
	return false
}

func (k *KB) indexGiven() {
	k.given = map[string]bool{}
	add := func(name string) {
		f := strings.Fields(name)
		if len(f) < 2 || !startsUpperWord(f[0]) {
			return
		}
		key := Key(f[0])
		if _, agent := k.agents[key]; agent || utf8.RuneCountInString(key) < 2 {
			return
		}
		k.given[key] = true
	}
	for _, a := range k.actors {
		if a.Kind != "person" {
			continue
		}
		add(a.Name)
		for _, al := range a.Aliases {
			if r, _ := utf8.DecodeRuneInString(al); unicode.Is(unicode.Cyrillic, r) {
				add(al)
			}
		}
	}
}
