package kb

import "github.com/entente-news/entente/internal/news"

// Local returns the actor of country that goes by name in that country's
// own news: a state body named without its country ("the National Bank",
// "the Central Election Commission"), as an article about the country
// names it. Such a name is no alias: Match and Lookup do not know it, so
// "the Swiss National Bank" or a Russian story's "Central Election
// Commission" stay apart; the caller asks once the text has tied the name
// to a country. A "local" line in a record lists the names.
func (k *KB) Local(name, country string) (*news.Actor, bool) {
	for _, id := range k.locals[Key(name)] {
		if a := k.actors[id]; a != nil && a.Country == country {
			return a, true
		}
	}
	return nil, false
}

func (k *KB) addLocals(rec *record) {
	for _, n := range rec.locals {
		addID(k.locals, Key(n), rec.actor.ID)
	}
}
