package actors

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// NewPrefix starts the ID of an actor the KB lacks: "NEW:" + kb.Key(name).
const NewPrefix = "NEW:"

func hasEntities(doc *nlp.Doc) bool {
	for _, s := range doc.Sentences {
		for _, t := range s.Tokens {
			if t.Ent != "" {
				return true
			}
		}
	}
	return false
}

// discover turns the free name spans of a sentence into new actors: NER
// PER and ORG spans when the annotator tagged entities, runs of proper
// nouns otherwise.
func (st *state) discover(si int, toks []nlp.Token, used []bool) {
	if menu(toks) {
		return
	}
	cands := st.candidates(toks, used)
	// In text order, so that a name takes the acronym after it before NER's
	// span of the acronym alone is read.
	slices.SortStableFunc(cands, func(x, y candidate) int { return x.a - y.a })
	for _, sp := range cands {
		a, b := sp.a, sp.b
		if anyUsed(used, a, b) {
			continue
		}
		if last := strings.ToLower(toks[b-1].Text); b-a > 1 && allUpper(toks[a:b]) && !orgWords[last] && bodyHeads[last] == "" {
			if _, agent := st.r.kb.Sector(st.doc.Text[toks[a].Span.Start:toks[b-1].Span.End]); agent {
				// "the Marine Corps", "a Navy SEAL": an agent noun the
				// press capitalises is no one's name; a body's ("National
				// Bank") may be one.
				continue
			}
		}
		for a+1 < b && (isRoleWord(toks[a]) || st.titleStart(toks, used, a+1) <= a) && startsUpper(toks[a+1].Text) {
			a++
		}
		if last := strings.ToLower(toks[b-1].Text); a > sp.a && (orgWords[last] || bodyHeads[last] != "") {
			// "Interior Ministry", "National Bank", "State Border Guard
			// Service", "National Security and Defence Council": the
			// words before a body's kind are its name, no title.
			a = sp.a
		}
		if a == firstWord(toks) && b-a > 1 && opener(toks[a]) {
			// "Для Лукашенко", "But Arroyo said": a sentence's
			// capitalised first word, a function word NER took in, and
			// the titles after it ("But Sen. X"); an agent noun after it
			// may be the name's own first word ("The Collective Security
			// Treaty Organisation").
			a++
			for a+1 < b && isRoleWord(toks[a]) && startsUpper(toks[a+1].Text) {
				a++
			}
		}
		if a == firstWord(toks) && b-a > 1 && isCyrillic(toks[a].Text) && !st.givenLike(toks[a].Text) {
			// "Встреча Антона Геращенко", "Позже Сидоровой": a Cyrillic
			// sentence's first word, capitalised as all are, before a
			// given name or a new actor's surname is no part of the name.
			if _, fresh := st.freshCyrillic(toks[a+1].Text); (fresh && b-a == 2) || (b-a > 2 && st.givenLike(toks[a+1].Text)) {
				a++
			}
		}
		if b-a > 1 && strings.EqualFold(toks[a].Text, "the") {
			// "said The Associated Press": the article is no part of
			// the name, or "The Times" and "the Times" were two actors.
			a++
		}
		if a >= b || !startsUpper(toks[a].Text) {
			continue
		}
		if notActor[strings.ToLower(toks[b-1].Text)] || (b-a == 1 && isTitleWord(toks[a].Text)) {
			// A title alone ("Interior Minister" NER split from the
			// name after it) names no one; the name takes it.
			continue
		}
		if notName(toks, a, b) {
			continue
		}
		name := st.doc.Text[toks[a].Span.Start:toks[b-1].Span.End]
		last := surnameKey(toks, a, b)
		if n, ok := st.declined(toks, a, b); ok {
			// "Антона Геращенко" is Антон Геращенко in any case.
			name, last = n, kb.Key(n[strings.LastIndexByte(n, ' ')+1:])
		}
		key := kb.Key(name)
		if key == "" || len(st.r.kb.Lookup(name)) > 0 {
			continue
		}
		// NER's word for a one-word organisation is trusted only in Latin
		// script (the model is English) and away from the capitalised
		// first word of a sentence.
		lone := sp.org && !isCyrillic(toks[a].Text) && a != firstWord(toks) && toks[a].UPOS == "PROPN"
		// A title right before one word vouches that it names a person
		// ("Fornost President Umbardacil"), as it does for a KB surname.
		// A surname the KB's people share is left unresolved (titledSurnames
		// found them too many).
		lone = lone || a > 0 && toks[a].UPOS == "PROPN" && isTitleWord(toks[a-1].Text) && st.titleStart(toks, used, a) < a &&
			len(st.r.kb.Titled(toks[a].Text)) == 0
		// A body's kind before "of" and a place names it: "University
		// of Nairobi", "Ministry of Defence".
		if _, body := bodyHead(toks, a, b); body && b < len(toks) && toks[b].Text == "of" && bodyHeads[strings.ToLower(toks[a].Text)] != "" {
			lone = true
		}
		if id, ok := st.freshCyrillic(toks[a].Text); ok && b-a == 1 && st.fresh[key] == "" {
			// A declined surname ("Ивановой") is filed under its form
			// here too, so the two lookups below find it.
			st.fresh[key] = id
		}
		if id, ok := st.fresh[key]; ok && b-a == 1 {
			// The surname or acronym of a new actor named before.
			mark(used, a, b)
			st.emit(news.Mention{Span: spanOf(toks, a, b), Actor: id, How: "surname", Sentence: si})
			continue
		}
		if b-a == 1 && !lone {
			// One word alone is too often a place; take it only as the
			// surname of someone named before, or when NER calls it an
			// organisation ("Hamas").
			id, ok := st.fresh[key]
			if !ok {
				continue
			}
			mark(used, a, b)
			st.emit(news.Mention{Span: spanOf(toks, a, b), Actor: id, How: "surname", Sentence: si})
			continue
		}
		if act := st.expanded(toks, b); act != nil {
			// "The International Labor Office (ILO)": the name spelled
			// out before a known acronym is the acronym's actor. NER
			// may have cut the name short ("Collective Security |
			// Treaty Alliance"): the capitalised words before it are
			// the name's too.
			for a > 0 && !used[a-1] && startsUpper(toks[a-1].Text) && isWordy(toks[a-1:a]) && !(a-1 == firstWord(toks) && opener(toks[a-1])) {
				a--
			}
			mark(used, a, b)
			st.emit(news.Mention{Span: spanOf(toks, a, b), Actor: act.ID, Code: codeAt(act, st.date), How: "alias", Sentence: si})
			continue
		}
		id := news.ActorID(NewPrefix + key)
		span, code := st.titled(si, toks, used, a, b)
		if sp.lead > 0 && a == sp.a {
			span.Start = min(span.Start, toks[a-sp.lead].Span.Start)
			mark(used, a-sp.lead, a)
		}
		if st.fresh == nil {
			st.fresh = map[string]news.ActorID{}
		}
		if _, ok := st.fresh[last]; !ok {
			st.fresh[last] = id
		}
		mark(used, a, b)
		st.emit(news.Mention{Span: span, Actor: id, Code: code, How: "new", Sentence: si})
		st.remember(toks, a, b, id)
		if acr, ok := st.acronym(toks, used, b); ok {
			// "the Movement for Democratic Change (MDC)": the acronym
			// names the same new actor, here and later.
			st.fresh[kb.Key(toks[acr].Text)] = id
			mark(used, acr, acr+1)
			st.emit(news.Mention{Span: toks[acr].Span, Actor: id, Code: code, How: "alias", Sentence: si})
		}
	}
	st.lateSurnames(si, toks, used)
}

// acronym returns the index of an acronym the KB does not know in
// parentheses right after toks[b-1] ("(MDC)"), if there is one.
func (st *state) acronym(toks []nlp.Token, used []bool, b int) (int, bool) {
	if b+2 >= len(toks) || toks[b].Text != "(" || toks[b+2].Text != ")" || used[b+1] {
		return 0, false
	}
	w := toks[b+1].Text
	if len(w) < 2 || !isUpperWord(w) || !isWordy(toks[b+1:b+2]) || len(st.r.kb.Lookup(w)) > 0 {
		return 0, false
	}
	return b + 1, true
}

// expanded returns the one organisation or group the acronym in
// parentheses after toks[b-1] names ("(ILO)"), or nil.
func (st *state) expanded(toks []nlp.Token, b int) *news.Actor {
	if b+2 >= len(toks) || toks[b].Text != "(" || toks[b+2].Text != ")" || !isUpperWord(toks[b+1].Text) {
		return nil
	}
	var found *news.Actor
	for _, a := range st.r.kb.Lookup(toks[b+1].Text) {
		if a.Kind == "organisation" || a.Kind == "group" {
			if found != nil {
				return nil
			}
			found = a
		}
	}
	return found
}

// titled widens a new name at toks[a:b] over the title words before it
// and a country adjective before them ("Serbian Labour Minister Dragan
// Milovanovic"), which then codes the person: the country's government
// for a government title, the country alone otherwise.
func (st *state) titled(si int, toks []nlp.Token, used []bool, a, b int) (news.Span, string) {
	span := spanOf(toks, a, b)
	t := st.titleStart(toks, used, a)
	if t == a {
		return span, ""
	}
	span.Start = toks[t].Span.Start
	title := st.doc.Text[span.Start:toks[a].Span.Start]
	code := ""
	if t > 1 && toks[t-1].Text == "'s" && govTitle(title) {
		t-- // "Gondor's Prime Minister X": the possessive is the country's
	}
	if t > 0 {
		if i := st.adjacentCountry(si, toks[t-1].Span.End); i >= 0 {
			last := st.out[i]
			st.out = slices.Delete(st.out, i, i+1)
			span.Start = last.Span.Start
			code = mentionCountry(last) + st.titleSector(title)
			if st.titleSector(title) != "GOV" && t > 1 && formerWords[strings.ToLower(toks[t-2].Text)] {
				// "the former US Marine Paul Whelan": one who left a
				// service is no longer of it, only of the country.
				code = mentionCountry(last)
			}
		}
	}
	return span, code
}

func allUpper(toks []nlp.Token) bool {
	for _, t := range toks {
		if !startsUpper(t.Text) {
			return false
		}
	}
	return true
}

func entType(tag string) (string, bool) {
	if len(tag) < 3 || tag[1] != '-' {
		return "", false
	}
	return tag[2:], true
}

func anyUsed(used []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if used[i] {
			return true
		}
	}
	return false
}

func properNoun(t nlp.Token) bool {
	return (t.UPOS == "PROPN" || t.XPOS == "NNP") && startsUpper(t.Text)
}

var calendar = map[string]bool{}

func init() {
	for _, w := range strings.Fields("january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. monday tuesday wednesday thursday friday saturday sunday") {
		calendar[w] = true
	}
}

// Discovered returns the new actors among mentions (those Resolve gave a
// NewPrefix ID), one per ID in order of first mention, with a kind guessed
// from the name and a descriptor from the first appositive found: "X, a
// Minsk-based economist", "X, founder of the consulting firm Y", "political
// analyst X".
func (r *Resolver) Discovered(doc *nlp.Doc, mentions []news.Mention) []news.Actor {
	var out []news.Actor
	at := map[news.ActorID]int{}
	for _, m := range mentions {
		if !strings.HasPrefix(string(m.Actor), NewPrefix) {
			continue
		}
		i, ok := at[m.Actor]
		if !ok {
			i = len(out)
			at[m.Actor] = i
			out = append(out, news.Actor{ID: m.Actor, Name: r.nameOf(m), Kind: kindOf(doc, m)})
		}
		a := &out[i]
		if n := r.nameOf(m); len(n) > len(a.Name) {
			a.Name, a.Kind = n, kindOf(doc, m)
		}
		if a.Descriptor == "" && m.Sentence >= 0 && m.Sentence < len(doc.Sentences) {
			a.Descriptor = descriptor(doc, doc.Sentences[m.Sentence].Tokens, m.Span)
		}
	}
	return out
}

// notActor are last words of names that are events, places or documents, which NER
// may tag as organisations: "Independence Day", "Cold War".
var notActor = map[string]bool{}

// openers are function words that open Russian and Belarusian sentences
// capitalised, which NER may join to the name after them.
var openers = map[string]bool{}

func init() {
	// Documents are no actors either: "the Collective Security Treaty",
	// "the Minsk Protocol", "the Good Friday Agreement".
	for _, w := range strings.Fields(`day war square street avenue airport hall station region oblast river sea lake mountains island
		treaty agreement accord accords protocol convention charter declaration resolution`) {
		notActor[w] = true
	}
	for _, w := range strings.Fields("у в во на по для от из к с со о об при за под над после перед между как когда также однако одновременно согласно паводле таксама акрамя пасля") {
		openers[w] = true
	}
}

// opener reports whether a sentence's first word is a function word
// that no name starts with: a listed Russian or Belarusian one, or a
// conjunction, adverb, determiner, pronoun or preposition by its tag
// ("But", "Meanwhile", "The", "This").
func opener(t nlp.Token) bool {
	if openers[strings.ToLower(t.Text)] {
		return true
	}
	switch t.UPOS {
	case "CCONJ", "SCONJ", "ADV", "DET", "PRON", "ADP", "INTJ":
		return true
	}
	return false
}

// firstWord is the index of the sentence's first word, past punctuation.
func firstWord(toks []nlp.Token) int {
	for i := range toks {
		if isWordy(toks[i : i+1]) {
			return i
		}
	}
	return len(toks)
}

// adjacentCountry returns the index of the country mention of sentence si
// that ends at end, or -1.
func (st *state) adjacentCountry(si, end int) int {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		if st.out[i].Span.End == end && (isCountryMention(st.out[i]) || st.countryKind(st.out[i])) {
			return i
		}
	}
	return -1
}

// joiners may stand inside a name between capitalised words: "Party of
// God", "Ursula von der Leyen", "Hamad bin Khalifa".
var joiners = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "de": true, "du": true, "von": true,
	"van": true, "der": true, "den": true, "al": true, "bin": true, "la": true, "le": true,
}

// nameEnd cuts an entity span toks[a:b] at its first word that is neither
// capitalised nor a joiner before a capitalised word, since a tagger's span
// can run on into the sentence ("Mugabe abandon his").
func nameEnd(toks []nlp.Token, a, b int) int {
	for i := a; i < b; i++ {
		if startsUpper(toks[i].Text) {
			continue
		}
		if joiners[strings.ToLower(toks[i].Text)] && i > a && i+1 < b && startsUpper(toks[i+1].Text) {
			continue
		}
		return i
	}
	return b
}

// countryKind reports whether m names a country of the KB by its name,
// alias or adjective, whatever its ID: a KB read from other dictionaries
// (PETRARCH's) names its countries "ARNOR", not "ARN".
func (st *state) countryKind(m news.Mention) bool {
	if m.How != "adjective" && m.How != "name" && m.How != "alias" || len(m.Code) != 3 {
		return false
	}
	a, ok := st.r.kb.Actor(m.Actor)
	return ok && a.Kind == "country"
}

// mentionCountry is the country code of a country mention.
func mentionCountry(m news.Mention) string {
	if len(m.Actor) == 3 {
		return string(m.Actor)
	}
	return m.Code
}
