package quotes

// The verbs a run of tokens holds: whether a clause has a finite verb of
// its own, and where one stands.

import "strings"

// finiteSoon reports a finite verb or modal within the first fourteen tokens
// of toks[i..j], before any "to" infinitive: a subject with its phrases
// runs that long ("she and more than 40 fellow teachers from the schools
// near Evansville left").
func (f *finder) finiteSoon(i, j int) bool {
	for n := 0; i <= j && n < 14; i, n = i+1, n+1 {
		if e := f.dashAside(i, j); e > i {
			// "two of the three requirements ― chemical elements and
			// energy ― are found": an aside between dashes is not
			// counted against the subject's length.
			i = e
			continue
		}
		// The verb of a clause of time or cause is not the cue's:
		// "claimed victory as the votes were counted".
		if n > 0 && timeClause[strings.ToLower(f.toks[i].Text)] {
			return false
		}
		x := f.toks[i].XPOS
		if n > 0 && f.toks[i-1].XPOS == "PRP" && personal[strings.ToLower(f.toks[i-1].Text)] && (x == "VBN" || x == "JJ" && strings.HasSuffix(f.toks[i].Text, "ed")) {
			// "said she related to him": after a subject pronoun, a
			// past form the tagger read as a participle or an adjective
			// is its past tense.
			x = "VBD"
		}
		if x == "VBN" && i > 0 && n > 0 && (f.toks[i-1].XPOS == "NNS" || f.toks[i-1].XPOS == "NNPS" || f.toks[i-1].XPOS == "NNP") && !f.finiteAhead(i) {
			// "said more than 15,000 people registered": a past form
			// right after a plural subject or a name is its past tense,
			// whichever the tagger chose.
			x = "VBD"
		}
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			// A verb right after "and" is the cue's own second predicate:
			// "denied the allegations and declined to comment".
			return i == 0 || f.toks[i-1].UPOS != "CCONJ"
		case "TO":
			return false
		case "WP", "WDT":
			// "recalled the ambassador, who had criticised the deal": the
			// verb is a relative clause's, and the cue had an object; so
			// after a name or a day with no comma ("testifying Tuesday
			// who listened in").
			if i > 0 && (f.toks[i-1].Text == "," || n > 0 && f.toks[i-1].UPOS == "PROPN" && strings.EqualFold(f.toks[i].Text, "who")) {
				return false
			}
		}
	}
	return false
}

// dashes set off an aside inside a clause.
var dashes = set(`— ― – --`)

// dashAside returns the index of the dash that closes an aside opened by
// a dash at toks[i], within twenty tokens and before toks[j], or -1.
func (f *finder) dashAside(i, j int) int {
	if !dashes[f.toks[i].Text] {
		return -1
	}
	for e := i + 1; e <= j && e <= i+20; e++ {
		if dashes[f.toks[e].Text] {
			return e
		}
	}
	return -1
}

// predicateAt reports a finite verb at toks[i], after adverbs: a
// predicate whose subject came before ("is often found", "has spread").
func (f *finder) predicateAt(i, hi int) bool {
	for i <= hi && f.toks[i].UPOS == "ADV" {
		i++
	}
	if i > hi {
		return false
	}
	switch f.toks[i].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// leads reports whether only a conjunction or adverb precedes toks[k] in
// its sentence.
func (f *finder) leads(lo, k int) bool {
	for i := lo; i < k; i++ {
		if u := f.toks[i].UPOS; u != "CCONJ" && u != "ADV" && !isQuoteTok(f.toks[i]) {
			return false
		}
	}
	return true
}

func startsClause(t tok) bool {
	switch t.UPOS {
	case "DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM":
		return !isQuoteTok(t)
	}
	// A gerund may be the clause's subject: "said returning to the moon
	// was necessary".
	return t.XPOS == "VBG"
}

// nounAsVerb reports a bare noun opening the reported clause that the
// tagger read as a verb, as it reads "pay", "change" and "cost" out of
// context: "said pay was low", with a finite auxiliary right after it.
func (f *finder) nounAsVerb(j int) bool {
	if j+1 >= len(f.toks) || f.toks[j].XPOS != "VB" && f.toks[j].XPOS != "VBP" || capitalised(f.toks[j].Text) {
		return false
	}
	switch n := f.toks[j+1]; n.XPOS {
	case "VBD", "VBZ", "MD":
		return n.UPOS == "AUX"
	}
	return false
}

// approximators open a number the reported clause's subject counts:
// "reported at least 5,000 people entered", "said about 40 were hurt".
var approximators = set(`at about nearly almost around roughly over up some only
	just fewer under`)

// approximate reports toks[i] opening a subject with a number: an
// approximator with a number at most two tokens on ("at least 5,000",
// "up to 30", "about 40").
func (f *finder) approximate(i int) bool {
	if !approximators[strings.ToLower(f.toks[i].Text)] {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+2; j++ {
		if f.toks[j].UPOS == "NUM" {
			return true
		}
	}
	return false
}

// finiteIn reports a finite verb or modal in toks[i..j].
func (f *finder) finiteIn(i, j int) bool {
	for ; i <= j; i++ {
		switch f.toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// onlyTrailing reports whether toks[i..j] hold only the speaker and
// circumstances ("said Lavrov on Monday"), no verb.
func (f *finder) onlyTrailing(i, j int) bool {
	for ; i <= j; i++ {
		if u := f.toks[i].UPOS; u == "VERB" || u == "AUX" || f.toks[i].Text == "that" {
			return false
		}
	}
	return true
}

// holdsVerb reports a verb or auxiliary among toks[i..j].
func (f *finder) holdsVerb(i, j int) bool {
	for ; i <= j; i++ {
		if u := f.toks[i].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// relativeCue returns the index of the relative pronoun in "N, which X
// said VERB...", where toks[k] is the cue, its subject stands between the
// pronoun and it, and a finite verb follows it with no subject of its own:
// the cue reports the relative clause ("the helicopter, which it said
// crashed", "the men who police said had fled"). Else -1.
func (f *finder) relativeCue(k, lo int) int {
	// Right after the cue, a past participle is the predicate's past
	// tense the tagger misread ("which it said crashed"): no participle
	// stands there without its auxiliary.
	if k+1 >= len(f.toks) || f.toks[k+1].sent != f.toks[k].sent || !f.predicateAt(k+1, k+2) && f.toks[k+1].XPOS != "VBN" {
		return -1
	}
	for r := k - 2; r >= lo && r >= k-6; r-- {
		t := f.toks[r]
		if w := strings.ToLower(t.Text); w == "which" || w == "who" || w == "that" {
			if r == lo || !nounish(f.toks[r-1]) && f.toks[r-1].Text != "," {
				return -1
			}
			return r
		}
		if u := t.UPOS; u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ" {
			return -1
		}
	}
	return -1
}
