package quotes

// The speaker's noun phrase: where it starts and ends beside a cue, and
// which mention, title or description it holds.

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// npBefore finds the speaker whose noun phrase ends at toks[j].
func (f *finder) npBefore(j, lo int) speaker {
	for j >= lo && j >= 0 && (skippable[strings.ToLower(f.toks[j].Text)] || f.toks[j].XPOS == "RB") {
		j--
	}
	// "A spokesman on Monday said": the day is when, not who.
	if j-2 >= lo && j-2 >= 0 && timeWords[strings.ToLower(f.toks[j].Text)] && f.toks[j].UPOS != "ADP" && f.toks[j-1].UPOS == "ADP" {
		j -= 2
	}
	if j < lo || j < 0 {
		return speaker{}
	}
	if o := f.parenthesisBefore(j, lo); o >= 0 {
		// "The International Atomic Energy Agency (IAEA) said", "Rep.
		// Ellen Marsh (D-Calif.) said": the acronym or the party and
		// state stand beside the name, not in it.
		j = o - 1
	}
	t := f.toks[j]
	if _, ok := pronouns[strings.ToLower(t.Text)]; ok {
		return f.pronoun(j)
	}
	if t.Text == "," {
		// An apposition: "Lavrov, Russia's foreign minister, said".
		// A relative clause may run longer than an apposition: "McCormick,
		// who has split from ... on issues such as the voucher program,
		// told".
		for c := j - 1; c >= lo && c > j-32; c-- {
			if f.toks[c].Text != "," {
				continue
			}
			rel := strings.ToLower(f.toks[c+1].Text)
			isRel := rel == "who" || rel == "which" || rel == "whose"
			if c <= j-15 && !isRel {
				return speaker{}
			}
			sp := f.npBefore(c-1, lo)
			if isRel || !f.npWord(c+1, +1) || f.toks[c+1].UPOS == "ADP" {
				return sp // a relative clause or a circumstance, not a description
			}
			if sp.ok && (sp.actor == "" || sp.common) && c+1 < j {
				// "Berg's spokesman, Jan Nowak, said": the person named in
				// apposition to a description is who spoke, so described.
				if name, ok := f.appositeName(c+1, j-1); ok {
					name.desc = sp.text
					return name
				}
			}
			if sp.ok && sp.desc == "" && c+1 < j {
				sp.desc = f.text[f.toks[c+1].Span.Start:f.toks[j-1].Span.End]
				// "The group, WeWorkers Coalition, said": the name in
				// apposition is who the description is.
				if m := f.mentionEnding(j - 1); sp.actor == "" && m != nil && m.Span.Start == f.toks[c+1].Span.Start {
					sp.actor = m.Actor
				}
			}
			return sp
		}
		return speaker{}
	}
	if !nounish(t) {
		if w := strings.ToLower(t.Text); (headPronouns[w] || w == "another") && (j == lo || !f.npWord(j-1, -1)) && !f.inQuote(t.Span.Start) {
			// "Many have voiced concerns", "Another wrote": the quantifier
			// is the whole phrase, people the text counts.
			return speaker{ok: true, text: t.Text, span: t.Span, plural: w != "another"}
		}
		return speaker{}
	}
	s := j
	for s-1 >= lo && s-1 >= 0 && f.npWord(s-1, -1) {
		s--
	}
	// A name the resolver found whole takes in the words of it the phrase
	// stopped at: "the Chinese Center for Disease Control and Prevention
	// said", not "Prevention".
	if m := f.mentionEnding(j); m != nil && m.Span.Start < f.toks[s].Span.Start && !f.inQuote(m.Span.Start) {
		if b := f.tokAt(m.Span.Start); b >= lo && f.toks[b].sent == t.sent {
			s = b
		}
	}
	// A pronoun is a whole noun phrase: words the tagger took for nouns
	// after it are adverbs ("ён упершыню прама заявіў"), and words before
	// it belong to another phrase.
	for p := j; p >= s; p-- {
		if _, ok := pronouns[strings.ToLower(f.toks[p].Text)]; ok && !f.possessive(p) {
			return f.pronoun(p)
		}
	}
	if s-1 >= lo && s-1 >= 0 && f.possessive(s-1) {
		s-- // "Her campaign says"
	}
	for s < j && (f.toks[s].UPOS == "ADP" || f.toks[s].Text == "'s") {
		s++
	}
	// The phrase may end a relative clause on the speaker: "a lawyer who
	// represents several detainees said" is the lawyer.
	// So may one whose object has a quantifier or a preposition before
	// it: "The group that owns most of her music, Big Machine, says".
	v := s - 1
	for v > lo && v >= s-3 && (f.toks[v].UPOS == "ADP" || headPronouns[strings.ToLower(f.toks[v].Text)]) {
		v--
	}
	if v > lo && (f.toks[v].UPOS == "VERB" || f.toks[v].UPOS == "AUX") {
		for r := v; r > lo && r >= v-4; r-- {
			if w := strings.ToLower(f.toks[r].Text); w == "who" || w == "which" || w == "that" {
				if nounish(f.toks[r-1]) {
					return f.npBefore(r-1, lo)
				}
				break
			}
		}
	}
	return f.coordination(f.nounPhrase(s, j), s, lo)
}

// properAdjective reports a capitalised word of a name the tagger read as
// an adjective but tagged a proper noun: "International" and "Atomic" of
// "the International Atomic Energy Agency", "White" of "the White House".
func (f *finder) properAdjective(i int) bool {
	t := f.toks[i]
	return t.UPOS == "ADJ" && strings.HasPrefix(t.XPOS, "NNP") && capitalised(t.Text)
}

// parenthesisBefore returns the index of the "(" of a short parenthesis
// that toks[j] closes right after a noun, or -1.
func (f *finder) parenthesisBefore(j, lo int) int {
	if f.toks[j].Text != ")" {
		return -1
	}
	for o := j - 1; o > lo && o >= j-6; o-- {
		switch f.toks[o].Text {
		case "(":
			if o > j-2 || !nounish(f.toks[o-1]) {
				return -1
			}
			return o
		case ")", ",", ";":
			return -1
		}
	}
	return -1
}

// coordination widens a named speaker whose noun phrase starts at toks[s]
// to the names coordinated before it: "Lithuania, Latvia and Poland said"
// is the three of them as written, and its actor the first of them, as
// attribution guidelines that score one source per quote take it (the
// news gold's "of coordinated speakers, the first").
func (f *finder) coordination(sp speaker, s, lo int) speaker {
	if !sp.ok || sp.actor == "" || sp.desc != "" {
		return sp
	}
	start, conj, first := s, false, sp.actor
	for start-2 >= lo {
		w := strings.ToLower(f.toks[start-1].Text)
		if w != "and" && w != "or" && (w != "," || !conj) {
			break
		}
		m := f.mentionEnding(start - 2)
		if m == nil || f.inQuote(m.Span.Start) || bareAdjective(*m) {
			break
		}
		conj = conj || w != ","
		start, first = f.tokAt(m.Span.Start), m.Actor
	}
	if start == s {
		return sp
	}
	sp.span = news.Span{Start: f.toks[start].Span.Start, End: sp.span.End}
	sp.text, sp.actor, sp.plural = f.text[sp.span.Start:sp.span.End], first, true
	return sp
}

// npAfter finds the speaker whose noun phrase starts at toks[j]: "said
// Lavrov", "said a cashier at a Minsk exchange office".
func (f *finder) npAfter(j, hi int) speaker {
	for j <= hi && j < len(f.toks) && (f.toks[j].Text == "," || f.toks[j].Text == ":") {
		j++
	}
	if j > hi || j >= len(f.toks) {
		return speaker{}
	}
	if _, ok := pronouns[strings.ToLower(f.toks[j].Text)]; ok && !f.possessive(j) {
		return f.pronoun(j)
	}
	if f.toks[j].UPOS == "SCONJ" || complementizers[strings.ToLower(f.toks[j].Text)] {
		return speaker{} // "said that Nato would": a clause, not a speaker
	}
	e := j
	for e+1 <= hi && e+1 < len(f.toks) && (f.npWord(e+1, +1) || f.compoundVerb(j, e+1)) {
		e++
	}
	for e > j && (f.toks[e].UPOS == "ADP" || f.toks[e].UPOS == "DET") {
		e--
	}
	if !nounish(f.toks[e]) && f.mentionEnding(e) == nil && !f.adjectiveHead(j, e, hi) {
		return speaker{}
	}
	sp := f.nounPhrase(j, e)
	if a, ok := f.issuedDocument(sp, e, hi); ok {
		sp.actor, sp.desc = a.actor, a.text
	}
	// A name in apposition to a description: "said another witness,
	// former adviser Fiona Hill" is Hill, so described.
	if sp.ok && sp.actor == "" && e+2 <= hi && f.toks[e+1].Text == "," {
		d := e + 2
		for d+1 <= hi && f.toks[d+1].Text != "," && f.npWord(d+1, +1) {
			d++
		}
		if m := f.mentionEnding(d); m != nil && m.Span.Start >= f.toks[e+2].Span.Start && f.person(*m) && (d == hi || f.toks[d+1].Text == "," || f.toks[d+1].UPOS == "ADP" || isTerminal(f.toks[d+1].Text)) {
			if name := f.nounPhrase(e+2, d); name.ok && name.actor != "" {
				name.desc = sp.text
				return name
			}
		}
		// A name no mention holds: two or three capitalised words
		// ending the sentence ("said Berg's spokesman, Jan Nowak.").
		if f.unlinked(e+2, d) && d-e-2 >= 1 && d-e-2 <= 2 && (d == hi || isTerminal(f.toks[d+1].Text)) && f.properRun(e+2, d) {
			span := news.Span{Start: f.toks[e+2].Span.Start, End: f.toks[d].Span.End}
			return speaker{ok: true, text: f.text[span.Start:span.End], span: span, desc: sp.text}
		}
	}
	// An apposition after the name: "said Lavrov, Russia's foreign minister".
	if sp.ok && sp.desc == "" && sp.actor != "" && e+2 <= hi && f.toks[e+1].Text == "," {
		d := e + 2
		for d+1 <= hi && f.toks[d+1].Text != "," && f.npWord(d+1, +1) {
			d++
		}
		if d <= hi && nounish(f.toks[d]) {
			sp.desc = f.text[f.toks[e+2].Span.Start:f.toks[d].Span.End]
		}
	}
	return sp
}

// adjectiveHead reports a phrase toks[j..e] after a cue that a determiner
// or a number opens and an adjective ends, right before a comma or the
// sentence's end: a noun the tagger read as an adjective ("said one
// official, who spoke on condition of anonymity"), as nothing else could
// head it there.
func (f *finder) adjectiveHead(j, e, hi int) bool {
	if e <= j || f.toks[e].UPOS != "ADJ" || f.toks[j].UPOS != "DET" && f.toks[j].UPOS != "NUM" {
		return false
	}
	return e == hi || e+1 < len(f.toks) && (f.toks[e+1].Text == "," || isTerminal(f.toks[e+1].Text))
}

// nounPhrase makes a speaker of toks[s..e]: the mention at its head, with
// the words before it as the descriptor, or the phrase itself.
func (f *finder) nounPhrase(s, e int) speaker {
	head := e
	whole := f.mentionEnding(e) // a name with a preposition in it: "Center for Disease Control"
	for i := s + 1; i <= e; i++ {
		if whole != nil && whole.Span.Start <= f.toks[i].Span.Start {
			break
		}
		if (f.toks[i].UPOS == "ADP" || cyrillicPreps[strings.ToLower(f.toks[i].Text)]) && f.toks[i].Text != "'s" {
			head = i - 1
			break
		}
	}
	start, end := f.toks[s].Span.Start, f.toks[head].Span.End
	if m := f.mentionEnding(head); m != nil && m.Span.Start >= start && !f.inQuote(m.Span.Start) {
		sp := speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span}
		sp.common = f.toks[head].UPOS == "NOUN"
		sp.plural = f.toks[head].XPOS == "NNS"
		d := strings.TrimSpace(f.text[start:m.Span.Start])
		// A mention that takes in its title: "Prime Minister Ingrida
		// Šimonytė" is Šimonytė, described as prime minister.
		for i := f.tokAt(m.Span.Start); i < head; i++ {
			if titleWords[strings.ToLower(f.toks[i].Text)] && f.toks[i+1].UPOS == "PROPN" && !titleWords[strings.ToLower(f.toks[i+1].Text)] {
				n := f.toks[i+1].Span.Start
				sp.text, sp.span = f.text[n:m.Span.End], news.Span{Start: n, End: m.Span.End}
				d = strings.TrimSpace(f.text[start:f.toks[i].Span.End])
			}
		}
		if d != "" && !isDeterminer(d) && !isTime(d) {
			sp.desc = d
		}
		if sp.common && sp.desc == "" && (strings.EqualFold(d, "a") || strings.EqualFold(d, "an")) {
			// "a Nato official" is an official, not Nato: the indefinite
			// article is part of how the source is written, as PARC marks
			// it; a definite one ("the Belta news agency") points back to a
			// name.
			sp.span.Start = start
			sp.text = f.text[start:sp.span.End]
		}
		if sp.common && sp.desc != "" {
			// "Some protesters", "NASA's scientists", "Western
			// officials": a description is its whole noun phrase, the
			// source PARC marks; the words before the head say which.
			sp.span.Start, sp.text, sp.desc = start, f.text[start:sp.span.End], ""
		}
		if sp.common && head+2 <= e && placePreps[strings.ToLower(f.toks[head+1].Text)] && f.toks[e].UPOS == "PROPN" && !timeWords[strings.ToLower(f.toks[e].Text)] {
			// "officials in Oslo": the place says which officials.
			sp.span.End = f.toks[e].Span.End
			sp.text = f.text[sp.span.Start:sp.span.End]
		}
		return sp
	}
	sp := speaker{ok: true, text: f.text[start:f.toks[e].Span.End], span: news.Span{Start: start, End: f.toks[e].Span.End}}
	sp.plural = f.toks[head].XPOS == "NNS" || f.toks[head].XPOS == "NNPS"
	if f.speaksFor(s, head) {
		// "Berg's spokesman", "a lawyer for Kowalska", "a source close
		// to the minister": someone speaking for the one the phrase
		// names, who is its Descriptor; the speaker stays the person.
		if m, ok := f.mentionOver(start, f.toks[e].Span.End); ok && !f.inQuote(m.Span.Start) {
			sp.desc = m.Text
		}
	}
	if documents[strings.ToLower(f.toks[head].Text)] && head+2 <= e && issuedBy[strings.ToLower(f.toks[head+1].Text)] {
		// "a statement from the Interior Ministry": the document as
		// written, speaking for its issuer.
		if m := f.mentionEnding(e); m != nil && m.Span.Start >= f.toks[head+2].Span.Start {
			sp.actor, sp.desc = m.Actor, m.Text
		}
	}
	if f.toks[head].UPOS == "PROPN" && head == e {
		// A name the resolver did not know, after its description: "Belarus's
		// state petrochemical concern Belneftekhim".
		n := head
		// The name stops at a known actor before it: the country of a title
		// ("министра ... Украины Антона Геращенко") is not part of it.
		for n > s && (f.toks[n-1].UPOS == "PROPN" || f.properAdjective(n-1)) && !titleWords[strings.ToLower(f.toks[n-1].Text)] && f.mentionEnding(n-1) == nil {
			n--
		}
		// A given name the tagger read as a common noun ("Fan
		// Mengguang, deputy director of ..."): one capitalised word no
		// title opens the phrase with is part of the name, not a
		// description of it.
		if n == s+1 && f.toks[s].XPOS == "NN" && capitalised(f.toks[s].Text) && !titleWords[strings.ToLower(f.toks[s].Text)] && f.mentionEnding(s) == nil {
			n = s
		}
		if n > s {
			sp.text, sp.span = f.text[f.toks[n].Span.Start:end], news.Span{Start: f.toks[n].Span.Start, End: end}
			if d := f.text[start:f.toks[n-1].Span.End]; !isDeterminer(d) {
				sp.desc = d
			}
			return sp
		}
	}
	if strings.EqualFold(f.toks[s].Text, "the") && s < head {
		// A title: "the ministry said" is the ministry named before.
		sp.text, sp.span = f.text[start:end], news.Span{Start: start, End: end}
		noun := strings.ToLower(f.toks[head].Text)
		at := -1
		for i := len(f.ms) - 1; i >= 0; i-- {
			m := f.ms[i]
			if m.Span.End <= start && !f.inQuote(m.Span.Start) && m.How != "adjective" &&
				(namesWord(m.Text, noun) || titledAs(m.Text, noun) || f.everDescribedAs(m, noun, start)) {
				sp.actor, at = m.Actor, m.Span.Start
				if titleWords[noun] && !namesWord(m.Text, noun) {
					// "the governor" after "Gov. Eric Holcomb": the
					// person the title stands for, named as a pronoun's
					// antecedent is.
					sp.desc = m.Text
				}
				break
			}
		}
		if at < 0 && documents[noun] {
			// "the statement said": its author's words.
			if a, ok := f.issuer(noun, s, head, e); ok {
				return a
			}
		}
		if at < 0 {
			// "the watchdog" after "Russia's agricultural watchdog
			// Rosselkhoznadzor", a name the resolver did not know.
			if n, ok := f.namedAs(noun, start); ok {
				sp.text, sp.span, sp.desc = f.text[n.Start:n.End], n, f.text[start:end]
				return sp
			}
		}
		if at < 0 && orgNouns[noun] && head == e {
			if p, ok := f.spokeAs(noun, start); ok {
				sp.actor, at, sp.desc = p.actor, p.span.Start, describes(p.desc)
				if sp.desc == "" {
					sp.desc = p.text
				}
			} else if m, ok := f.body(start); ok {
				sp.actor, at, sp.desc = m.Actor, m.Span.Start, m.Text
			} else if p, ok := f.bodySpoke(start); ok {
				sp.actor, at, sp.desc = p.actor, p.span.Start, p.text
			}
		}
		// "the cashier" after "a cashier at a Minsk exchange office said".
		for i := len(f.prior) - 1; i >= 0; i-- {
			p := f.prior[i]
			if p.span.End <= start && p.span.Start > at && p.actor == "" && containsWord(p.text, noun) {
				sp.desc = p.text
				break
			}
		}
		if at < 0 && sp.desc == "" && head == e && f.toks[head].XPOS == "NN" && !titleWords[noun] && !capitalised(f.toks[head].Text) {
			// "Eyamba Sowers didn't know ... The real estate agent
			// said": a person described right after the sentence that
			// has her as its subject. A capitalised head names a
			// body ("The Food and Drug Administration said"), no one
			// described.
			if p, ok := f.lastSubject(s); ok {
				sp.actor, sp.desc = p.Actor, p.Text
				at = p.Span.Start
			}
		}
		if at < 0 && sp.desc == "" && head < e {
			// No one named before: "the sales director of a furniture
			// factory in Babruisk" is the source as written, all of it.
			sp.span.End = f.toks[e].Span.End
			sp.text = f.text[start:sp.span.End]
		}
	}
	return sp
}

// npWord reports whether toks[i] can belong to a speaker's noun phrase
// being extended in direction dir.
func (f *finder) npWord(i, dir int) bool {
	t := f.toks[i]
	if f.mentionEnding(i) != nil {
		return true
	}
	if (t.XPOS == "VBN" || t.XPOS == "VBG") && i > 0 && i+1 < len(f.toks) {
		// A participle between a determiner and a noun is an adjective:
		// "a Moscow-based analyst", "the retired officer".
		p, n := f.toks[i-1], f.toks[i+1]
		return (p.UPOS == "DET" || p.UPOS == "ADJ" || p.XPOS == "PRP$") && (nounish(n) || n.UPOS == "ADJ")
	}
	switch t.UPOS {
	case "DET", "ADJ", "NOUN", "PROPN", "NUM":
		return !isQuoteTok(t)
	case "PRON":
		// "Those in favor of punishment have said": a quantifier or a
		// demonstrative heads the phrase.
		return dir < 0 && headPronouns[strings.ToLower(t.Text)]
	case "PART":
		return t.Text == "'s" || t.Text == "’s"
	case "PUNCT":
		return t.Text == "-"
	case "CCONJ":
		return f.nameConjunction(i)
	case "ADP":
		// "a source close to the negotiations": a closeness, not a goal.
		if strings.EqualFold(t.Text, "to") && i > 0 && i+1 < len(f.toks) && closeness[strings.ToLower(f.toks[i-1].Text)] {
			n := f.toks[i+1]
			return nounish(n) || n.UPOS == "DET" || n.UPOS == "ADJ"
		}
		w := strings.ToLower(t.Text)
		if w == "on" && dir < 0 && i+1 < len(f.toks) && !timeWords[strings.ToLower(f.toks[i+1].Text)] && f.toks[i+1].UPOS == "PROPN" {
			// "one user on Weibo posted": a platform, not a day.
			return i > 0 && nounish(f.toks[i-1])
		}
		switch w {
		case "of", "at", "in", "from", "for", "with", "near", "outside", "inside", "behind":
			n := i + 1
			if dir < 0 {
				n = i - 1
			}
			return n >= 0 && n < len(f.toks) && (nounish(f.toks[n]) || f.toks[n].UPOS == "DET" || f.toks[n].UPOS == "ADJ" ||
				dir < 0 && headPronouns[strings.ToLower(f.toks[n].Text)])
		}
	}
	return false
}

var headPronouns = set(`those these some many most others several few all both`)

// closeness words take "to" inside a source's noun phrase.
var closeness = set(`close closer near`)

// compoundVerb reports a word the tagger read as a verb between two nouns
// of a noun phrase that toks[j] opens with a determiner: "said an arms
// control expert" is an expert, whatever "control" was tagged.
func (f *finder) compoundVerb(j, i int) bool {
	if f.toks[j].UPOS != "DET" || i <= j+1 || i+1 >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	return t.UPOS == "VERB" && (t.XPOS == "VB" || t.XPOS == "VBP") && nounish(f.toks[i-1]) && (f.toks[i+1].UPOS == "NOUN" || f.toks[i+1].UPOS == "ADJ")
}
