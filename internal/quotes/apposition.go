package quotes

// Who stands beside a speaker's noun phrase: a name in apposition to a
// description, one the speaker speaks for, the issuer of a document.

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// spokesNouns speak for someone the phrase names: "Berg's spokesman".
var spokesNouns = set(`spokesman spokeswoman spokesperson representative lawyer
	attorney aide adviser advisor source sources`)

// unlinked reports that no mention covers toks[i..j].
func (f *finder) unlinked(i, j int) bool {
	_, ok := f.mentionOver(f.toks[i].Span.Start, f.toks[j].Span.End)
	return !ok
}

// appositeName returns the person toks[i..k] names: a person's mention
// or two or three capitalised words no mention holds, whole, or a
// person's mention ending a title ("former special envoy to Ukraine Kurt
// Volker").
func (f *finder) appositeName(i, k int) (speaker, bool) {
	if m := f.mentionEnding(k); m != nil && m.Span.Start == f.toks[i].Span.Start && f.person(*m) {
		return speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span}, true
	}
	if k-i >= 1 && k-i <= 2 && f.unlinked(i, k) && f.properRun(i, k) {
		span := news.Span{Start: f.toks[i].Span.Start, End: f.toks[k].Span.End}
		return speaker{ok: true, text: f.text[span.Start:span.End], span: span}, true
	}
	// A title before the name: "Another diplomat, former special envoy to
	// Ukraine Kurt Volker, said".
	if m := f.mentionEnding(k); m != nil && m.Span.Start > f.toks[i].Span.Start && f.person(*m) {
		for b := i; b < k && f.toks[b].Span.End <= m.Span.Start; b++ {
			if w := f.toks[b].Text; titleWords[strings.ToLower(w)] || f.toks[b].UPOS == "NOUN" && !capitalised(w) {
				return speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span}, true
			}
		}
	}
	return speaker{}, false
}

// appositionAfter returns the person named in apposition right after the
// subject toks[j], before the cue toks[k], described by sp: "Another
// diplomat, former special envoy to Ukraine Kurt Volker, said".
func (f *finder) appositionAfter(j, k int, sp speaker) (speaker, bool) {
	if !sp.ok || sp.actor != "" && !sp.common || j+2 >= k || f.toks[j+1].Text != "," {
		return speaker{}, false
	}
	for c := j + 2; c < k; c++ {
		if f.toks[c].Text != "," {
			continue
		}
		if name, ok := f.appositeName(j+2, c-1); ok {
			name.desc = sp.text
			return name, true
		}
		break
	}
	return speaker{}, false
}

// properRun reports toks[i..j] all proper nouns, capitalised.
func (f *finder) properRun(i, j int) bool {
	for ; i <= j; i++ {
		if f.toks[i].UPOS != "PROPN" || !capitalised(f.toks[i].Text) {
			return false
		}
	}
	return true
}

// speaksFor reports a spokes noun heading toks[s..head], or before
// "close to" ending it ("a source close to the minister").
func (f *finder) speaksFor(s, head int) bool {
	for i := s; i <= head; i++ {
		if spokesNouns[strings.ToLower(f.toks[i].Text)] && (i == head || closeness[strings.ToLower(f.toks[head].Text)]) {
			return true
		}
	}
	return false
}

// issuedBy link a document to its issuer: "a statement from the ministry".
var issuedBy = set(`from by of`)
