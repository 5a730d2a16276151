package quotes

// The word classes the speaker rules test tokens and phrases against.

import "strings"

func nounish(t tok) bool {
	return t.UPOS == "NOUN" || t.UPOS == "PROPN" || strings.HasPrefix(t.XPOS, "NN")
}

func isDeterminer(s string) bool {
	switch strings.ToLower(s) {
	case "the", "a", "an", ",":
		return true
	}
	return false
}

// isTime reports whether s only says when ("June", "On Monday"): the words
// before a name that a clause opened with are no description of it.
func isTime(s string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if !timeWords[w] {
			return false
		}
	}
	return true
}

var timeWords = set(`in on at last this next early late earlier later
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday yesterday today`)

// titleWords end a descriptor before a name the resolver did not know:
// "Belarusian Defence Minister Andrei Ravkov". American copy capitalises
// more of them before a name: the office ("U.S. Attorney James Kennedy"),
// the beat ("NFL Insider Jason La Canfora"), the abbreviated rank ("Rep.
// Ilhan Omar"), a player's position ("Browns DL Sheldon Richardson").
var titleWords = set(`minister president chancellor spokesman spokeswoman
	spokesperson secretary chairman chairwoman chair director head chief
	leader ambassador envoy general commander governor mayor premier king
	prime deputy adviser advisor aide official representative senator mp
	mr mr. mrs mrs. ms ms. dr dr. prof prof. sir
	attorney prosecutor lawyer judge sheriff commissioner superintendent
	inspector detective officer captain lieutenant colonel sergeant
	congressman congresswoman councilman councilwoman councillor
	correspondent reporter editor columnist analyst insider anchor
	economist professor coach manager founder ceo cfo
	rep rep. sen sen. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt.
	qb rb wr lb dl cb`)

// placePreps put a place after a description of a speaker: "authorities
// in Beijing", "officials at the Pentagon".
var placePreps = set(`in at`)
