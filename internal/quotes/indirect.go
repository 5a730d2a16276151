package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// complementizers open a reported clause: "said that", "заявил, что".
var complementizers = set(`that что што що`)

// minClause is the fewest tokens a reported clause needs.
const minClause = 3

// indirect finds reported speech: a cue outside quotes with a clause.
func (f *finder) indirect() []news.Quote {
	var out []news.Quote
	for k := range f.toks {
		// A cue a direct quote took reports only a clause that quote is
		// part of ("said its forces would remain “for several more
		// years”"), which then stands for the quote.
		byQuote := f.usedCue[k]
		if !f.isCue(k, false) || f.inQuote(f.toks[k].Span.Start) {
			continue
		}
		// A cue inside a reported clause whose subject is the reporter
		// again is part of what was reported ("said that he had warned
		// Prigozhin that ..."), as the gold counts it; another speaker
		// there ("... and Putin said") reports on his own.
		if n := len(out); n > 0 && out[n-1].Span.Start <= f.toks[k].Span.Start && f.toks[k].Span.End <= out[n-1].Span.End {
			sp := f.speakerOf(k, f.tokAt(out[n-1].Span.Start), k)
			if _, pron := pronouns[strings.ToLower(sp.text)]; !sp.ok || pron || sp.actor != "" && sp.actor == out[n-1].Speaker {
				continue
			}
		}
		if f.asMedium(k) || f.reducedRelative(k) {
			continue
		}
		s := f.toks[k].sent
		lo, hi := f.first[s], f.first[s]
		for hi+1 < len(f.toks) && f.toks[hi+1].sent == s {
			hi++
		}
		// A semicolon joins the writer's next sentence: "says she won;
		// the commission put her share at 10 per cent".
		for j := k + 1; j < hi; j++ {
			if f.toks[j].Text == ";" {
				hi = j
				break
			}
		}
		for hi > k && (isTerminal(f.toks[hi].Text) || isQuoteTok(f.toks[hi])) {
			hi--
		}
		cs, ce, sp := f.reported(k, lo, hi)
		if cs < 0 || !sp.ok {
			continue
		}
		if cs == lo {
			cs = f.afterDateline(lo, ce)
		}
		// "said that A and that B" reports two things.
		for _, c := range f.splitClause(cs, ce) {
			c[1] = f.closeMarks(c[0], c[1])
			if c[1]-c[0]+1 < minClause || f.straddles(c[0], c[1]) || f.holdsQuote(c[0], c[1]) && !f.embeds(c[0], c[1]) || byQuote && !f.quotedAfterWords(c[0], c[1]) {
				continue
			}
			span := news.Span{Start: f.toks[c[0]].Span.Start, End: f.toks[c[1]].Span.End}
			q := news.Quote{Text: f.text[span.Start:span.End], Span: span, Sentence: s}
			sp.fill(&q)
			out = append(out, q)
			if sp.text != "" {
				f.prior = append(f.prior, sp)
			}
		}
	}
	return out
}

// reported finds the clause toks[cs..ce] that cue toks[k] reports, in the
// sentence toks[lo..hi], and its speaker; cs is -1 when there is none.
func (f *finder) reported(k, lo, hi int) (cs, ce int, sp speaker) {
	if f.according(k) {
		src := f.sourceAt(k)
		c := src
		for c <= hi && f.toks[c].Text != "," {
			c++
		}
		switch {
		case f.leads(lo, k) && c < hi:
			// "According to X, clause."
			sp = f.npAfter(src, c-1)
			if !sp.ok && c-1 >= src {
				// The source runs to the comma whatever the tagger read
				// its words as: "according to evidence presented at
				// trial", with "to" an infinitive's and "evidence" a verb.
				sp = f.nounPhrase(src, c-1)
			}
			sp.cue = f.cueText(k)
			return c + 1, hi, sp
		case k-1 > lo && f.toks[k-1].Text == "," && c < hi && f.predicateAt(c+1, hi):
			// "A, according to X, is B": the source set off inside the
			// clause it vouches for, between its subject and its
			// predicate, which the report holds whole, as the news gold
			// marks it.
			sp = f.npAfter(src, c-1)
			if !sp.ok && c-1 >= src {
				sp = f.nounPhrase(src, c-1) // "per the WHO", with WHO read as who
			}
			sp.cue = f.cueText(k)
			return f.lastClause(lo, k-2), hi, sp
		case k-1 > lo && f.toks[k-1].Text == ",":
			// "Clause, according to X."
			sp = f.npAfter(src, hi)
			sp.cue = f.cueText(k)
			return f.lastClause(lo, k-2), k - 2, sp
		}
		return -1, -1, sp
	}
	if k-1 >= lo && asCue[strings.ToLower(f.toks[k-1].Text)] && f.leads(lo, k-1) {
		// "Как рассказал наш источник, clause."
		c := k + 1
		for c <= hi && f.toks[c].Text != "," {
			c++
		}
		if c < hi {
			sp = f.npAfter(k+1, c-1)
			sp.cue = f.cueText(k)
			return c + 1, hi, sp
		}
		return -1, -1, sp
	}
	// "X said if A, B": a condition opens the clause; "asked if" is a
	// question, which no cue of asking reports here.
	if c := k + 1; c < hi && strings.EqualFold(f.toks[c].Text, "if") && !objectCue[f.toks[k].Lemma] && f.toks[k].Lemma != "wonder" && f.finiteSoon(c+1, hi) {
		return c, hi, f.speakerOf(k, lo, k)
	}
	if r := f.relativeCue(k, lo); r >= 0 {
		// "the helicopter, which it said crashed in Logar province": the
		// relative clause's predicate, up to a comma.
		// A finite verb after the predicate's words is the main
		// clause's again: "The plan that Berg said would save money was
		// dropped".
		e := k + 1
		for e+1 <= hi && f.toks[e+1].Text != "," && !(f.predicateAt(e+1, e+1) && nounish(f.toks[e])) {
			e++
		}
		sp := f.speakerOf(k, r+1, k)
		if _, pron := pronouns[strings.ToLower(sp.text)]; pron && sp.actor == "" {
			// "The rebels claimed the attack, which they said killed
			// 12": the main clause's subject.
			if m := f.clauseSubjectFrom(lo, r); m.ok && m.text != sp.text {
				sp.actor, sp.desc = m.actor, m.text
			}
		}
		return k + 1, e, sp
	}
	// "X said (on Monday) that clause"; "X told reporters (that) clause".
	j := k + 1
	for n := 0; j <= hi && n < 16; j, n = j+1, n+1 {
		t := f.toks[j]
		if complementizers[strings.ToLower(t.Text)] {
			sp := f.speakerOf(k, lo, k)
			if f.toks[k].XPOS == "VBG" && f.leadsSentence(k) && sp.ok && sp.span.Start > t.Span.End {
				// "Arguing that A, Patrick said B": A ends at the comma
				// before the main clause's subject.
				e := f.tokAt(sp.span.Start) - 1
				for e > j && (f.toks[e].Text == "," || f.toks[e].UPOS == "DET") {
					e--
				}
				return j + 1, e, sp
			}
			if f.claim(k) {
				return j + 1, f.claimEnd(j+1, hi), sp
			}
			return j + 1, hi, sp
		}
		// A "verb" right after an article is a noun the tagger misread:
		// "described the deployment as a means of deterrence, so that".
		// Nor does a participle after a noun, a reduced relative: "said
		// in a statement emailed to NBC News that".
		// A participle right after the cue before a noun is an
		// adjective: "told cheering teachers that".
		adjectival := j == k+1 && (t.XPOS == "VBG" || t.XPOS == "VBN") && j+1 <= hi && nounish(f.toks[j+1])
		if isQuoteTok(t) || isTerminal(t.Text) || (t.UPOS == "VERB" || t.UPOS == "AUX") && !adjectival && f.toks[j-1].UPOS != "DET" && (t.XPOS != "VBN" || f.toks[j-1].UPOS != "NOUN") {
			break
		}
	}
	j = k + 1
	if listenerCues[f.toks[k].Lemma] && !f.toldPassive(k) {
		// In the passive the listener is the subject: "residents were
		// told the water was safe" reports the words right after it.
		// The first noun phrase is whom they told: "told the crew of a
		// possible bomb" reports no clause.
		// A participle before the listener is an adjective: "told
		// cheering teachers that", "told stunned reporters".
		if j+1 <= hi && (f.toks[j].XPOS == "VBG" || f.toks[j].XPOS == "VBN") && nounish(f.toks[j+1]) {
			j++
		}
		for j <= hi && (f.npWord(j, +1) || f.toks[j].UPOS == "PRON") {
			// A determiner or pronoun after a noun opens the clause:
			// "told reporters the border would stay open".
			if j > k+1 && (f.toks[j].UPOS == "DET" || f.toks[j].UPOS == "PRON" || f.toks[j].UPOS == "PROPN" && f.toks[j-1].UPOS != "PROPN") && (nounish(f.toks[j-1]) || f.toks[j-1].UPOS == "PRON") {
				break
			}
			j++
		}
	}
	// Object verbs report only with "that": "urged Putin to act".
	if j <= hi && !objectCue[f.toks[k].Lemma] && (startsClause(f.toks[j]) || f.approximate(j) || f.nounAsVerb(j)) && f.finiteSoon(j, hi) {
		return j, hi, f.speakerOf(k, lo, k)
	}
	// "Clause, X said." with nothing after the attribution but
	// circumstances, or "Clause, said X."
	c := k - 1
	for c > lo && f.toks[c].Text != "," {
		c--
	}
	if c <= lo {
		return -1, -1, sp
	}
	inverted := c == k-1
	if !inverted && k+2 <= hi && f.toks[k+1].Text == "," && f.finiteSoon(k+2, hi) && f.onlyTrailing(c+1, k-1) {
		// "The talks, Berg said, had failed": the report is the whole
		// sentence around the parenthetical cue, as one span.
		if sp = f.speakerOf(k, c+1, k); sp.ok {
			return lo, hi, sp
		}
		return -1, -1, speaker{}
	}
	// After "X said" only circumstances may follow: "in a statement",
	// "on Tuesday", or a bare day as American copy prints it ("announced
	// Monday").
	// Whom they told may come first: "..., an agency spokesman told us."
	a := k + 1
	if !inverted && listenerCues[f.toks[k].Lemma] {
		for a <= hi && (f.toks[a].UPOS == "PRON" || f.npWord(a, +1) && f.toks[a].UPOS != "ADP") {
			a++
		}
	}
	if a+1 <= hi && f.toks[a].Text == "," && f.according(a+1) {
		a = hi + 1 // the medium that carried the words: "said, according to Reuters"
	}
	if a+1 <= hi && f.toks[a].Text == "," && f.toks[a+1].XPOS == "VBG" {
		a = hi + 1 // what the speaker went on to do: "Graham said, offering the example of"
	}
	if inverted && (k+1 > hi || !nounish(f.toks[k+1]) && f.toks[k+1].UPOS != "DET") ||
		!inverted && a <= hi && f.toks[a].UPOS != "ADP" && f.toks[a].UPOS != "ADV" && !f.bareDay(a, hi) {
		return -1, -1, sp
	}
	sp = f.speakerOf(k, c+1, hi)
	if inverted && sp.ok {
		// "Clause, said X" ends with the speaker, or circumstances after it.
		if e := f.tokAt(sp.span.End); e <= hi && f.toks[e].UPOS != "ADP" && f.toks[e].Text != "," {
			return -1, -1, speaker{}
		}
	}
	for i := c + 1; i < k; i++ {
		if u := f.toks[i].UPOS; u == "VERB" || u == "AUX" {
			return -1, -1, speaker{} // a clause, not a speaker, between the comma and the cue
		}
	}
	// What comes before the comma must be a clause: "Then, last week,
	// Swift posted on Twitter" opens with when, not with what was said.
	// The tagger, trained on English, does not find Cyrillic verbs.
	if !f.holdsVerb(lo, c-1) && !cyrillic(f.text[f.toks[lo].Span.Start:f.toks[c-1].Span.End]) {
		return -1, -1, speaker{}
	}
	return lo, c - 1, sp
}

func cyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// bareDay reports a day or a month alone after the cue, ending the
// sentence or followed by circumstances: "said Monday", "said Monday in a
// statement".
func (f *finder) bareDay(i, hi int) bool {
	w := strings.ToLower(f.toks[i].Text)
	if !timeWords[w] || f.toks[i].UPOS == "ADP" {
		return false
	}
	return i == hi || f.toks[i+1].UPOS == "ADP" || f.toks[i+1].Text == ","
}

// reducedRelative reports a cue's participle right after a noun, with a
// cue before it in the sentence: "said in a statement posted on the
// ministry's website that" is the statement's description, and the
// report the earlier cue's.
func (f *finder) reducedRelative(k int) bool {
	if f.toks[k].XPOS != "VBN" || k == 0 || !nounish(f.toks[k-1]) {
		return false
	}
	for j := k - 2; j >= f.first[f.toks[k].sent]; j-- {
		if f.isCue(j, false) {
			return true
		}
	}
	return false
}

// asMedium reports a cue in ", as reported by Belta" or ", as Interfax
// reported" after a report of its own in the sentence: the medium that
// carried the words, not a second report of them.
func (f *finder) asMedium(k int) bool {
	s := f.toks[k].sent
	if f.according(k) && k >= 2 && f.toks[k-1].Text == "," && f.toks[k-2].sent == s && f.isCue(k-2, false) {
		// "..., the commission said, according to Reuters."
		return true
	}
	for a := k - 1; a >= 1 && a >= k-4 && f.toks[a].sent == s; a-- {
		if !strings.EqualFold(f.toks[a].Text, "as") {
			continue
		}
		if f.toks[a-1].Text != "," {
			return false
		}
		for j := a - 2; j >= f.first[s]; j-- {
			if f.isCue(j, false) {
				return true
			}
		}
		return false
	}
	return false
}

// listenerCues name whom they speak to before what they say: "told
// reporters the border would reopen", "assured investors the bank was
// sound".
var listenerCues = set(`tell assure reassure inform`)

// objectCue verbs report speech only with "that": otherwise their object
// is a person told to act or a thing asked for.
var objectCue = set(`ask urge accuse call describe threaten promise pledge vow
	announce post expect fear reveal disclose voice express raise share
	beg plead implore rule`)

// holdsQuote reports whether toks[i..j] holds a quotation mark: a clause
// around a direct quote is that quote, found already.
func (f *finder) holdsQuote(i, j int) bool {
	for k := i; k <= j; k++ {
		if isQuoteTok(f.toks[k]) {
			return true
		}
	}
	return false
}

// embeds reports whether every quote in toks[i..j] is part of the
// clause, as PARC and PolNeAR mark content and the news gold does: a
// phrase of fewer than minWords words with the writer's words right after
// it ("she was “deeply moved” by the decision"), or a quote of any length
// ending the clause after the writer's words ("said its forces would
// remain “for several more years”", "recalled it “vividly”"). A quote that opens the clause is a quoted clause, direct;
// a noun phrase ending it ("close to its “older brother”") is a term the
// writer quotes, which stays the quote, as does a name (titled).
func (f *finder) embeds(i, j int) bool {
	lo, hi := f.toks[i].Span.Start, f.toks[j].Span.End
	n := 0
	for _, m := range f.marks {
		if m.open < lo || m.open >= hi {
			continue
		}
		n++
		ws := strings.Fields(f.text[m.start:m.end])
		if m.cLen == 0 || m.close+m.cLen > hi || titled(ws) {
			return false
		}
		inside := m.open > lo
		// Words right after the closing mark, not after a comma: "its
		// “big neighbour”, a phrase the state press repeated" ends the
		// report at the quote.
		if after := f.tokAt(m.close + m.cLen); after > j || f.toks[after].UPOS == "PUNCT" || isQuoteTok(f.toks[after]) {
			if !inside || f.nounPhraseIn(m.start, m.end) {
				return false
			}
			continue
		}
		// A fragment in lower case the report's words run on from is
		// woven into it, however long: "work with CBP to “create a system
		// to ensure that the majority of migrant families” held in CBP
		// custody are vaccinated".
		// One closing on a comma or a stop ends a phrase of its own
		// ("the border “needs a public debate,” adding").
		if len(ws) >= minWords && (!inside || !lowerStart(ws[0]) || strings.ContainsAny(ws[len(ws)-1][len(ws[len(ws)-1])-1:], ",.;:!?")) {
			return false
		}
	}
	return n > 0
}

func lowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// nounPhraseIn reports whether text[start:end] is a noun phrase alone: a
// term or an epithet ("older brother", "the Gordon problem"), no
// predicate, adverb or prepositional phrase.
func (f *finder) nounPhraseIn(start, end int) bool {
	noun := false
	for k := f.tokAt(start); k < len(f.toks) && f.toks[k].Span.End <= end; k++ {
		switch f.toks[k].UPOS {
		case "NOUN", "PROPN":
			noun = true
		case "DET", "ADJ", "NUM", "PUNCT", "PART", "CCONJ":
		default:
			return false
		}
	}
	return noun
}

// titled reports words that all open with a capital: the name of an
// exercise or a campaign in quotes ("Slavic Brotherhood"), not speech.
func titled(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "'‘(")); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// outermostLeftOut drops a source's report whose words are another
// speaker's report, cue and all, up to its end ("according to NPR's Feng,
// Li Jifeng ... wrote in a blog post that the couple had been moved"): the
// source is the medium that carried the inner speaker's words, as the
// news gold marks them.
func outermostLeftOut(reports []news.Quote) []news.Quote {
	return slices.DeleteFunc(reports, func(o news.Quote) bool {
		if !strings.EqualFold(o.Cue, "according to") {
			return false // "Berg said Hale had told him that": each speaker's own, as PARC nests them
		}
		return slices.ContainsFunc(reports, func(in news.Quote) bool {
			return in.Span.Start > o.Span.Start && in.Span.End == o.Span.End &&
				o.Span.Start <= in.SpeakerSpan.Start && in.SpeakerSpan.End <= o.Span.End && in.SpeakerSpan.End > in.SpeakerSpan.Start &&
				in.SpeakerText != o.SpeakerText && (in.Speaker == "" || in.Speaker != o.Speaker)
		})
	})
}
