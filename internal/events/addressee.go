package events

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// addressee returns the party an event of code by srcs is aimed at when
// the sentence names none, as the PLOVER manual defines the type: a
// protest (CAMEO 14) by a country's civilians, workers or opposition is
// "directed toward ... government authorities", their own government
// ("thousands demonstrated in Kirkuk": IRQCVL → IRQGOV); repression (17)
// by a state's own agents falls on its people ("declared a state of siege
// and arrested opponents": HTIGOV → HTI). nil when neither holds, or the
// source is no country's (an IGO, NGO or religious group).
func addressee(code string, srcs []*news.Mention) *news.Mention {
	if len(srcs) != 1 || len(srcs[0].Code) < 3 || stateless[country(srcs[0].Code)] {
		return nil
	}
	s := srcs[0].Code
	home := country(s)
	switch {
	case strings.HasPrefix(code, "14") && !official(s) && !armed(s):
		return &news.Mention{Actor: news.ActorID(home + "GOV"), Code: home + "GOV"}
	case strings.HasPrefix(code, "17") && len(s) > 3 && official(s):
		return &news.Mention{Actor: news.ActorID(home), Code: home}
	}
	return nil
}

// stateless are the CAMEO codes of actors that belong to no country:
// international and non-governmental organisations, multinationals,
// international militant groups, religions.
var stateless = map[string]bool{
	"IGO": true, "NGO": true, "IMG": true, "MNC": true, "UIS": true, "NGM": true,
	"ISM": true, "MOS": true, "CHR": true, "JEW": true, "BUD": true, "HIN": true,
}

// diplomatic reports a protest (CAMEO 140) a state lodges: the PLOVER
// manual files diplomatic protests under ACCUSE 'disapprove' ("China
// protested to Washington over the arms sale": 114, an official
// complaint), keeping PROTEST for collective, material action.
func diplomatic(lemma, code string, srcs []*news.Mention) bool {
	return code == "140" && (lemma == "protest" || lemma == "lodge") && len(srcs) > 0 && srcs[0].Code != "" && official(srcs[0].Code) && !armed(srcs[0].Code)
}

// venue reports a mention in an "in" phrase: a place something happens.
func (c *clause) venue(m *news.Mention) bool {
	for i := range c.toks {
		if c.ment[i] == m && (c.hasCase(i, "in") || c.head(i) >= 0 && c.ment[c.head(i)] == m && c.hasCase(c.head(i), "in")) {
			return true
		}
	}
	return false
}
