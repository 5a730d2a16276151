package quotes

// Reports a noun carries: "Berg's claim that the vote was rigged" is
// Berg's, as PARC annotates a cue noun with its possessor as the source.

import "strings"

// claimNouns report what their possessor said: "Berg's warning that",
// "the ministry's statement that".
var claimNouns = set(`claim claims warning warnings statement assertion
	announcement insistence argument allegation allegations suggestion
	remark remarks comment comments admission denial promise pledge
	assurance assurances threat prediction`)

// claim reports a cue noun toks[k] with a name's possessive before it and
// "that" after it: "Berg's claim that", "the ministry's warning that".
func (f *finder) claim(k int) bool {
	t := f.toks[k]
	if t.UPOS != "NOUN" || k < 2 || k+1 >= len(f.toks) || !claimNouns[strings.ToLower(t.Text)] || !strings.EqualFold(f.toks[k+1].Text, "that") {
		return false
	}
	return genitive(f.toks[k-1].Text) && nounish(f.toks[k-2])
}

// genitive reports the possessive ending a tokenizer splits off.
func genitive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// claimEnd returns where the clause toks[cs..ce] a cue noun reports ends:
// before a second finite verb right after the clause's own predicate, the
// main clause's ("Berg's claim that the vote was rigged was rejected",
// "Kowalska's warning that prices would rise proved correct").
func (f *finder) claimEnd(cs, ce int) int {
	seen := false
	for i := cs; i <= ce; i++ {
		t := f.toks[i]
		finite := t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD"
		if seen && i > cs {
			p := f.toks[i-1]
			switch {
			case finite && (p.XPOS == "VBN" || p.XPOS == "JJ" || p.XPOS == "RB" || p.XPOS == "VBG"):
				return i - 1
			case t.UPOS == "VERB" && p.UPOS == "VERB" && (finite || t.XPOS == "VBN"):
				return i - 1 // "would rise proved", "were detained angered"
			}
		}
		seen = seen || finite
	}
	return ce
}
