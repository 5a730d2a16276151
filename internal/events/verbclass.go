package events

// The word classes that turn an event's arguments around or rule a word
// out as a subject.

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// statives are participles that, after "be" and without a "by" phrase,
// tell a state of their subject rather than an act done to it: "Israel
// is opposed to French mediation", "Serb forces were engaged in ethnic
// cleansing" (adjectival passives; their subject acts).
var statives = map[string]bool{"oppose": true, "engage": true, "involve": true, "determine": true, "dedicate": true, "devote": true, "resolve": true, "interest": true, "concern": true}

// bareCountry reports a mention of a country itself, no person in it.
func bareCountry(m *news.Mention) bool {
	return len(m.Code) == 3 && string(m.Actor) == m.Code
}

// dying verbs turn the event around too: their subject is its victim.
var dying = map[string]bool{"die": true, "perish": true}

// receiving verbs turn the event around: their subject is its target.
var receiving = map[string]bool{"receive": true, "get": true, "obtain": true}

// indefinite pronouns name nobody the nearest actor could stand for.
var indefinite = map[string]bool{"anyone": true, "anybody": true, "someone": true, "somebody": true, "nobody": true, "everyone": true, "everybody": true, "whoever": true}

// whenWords say when, so they are no subject, whatever the parser made of
// them ("Zia-Ul-Haq today rejected"); the actor before stays the source.
var whenWords = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// attributing nouns name who a report comes from, not a party to it:
// "military sources said", "witnesses said".
var attributing = map[string]bool{"source": true, "witness": true, "resident": true, "diplomat": true, "observer": true, "correspondent": true, "journalist": true, "reporter": true}

// official reports an actor code that stands for a state: a bare country
// or one of its governing, armed, police, judicial or lawmaking sectors.
func official(code string) bool {
	if len(code) == 3 {
		return true
	}
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
			return true
		}
	}
	return false
}

// sending verbs move their object to a place: the place's actor is their
// target.
var sending = map[string]bool{"send": true, "deploy": true, "dispatch": true, "station": true, "redeploy": true, "transfer": true, "airlift": true, "move": true, "post": true, "contribute": true}

// bareCodes code verbs the dictionary leaves uncoded on their own, or
// lacks, where the PLOVER manual files the verb whatever its object:
// REJECT is "all rejections and refusals", ACCUSE criticism (slam: 111),
// and SANCTION sanctions (163). Urging is left out: the PLOVER gold
// codes what X is urged to do.
var bareCodes = map[string]string{"reject": "120", "slam": "111", "sanction": "163"}

// hedges are participles that qualify the noun after them ("alleged
// bombers") rather than report an act.
var hedges = map[string]bool{"allege": true, "suspect": true, "purport": true, "presume": true}

// findings are verbs that, like speech, frame what another must do
// ("concluded that the US must allocate").
var findings = map[string]bool{"conclude": true, "rule": true, "find": true}

// jurisdiction returns the country whose authorities did passive verb v,
// a legal act (CAMEO 09 investigate, 17 arrest, detain, deport, ban)
// whose agent the sentence leaves out, when it names where it happened
// ("a Russian citizen was arrested in Poland": Poland arrests; "was put
// under investigation in Italy"): only a state investigates, arrests or
// deports within its borders. Force done in a country ("was killed in
// Ukraine") is not the country's own, so no other code takes it.
func (c *clause) jurisdiction(v int, code string, tgts []*news.Mention) *news.Mention {
	if !strings.HasPrefix(code, "09") && !strings.HasPrefix(code, "17") || len(c.children(v, "nsubj:pass")) == 0 {
		return nil
	}
	places := c.children(v, "obl")
	// "put [under investigation in Italy]": the parser may hang the place
	// from the act's noun.
	for _, o := range places {
		places = append(places, c.children(o, "nmod")...)
	}
	for _, o := range places {
		if !c.marked(o, "in") {
			continue
		}
		m := c.mentionUnder(o)
		if m != nil && len(m.Code) == 3 && !slices.Contains(tgts, m) {
			return m
		}
	}
	return nil
}

// deciding verbs report a decision whose infinitive is the act decided
// ("the court decided to allow the candidate to run": the allowing is
// the event, not the dictionary's bare "decide", 030).
var deciding = map[string]bool{"decide": true, "opt": true, "choose": true, "elect": true}
