package quotes

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// A speaker is who a cue attributes speech to.
type speaker struct {
	ok    bool
	actor news.ActorID
	text  string
	span  news.Span
	desc  string
	cue   string
	// plural marks an unnamed speaker that "he" or "she" cannot stand for;
	// common one described by a common noun ("an Iraqi Kurdish man"), a
	// person whatever actor the description was resolved to.
	plural, common bool
}

func (s speaker) fill(q *news.Quote) {
	q.Speaker, q.SpeakerText, q.SpeakerSpan, q.Descriptor, q.Cue = s.actor, s.text, s.span, describes(s.desc), s.cue
}

// skippable words stand between a speaker and the cue: "he also said",
// "Lavrov later told".
var skippable = set(`also later then again has had have had once further
	reportedly previously earlier already repeatedly publicly separately
	has been was is are were would will
	ранее позже также тоже уже вновь впервые прямо публично неоднократно
	раней пазней таксама ужо зноў упершыню прама публічна`)

// speakerOf finds the speaker of cue toks[k] within the clause toks[lo..hi].
func (f *finder) speakerOf(k, lo, hi int) speaker {
	var sp speaker
	switch {
	case f.according(k):
		sp = f.npAfter(f.sourceAt(k), hi)
	case f.quotedAs(k) >= 0:
		// "Berg was quoted as saying": the subject of quoted; "Interfax
		// quoted Berg as saying": its object.
		q := f.quotedAs(k)
		if beForms[strings.ToLower(f.toks[q-1].Text)] {
			sp = f.npBefore(q-1, lo)
		} else {
			sp = f.npBefore(k-2, q+1)
		}
	case f.claim(k):
		sp = f.npBefore(k-2, lo) // "Berg's claim that": the possessor
	case f.raised(k) >= 0:
		// "Berg is reported to have said that", "was heard saying": the
		// subject of the passive that raised the cue.
		sp = f.npBefore(f.raised(k)-1, lo)
	case f.passiveReport(k):
		// "It was reported by state television that": the agent.
		sp = f.npAfter(k+2, f.agentEnd(k+2))
	case f.toldPassive(k):
		// "Employees were told that ...": the subject heard it. The
		// speaker is the author of a document the sentence says carried
		// it ("In a company email sent by chairman Marcelo Claure"), else
		// nobody named, as the words still were said.
		sp = f.carrier(k)
	case f.toks[k].XPOS == "VBG" && f.leadsSentence(k):
		// "Arguing that A, Patrick said B": the main clause's subject,
		// after the comma that closes the participle's clause.
		sp = f.subjectAfterComma(k)
	case f.toks[k].XPOS == "VBG" && k > 0 && gerundPreps[strings.ToLower(f.toks[k-1].Text)]:
		// "spoke for an hour before saying that", "After saying that A,
		// Kowalska left": the subject of the clause the phrase hangs on,
		// not the object after the cue.
		if f.leadsSentence(k - 1) {
			sp = f.subjectAfterComma(k)
		} else {
			sp = f.clauseSubjectFrom(f.first[f.toks[k].sent], k-1)
		}
	case (f.toks[k].XPOS == "VBG" || f.nounParticiple(k)) && k > 0 && (f.toks[k-1].Text == "," || k > 1 && isQuoteTok(f.toks[k-1]) && f.toks[k-2].Text == ","):
		// "..., calling it": the subject of the clause the participle hangs
		// on, past a phrase the sentence opens with ("In an interview with
		// the FBI, Webb confessed ..., admitting that").
		from := f.first[f.toks[k].sent]
		if f.toks[from].UPOS == "ADP" {
			for c := from + 1; c < k; c++ {
				if f.toks[c].Text == "," {
					from = c + 1
					break
				}
			}
		}
		sp = f.clauseSubjectFrom(from, k)
	default:
		if f.parsed {
			sp = f.subject(k)
		}
		if !sp.ok && k > lo && f.toks[k-1].UPOS == "CCONJ" {
			// "Putin called it a milestone and said that": the first verb's subject.
			sp = f.clauseSubject(k)
		}
		if !sp.ok && k-1 > lo && relatives[strings.ToLower(f.toks[k-1].Text)] {
			// "a nurse who described the ward as": the noun the relative
			// clause hangs on, not the object after the cue.
			j := k - 2
			if f.toks[j].Text == "," && j > lo {
				j--
			}
			sp = f.npBefore(j, lo)
		}
		if !sp.ok {
			sp = f.npBefore(k-1, lo)
			if sp.ok && f.toks[k].XPOS == "VBG" && (f.objectBefore(sp) || timePhrase(sp.text)) {
				// "sent a letter to the unions last week saying that":
				// a participle after the object of a verb or preposition
				// is said by the clause's subject.
				sp = f.clauseSubject(k)
			}
		}
		if !sp.ok {
			sp = f.npAfter(k+1, hi)
		}
	}
	sp = f.surname(f.bareName(f.fullName(sp)))
	sp.cue = f.cueText(k)
	return sp
}

// gerundPreps open a phrase a gerund heads: "before saying that".
var gerundPreps = set(`before after while without upon`)

// subjectAfterComma returns the subject of the main clause after the
// comma that closes the phrase toks[k] opens.
func (f *finder) subjectAfterComma(k int) speaker {
	s := f.toks[k].sent
	end := k
	for end+1 < len(f.toks) && f.toks[end+1].sent == s {
		end++
	}
	for c := k + 1; c < end; c++ {
		if f.toks[c].Text == "," && !f.inQuote(f.toks[c].Span.Start) {
			return f.clauseSubjectFrom(c+1, end)
		}
	}
	return speaker{}
}

// timeNouns head a phrase of when, never a speaker: "sent a letter to
// management earlier this month stating that" is the sender's.
var timeNouns = set(`month week year day morning afternoon evening night weekend
	decade century quarter`)

// timePhrase reports a phrase that says when: "this month", "last week",
// "Monday".
func timePhrase(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return timeNouns[last] || timeWords[last] && len(ws) == 1
}

// participleAfter reports ", VBG" right after the quote between toks[o]
// and toks[c], which the writer's words lead into (a word, not a cue, a
// colon or "that", stands before it): part of a report.
func (f *finder) participleAfter(o, c int) bool {
	if o < 1 || c+2 >= len(f.toks) || f.toks[c+1].Text != "," || f.toks[c+2].XPOS != "VBG" {
		return false
	}
	p := f.toks[o-1]
	return p.UPOS != "PUNCT" && !complementizers[strings.ToLower(p.Text)] && !f.isCue(o-1, true)
}

// newSentenceAfter reports a quote closed by its own full stop before
// toks[start] whose words after run on past cue toks[k] into a clause of
// its own: “It is over.” Kowalska, however, said the fight would go on
// is a new sentence, not the quote's attribution (“It is over.” Berg said
// is one, as sloppy copy writes it).
func (f *finder) newSentenceAfter(start, k, hi int) bool {
	if start < 2 || !isQuoteTok(f.toks[start-1]) || f.toks[start-2].Text != "." {
		return false
	}
	return k+1 <= hi && f.toks[k+1].Text != "," && !isTerminal(f.toks[k+1].Text) && !f.bareDay(k+1, hi)
}

// inRelative reports a cue toks[k] inside a relative clause set off by a
// comma after toks[lo]: "“...,” Berg, who has been accused of corruption,
// told reporters" describes the speaker, whose cue comes after it.
func (f *finder) inRelative(k, lo int) bool {
	for j := k - 1; j > lo; j-- {
		switch w := strings.ToLower(f.toks[j].Text); {
		case w == ",":
			return false
		case (w == "who" || w == "which" || w == "whose") && f.toks[j-1].Text == ",":
			return true
		}
	}
	return false
}

// possessive reports a possessive pronoun that opens a noun phrase ("her
// campaign", "his spokesman"): a determiner, not a speaker of its own.
func (f *finder) possessive(i int) bool {
	t := f.toks[i]
	return (t.XPOS == "PRP$" || t.UPOS == "PRON" && t.Rel == "nmod:poss") && i+1 < len(f.toks) && nounish(f.toks[i+1])
}

// clauseSubject takes the first mention or pronoun of the sentence before
// toks[k] that lies outside quotes.
func (f *finder) clauseSubject(k int) speaker {
	return f.clauseSubjectFrom(f.first[f.toks[k].sent], k)
}

// clauseSubjectFrom is clauseSubject from toks[from] on.
func (f *finder) clauseSubjectFrom(from, k int) speaker {
	s := f.toks[k].sent
	for j := from; j < k; j++ {
		t := f.toks[j]
		if f.inQuote(t.Span.Start) {
			continue
		}
		if w := strings.ToLower(t.Text); w == "him" || w == "her" {
			continue // an object or a possessor, not the subject: "describing her daughter"
		}
		if _, ok := pronouns[strings.ToLower(t.Text)]; ok {
			return f.pronoun(j)
		}
		if m, ok := f.mentionOver(t.Span.Start, t.Span.End); ok {
			e := f.tokAt(m.Span.End) - 1
			if e >= j && e < k {
				return f.npBefore(e, f.first[s])
			}
		}
	}
	// No actor named: the noun phrase before the clause's first verb
	// ("Health care providers have protested ..., warning that").
	for j := from + 1; j < k; j++ {
		if u := f.toks[j].UPOS; (u == "VERB" || u == "AUX") && !f.inQuote(f.toks[j].Span.Start) {
			return f.npBefore(j-1, from)
		}
	}
	return speaker{}
}

// age reports a word like "56-year-old": "the 56-year-old said" is a person
// named before, as sports and court copy write it.
func age(w string) bool {
	n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// aged resolves "the N-year-old" at toks[j..j+1] to the first person
// mention of the nearest sentence before it, within three, that has one.
func (f *finder) aged(j int) speaker {
	t := f.toks[j]
	end := f.toks[j+1].Span.End
	sp := speaker{ok: true, text: f.text[t.Span.Start:end], span: news.Span{Start: t.Span.Start, End: end}}
	best, sent := -1, -1
	for i := len(f.ms) - 1; i >= 0; i-- {
		m := f.ms[i]
		if m.Span.End > t.Span.Start || f.inQuote(m.Span.Start) || !f.person(m) {
			continue
		}
		s := f.toks[f.tokAt(m.Span.Start)].sent
		if s < t.sent-3 || sent >= 0 && s < sent {
			break
		}
		best, sent = i, s
	}
	if best >= 0 {
		sp.actor = f.ms[best].Actor
		sp.desc = f.ms[best].Text
	}
	return sp
}

// objectBefore reports a speaker's noun phrase that is the object of the
// verb or preposition before it: the word before the phrase, past its
// determiners and modifiers, is a verb or a preposition.
func (f *finder) objectBefore(sp speaker) bool {
	i := f.tokAt(sp.span.Start) - 1
	for i >= 0 && (f.toks[i].UPOS == "DET" || f.toks[i].UPOS == "ADJ" || f.toks[i].UPOS == "NUM" || f.possessive(i)) {
		i--
	}
	return i >= 0 && (f.toks[i].UPOS == "ADP" || f.toks[i].UPOS == "VERB")
}

// leadsSentence reports a token only a conjunction or an adverb comes
// before in its sentence.
func (f *finder) leadsSentence(k int) bool {
	return f.leads(f.first[f.toks[k].sent], k)
}
