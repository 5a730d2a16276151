package events

// denied reports a negated act of verb v that is no refusal: one said not
// to have happened ("Belarus has not sent its own troops", "troops were
// not taking part"), which is no act at all, or one asked not to be done
// ("urged Minsk not to join the war"), which is the asker's request and
// none of the asked party's. What rejects is a refusal of the future or
// of the will ("will not accept", "refused to send", "cannot agree"),
// or a response withheld ("did not accept the offer").
func (c *clause) denied(v int) bool {
	if c.obliged(v) {
		return true
	}
	if responses[c.lemma(v)] || c.infinitive(v) {
		return false
	}
	negated := false
	for _, i := range c.children(v, "aux", "advmod", "neg") {
		t := c.texts[i]
		if _, ok := modals[t]; ok || willing[t] {
			return false
		}
		negated = negated || negators[t]
	}
	return negated
}

// willing are the auxiliaries of will and ability beside the modals:
// "won't", "can't" refuse.
var willing = map[string]bool{"wo": true, "ca": true, "can": true, "cannot": true}

// responses are verbs whose negation in any tense withholds what was
// asked or offered ("did not accept", "has not approved"): a rejection.
var responses = map[string]bool{"accept": true, "agree": true, "approve": true, "endorse": true, "recognize": true, "recognise": true, "ratify": true, "sign": true, "allow": true, "permit": true, "grant": true, "comply": true, "respond": true, "answer": true}
