package quotes

// Passive and raised cues, whose speaker is no plain subject: "X was quoted
// as saying", "X is reported to have said", "it was announced by X that".

import "strings"

// quotedAs returns the index of "quoted" (or "cited") in "X was quoted
// (by Interfax) as saying", where toks[k] is "saying", or -1.
func (f *finder) quotedAs(k int) int {
	if k < 2 || !strings.EqualFold(f.toks[k-1].Text, "as") {
		return -1
	}
	for q := k - 2; q >= 0 && q >= k-6 && f.toks[q].sent == f.toks[k].sent; q-- {
		if l := strings.ToLower(f.toks[q].Lemma); (l == "quote" || l == "cite") && strings.HasPrefix(f.toks[q].XPOS, "VB") && q > 0 {
			return q
		}
	}
	return -1
}

// raisers are the passives that lift a cue's subject to their own: "is
// reported to have said", "is understood to have told", "was heard saying".
var raisers = set(`report say understand believe know think allege rumour rumor hear overhear see record film`)

// raised returns the index of the be-form in "X is reported to have said"
// or "X was heard saying", where toks[k] is the cue, or -1. Parsers leave
// such a cue without a subject, and the words before it are no noun
// phrase.
func (f *finder) raised(k int) int {
	j := k - 1
	switch {
	case f.toks[k].XPOS == "VBG":
	case k >= 3 && f.toks[k].XPOS == "VBN" && strings.EqualFold(f.toks[k-1].Text, "have") && strings.EqualFold(f.toks[k-2].Text, "to"):
		j = k - 3
	default:
		return -1
	}
	for j > 0 && f.toks[j].sent == f.toks[k].sent && f.toks[j].UPOS == "ADV" {
		j-- // "was widely reported to have said"
	}
	if j < 1 || f.toks[j].sent != f.toks[k].sent || f.toks[j].XPOS != "VBN" || !raisers[strings.ToLower(f.toks[j].Lemma)] {
		return -1
	}
	b := j - 1
	for b > 0 && f.toks[b].UPOS == "ADV" {
		b-- // "is also said to have"
	}
	if !beForms[strings.ToLower(f.toks[b].Text)] || f.toks[b].sent != f.toks[k].sent {
		return -1
	}
	return b
}

// passiveReport reports a passive cue with its agent and then its clause:
// "it was announced by the ministry that ...". "As reported by Belta"
// names the medium that carried someone else's words, and has no "that".
func (f *finder) passiveReport(k int) bool {
	if k < 1 || k+2 >= len(f.toks) || f.toks[k].XPOS != "VBN" || !strings.EqualFold(f.toks[k+1].Text, "by") {
		return false
	}
	if !beForms[strings.ToLower(f.toks[k-1].Text)] {
		return false
	}
	e := f.agentEnd(k + 2)
	return e+1 < len(f.toks) && complementizers[strings.ToLower(f.toks[e+1].Text)]
}

var beForms = set(`be is are was were been being`)

// relatives open a relative clause whose subject is the noun before them.
var relatives = set(`who which that`)

// agentEnd returns the last token of a passive cue's agent starting at
// toks[i]: before the reported clause's "that" or a comma.
func (f *finder) agentEnd(i int) int {
	e := i
	for e+1 < len(f.toks) && f.toks[e+1].sent == f.toks[i].sent {
		t := f.toks[e+1]
		if complementizers[strings.ToLower(t.Text)] || t.Text == "," || isTerminal(t.Text) {
			break
		}
		e++
	}
	return e
}
