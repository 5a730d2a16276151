package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// documents are the nouns of texts that speak for their author: "the
// statement said" is the words of whoever issued it.
var documents = set(`statement letter report release post tweet memo filing
	complaint announcement communique communiqué notice affidavit email
	documents document`)

// orgNouns name a body by its kind: "the company said" is the company
// named last.
var orgNouns = set(`company firm group label agency organisation organization
	network channel broadcaster carrier airline retailer bank union charity
	coalition studio publisher startup manufacturer maker`)

// issuer resolves a definite noun phrase toks[s..e] whose head toks[at]
// names a document ("the statement said") to its author, keeping the
// phrase as the speaker's words: the author's words are its descriptor, as
// for any title. A noun before the head that names a body stands for it
// when no author spoke before ("according to the office release" is the
// office's).
func (f *finder) issuer(noun string, s, at, e int) (speaker, bool) {
	start := f.toks[s].Span.Start
	if a := f.author(noun, at, e); a.ok {
		if at+1 <= e && (strings.EqualFold(f.toks[at+1].Text, "from") || strings.EqualFold(f.toks[at+1].Text, "by")) {
			a.desc = f.text[start:f.toks[e].Span.End]
			return a, true
		}
		sp := speaker{ok: true, actor: a.actor, text: f.text[start:f.toks[at].Span.End], span: news.Span{Start: start, End: f.toks[at].Span.End}, desc: a.text}
		if a.desc != "" && (a.actor == "" || a.common) {
			sp.desc = a.desc
		}
		return sp, true
	}
	if m := f.mentionEnding(at - 1); at-1 > s && m != nil && m.Span.Start > start && m.How != "adjective" {
		// "the Coast Guard report"
		return speaker{ok: true, actor: m.Actor, text: f.text[start:f.toks[at].Span.End], span: news.Span{Start: start, End: f.toks[at].Span.End}, desc: m.Text}, true
	}
	if at-1 > s && f.toks[at-1].UPOS == "NOUN" {
		mod := strings.ToLower(f.toks[at-1].Text)
		for i := len(f.ms) - 1; i >= 0; i-- {
			m := f.ms[i]
			if m.Span.End <= start && !f.inQuote(m.Span.Start) && m.How != "adjective" && containsWord(m.Text, mod) {
				return speaker{ok: true, actor: m.Actor, text: f.text[start:f.toks[at].Span.End], span: news.Span{Start: start, End: f.toks[at].Span.End}, desc: m.Text}, true
			}
		}
		// "the office release" after "the U.S. Attorney's Office ...
		// announced", a body the resolver did not know.
		for i := len(f.prior) - 1; i >= 0; i-- {
			if p := f.prior[i]; p.span.End <= start && containsWord(p.text, mod) {
				sp := speaker{ok: true, actor: p.actor, text: f.text[start:f.toks[at].Span.End], span: news.Span{Start: start, End: f.toks[at].Span.End}, desc: p.text}
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// itIssued resolves "it" right after a sentence that brought up a
// document ("Now they've put out another statement. "...," it says.") to
// that document's author.
func (f *finder) itIssued(j int) (speaker, bool) {
	s := f.toks[j].sent
	if s == 0 {
		return speaker{}, false
	}
	for i := f.first[s-1]; i < f.first[s]; i++ {
		t := f.toks[i]
		if f.inQuote(t.Span.Start) || !documents[strings.ToLower(t.Text)] && !documents[strings.ToLower(t.Lemma)] {
			continue
		}
		if a := f.author(strings.ToLower(t.Text), j, j); a.ok {
			return a, true
		}
	}
	return speaker{}, false
}

// everDescribedAs reports whether mention m, or another mention of its
// actor before offset before, stands in apposition to noun or is titled
// so: "the governor" is Holcomb, named "Gov. Eric Holcomb" paragraphs
// before and "Holcomb" since.
func (f *finder) everDescribedAs(m news.Mention, noun string, before int) bool {
	if f.describedAs(m, noun) {
		return true
	}
	if m.Actor == "" {
		return false
	}
	for _, o := range f.ms {
		if o.Span.End > before {
			break
		}
		if o.Actor == m.Actor && o.Span != m.Span && !f.inQuote(o.Span.Start) && (f.describedAs(o, noun) || titledAs(o.Text, noun)) {
			return true
		}
	}
	return false
}

// abbreviated are the titles written short before a name.
var abbreviated = map[string]string{"gov.": "governor", "sen.": "senator", "rep.": "representative",
	"gen.": "general", "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant", "supt.": "superintendent",
	"atty.": "attorney", "pres.": "president", "amb.": "ambassador", "adm.": "admiral"}

// author finds who issued the document a definite noun phrase ending in
// noun at toks[at] names ("the statement said"): the name after "from" or
// "by" in the phrase itself ("the TexAuto Facts report from InfoNation"),
// else the speaker or subject of the latest earlier sentence, within three,
// that speaks of such a document ("the US military said in a statement").
func (f *finder) author(noun string, at, e int) speaker {
	if at+2 <= e {
		if w := strings.ToLower(f.toks[at+1].Text); w == "from" || w == "by" {
			if m := f.mentionEnding(e); m != nil && m.Span.Start >= f.toks[at+2].Span.Start {
				return speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span}
			}
			if f.toks[at+2].UPOS == "PROPN" {
				// A name the resolver linked elsewhere only.
				n := at + 2
				for n+1 <= e && f.toks[n+1].UPOS == "PROPN" {
					n++
				}
				sp := speaker{ok: true, span: news.Span{Start: f.toks[at+2].Span.Start, End: f.toks[n].Span.End}}
				sp.text = f.text[sp.span.Start:sp.span.End]
				for _, m := range f.ms {
					if m.Text == sp.text {
						sp.actor = m.Actor
						break
					}
				}
				return sp
			}
		}
	}
	s := f.toks[at].sent
	for i := f.first[s] - 1; i >= 0 && f.toks[i].sent >= s-3; i-- {
		t := f.toks[i]
		if f.inQuote(t.Span.Start) || !strings.EqualFold(t.Text, noun) && !strings.EqualFold(t.Lemma, noun) {
			continue
		}
		lo, hi := f.first[t.sent], i
		for k := i - 1; k >= lo; k-- {
			if f.isCue(k, true) && !f.inQuote(f.toks[k].Span.Start) {
				if sp := f.speakerOf(k, lo, hi); sp.ok && !documents[lastWord(sp.text)] {
					return sp
				}
			}
		}
		if sp := f.clauseSubject(i); sp.ok {
			return sp
		}
	}
	return speaker{}
}

// toldPassive reports a cue of telling in the passive with no agent
// after it: "employees were told that", "he was informed".
func (f *finder) toldPassive(k int) bool {
	t := f.toks[k]
	if t.XPOS != "VBN" || k < 1 || !beForms[strings.ToLower(f.toks[k-1].Text)] {
		return false
	}
	switch strings.ToLower(t.Lemma) {
	case "tell", "inform", "assure", "reassure", "advise":
	default:
		return false
	}
	return k+1 >= len(f.toks) || !strings.EqualFold(f.toks[k+1].Text, "by")
}

// carrier finds the author of a document sent or issued by someone in the
// sentence of cue toks[k] ("In a company email sent by chairman Marcelo
// Claure, employees were told"); with none it is a speaker nobody names.
func (f *finder) carrier(k int) speaker {
	s := f.toks[k].sent
	for i := f.first[s]; i < len(f.toks) && f.toks[i].sent == s; i++ {
		t := f.toks[i]
		if !documents[strings.ToLower(t.Text)] || f.inQuote(t.Span.Start) {
			continue
		}
		for b := i + 1; b < len(f.toks) && b <= i+3 && f.toks[b].sent == s; b++ {
			if strings.EqualFold(f.toks[b].Text, "by") {
				e := b + 1
				for e+1 < len(f.toks) && f.toks[e+1].sent == s && f.toks[e+1].Text != "," && e+1 < k {
					e++
				}
				if sp := f.npAfter(b+1, e); sp.ok {
					return sp
				}
			}
		}
	}
	return speaker{ok: true}
}

// lastWord is the last word of s, lower case.
func lastWord(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// theyBody resolves "they" that no group spoke before to the organisation
// that opens one of the two sentences before it as its subject, as British
// copy writes bodies in the plural ("Big Machine have denied it. ... they
// said"). The subject is the first organisation named before the main
// verb, skipping a relative clause on a noun ("The company that runs the
// AMAs, Dick Clark Productions, denies").
func (f *finder) theyBody(j int) (speaker, bool) {
	s := f.toks[j].sent
	for sent := s - 1; sent >= 0 && sent >= s-2; sent-- {
		rel := false
		for i := f.first[sent]; i < len(f.toks) && f.toks[i].sent == sent; i++ {
			t := f.toks[i]
			w := strings.ToLower(t.Text)
			switch {
			case f.inQuote(t.Span.Start) || isQuoteTok(t):
				continue
			case w == "that" || w == "which" || w == "who":
				rel = true
				continue
			case t.Text == ",":
				rel = false
				continue
			case rel:
				continue
			case t.UPOS == "VERB" || t.UPOS == "AUX":
				i = len(f.toks) // the main verb: its subject came before
				continue
			}
			m, ok := f.mentionOver(t.Span.Start, t.Span.End)
			if !ok || m.Span.Start != t.Span.Start {
				continue
			}
			n := f.fullName(speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span})
			if f.organisation(m) || corporate(n.text) {
				return n, true
			}
		}
	}
	return speaker{}, false
}

// corporate reports a name whose words say it is a body: "Dick Clark
// Productions", "Big Machine Label Group".
func corporate(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,")
		if bodyWords[w] || corporateWords[w] {
			return true
		}
	}
	return false
}

var corporateWords = set(`productions inc corp ltd llc plc holdings records
	entertainment media partners studios labs systems technologies coalition
	industries enterprises airlines group`)

// fullName extends a speaker whose mention the resolver cut short to the
// run of capitalised names right after it ("Dan" of "InfoNation President
// Dan McDowell", "Dick Clark" of "Dick Clark Productions"). The actor
// resolved from the fragment is not the whole name's, so it goes, unless
// another mention of the whole name carries one.
func (f *finder) fullName(sp speaker) speaker {
	if !sp.ok || sp.span.End <= sp.span.Start {
		return sp
	}
	i := f.tokAt(sp.span.End)
	if i <= 0 || i >= len(f.toks) || f.toks[i-1].Span.End != sp.span.End || f.toks[i].sent != f.toks[i-1].sent {
		return sp
	}
	if _, pron := pronouns[strings.ToLower(sp.text)]; pron {
		return sp
	}
	sp = f.nameHead(sp)
	e := i - 1
	for k := i; k < len(f.toks) && f.toks[k].sent == f.toks[i].sent && f.text[f.toks[k-1].Span.End:f.toks[k].Span.Start] == " "; k++ {
		t := f.toks[k]
		r, _ := utf8.DecodeRuneInString(t.Text)
		if t.UPOS != "PROPN" || !unicode.IsUpper(r) || timeWords[strings.ToLower(t.Text)] || titleWords[strings.ToLower(t.Text)] || f.inQuote(t.Span.Start) {
			break
		}
		if m, ok := f.mentionOver(t.Span.Start, t.Span.End); ok && m.Actor != sp.actor {
			break
		}
		e = k
	}
	if e < i {
		return sp
	}
	sp.span.End = f.toks[e].Span.End
	return f.renamed(sp)
}

// renamed gives a speaker whose span grew its new words and the actor of
// another mention of them, or none: the fragment's actor is not the
// whole name's.
func (f *finder) renamed(sp speaker) speaker {
	sp.text = f.text[sp.span.Start:sp.span.End]
	sp.actor = ""
	for _, m := range f.ms {
		if m.Text == sp.text {
			sp.actor = m.Actor
			break
		}
	}
	return sp
}

// nameHead extends a speaker whose mention is the tail of a body's name
// after "for" or "of" to the whole name ("Prevention" of "the Chinese
// Center for Disease Control and Prevention", "Human Rights" of "the High
// Commissioner for Human Rights"), stopping at a determiner, a lower-case
// word or another actor's mention ("United Nations").
func (f *finder) nameHead(sp speaker) speaker {
	s := f.tokAt(sp.span.Start)
	if s < 2 || s >= len(f.toks) {
		return sp
	}
	if w := strings.ToLower(f.toks[s-1].Text); w != "for" && w != "of" && w != "and" {
		return sp
	}
	b, linked := s, false
	for k := s - 1; k >= 0 && f.toks[k].sent == f.toks[s].sent; k-- {
		t := f.toks[k]
		w := strings.ToLower(t.Text)
		if (w == "for" || w == "of" || w == "and") && k < b {
			if k-1 < 0 || !capitalised(f.toks[k-1].Text) {
				break
			}
			linked = linked || w != "and"
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) || w == "the" || titleWords[w] || f.inQuote(t.Span.Start) {
			break
		}
		if m, ok := f.mentionOver(t.Span.Start, t.Span.End); ok && m.Actor != sp.actor {
			break
		}
		b = k
	}
	if !linked || b == s {
		return sp
	}
	sp.span.Start = f.toks[b].Span.Start
	return f.renamed(sp)
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// repeated adds, for each name of two words or more that the resolver
// linked somewhere, its other occurrences it left unlinked ("Then, last
// week, Taylor Swift posted"), so that a pronoun after them finds them.
func repeated(text string, ms []news.Mention) []news.Mention {
	out := ms
	seen := map[string]bool{}
	for _, m := range ms {
		if seen[m.Text] || m.Actor == "" || !strings.Contains(m.Text, " ") || m.How == "adjective" || m.How == "pronoun" {
			continue
		}
		seen[m.Text] = true
		for off := 0; ; {
			i := strings.Index(text[off:], m.Text)
			if i < 0 {
				break
			}
			start := off + i
			end := start + len(m.Text)
			off = end
			if !wordEdge(text, start, end) || slices.ContainsFunc(out, func(o news.Mention) bool { return o.Span.Start < end && start < o.Span.End }) {
				continue
			}
			out = append(out, news.Mention{Actor: m.Actor, Text: m.Text, Span: news.Span{Start: start, End: end}, How: m.How})
		}
	}
	return out
}

// wordEdge reports whether text[start:end] neither starts nor ends inside
// a word.
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// spokeAs finds the latest speaker before offset before, within three
// sentences, whose words or description hold noun: "the group said" after
// "The group announced", whatever organisation was named since.
func (f *finder) spokeAs(noun string, before int) (speaker, bool) {
	s := f.toks[min(f.tokAt(before), len(f.toks)-1)].sent
	best := -1
	for i, p := range f.prior {
		if p.span.End > before || p.actor == "" && p.desc == "" {
			continue
		}
		if k := f.tokAt(p.span.Start); k >= len(f.toks) || f.toks[k].sent < s-3 {
			continue
		}
		if (containsWord(p.text, noun) || containsWord(p.desc, noun)) && (best < 0 || p.span.Start > f.prior[best].span.Start) {
			best = i
		}
	}
	if best < 0 {
		return speaker{}, false
	}
	return f.prior[best], true
}

// issuedDocument finds who issued the document heading a speaker's phrase
// that ends at toks[e], named after a participle and "by" within the
// clause: "according to a statement issued on Monday by the Interior
// Ministry", "said a letter signed by Kowalska". The document stays the
// speaker as written and speaks for its issuer, as after "from".
func (f *finder) issuedDocument(sp speaker, e, hi int) (speaker, bool) {
	if !sp.ok || sp.actor != "" || !documents[strings.ToLower(f.toks[e].Text)] && !documents[strings.ToLower(f.toks[e].Lemma)] || e+2 > hi || f.toks[e+1].XPOS != "VBN" {
		return speaker{}, false
	}
	for b := e + 2; b < hi && b <= e+10; b++ {
		t := f.toks[b]
		if t.Text == "," || isTerminal(t.Text) || isQuoteTok(t) || t.UPOS == "VERB" {
			break
		}
		if strings.EqualFold(t.Text, "by") {
			// The issuer is the name "by" opens, whatever circumstance
			// follows it ("by Amnesty International last year").
			from := b + 1
			if from <= hi && f.toks[from].UPOS == "DET" {
				from++
			}
			for k := from; k <= hi && k <= from+5; k++ {
				if m := f.mentionEnding(k); m != nil && m.Span.Start == f.toks[from].Span.Start {
					return speaker{ok: true, actor: m.Actor, text: m.Text, span: m.Span}, true
				}
			}
			break
		}
	}
	return speaker{}, false
}
