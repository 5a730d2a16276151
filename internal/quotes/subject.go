package quotes

// The subject of a cue from the parse: its own, the one it shares with a
// verb it is coordinated with or hangs on, past a relative clause.

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// subject finds the parser's subject of cue toks[k].
func (f *finder) subject(k int) speaker {
	s := f.toks[k].sent
	base := f.first[s]
	end := base
	for end < len(f.toks) && f.toks[end].sent == s {
		end++
	}
	// A parser may give the cue two subjects ("Nato Secretary General Jens
	// Stoltenberg said"); the one nearest before the cue heads the phrase.
	var subs []int
	for j := base; j < end; j++ {
		t := f.toks[j]
		// Parsers attach a quote's own subject ("“We will not,” X said") to
		// the cue; the speaker stands outside the quotation marks.
		if t.Head == f.toks[k].idx && strings.HasPrefix(t.Rel, "nsubj") && !f.inQuote(t.Span.Start) {
			subs = append(subs, j)
		}
	}
	if n := len(subs); n > 1 && subs[n-1] < k {
		subs[0], subs[n-1] = subs[n-1], subs[0]
	}
	for _, j := range subs {
		t := f.toks[j]
		if _, ok := pronouns[strings.ToLower(t.Text)]; ok {
			return f.pronoun(j)
		}
		if age(t.Text) && j > base && strings.EqualFold(f.toks[j-1].Text, "the") {
			return f.aged(j - 1)
		}
		if strings.EqualFold(t.Text, "the") && j+1 < k && age(f.toks[j+1].Text) {
			// A parser whose tagger read "56-year-old" as a verb makes
			// the article the subject.
			return f.aged(j)
		}
		if m, ok := f.mentionOver(t.Span.Start, t.Span.End); ok && !f.inQuote(m.Span.Start) {
			if bareAdjective(m) {
				// A parser may head "Latvian Interior Minister Jan Novak"
				// on its adjective: the phrase beside the cue tells more.
				continue
			}
			if e := f.lastConjunct(j, end); e > j {
				// "Russia and Belarus said": the group, from the parse,
				// and the first of them its actor, as in coordination.
				sp := speaker{ok: true, plural: true, actor: m.Actor, span: news.Span{Start: m.Span.Start, End: f.toks[e].Span.End}}
				sp.text = f.text[sp.span.Start:sp.span.End]
				return sp
			}
			// The adjacency rules also find the descriptor; keep theirs when
			// they agree on the actor.
			for _, adj := range []speaker{f.npBefore(k-1, base), f.npAfter(k+1, end)} {
				if adj.ok && adj.actor == m.Actor {
					return adj
				}
			}
			return speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span}
		}
		// A subject no actor names, parted from the cue by a relative
		// clause ending in its verb: "A spokesperson who asked not to
		// be named said".
		// Or set off by commas however long: "McCormick, who has split
		// from ... on issues such as the voucher program, told".
		if nounish(t) && j < k-1 && (f.toks[k-1].UPOS == "VERB" || f.setOffRelative(j, k)) && !f.inQuote(t.Span.Start) {
			if sp := f.npBefore(j, base); sp.ok {
				if name, ok := f.appositionAfter(j, k, sp); ok {
					return name
				}
				return sp
			}
		}
	}
	// A cue coordinated with an earlier verb shares its subject: "The
	// Belarusian president has kept his distance ... and has said that".
	// A name right before the cue is a subject of its own the parser
	// missed: "The couple was quarantined, and the Center for Disease
	// Control and Prevention said" is no "and said" sharing "The couple".
	// So does a cue its verb introduces ("went on to say that",
	// "responded by saying that").
	if sp, ok := f.causedSpeaker(k, base); ok && len(subs) == 0 {
		return sp
	}
	if t := f.toks[k]; len(subs) == 0 && t.Head >= 0 && t.Head < t.idx && (t.Rel == "conj" && !f.ownSubject(k, base) || f.controlled(k)) {
		h := base + t.Head
		if t.Rel == "conj" {
			h = f.reportingVerb(h, base)
		}
		for j := base; j < h; j++ {
			u := f.toks[j]
			if u.Head != f.toks[h].idx || !strings.HasPrefix(u.Rel, "nsubj") || f.inQuote(u.Span.Start) {
				continue
			}
			if _, ok := pronouns[strings.ToLower(u.Text)]; ok {
				return f.pronoun(j)
			}
			// The subject's head may be the first word of a name whose
			// other words hang on it ("Vladimir" of "Vladimir Putin").
			e := j
			if m, ok := f.mentionOver(u.Span.Start, u.Span.End); ok && !f.inQuote(m.Span.Start) {
				e = max(e, f.tokAt(m.Span.End)-1)
			}
			for e+1 < h && f.toks[e+1].Head == f.toks[j].idx && (f.toks[e+1].Rel == "flat" || f.toks[e+1].Rel == "flat:name") {
				e++
			}
			// "Lithuania, Latvia and Poland, whose borders are close to
			// the camps, said": the group, which the parse coordinates.
			if m, ok := f.mentionOver(u.Span.Start, u.Span.End); ok && !f.inQuote(m.Span.Start) && !bareAdjective(m) {
				e = max(e, f.lastConjunct(j, h))
			}
			sp := f.npBefore(e, base)
			if name, ok := f.appositionAfter(e, h, sp); ok {
				return name
			}
			return sp
		}
	}
	return speaker{}
}

// reportingVerb returns the cue whose reported clause holds the verb
// toks[h], else h. A parser coordinates a cue after "and" with the last
// verb before it, often the reported clause's ("said the talks had failed
// and warned that"), but that report ends at "and" (coordinatedCue): the
// second cue goes on with the first, and shares its subject.
func (f *finder) reportingVerb(h, base int) int {
	p := h
	for range 6 {
		u := f.toks[p]
		if u.Head < 0 || u.Head >= u.idx || !clauseRels[u.Rel] {
			return h
		}
		p = base + u.Head
		if c := f.toks[p]; speechLemmas[strings.ToLower(c.Lemma)] && !f.inQuote(c.Span.Start) {
			return p
		}
	}
	return h
}

// clauseRels join a clause to the verb it hangs on.
var clauseRels = set(`ccomp conj advcl xcomp parataxis`)

// uncontrolling verbs take a cue in the infinitive whose words were not
// said, or not quite: "declined to say whether", "refused to confirm",
// "tried to suggest that", "seemed to indicate that".
var uncontrolling = set(`decline refuse fail hesitate try attempt seek seem appear`)

// controlled reports a cue toks[k] introduced by "to" or "by" that hangs
// on the verb before it and has no subject of its own: "went on to say
// that", "was quick to point out that", "responded by saying that" are
// said by that verb's subject, whatever its object after "by" ("ended his
// speech by warning") or a verb of acting before "to" ("changed his story
// to say"). The object of a verb of urging takes the cue itself ("urged
// him to say"), which is left out.
func (f *finder) controlled(k int) bool {
	t := f.toks[k]
	if k == 0 || t.Rel != "advcl" && t.Rel != "xcomp" {
		return false
	}
	w := strings.ToLower(f.toks[k-1].Text)
	if w != "to" && w != "by" {
		return false
	}
	base := f.first[t.sent]
	h := base + t.Head
	if uncontrolling[strings.ToLower(f.toks[h].Lemma)] {
		return false
	}
	for j := base; j < k; j++ {
		u := f.toks[j]
		if u.Head != t.Head {
			continue
		}
		if w == "to" && (u.Rel == "obj" || u.Rel == "iobj") && objectControl[strings.ToLower(f.toks[h].Lemma)] {
			return false
		}
		// "We'll start by noting that": the writer's own steps.
		if strings.HasPrefix(u.Rel, "nsubj") && firstPerson[strings.ToLower(u.Text)] {
			return false
		}
	}
	return true
}

var firstPerson = set(`i we`)

// objectControl verbs give an infinitive after their object to the
// object: "urged him to say", "asked aides to confirm". Other verbs keep
// it their subject's purpose: "changed his story to say that".
var objectControl = set(`urge ask tell force persuade encourage invite allow
	order want expect get lead prompt require pressure push press call
	advise instruct direct enable help`)

// causatives say that their object did what the infinitive after it
// says: "prompted some users to argue that" is the users' argument, as
// "urged them to say" (objectControl) is not their saying.
var causatives = set(`lead prompt force cause drive spur compel move`)

// causedSpeaker returns the object of a causative verb before the cue
// toks[k] in the infinitive: "The video prompted some users to argue
// that".
func (f *finder) causedSpeaker(k, base int) (speaker, bool) {
	if k-2 < base || !strings.EqualFold(f.toks[k-1].Text, "to") {
		return speaker{}, false
	}
	e := k - 2
	s := e
	if _, ok := pronouns[strings.ToLower(f.toks[e].Text)]; !ok {
		if !nounish(f.toks[e]) {
			return speaker{}, false
		}
		for s-1 > base && f.npWord(s-1, -1) {
			s--
		}
	}
	if v := f.toks[s-1]; s-1 < base || v.UPOS != "VERB" || !causatives[strings.ToLower(v.Lemma)] {
		return speaker{}, false
	}
	sp := f.npBefore(e, s)
	return sp, sp.ok
}

// setOffRelative reports a relative clause set off by commas between the
// subject toks[j] and its cue toks[k]: ", who ... ,".
func (f *finder) setOffRelative(j, k int) bool {
	if j+2 >= k || f.toks[j+1].Text != "," || f.toks[k-1].Text != "," {
		return false
	}
	switch strings.ToLower(f.toks[j+2].Text) {
	case "who", "which", "whose":
		return true
	}
	return false
}

// ownSubject reports a name right before cue toks[k], past the words
// that may stand between a subject and its verb ("also", "has"). A
// common noun there may be a belief's subject the parse coordinated
// with the report ("She claimed the label thought").
func (f *finder) ownSubject(k, base int) bool {
	j := k - 1
	for j >= base && (skippable[strings.ToLower(f.toks[j].Text)] || f.toks[j].XPOS == "RB") {
		j--
	}
	return j >= base && f.toks[j].UPOS == "PROPN" && !f.inQuote(f.toks[j].Span.Start)
}

// lastConjunct returns the last token of the last name coordinated with
// the name at toks[j] in the parse, or j when there is none.
func (f *finder) lastConjunct(j, end int) int {
	last := j
	for i := j + 1; i < end; i++ {
		t := f.toks[i]
		if t.Head != f.toks[j].idx || t.Rel != "conj" || f.inQuote(t.Span.Start) {
			continue
		}
		m, ok := f.mentionOver(t.Span.Start, t.Span.End)
		if !ok || bareAdjective(m) {
			if last > j && f.commaBetween(last, i) {
				// A parser may hang a relative clause after the names on
				// them as one more conjunct: "Lithuania, Latvia and Poland,
				// whose borders are within a few hundred kilometres".
				break
			}
			return j // a conjunct that names no actor: not a group of speakers
		}
		last = max(last, f.tokAt(m.Span.End)-1)
	}
	return last
}

// commaBetween reports a comma among toks[i+1..j-1].
func (f *finder) commaBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if f.toks[k].Text == "," {
			return true
		}
	}
	return false
}
