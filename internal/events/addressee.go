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

// homePlace reports a mention that is only where the source acts: a
// place in the source's own country, reached through a preposition of
// place ("rebels surrendered in the town of Soroti", "completed their
// withdrawal from the Bosnian town of Zepa", "demonstrated in Kabul
// against the Taliban"). The PLOVER manual's target is the party the act
// is aimed at; a home town receives nothing, so the act's other party, or
// its addressee, is the target (of the acts placeless names). A foreign place stays one ("withdrew from
// the Syrian town of Palmyra": SYR), and so does a place that is the
// verb's object ("shelled Juba").
func (c *clause) homePlace(m *news.Mention, srcs []*news.Mention) bool {
	if !c.placeless || len(srcs) == 0 || srcs[0].Code == "" || m.Code == "" || country(m.Code) != country(srcs[0].Code) {
		return false
	}
	if home := country(m.Code); m.Code != home && m.Code != home+"CVL" {
		return false
	}
	for i := range c.toks {
		if c.ment[i] != m {
			continue
		}
		if c.marked(i, places...) {
			return true
		}
		// "the town of Soroti": the preposition marks the mention's head.
		if h := c.head(i); h >= 0 && c.ment[h] == m && c.marked(h, places...) {
			return true
		}
	}
	return false
}

// placeless reports the acts whose home place is no party to them:
// protests, aimed at the government (addressee), mobilisation, aimed at
// whom it is against, and retreats, surrenders and withdrawals, which
// leave the place. Easing, repression or a threat at home falls on the
// place's people ("enhance freedoms in Sudan", "threatened a curfew in
// Algiers"), who stay the target.
func placeless(code string) bool {
	return strings.HasPrefix(code, "14") || strings.HasPrefix(code, "15") || strings.HasPrefix(code, "087")
}

// places are the prepositions of place; "at" is left out, as it also
// aims an act ("fired at protesters").
var places = []string{"in", "near", "from", "around", "across", "throughout", "inside", "outside", "within"}

// scopes are the prepositions of place that set a scope rather than
// aim an act: "guarantees within the Union State", "trade across the
// region".
var scopes = []string{"within", "inside", "across", "throughout"}

// cooperative reports the CAMEO families of cooperation, verbal and
// material (01 to 08), whose party is whom the act is agreed with, never
// where it holds. A strike "on targets inside Russia" is aimed at the
// place, so conflict keeps it.
func cooperative(code string) bool {
	return len(code) >= 2 && code[:2] <= "08"
}

// scoped reports an actor word i that only sets the scope of a noun in
// phrase top, while an act of cooperation is read: in "signed a treaty
// on security guarantees within the Union State" the Union State is where
// the guarantees hold, no party to the signing.
func (c *clause) scoped(i, top int) bool {
	if !c.cooperative {
		return false
	}
	for n := 0; i >= 0 && i != top && n <= len(c.toks); n++ {
		if c.rels[i] == "nmod" && c.marked(i, scopes...) {
			return true
		}
		i = c.head(i)
	}
	return false
}

// defied returns the actor a protest is set against by "in defiance
// of", "in protest at" or "in protest against" ("blocked streets in Hong
// Kong in defiance of Chinese authorities": CHNGOV): the phrase names its
// addressee in so many words, wherever the parser hung it (it hangs it
// from anything in the sentence). nil when the sentence has no such
// phrase with an actor within four words.
func (c *clause) defied() *news.Mention {
	for i := 0; i+2 < len(c.toks); i++ {
		if c.texts[i] != "in" || !(c.texts[i+1] == "defiance" && c.texts[i+2] == "of" || c.texts[i+1] == "protest" && (c.texts[i+2] == "at" || c.texts[i+2] == "against")) {
			continue
		}
		for k := i + 3; k < len(c.toks) && k <= i+6; k++ {
			if m := c.ment[k]; m != nil {
				return c.possessed(m)
			}
		}
	}
	return nil
}
