package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// This file mends the name spans NER cuts short or runs together, so a
// new actor's name is the name a reader sees: the tagger's spans on news
// text often swallow an employer and title ("InfoNation President Dan"),
// stop a word early ("Dick Clark" of "Dick Clark Productions") or start
// past a body's head noun ("Disease Control and Prevention").

// splitTitled returns where the person's name starts in a span
// toks[a:b] that holds a capitalised name, title words, then the name
// ("Veltrona President Marcus Halloway"): the person's name never
// includes who employs them. It returns a when the span is no such run.
func splitTitled(toks []nlp.Token, a, b int) int {
	for k := b - 2; k > a; k-- {
		if !isRoleWord(toks[k]) {
			if !properNoun(toks[k]) {
				return a
			}
			continue
		}
		j := k
		for j > a && isRoleWord(toks[j-1]) {
			j--
		}
		if j == a {
			return a
		}
		for i := a; i < j; i++ {
			if !startsUpper(toks[i].Text) || isRoleWord(toks[i]) {
				return a
			}
		}
		return k + 1
	}
	return a
}

// titledName reports whether toks[a:b] is a title followed by proper
// nouns that are no body's name: a person's title and name, whatever NER
// called the span.
func titledName(toks []nlp.Token, a, b int) bool {
	p := a
	for p < b && isRoleWord(toks[p]) {
		p++
	}
	if p == a || p == b {
		return false
	}
	if _, body := bodyHead(toks, p, b); body {
		return false
	}
	for i := p; i < b; i++ {
		if !properNoun(toks[i]) || isRoleWord(toks[i]) || orgWords[strings.ToLower(toks[i].Text)] {
			return false
		}
	}
	return true
}

// surnameEnd extends a person's name ending at toks[b-1] over the
// capitalised words right after it that start no entity of their own:
// NER often drops a surname it has not seen ("Taylor Swift" tagged
// "Taylor"), and a name never stops before its surname.
func surnameEnd(toks []nlp.Token, used []bool, b int) int {
	for b < len(toks) && !used[b] && properNoun(toks[b]) && toks[b].UPOS == "PROPN" &&
		!strings.HasPrefix(toks[b].Ent, "B-") && !isTitleWord(toks[b].Text) &&
		!calendar[strings.ToLower(toks[b].Text)] && isWordy(toks[b:b+1]) {
		b++
	}
	return b
}

// surnameKey is the key of the surname of the name toks[a:b], its last
// word before a generational suffix ("Carlineo" of "Patrick Carlineo
// Jr."), which later mentions use alone.
func surnameKey(toks []nlp.Token, a, b int) string {
	for b-a > 1 && suffixes[strings.ToLower(strings.TrimSuffix(toks[b-1].Text, "."))] {
		b--
	}
	return kb.Key(toks[b-1].Text)
}

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// bodyStart returns where an organisation's name starts when NER began
// it after the body's head noun and a for or of ("Center for | Disease
// Control and Prevention"): at the head noun, or s when the words before
// s are no such head.
func bodyStart(toks []nlp.Token, used []bool, s int) int {
	j := s
	for j > 0 && !used[j-1] && (startsUpper(toks[j-1].Text) && isWordy(toks[j-1:j]) || inner[toks[j-1].Text]) {
		j--
	}
	for h := j; h+1 < s; h++ {
		if !startsUpper(toks[h].Text) || (toks[h+1].Text != "for" && toks[h+1].Text != "of") {
			continue
		}
		if _, ok := bodyHead(toks, h, h+1); ok {
			return h
		}
	}
	return s
}

// inner are the lower-case words a body's name holds between its head
// noun and the capitalised words of its field.
var inner = map[string]bool{"for": true, "of": true, "and": true, "the": true}

// A knownName is a new actor's name as the article first gave it, which
// later mentions repeat word for word.
type knownName struct {
	words []string
	id    news.ActorID
}

// remember records the new name toks[a:b] for repeats.
func (st *state) remember(toks []nlp.Token, a, b int, id news.ActorID) {
	if b-a < 2 {
		return // one word is a surname, which fresh already holds
	}
	words := make([]string, b-a)
	for i := a; i < b; i++ {
		words[i-a] = toks[i].Text
	}
	if st.known == nil {
		st.known = map[string][]knownName{}
	}
	for _, k := range st.known[words[0]] {
		if k.id == id && len(k.words) == len(words) {
			return
		}
	}
	st.known[words[0]] = append(st.known[words[0]], knownName{words: words, id: id})
}

// repeats finds again the names discover linked earlier in the article,
// wherever they recur and whatever NER makes of them there ("Then, last
// week, Taylor Swift posted" with Swift untagged): a name once linked is
// the same actor at every later occurrence.
func (st *state) repeats(si int, toks []nlp.Token, used []bool) {
	if len(st.known) == 0 {
		return
	}
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		for _, k := range st.known[toks[i].Text] {
			b := i + len(k.words)
			if b > len(toks) || anyUsed(used, i, b) || !sameWords(toks[i:b], k.words) {
				continue
			}
			// Part of a longer name ("Taylor Swift Foundation") is not
			// the name.
			if properNeighbour(toks, used, i-1) || properNeighbour(toks, used, b) || capitalNext(toks, used, b) {
				continue
			}
			span, code := st.titled(si, toks, used, i, b)
			mark(used, i, b)
			st.emit(news.Mention{Span: span, Actor: k.id, Code: code, How: "new", Sentence: si})
			i = b - 1
			break
		}
	}
}

func sameWords(toks []nlp.Token, words []string) bool {
	for i, w := range words {
		if toks[i].Text != w {
			return false
		}
	}
	return true
}

// nameIn is the name a new actor's mention holds, without the title,
// employer or country adjective before it that the mention takes too
// ("InfoNation President Dan McDowell" → "Dan McDowell"): the words
// whose key is the ID's, or the whole text when none are.
func nameIn(m news.Mention) string {
	key := strings.TrimPrefix(string(m.Actor), NewPrefix)
	for i := 0; i < len(m.Text); i++ {
		if (i == 0 || m.Text[i-1] == ' ') && kb.Key(m.Text[i:]) == key {
			return m.Text[i:]
		}
	}
	return m.Text
}
