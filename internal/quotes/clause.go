package quotes

// Where a reported clause ends: the writer's words after a comma, a second
// cue, the main clause after a subordinate one.

import "strings"

// splitClause cuts toks[cs..ce] where the writer takes over again (see
// endsReport). "said that A and that B" stays one clause, as PARC and the
// gold file annotate coordinated content under one cue.
func (f *finder) splitClause(cs, ce int) [][2]int {
	sub := cs < ce && f.subordinate(cs)
	rel := cs < ce && cs > 0 && f.inRelative(cs, f.first[f.toks[cs].sent])
	for i := cs + 1; i < ce; i++ {
		if f.toks[i].Text == "," && i+1 < ce && (f.endsReport(i+1) || sub && f.mainClause(i+1, ce) || rel && f.predicateResumes(i+1)) || f.coordinatedCue(i) || f.coordinatedAct(i, cs) {
			end := i - 1
			if f.toks[end].Text == "," {
				end--
			}
			return [][2]int{{cs, end}}
		}
	}
	return [][2]int{{cs, ce}}
}

// predicateResumes reports a finite verb with no subject at toks[i], after
// the comma that closes a relative clause holding a report: "Kowalska,
// who said last week that she would resign, told the BBC" goes back to
// the main clause's predicate.
func (f *finder) predicateResumes(i int) bool {
	t := f.toks[i]
	return t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "MD"
}

// subordinate reports a sentence that opens, before toks[i], with a
// subordinating conjunction: "While Berg said A, the ministry did B",
// "And though the CDC has said A, it has also ...". The report in such a
// clause ends where the main clause begins.
func (f *finder) subordinate(i int) bool {
	lo := f.first[f.toks[i].sent]
	for lo < i && (f.toks[lo].UPOS == "CCONJ" || isQuoteTok(f.toks[lo])) {
		lo++
	}
	return lo < i && subordinators[strings.ToLower(f.toks[lo].Text)]
}

var subordinators = set(`while although though whereas because since if when after before once`)

// timeClause open a clause of time, cause or contrast and are never
// adverbs or prepositions of the reported clause's first words.
var timeClause = set(`as while although though whereas because when`)

// mainClause reports a subject and its finite verb at toks[i..]: a pronoun,
// or a determiner or name and up to three more words, then the verb.
func (f *finder) mainClause(i, ce int) bool {
	if u := f.toks[i].UPOS; u != "PRON" && u != "DET" && u != "PROPN" {
		return false
	}
	for j := i + 1; j <= ce && j <= i+4; j++ {
		switch f.toks[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		if f.toks[j].UPOS == "PUNCT" {
			return false
		}
	}
	return false
}

// coordinatedCue reports "and" (or "but") before a reporting verb, with
// no subject of its own ("said that A and described B", "told X that A,
// and said that B") or a name ("... and Putin said that B"): the first
// report ends there and the verb is a cue of its own.
func (f *finder) coordinatedCue(i int) bool {
	w := strings.ToLower(f.toks[i].Text)
	if (w != "and" && w != "but") || i+1 >= len(f.toks) {
		return false
	}
	// A new subject may come between: "... and Putin said that".
	j := i + 1
	for j < len(f.toks) && j <= i+4 && f.toks[j].UPOS == "PROPN" {
		j++
	}
	if j >= len(f.toks) {
		return false
	}
	v := f.toks[j]
	if v.XPOS != "VBD" && v.XPOS != "VBZ" {
		return false
	}
	l := strings.ToLower(v.Lemma)
	if j == i+1 && beliefs[l] {
		// "said she did not want to judge it, and thinks it could
		// work": a belief with no subject of its own goes on with the
		// report, coordinated content under one cue, as the news gold
		// marks it.
		return false
	}
	return speechLemmas[l] || directOnly[l]
}

// beliefs are the cues of thought rather than speech.
var beliefs = set(`think believe feel expect hope fear doubt`)

// coordinatedAct reports "and" (or "but") before a finite past verb with
// no subject of its own after a reported clause toks[cs..] whose verb has
// a modal: the reporter's next act, told by the writer ("said the border
// would reopen, but gave no date"), as a verb going on with the clause
// would share the modal ("would reopen and give"). When the clause's
// subject is a pronoun it may be the reporter's own, going on with the
// report ("said he would have objected and did not realize"), which the
// news gold keeps whole; so is a past after a perfect ("had tried to hide
// and were moving"), whose subject may be the clause's.
func (f *finder) coordinatedAct(i, cs int) bool {
	if f.toks[i].UPOS != "CCONJ" {
		return false
	}
	j := i + 1
	for j < len(f.toks) && f.toks[j].UPOS == "ADV" && j <= i+2 {
		j++ // "but then declined"
	}
	if j >= len(f.toks) || f.toks[j].sent != f.toks[i].sent || f.toks[j].XPOS != "VBD" {
		return false
	}
	for a := i - 1; a >= cs; a-- {
		t := f.toks[a]
		switch {
		case t.XPOS == "MD":
			return f.toks[cs].UPOS != "PRON"
		case t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP":
			return false
		}
	}
	return false
}

// straddles reports whether toks[i..j] holds part of a quotation but not
// all of it: the sentence splitter cut inside a quote.
func (f *finder) straddles(i, j int) bool {
	s, e := f.toks[i].Span.Start, f.toks[j].Span.End
	for _, m := range f.marks {
		in := func(off int) bool { return s <= off && off < e }
		if in(m.open) != in(m.close+max(m.cLen, 1)-1) || !in(m.open) && m.open < s && m.close >= e {
			return true
		}
	}
	return false
}

// personal pronouns go on with a reported clause after ", and".
var personal = set(`he she it they we i`)

// endsReport reports whether the words at toks[i], after a comma, leave the
// reported clause: a participle ("claiming that"), or a conjunction opening
// a clause of the writer's own (", and Prime Minister Šimonytė has asked",
// ", while the Kremlin said").
func (f *finder) endsReport(i int) bool {
	t := f.toks[i]
	if t.XPOS == "VBG" && !prepositionLike[strings.ToLower(t.Text)] {
		return true
	}
	if f.occasion(i) || f.timeDistance(i) {
		return true
	}
	switch strings.ToLower(t.Text) {
	case "while", "whereas":
		return true
	case "as":
		// ", as reported by Belta", ", as Interfax reported": the writer
		// names the medium.
		for j := i + 1; j < len(f.toks) && j <= i+4 && f.toks[j].sent == t.sent; j++ {
			if (f.toks[j].XPOS == "VBN" || f.toks[j].XPOS == "VBD") && f.isCue(j, false) {
				return true
			}
		}
		// ", as he deflected attacks": what happened meanwhile, told by
		// the writer.
		return i+1 < len(f.toks) && f.mainClause(i+1, len(f.toks)-1)
	case "and", "but":
		// A personal pronoun after it goes on with the reported words,
		// coordinated content under one cue ("said she didn't know
		// him, but he left her intrigued"); a name or a noun phrase
		// starts the writer's.
		return i+1 < len(f.toks) && (f.toks[i+1].UPOS == "PROPN" || f.toks[i+1].UPOS == "DET" || f.toks[i+1].UPOS == "PRON" && !personal[strings.ToLower(f.toks[i+1].Text)])
	case "with":
		// ", with the first votes less than 100 days away": the
		// writer's circumstance.
		return true
	case "after":
		// ", after the company lost its biggest customer", ", after
		// meeting Berg": when the words were said, told by the writer, as
		// the occasion is.
		return i+1 < len(f.toks) && f.toks[i+1].sent == t.sent && (f.shortClause(i+1) || f.toks[i+1].XPOS == "VBG")
	}
	return false
}

// shortClause reports a clause at toks[i..]: a finite verb within five
// words, after a subject that is no verb, before any punctuation ("two
// people contracted", "the company lost").
func (f *finder) shortClause(i int) bool {
	if f.toks[i].UPOS == "VERB" || f.toks[i].UPOS == "AUX" {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+5 && f.toks[j].sent == f.toks[i].sent; j++ {
		switch f.toks[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		if f.toks[j].UPOS == "PUNCT" {
			return false
		}
	}
	return false
}

// occasionNouns name the event at which something was said.
var occasionNouns = set(`visit trip meeting talks summit interview conference
	briefing ceremony address speech session forum call rally tour`)

// occasion reports an adjunct of the reporting verb after a comma: ", on
// the first visit to Minsk by ...", ", during talks in Sochi".
func (f *finder) occasion(i int) bool {
	if f.toks[i].UPOS != "ADP" {
		return false
	}
	for j := i + 1; j < len(f.toks) && j <= i+4; j++ {
		t := f.toks[j]
		if occasionNouns[strings.ToLower(t.Lemma)] || occasionNouns[strings.ToLower(t.Text)] {
			return true
		}
		if u := t.UPOS; u != "DET" && u != "ADJ" && u != "NUM" && u != "PRON" && t.XPOS != "PRP$" {
			return false
		}
	}
	return false
}

// timeUnits measure how long before or after an event something happened.
var timeUnits = set(`day days week weeks month months year years hour hours`)

// timeDistance reports a time adjunct of the writer's after a comma:
// ", nearly two weeks after Ukrainian forces crossed ...".
func (f *finder) timeDistance(i int) bool {
	j := i
	if j < len(f.toks) && (f.toks[j].UPOS == "ADV" || f.toks[j].UPOS == "ADP") && f.toks[j].Text != "after" {
		j++
	}
	if j+2 >= len(f.toks) || f.toks[j].UPOS != "NUM" && !strings.EqualFold(f.toks[j].Text, "a") {
		return false
	}
	if !timeUnits[strings.ToLower(f.toks[j+1].Text)] {
		return false
	}
	switch strings.ToLower(f.toks[j+2].Text) {
	case "after", "before", "since", "later", "earlier", "ago":
		return true
	}
	return false
}

// prepositionLike participles introduce a phrase, not a clause of the
// writer's: "a build-up of forces, including tanks".
var prepositionLike = set(`including excluding concerning regarding following
	according notwithstanding`)

// finiteAhead reports a finite verb soon after the participle toks[i]:
// "the people killed in the attack were" is a reduced relative, whose
// noun the finite verb after it takes.
func (f *finder) finiteAhead(i int) bool {
	for j := i + 1; j < len(f.toks) && j <= i+6 && f.toks[j].sent == f.toks[i].sent; j++ {
		switch f.toks[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// occasions open a clause of time that sets the writer's sentence beside
// another event; a contrast (while, whereas) joins two facts one source
// gives both of ("a truck cost $41,640 while a sedan cost $31,627,
// according to X").
var occasions = set(`after before as when once until`)

// lastClause finds where the clause ending at toks[e] starts when one of
// the occasions or ", and" opens it inside the sentence from toks[lo]: "a
// day after another Sunday march drew 100,000 people, according to
// independent estimates" vouches for the march, not for the meeting the
// sentence opened with. The clause is its last finite verb's, from the
// subject before it.
func (f *finder) lastClause(lo, e int) int {
	v := e
	for v > lo && !finite(f.toks[v].XPOS) {
		v--
	}
	if v <= lo {
		return lo
	}
	s := v - 1
	for s > lo && (f.toks[s].UPOS == "AUX" || f.toks[s].UPOS == "ADV") {
		s--
	}
	for s > lo && f.npWord(s, -1) {
		s--
	}
	if s == v-1 || s <= lo {
		return lo
	}
	w := strings.ToLower(f.toks[s].Text)
	if occasions[w] || w == "and" && f.toks[s-1].Text == "," {
		return s + 1
	}
	return lo
}

func finite(xpos string) bool {
	return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"
}

// closeMarks extends the clause toks[i..j] to the closing mark of a quote
// opened inside it, which the trimming of the sentence's end took off:
// "recalled it “vividly.”".
func (f *finder) closeMarks(i, j int) int {
	if i < 0 || j < i || j >= len(f.toks) {
		return j
	}
	lo, hi := f.toks[i].Span.Start, f.toks[j].Span.End
	for _, m := range f.marks {
		if m.open < lo || m.open >= hi || m.cLen == 0 || m.close < hi {
			continue
		}
		for j+1 < len(f.toks) && f.toks[j+1].sent == f.toks[j].sent && f.toks[j+1].Span.Start < m.close+m.cLen {
			j++
		}
	}
	return j
}

// quotedAfterWords reports whether toks[i..j] holds a quote and every
// quote in it opens after the clause's first word: the writer's words
// lead into it.
func (f *finder) quotedAfterWords(i, j int) bool {
	lo, hi := f.toks[i].Span.Start, f.toks[j].Span.End
	n := 0
	for _, m := range f.marks {
		if m.open >= lo && m.open < hi {
			if m.open == lo {
				return false
			}
			n++
		}
	}
	return n > 0
}
