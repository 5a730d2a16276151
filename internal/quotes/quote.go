package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// A Finder finds quotes. The zero value is ready to use.
type Finder struct {
	// Person reports whether an actor is a person, so that "he said" skips
	// the countries and ministries mentioned since. When nil, a mention is
	// taken for a person when it was resolved by surname or pronoun, or its
	// actor ID has the GIVEN_SURNAME form.
	Person func(news.ActorID) bool
}

// Find finds the quotes in doc with the zero Finder.
func Find(doc *nlp.Doc, mentions []news.Mention) []news.Quote {
	return (&Finder{}).Find(doc, mentions)
}

// A tok is a token of the whole text, with its sentence.
type tok struct {
	*nlp.Token
	sent, idx int // sentence index, index within the sentence
}

// A finder holds one document's state.
type finder struct {
	*Finder
	text    string
	toks    []tok
	first   []int // first token index of each sentence
	ms      []news.Mention
	marks   []marked
	parsed  bool
	usedCue map[int]bool
	prior   []speaker // speakers attributed so far, in text order
	frozen  bool      // prior holds every speaker: add none
}

// minWords is the fewest words an unattributed direct quote needs to be
// kept: shorter ones are scare quotes and titles.
const minWords = 4

// Find finds direct quotes and indirect speech in doc and attributes them
// to mentions. mentions need not be sorted.
func (fi *Finder) Find(doc *nlp.Doc, mentions []news.Mention) []news.Quote {
	if doc == nil || len(doc.Sentences) == 0 {
		return nil
	}
	f := &finder{Finder: fi, text: doc.Text, usedCue: map[int]bool{}}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		f.first = append(f.first, len(f.toks))
		for ti := range s.Tokens {
			t := &s.Tokens[ti]
			f.toks = append(f.toks, tok{Token: t, sent: si, idx: ti})
			if t.Rel != "" {
				f.parsed = true
			}
		}
	}
	// The resolver's pronoun mentions are left out: a speaker's pronoun is
	// resolved here, by who spoke last and by gender cues (pronoun.go),
	// which speech needs and the resolver's nearest-antecedent rule lacks
	// ("Putin said he would talk to the Belarusian leader").
	ms := slices.DeleteFunc(slices.Clone(mentions), func(m news.Mention) bool { return m.How == "pronoun" })
	f.ms = repeated(doc.Text, ms)
	slices.SortFunc(f.ms, func(a, b news.Mention) int { return a.Span.Start - b.Span.Start })
	f.marks = scanMarked(doc.Text)
	f.ms = f.withoutPersonTitles(f.ms)

	// Pronouns and titles look back at the speakers before them, of
	// direct quotes and reports alike: a first pass over the direct quotes
	// lets the reports see theirs, and a second, with every speaker known
	// in text order, lets the direct quotes see the reports'.
	f.direct()
	reports := outermostLeftOut(f.indirect())
	reports = append(reports, f.headlines()...)
	slices.SortStableFunc(f.prior, func(a, b speaker) int { return a.span.Start - b.span.Start })
	f.frozen = true
	all := f.direct()
	// A phrase quoted inside a reported clause is part of that report.
	all = slices.DeleteFunc(all, func(d found) bool {
		return slices.ContainsFunc(reports, func(r news.Quote) bool {
			return r.Span.Start <= d.q.Span.Start && d.q.Span.End <= r.Span.End
		})
	})
	for _, q := range reports {
		all = append(all, found{q: q, ok: true, grp: -1})
	}
	slices.SortStableFunc(all, func(a, b found) int {
		if a.q.Span.Start != b.q.Span.Start {
			return a.q.Span.Start - b.q.Span.Start
		}
		return a.q.Span.End - b.q.Span.End
	})
	return f.continued(all)
}

// tokAt returns the index of the first token starting at or after off.
func (f *finder) tokAt(off int) int {
	return sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Span.Start >= off })
}

// inQuote reports whether offset off lies between a pair of quote marks.
func (f *finder) inQuote(off int) bool {
	for _, m := range f.marks {
		if m.open <= off && off < m.close+m.cLen {
			return true
		}
		if m.open > off {
			break
		}
	}
	return false
}

// isQuoteTok reports a quotation mark token.
func isQuoteTok(t tok) bool {
	switch t.Text {
	case "\"", "'", "«", "»", "„", "‚", "``", "''", "`":
		return true
	}
	return false
}

// breakBefore reports a paragraph break between toks[i-1] and toks[i].
func (f *finder) breakBefore(i int) bool {
	if i <= 0 || i >= len(f.toks) {
		return true
	}
	return strings.Contains(f.text[f.toks[i-1].Span.End:f.toks[i].Span.Start], "\n")
}

func isTerminal(t string) bool {
	switch t {
	case ".", "?", "!", "...", ";", "?!", "!!":
		return true
	}
	return false
}

// A found quote carries what continuation needs.
type found struct {
	q          news.Quote
	ok         bool // attributed
	grp        int  // marked quotes: the quotation a paragraph piece belongs to; -1 otherwise
	standalone bool // a direct quote that is a sentence of its own
}

// direct finds and attributes the quotes between marks.
func (f *finder) direct() []found {
	var all []found
	for _, m := range f.marks {
		if f.heading(m) {
			continue
		}
		o, c := f.tokAt(m.open), f.tokAt(m.close)
		for c+1 < len(f.toks) && f.toks[c+1].Span.Start < m.close+m.cLen {
			c++ // a closing mark of two characters may be two tokens
		}
		q := news.Quote{Text: f.text[m.start:m.end], Direct: true, Span: news.Span{Start: m.start, End: m.end}}
		if i := f.tokAt(m.start); i < len(f.toks) {
			q.Sentence = f.toks[i].sent
		}
		var sp speaker
		short := len(strings.Fields(q.Text)) < minWords
		if short {
			// Inside the clause a cue before it reports, a partial quote is
			// that speaker's ("said Belarus must stay close to its 'older
			// brother'"); otherwise its cue must stand right beside it, or
			// it is a term the writer names (the "milk war" of 2009).
			sp = f.enclosing(o, c)
		}
		if !short && f.participleAfter(o, c) {
			// A participle after a quote inside a report goes on with
			// the reporter's own acts ("said it was “not, per se,
			// illegal”, saying he trusted the courts"): the report's
			// speaker is the quote's, and the participle reports on its
			// own.
			if e := f.enclosing(o, c); e.ok {
				sp = e
			}
		}
		// A piece ending at a paragraph break has no words after it, and a
		// short quote running straight into a verb is its subject, a name:
		// «Вясна» лічыць, the "Union State" says.
		if !sp.ok && m.cLen > 0 && (!short || f.setOff(m)) {
			sp = f.attribute(c+1, +1)
		}
		if !sp.ok {
			sp = f.attribute(o-1, -1)
		}
		if !sp.ok && !short && o > 0 && o < len(f.toks) && f.toks[o-1].Text == ":" && !f.breakBefore(o-1) {
			// A lead-in without a cue ("Hale was blunt: ...") gives the
			// quote to its subject, as PARC does: the name the lead opens
			// with, not a place after "In".
			sp = f.clauseSubject(o - 1)
			for i := f.first[f.toks[o-1].sent]; sp.ok && i < o && f.toks[i].Span.Start < sp.span.Start; i++ {
				if u := f.toks[i].UPOS; u == "ADP" || u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ" {
					sp = speaker{}
				}
			}
		}
		if sp.ok && short && !f.beside(o, c, sp) {
			sp = speaker{}
		}
		if sp.ok {
			sp.fill(&q)
			if !f.frozen && sp.text != "" {
				f.prior = append(f.prior, sp)
			}
		}
		alone := o == 0 || o < len(f.toks) && (f.breakBefore(o) || isTerminal(f.toks[o-1].Text))
		all = append(all, found{q: q, ok: sp.ok, grp: m.group, standalone: alone})
	}
	return all
}

// heading reports a quote that is a paragraph of its own, numbered or not,
// whose words end without punctuation: a crosshead over the story's next
// part (3. “Not some irregular channel”), not words said there. A quote
// that continues a speaker's words ends as a sentence does.
func (f *finder) heading(m marked) bool {
	if m.cLen == 0 || m.end <= m.start {
		return false
	}
	ls := strings.LastIndexByte(f.text[:m.open], '\n') + 1
	le := strings.IndexByte(f.text[m.close:], '\n')
	if le < 0 {
		le = len(f.text)
	} else {
		le += m.close
	}
	before := strings.TrimSpace(f.text[ls:m.open])
	if strings.TrimSpace(f.text[m.close+m.cLen:le]) != "" || before != "" && !numbered(before) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(f.text[m.start:m.end])
	return !strings.ContainsRune(".?!…,;:-—–", r)
}

// numbered reports a list number before a heading: "3.", "7)".
func numbered(s string) bool {
	s = strings.TrimRight(s, ".)")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// continued gives the quotes without a cue the speaker of the quotation
// they are part of, or of the quote just before them. all is in text order.
func (f *finder) continued(all []found) []news.Quote {
	for i := range all {
		if all[i].ok || !all[i].q.Direct {
			continue
		}
		for j := range all {
			if all[j].grp >= 0 && all[j].grp == all[i].grp && all[j].ok {
				copySpeaker(&all[i].q, all[j].q)
				all[i].ok = true
				break
			}
		}
		// A quote coordinated with the one before it is the same
		// speaker's: chanted, “Fund our schools,” and “Put kids first”.
		if !all[i].ok && i > 0 && all[i-1].ok && all[i-1].q.Direct && all[i-1].q.Span.End <= all[i].q.Span.Start {
			gap := strings.Trim(f.text[all[i-1].q.Span.End:all[i].q.Span.Start], " ,\"“”'‘’«»")
			if gap == "and" || gap == "or" {
				copySpeaker(&all[i].q, all[i-1].q)
				all[i].ok = true
			}
		}
		// Only a quote standing as its own sentence continues the speaker
		// before it, and only across one paragraph break at most.
		if !all[i].ok && all[i].standalone && i > 0 && all[i-1].ok {
			gap := strings.TrimSpace(f.text[min(all[i-1].q.Span.End, all[i].q.Span.Start):all[i].q.Span.Start])
			// The gap may hold the previous quote's attribution but no
			// sentence of narrative.
			terminals := sentenceEnds(gap)
			if strings.HasSuffix(gap, ".") || strings.HasSuffix(gap, "?") || strings.HasSuffix(gap, "!") {
				terminals++
			}
			if paragraphBreaks(gap) <= 1 && terminals <= 1 {
				copySpeaker(&all[i].q, all[i-1].q)
				all[i].ok = true
			}
		}
	}
	var out []news.Quote
	for _, a := range all {
		// Unattributed, a short quote is a scare quote and one without a
		// verb the name of a document or an event.
		if !a.ok && (len(strings.Fields(a.q.Text)) < minWords || !f.hasVerb(a.q.Span)) {
			continue
		}
		out = append(out, withoutComma(a.q))
	}
	return out
}

// sentenceEnds counts the ends of sentences inside s: a full stop, question
// or exclamation mark before a space, but not the stop of a title or an
// initial ("Dr. Luz Contreras Arroyo ... told NBC News.").
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i+1] != ' ' && s[i+1] != '\n' {
			continue
		}
		switch s[i] {
		case '?', '!':
			n++
		case '.':
			w := strings.ToLower(s[strings.LastIndexAny(s[:i], " \n\"“(")+1 : i+1])
			if _, ok := abbreviated[w]; ok || titleWords[w] || len(w) == 2 && w[0] >= 'a' && w[0] <= 'z' {
				continue
			}
			n++
		}
	}
	return n
}

// paragraphBreaks counts the runs of line breaks in s: a blank line
// between paragraphs is one break, as a single newline is.
func paragraphBreaks(s string) int {
	n, in := 0, false
	for _, c := range []byte(s) {
		switch c {
		case '\n':
			if !in {
				n++
			}
			in = true
		case ' ', '\t', '\r':
		default:
			in = false
		}
	}
	return n
}

func copySpeaker(dst *news.Quote, src news.Quote) {
	dst.Speaker, dst.SpeakerText, dst.Descriptor = src.Speaker, src.SpeakerText, src.Descriptor
	dst.Cue, dst.SpeakerSpan = src.Cue, src.SpeakerSpan
}

// attribute looks for a cue and its speaker in the words next to a quote,
// from token i walking in direction dir (+1 after the quote, -1 before it)
// up to the end of the clause.
func (f *finder) attribute(i, dir int) speaker {
	start := i
	lo, hi := start, start-1
	if dir < 0 {
		lo, hi = start+1, start
	}
	for n := 0; n < 30 && i >= 0 && i < len(f.toks); n, i = n+1, i+dir {
		t := f.toks[i]
		if isTerminal(t.Text) || isQuoteTok(t) && !f.possessiveMark(i) {
			break
		}
		// A lead-in ending in a colon may stand alone above the quote.
		if dir > 0 && f.breakBefore(i) || dir < 0 && f.breakBefore(i+1) && (i != start || t.Text != ":") {
			break
		}
		if dir > 0 {
			hi = i
		} else {
			lo = i
		}
	}
	if lo > hi {
		return speaker{}
	}
	// After the quote the first cue counts ("...," he said, adding ...);
	// before it the last one ("X said on Monday: ...").
	ks := []int{}
	for k := lo; k <= hi; k++ {
		if f.isCue(k, true) && !f.inRelative(k, lo) {
			ks = append(ks, k)
		}
	}
	if dir < 0 {
		slices.Reverse(ks)
	}
	for _, k := range ks {
		if dir > 0 && f.newSentenceAfter(start, k, hi) {
			break
		}
		if sp := f.speakerOf(k, lo, hi); sp.ok {
			f.usedCue[k] = true
			return sp
		}
	}
	return speaker{}
}

// possessiveMark reports an apostrophe that ends a plural or s-final
// possessive ("Edmunds' executive director"), no quotation mark.
func (f *finder) possessiveMark(i int) bool {
	t := f.toks[i]
	if t.Text != "'" && t.Text != "’" || i == 0 || f.toks[i-1].Span.End != t.Span.Start {
		return false
	}
	w := f.toks[i-1].Text
	return (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S")) && (t.Span.End >= len(f.text) || f.text[t.Span.End] == ' ')
}

// hasVerb reports a verb among the tokens of span.
func (f *finder) hasVerb(span news.Span) bool {
	for i := f.tokAt(span.Start); i < len(f.toks) && f.toks[i].Span.End <= span.End; i++ {
		if u := f.toks[i].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// enclosing finds the speaker of a reported clause, cued earlier in the
// sentence, that holds the quote between toks[o] and toks[c].
func (f *finder) enclosing(o, c int) speaker {
	if o >= len(f.toks) || c >= len(f.toks) {
		return speaker{}
	}
	s := f.toks[o].sent
	lo, hi := f.first[s], f.first[s]
	for hi+1 < len(f.toks) && f.toks[hi+1].sent == s {
		hi++
	}
	for k := o - 1; k >= lo; k-- {
		if f.inQuote(f.toks[k].Span.Start) || !f.isCue(k, false) {
			continue
		}
		cs, ce, sp := f.reported(k, lo, hi)
		if cs >= 0 && sp.ok && cs <= o && c <= ce+1 {
			return sp
		}
	}
	return speaker{}
}

// beside reports whether speaker sp's cue or mention stands within three
// tokens of the quote between toks[o] and toks[c], or the quote lies in a
// clause the cue reports.
func (f *finder) beside(o, c int, sp speaker) bool {
	if sp.span.End <= f.toks[min(o, len(f.toks)-1)].Span.Start && f.enclosing(o, c).ok {
		return true
	}
	near := func(i int) bool {
		if i < 0 || i >= len(f.toks) {
			return false
		}
		t := f.toks[i]
		return f.isCue(i, true) || sp.span.Start <= t.Span.Start && t.Span.End <= sp.span.End && sp.span.End > sp.span.Start
	}
	for d := 1; d <= 3; d++ {
		if near(o-d) || near(c+d) {
			return true
		}
	}
	// "described the decision as “a disgrace”": what a cue names its
	// object as is its speaker's words, however long the object.
	if o > 0 && strings.EqualFold(f.toks[o-1].Text, "as") {
		for i := o - 2; i >= 0 && i >= o-12 && !isTerminal(f.toks[i].Text) && !isQuoteTok(f.toks[i]); i-- {
			if f.isCue(i, true) {
				return true
			}
		}
	}
	return false
}

// setOff reports whether punctuation parts the quote m from the words
// after it, inside the marks or just after them: "...," he said; «...», —
// сказал.
func (f *finder) setOff(m marked) bool {
	if m.end > 0 && strings.ContainsRune(",.?!;:…", rune(f.text[m.end-1])) {
		return true
	}
	rest := strings.TrimLeft(f.text[min(m.close+m.cLen, len(f.text)):], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") ||
		strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")
}
