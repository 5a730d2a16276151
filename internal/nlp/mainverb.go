package nlp

import "strings"

// mendMainVerb gives a verbless sentence its main verb back. News writes
// "The European Union sanctioned Belarusian officials" and "Rebels in Chad
// blocked roads", where a regular past form is both VBD and VBN and the
// tagger, which learnt from a web treebank with few such sentences, may
// choose the participle: the parser then hangs it from a noun as an
// adjective and the sentence has no predicate at all. A participle between
// a noun and the start of a noun phrase, in a sentence with no finite verb
// and no auxiliary before it, is the past tense. A reduced relative
// ("officials sanctioned by the EU", "troops stationed near the border")
// is followed by a preposition and stays a participle; so does any
// participle in a sentence that already has a finite verb.
func (t *Tagger) mendMainVerb(classes []uint8, forms []string) {
	vbd := t.vbdClass()
	if vbd < 0 {
		return
	}
	for _, c := range classes {
		switch t.xpos[c] {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	for i := 1; i+1 < len(classes); i++ {
		if lower := strings.ToLower(forms[i-1]); auxiliary[lower] {
			return
		}
		if t.xpos[classes[i]] != "VBN" || !strings.HasSuffix(forms[i], "ed") {
			continue
		}
		if subjectEnd[t.xpos[classes[i-1]]] && objectStart[t.xpos[classes[i+1]]] {
			classes[i] = uint8(vbd)
		}
		return // only the first participle can be the main verb
	}
}

// vbdClass is the class of a past-tense verb, -1 if the model has none.
func (t *Tagger) vbdClass() int {
	for c := range t.xpos {
		if t.xpos[c] == "VBD" && t.upos[c] == "VERB" {
			return c
		}
	}
	return -1
}

var (
	auxiliary   = map[string]bool{"be": true, "been": true, "being": true, "have": true, "having": true, "get": true, "got": true, "to": true}
	subjectEnd  = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP": true}
	objectStart = map[string]bool{"DT": true, "PRP$": true, "JJ": true, "JJR": true, "JJS": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "CD": true, "PRP": true}
)
