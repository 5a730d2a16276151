package kb

import (
	"slices"

	"github.com/entente-news/entente/internal/news"
)

// noteDemonyms records which keys country id's record spells out and
// which demonyms were derived for it.
func (k *KB) noteDemonyms(id news.ActorID, rec *record) {
	for _, n := range rec.written {
		addID(k.written, Key(n), id)
	}
	k.derived[id] = append(k.derived[id], rec.derived...)
}

// settleDemonyms takes from a country the demonyms derived for it that
// another country's record spells out, with the plural derived beside
// them: "Dominican" is the Dominican Republic's, written in its record,
// not Dominica's by the -a → -an rule (whose people are Dominicans only
// when the text says Dominica). Derivation guesses; a record knows.
func (k *KB) settleDemonyms() {
	for id, groups := range k.derived {
		a := k.actors[id]
		for _, g := range groups {
			owners := k.written[Key(g[0])]
			if !slices.ContainsFunc(owners, func(o news.ActorID) bool { return o != id }) || slices.Contains(owners, id) {
				continue
			}
			for _, f := range g {
				key := Key(f)
				k.names[key] = slices.DeleteFunc(k.names[key], func(o news.ActorID) bool { return o == id })
				if len(k.names[key]) == 0 {
					delete(k.names, key)
				}
				if a != nil {
					a.Aliases = slices.DeleteFunc(a.Aliases, func(s string) bool { return Key(s) == key })
				}
			}
		}
	}
	k.derived = map[news.ActorID][][]string{}
}
