package events

import (
	"slices"
	"strings"
)

var (
	negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true}
	modals   = map[string]string{"may": "hypothetical", "might": "hypothetical", "could": "hypothetical",
		"would": "hypothetical", "should": "hypothetical", "must": "hypothetical", "will": "future", "shall": "future", "'ll": "future"}
	// governors are verbs whose complement is not (yet) an event.
	governors = map[string]string{
		"promise": "promise", "pledge": "promise", "agree": "promise",
		// willingness is a promise in PLOVER's sense of AGREE
		"prepare": "promise", "prepared": "promise", "ready": "promise", "willing": "promise", "commit": "promise", "committed": "promise", "vow": "promise", "offer": "promise",
		"threaten": "threat", "warn": "threat",
		"plan": "hypothetical", "intend": "hypothetical", "consider": "hypothetical", "want": "hypothetical",
		"seek": "hypothetical", "propose": "hypothetical", "hope": "hypothetical", "aim": "hypothetical",
		// An attempt is the act ("attempted to assassinate" is an assault),
		// so try and attempt govern nothing.
		"expect": "hypothetical",
		// "needs to withdraw": a semi-modal of necessity, as "must" is.
		"need":   "hypothetical",
		"refuse": "negated", "decline": "negated", "fail": "negated", "deny": "negated",
	}
)

// requesting verbs ask their object to act ("urged Minsk to release"):
// the act asked for is not realised, and it is the object's, not the
// asker's. permitting verbs let or make their object act ("allowed the
// observers to enter"), which happens.
var (
	requesting = map[string]bool{"tell": true, "ask": true, "urge": true, "call": true, "order": true, "press": true, "request": true, "appeal": true, "invite": true, "encourage": true, "instruct": true, "beg": true, "advise": true, "exhort": true, "implore": true, "pressure": true, "pressurize": true, "pressurise": true, "demand": true}
	permitting = map[string]bool{"allow": true, "permit": true, "force": true, "compel": true, "help": true, "enable": true}
)

// modality says why the event of verb v is not realised: "negated",
// "hypothetical", "future", "promise" or "threat"; "" when it is. It reads
// the verb's own negation, auxiliaries and "if", then the verb governing
// it when v is its complement ("threatened to impose", "did not agree to
// meet").
func (c *clause) modality(v int) string {
	ownWords := true
	for n := 0; v >= 0 && n < 4; n++ {
		if m := c.own(v); m != "" && ownWords {
			if n > 0 && m == "future" {
				return "hypothetical"
			}
			return m
		}
		if m := c.infinitiveGovernor(v); m != "" {
			return m
		}
		r := c.rels[v]
		h := c.head(v)
		// An infinitive the parser hangs as an adverbial clause ("refused
		// to meet") is its governor's complement all the same.
		if r == "advcl" && c.infinitive(v) {
			r = "xcomp"
		}
		if h < 0 || (r != "xcomp" && r != "ccomp" && r != "conj") {
			return ""
		}
		// "could supply the oil it needs ... a month after Russia
		// halted deliveries": a past tense is finite on its own, and
		// shares no modal or governor with a conjunct of another form,
		// whatever the parser conjoined it to.
		if r == "conj" && c.toks[v].XPOS == "VBD" && c.toks[h].XPOS != "VBD" && c.toks[h].XPOS != "VBN" {
			return ""
		}
		// "urged Minsk not to commit mistakes and to withdraw": a
		// conjunct with its own "to" is an infinitive of its own, which
		// the first one's negation does not reach; their governor does.
		ownWords = !(r == "conj" && c.infinitive(v))
		if r != "conj" {
			if m, ok := governors[c.lemma(h)]; ok {
				return m
			}
			if r == "xcomp" && requesting[c.lemma(h)] {
				return "hypothetical"
			}
		}
		v = h
	}
	return ""
}

func (c *clause) own(v int) string {
	mod := ""
	for i := range c.toks {
		if c.head(i) != v {
			continue
		}
		l := c.texts[i]
		switch c.rels[i] {
		case "advmod", "neg", "det":
			// "will no longer tolerate": what stops is not done.
			if negators[l] || l == "longer" && slices.ContainsFunc(c.children(i, "advmod", "neg", "det"), func(k int) bool { return c.texts[k] == "no" }) {
				return "negated"
			}
		case "aux":
			if negators[l] {
				return "negated"
			}
			if m, ok := modals[l]; ok && mod == "" {
				mod = m
				// "Russia said it would supply gas": in reported speech
				// "would" is the speaker's "will".
				if l == "would" && c.reported(v) {
					mod = "future"
				}
			}
		case "mark":
			if l == "if" || l == "unless" {
				mod = "hypothetical"
			}
		}
	}
	return mod
}

// infinitiveGovernor is the modality of the word right before the "to"
// of infinitive v when that word plans, promises, threatens or refuses
// ("plans to impose", "a threat to cut", "their refusal to meet"): the
// noun names the intent as its verb does, and the word stands there
// however the parser hung the two ("Greece, like other members, plans
// to impose", with plans read as a noun).
func (c *clause) infinitiveGovernor(v int) string {
	for _, m := range c.children(v, "mark") {
		if c.lemma(m) != "to" || m == 0 {
			continue
		}
		l := c.lemma(m - 1)
		if g, ok := governors[l]; ok {
			return g
		}
		// "rejected a U.N. demand to allow inspectors": what is asked
		// for is not done (see asked).
		if requests[l] {
			return "hypothetical"
		}
		return intents[l]
	}
	return ""
}

// intents are nouns of an intent, whose infinitive is not (yet) an event.
var intents = map[string]string{
	"intention": "hypothetical", "proposal": "hypothetical", "threat": "threat",
	"readiness": "promise", "willingness": "promise", "commitment": "promise",
	"refusal": "negated", "failure": "negated",
}

// infinitive reports whether verb v is marked by "to".
func (c *clause) infinitive(v int) bool {
	for _, m := range c.children(v, "mark") {
		if c.lemma(m) == "to" {
			return true
		}
	}
	return false
}

// reported reports a verb that is the clause a speech verb reports ("said
// it would"), where tenses shift back one step.
func (c *clause) reported(v int) bool {
	h := c.head(v)
	return h >= 0 && c.rels[v] == "ccomp" && speechLemmas[c.lemma(h)]
}

// governsInfinitive reports verb v governing an infinitive complement
// ("wanted to show", "plans to travel").
func (c *clause) governsInfinitive(v int) bool {
	for _, x := range c.children(v, "xcomp", "advcl") {
		if c.infinitive(x) {
			return true
		}
	}
	return false
}

// readiness reports a participle the tagger read as an adjective of
// readiness that governs an infinitive ("it is prepared to lift the
// ban"): it is the verb ("prepare", 030), whose willingness PLOVER codes
// as AGREE.
func (c *clause) readiness(v int) bool {
	if c.toks[v].UPOS != "ADJ" || governors[c.lemma(v)] != "promise" || !strings.HasSuffix(c.texts[v], "ed") {
		return false
	}
	for _, x := range c.children(v, "xcomp", "csubj") {
		if c.infinitive(x) && (c.rels[x] == "xcomp" || c.extraposed(x)) {
			return c.lx.Has(c.verb(v))
		}
	}
	return false
}

// necessity reports "need" governing an infinitive ("Belarus needs to
// stay close to Moscow"): a semi-modal like "must", whose subject's act
// is the infinitive's. The need asks nothing of anyone, whatever the
// dictionary's bare "need" (a demand, as in "needs Western help") says.
func (c *clause) necessity(v int) bool {
	if c.lemma(v) != "need" {
		return false
	}
	for _, x := range c.children(v, "xcomp", "advcl") {
		if c.infinitive(x) {
			return true
		}
	}
	return false
}

// habitual reports a verb that tells how things have long stood rather
// than what happened: in the perfect or the present, with an adverb of
// frequency or duration ("have fought repeatedly over gas", "have
// quarrelled for years", "often clash over fishing").
func (c *clause) habitual(v int) bool {
	// The tagger may read a present after its subject as a base form
	// ("Greece and Turkey often clash"); one with no auxiliary or "to"
	// is a present all the same.
	aux := c.children(v, "aux")
	standing := c.toks[v].XPOS == "VBP" || c.toks[v].XPOS == "VBZ" || c.toks[v].XPOS == "VB" && len(aux) == 0 && !c.infinitive(v)
	for _, a := range aux {
		standing = standing || c.lemma(a) == "have"
	}
	if !standing {
		return false
	}
	for _, a := range c.children(v, "advmod") {
		if frequencies[c.lemma(a)] {
			return true
		}
	}
	for _, o := range c.children(v, "obl", "obl:tmod") {
		if spans[c.lemma(o)] && (c.hasCase(o, "for") || c.rels[o] == "obl:tmod") {
			return true
		}
	}
	return false
}

// frequencies and spans are the adverbs and the "for" nouns of a
// standing state of affairs.
var (
	frequencies = map[string]bool{"repeatedly": true, "often": true, "frequently": true, "regularly": true, "long": true, "constantly": true, "routinely": true, "periodically": true, "persistently": true, "traditionally": true, "historically": true, "always": true}
	spans       = map[string]bool{"year": true, "decade": true, "month": true, "generation": true, "century": true}
)
