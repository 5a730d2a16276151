package quotes

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// pronoun resolves the pronoun toks[j] to the most recent fitting mention
// before it, outside quotes and at most five sentences back.
func (f *finder) pronoun(j int) speaker {
	t := f.toks[j]
	sp := speaker{ok: true, text: f.text[t.Span.Start:t.Span.End], span: t.Span}
	if m, ok := f.mentionOver(t.Span.Start, t.Span.End); ok {
		sp.actor = m.Actor
		return sp
	}
	w := strings.ToLower(t.Text)
	if w == "they" {
		// "They" is the group that spoke last, a sentence or two before:
		// "Western officials said ... They added".
		for i := len(f.prior) - 1; i >= 0; i-- {
			p := f.prior[i]
			if p.span.End > t.Span.Start {
				continue
			}
			if k := f.tokAt(p.span.Start); k < len(f.toks) && f.toks[k].sent < t.sent-2 {
				break
			}
			if p.plural {
				sp.actor, sp.desc = p.actor, describes(p.desc)
				if sp.desc == "" {
					sp.desc = p.text
				}
				break
			}
		}
		if sp.actor == "" && sp.desc == "" {
			if b, ok := f.theyBody(j); ok {
				sp.actor, sp.desc = b.actor, b.text
			} else if b, ok := f.theyPair(j); ok {
				sp.actor, sp.desc = b.actor, b.text
			}
		}
		// A "they" resolved is a group the next "they" can stand for.
		sp.plural = sp.actor != "" || sp.desc != ""
		return sp
	}
	if w == "it" {
		if a, ok := f.itIssued(j); ok {
			sp.actor, sp.desc = a.actor, describes(a.desc)
			if sp.desc == "" {
				sp.desc = a.text
			}
			return sp
		}
	}
	if w == "we" {
		return sp
	}
	person := pronouns[w]
	at := -1
	// The antecedent is the first fitting mention of the nearest sentence
	// that has one: the subject more often than the object ("Putin, who
	// has recognised Lukashenko's re-election, said ... He backed").
	best, bestKnown := -1, false
	for i := len(f.ms) - 1; i >= 0; i-- {
		m := f.ms[i]
		if m.Span.End > t.Span.Start || f.inQuote(m.Span.Start) || bareAdjective(m) {
			continue
		}
		k := f.tokAt(m.Span.Start)
		if k >= len(f.toks) || f.toks[k].sent < t.sent-5 {
			break
		}
		if best >= 0 && f.toks[k].sent < f.toks[f.tokAt(f.ms[best].Span.Start)].sent {
			if bestKnown || pronounGender[w] != 'f' {
				break
			}
			// "she" past a nearer name that does not tell is a woman
			// named as one a few sentences back, as two people speaking
			// in turn are written ("Kowalska said. Berg replied. She
			// asked").
			if f.person(m) == person && f.gender(m) == 'f' {
				best, bestKnown = i, true
			}
			continue
		}
		// Of the fitting mentions, for "she" a woman known as one beats a
		// name that does not tell ("Berg met Maria Kowalska. She said"),
		// as most people named in political news are men; otherwise the
		// earliest wins.
		if f.person(m) == person && f.genderFits(m, w) {
			known := pronounGender[w] == 'f' && f.gender(m) == 'f'
			if !bestKnown || known {
				best, bestKnown = i, known
			}
		}
	}
	if best >= 0 {
		sp.actor, at = f.ms[best].Actor, f.ms[best].Span.Start
		if !person && strings.Contains(f.ms[best].Text, " ") {
			// "it" is "Ukraine's foreign ministry", more than the
			// government the resolver links it to.
			sp.desc = f.ms[best].Text
		}
	}
	// A speaker attributed since that mention is nearer: "..., an analyst
	// said. "...," he added." An unnamed one lends its description. For
	// "it" the subject that spoke in the sentence before is the likelier
	// antecedent than any later mention in it ("The ministry said it had
	// seen troops near Gomel. It urged ..."), as centering predicts.
	for i := len(f.prior) - 1; i >= 0; i-- {
		p := f.prior[i]
		if p.span.End > t.Span.Start {
			continue
		}
		if p.span.Start <= at && (person || p.actor == "" || p.common || f.person(news.Mention{Actor: p.actor, Span: p.span, Text: p.text}) ||
			f.toks[f.tokAt(p.span.Start)].sent < t.sent-1) {
			continue
		}
		if k := f.tokAt(p.span.Start); k < len(f.toks) && f.toks[k].sent < t.sent-5 {
			break
		}
		pm := news.Mention{Actor: p.actor, Span: p.span, Text: p.text}
		if p.actor != "" && !p.common && (f.person(pm) != person || !f.genderFits(pm, w)) || (p.actor == "" || p.common) && (!person || p.plural) {
			continue
		}
		if bestKnown && p.actor != f.ms[best].Actor && f.gender(pm) != pronounGender[w] {
			// Two people alternating: "she asked" after "Berg replied" is
			// the woman named as one before, not the last speaker, whose
			// name does not tell.
			continue
		}
		sp.actor, sp.desc = p.actor, describes(p.desc)
		if b, e := f.tokAt(p.span.Start), f.tokAt(p.span.End)-1; p.actor == "" && e >= b && f.properRun(b, e) {
			// "High school teacher Angela Cooper said ... She said": she
			// is the name the resolver did not know, more than its title.
			sp.desc = p.text
		}
		if !person && sp.desc == "" && strings.Contains(p.text, " ") {
			sp.desc = p.text
		}
		if (p.actor == "" || p.common) && sp.desc == "" {
			sp.desc = p.text // "he" is "an Iraqi Kurdish man"
		}
		break
	}
	return sp
}

// bareAdjective reports a mention that is only a country adjective
// ("Belarusian"), which no pronoun stands for; "Ukraine's foreign
// ministry" and "Ukrainian forces" are actors.
func bareAdjective(m news.Mention) bool {
	return m.How == "adjective" && !strings.ContainsAny(strings.TrimSpace(m.Text), " ")
}

// person reports whether mention m names a person, for "he" and "she".
func (f *finder) person(m news.Mention) bool {
	if f.Person != nil {
		return f.Person(m.Actor)
	}
	switch m.How {
	case "surname", "pronoun", "role":
		return true
	case "adjective", "metonym":
		return false
	}
	// An actor the knowledge base lacks is what the recogniser tagged its
	// words: "Michael O'Leary" is B-PER.
	if strings.HasPrefix(string(m.Actor), "NEW:") && m.Span.End > m.Span.Start {
		if i := f.tokAt(m.Span.Start); i < len(f.toks) && f.toks[i].Span.Start < m.Span.End && f.toks[i].Ent != "" && f.toks[i].Ent != "O" {
			return strings.HasSuffix(f.toks[i].Ent, "PER")
		}
	}
	// People's IDs are GIVEN_SURNAME; so are some bodies', whose names say
	// what they are.
	if !strings.Contains(string(m.Actor), "_") {
		return false
	}
	for _, w := range strings.Fields(m.Text) {
		if bodyWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var bodyWords = set(`ministry committee service bank council union organisation
	organization agency group association forces force community fund party
	court commission office company corporation army navy guard police
	parliament assembly government administration department front movement
	centre center institute bureau network alliance league federation
	coalition authority board`)

// genderFits reports whether mention m can be what pronoun w stands for:
// "she" is not a man an honorific or a surname marks as one.
func (f *finder) genderFits(m news.Mention, w string) bool {
	want := pronounGender[w]
	if want == 0 {
		return true
	}
	g := f.gender(m)
	if g == 0 {
		g = givenGender(m)
	}
	return g == 0 || g == want
}

var pronounGender = map[string]byte{"he": 'm', "him": 'm', "он": 'm', "ён": 'm', "він": 'm',
	"she": 'f', "her": 'f', "она": 'f', "яна": 'f', "вона": 'f'}

// gender guesses a person's gender from an honorific before the mention
// (Mr., Ms.), a pronoun mention's own word, or the ending of a Slavic or
// Baltic surname (Kowalska, Tsikhanouskaya, Šimonytė; Kowalski, Petrov);
// 0 when none of these tells. Given names would need a list the project
// does not ship.
func (f *finder) gender(m news.Mention) byte {
	if g, ok := pronounGender[strings.ToLower(m.Text)]; ok {
		return g
	}
	before := strings.ToLower(strings.TrimRight(f.text[:min(m.Span.Start, len(f.text))], " "))
	if i := strings.LastIndexAny(before, " \n\t(\"“«"); i >= 0 {
		before = before[i+1:]
	}
	switch strings.TrimSuffix(before, ".") {
	case "mr", "mister", "sir", "господин", "г-н", "пан", "спадар":
		return 'm'
	case "mrs", "ms", "miss", "madam", "госпожа", "г-жа", "пані", "спадарыня":
		return 'f'
	}
	ws := strings.Fields(strings.ToLower(m.Text))
	if len(ws) == 0 {
		return 0
	}
	last := ws[len(ws)-1]
	for _, e := range femaleEndings {
		if strings.HasSuffix(last, e) {
			return 'f'
		}
	}
	for _, e := range maleEndings {
		if strings.HasSuffix(last, e) {
			return 'm'
		}
	}
	return 0
}

// Surname endings that mark gender in Slavic and Baltic names, romanised
// and in Cyrillic; female ones are tested first ("-ova" before "-ov").
var (
	femaleEndings = []string{"ova", "eva", "ina", "skaya", "skaja", "ska", "cka", "ová", "ská",
		"ytė", "aitė", "ienė", "ова", "ева", "ина", "ская", "цкая", "ська", "цька", "ая"}
	// Romanised "-in" (Putin) is no marker: English surnames end so as
	// often (Coughlin, Martin, Baldwin), for women as for men; "-ин" is.
	maleEndings = []string{"ov", "ev", "sky", "ski", "skiy", "skyi", "ов", "ев", "ин", "ский",
		"цкий", "ський", "цький", "скі"}
)
