package quotes

import (
	"strings"

	"github.com/entente-news/entente/internal/nlp"
)

// speechLemmas are the verbs that introduce reported speech, by lemma.
var speechLemmas = set(`say tell add warn stress announce accuse claim insist
	note state explain argue suggest confirm deny reply respond answer ask
	declare report write tweet post admit acknowledge promise pledge vow
	threaten urge predict estimate complain comment assert emphasise emphasize
	reiterate repeat recall believe told mention indicate allege
	maintain observe point remark underline
	think expect fear hope doubt concede disclose reveal caution contend
	testify rule advise assure reassure
	quip joke boast lament retort counter exclaim whisper mutter scream yell recount
	beg plead implore`)

// voicingVerbs with one of the cueNouns report like a speech verb:
// "voiced concerns that", "expressed the hope that".
var voicingVerbs = set(`voice express raise share`)

var cueNouns = set(`concern concerns fear fears worry worries doubt doubts hope
	hopes belief view opinion suspicion suspicions confidence frustration
	optimism`)

// directOnly cue a direct, usually partial, quote but are not indirect
// speech on their own: he called the vote "a farce", dismissed the
// hearings as a "disgrace", hailed the deal as "historic".
// Chanting and shouting carry words, never a "that" clause: teachers
// chanted "Fund our schools".
var directOnly = set(`call dub term brand label describe characterize characterise chant shout
	dismiss slam hail denounce decry blast`)

// stems of Russian and Belarusian speech verbs; any inflection matches.
var ruStems = []string{"заяви", "сказа", "сообщи", "отмети", "подчеркну",
	"добави", "пояснил", "признал", "написал", "уточни", "предупреди",
	"назвал", "ответил", "заявіў", "заявіл", "сказаў", "сказал", "адказа",
	"паведамі", "адзначы", "назва", "дадаў", "напісаў", "прызна",
	// telling, believing and promising report too, as in PARC: "рассказал
	// наш источник", "считает политолог".
	"рассказа", "расказа", "сообща", "говори", "гаворы", "кажа", "счита",
	"лічы", "пообеща", "абяца", "заверя", "запэўні", "объясни", "растлумачы",
	"падкрэслі",
	// Ukrainian: повідомив, наголосив, зазначив, підкреслив, додав,
	// відповів, розповів, пояснив, написав, визнав, попередив, вважає.
	"повідоми", "наголоси", "зазначи", "підкресли", "додав", "відповіл",
	"відповів", "розповіл", "розповів", "поясни", "написав", "визнав",
	"попереди", "вважа"}

// sourceCues are two-word cues whose source follows them: "according to
// X, ...", as in Russian, Ukrainian and Belarusian ("по данным МВД").
var sourceCues = set2(`according to|по словам|по данным|по мнению|по информации|по сведениям|по оценке|по оценкам|за словами|за даними|за інформацією|па словах|па дадзеных|па звестках`)

// asCue opens "как сообщил X, ..." and "як паведаміў X, ...": the words
// after the speaker's comma are what X said.
var asCue = set(`как як`)

// cyrillicPreps are prepositions the tagger, trained on English, may not
// tag as ADP: the speaker of "пенсіянерка з Віцебска" is the pensioner.
var cyrillicPreps = set(`из из-за в во на с со у от для при о об по к ко з са
	ад ў для пры аб па да`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// set2 makes a set of the phrases between bars.
func set2(phrases string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(phrases, "|") {
		m[p] = true
	}
	return m
}

// ruCue reports whether w is a Russian or Belarusian speech verb in any
// person, gender or tense, by its stem.
func ruCue(w string) bool {
	return nlp.HasStem(w, ruStems)
}

// pronouns that can stand for a speaker, with whether they name a person.
var pronouns = map[string]bool{
	"he": true, "she": true, "him": true, "her": true,
	"it": false, "they": false, "we": false,
	"он": true, "она": true, "ён": true, "яна": true, "він": true, "вона": true,
}

// addressees follow "told" before the reported clause: told reporters that.
var addressees = set(`reporters journalists me us them him her parliament
	lawmakers delegates workers supporters students voters listeners viewers
	television radio`)

// isCue reports whether toks[k] introduces speech; direct also accepts
// verbs that only introduce quoted words ("called it").
func (f *finder) isCue(k int, direct bool) bool {
	t := f.toks[k]
	w := strings.ToLower(t.Text)
	if ruCue(w) {
		return true
	}
	if f.according(k) {
		return true
	}
	if f.nounParticiple(k) || f.nounPresent(k) || f.withParticiple(k) || f.claim(k) {
		return true
	}
	if !strings.HasPrefix(t.XPOS, "VB") && t.UPOS != "VERB" {
		return false
	}
	l := strings.ToLower(t.Lemma)
	return speechLemmas[l] || speechLemmas[w] || direct && directOnly[l] || f.voicing(k)
}

// nounParticiple reports a speech verb's participle that the tagger read
// as a noun, between a comma and "that": ", warning that children would".
func (f *finder) nounParticiple(k int) bool {
	t := f.toks[k]
	if t.UPOS != "NOUN" || k == 0 || k+1 >= len(f.toks) || f.toks[k-1].Text != "," || !strings.EqualFold(f.toks[k+1].Text, "that") {
		return false
	}
	stem, ok := strings.CutSuffix(strings.ToLower(t.Text), "ing")
	return ok && (speechLemmas[stem] || speechLemmas[stem+"e"])
}

// withParticiple reports a speech verb's participle that the tagger read
// as a noun after "with" and its subject, a name or a description: "with
// Foreign Minister Ayman Safadi warning of “dangerous consequences”",
// the writer's way of adding one more speaker.
func (f *finder) withParticiple(k int) bool {
	t := f.toks[k]
	if t.UPOS != "NOUN" || k < 2 || f.toks[k-1].UPOS == "DET" {
		return false // "with a warning of floods"
	}
	stem, ok := strings.CutSuffix(strings.ToLower(t.Text), "ing")
	if !ok || !speechLemmas[stem] && !speechLemmas[stem+"e"] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-7 && f.toks[j].sent == t.sent; j-- {
		u := f.toks[j]
		if strings.EqualFold(u.Text, "with") {
			return j < k-1
		}
		if u.UPOS != "PROPN" && u.UPOS != "NOUN" && u.UPOS != "ADJ" && u.UPOS != "DET" && u.Text != "'s" {
			return false
		}
	}
	return false
}

// nounPresent reports a speech verb's present tense that the tagger read
// as a plural noun ("Kowalska warns that", "the ministry claims the
// vote"): after a name, a pronoun or a singular noun, before "that" or a
// clause with a finite verb. After a plural noun or a possessive it is a
// noun ("officials' claims that").
func (f *finder) nounPresent(k int) bool {
	t := f.toks[k]
	if t.XPOS != "NNS" || k == 0 || k+2 >= len(f.toks) || f.toks[k-1].sent != t.sent || f.toks[k+1].sent != t.sent {
		return false
	}
	w := strings.ToLower(t.Text)
	stem, ok := strings.CutSuffix(w, "s")
	if y, ies := strings.CutSuffix(w, "ies"); ies {
		stem = y + "y" // denies, replies
	}
	if !ok || !speechLemmas[stem] && !speechLemmas[strings.TrimSuffix(stem, "e")] {
		return false
	}
	p := f.toks[k-1]
	n := f.toks[k+1]
	if p.Text == "," && strings.EqualFold(n.Text, "that") && k >= 2 && nounish(f.toks[k-2]) {
		// "Dick Clark Productions, the company that runs the AMAs,
		// denies that": the verb after an apposition's comma.
		return true
	}
	if p.Text == "," && f.nameEnds(k+1) && f.finiteBefore(k) {
		// "The flights were cancelled, reports Belavia.": inverted after
		// the clause, before a name that ends the sentence.
		return true
	}
	if _, pron := pronouns[strings.ToLower(p.Text)]; !pron && p.XPOS != "NNP" && p.XPOS != "NN" {
		return false
	}
	if strings.EqualFold(n.Text, "that") {
		return true
	}
	end := k + 1
	for end+1 < len(f.toks) && f.toks[end+1].sent == t.sent {
		end++
	}
	return startsClause(n) && n.UPOS != "NUM" && f.finiteSoon(k+2, end)
}

// nameEnds reports a run of one to three capitalised proper nouns from
// toks[i] that ends its sentence.
func (f *finder) nameEnds(i int) bool {
	e := i
	for e < len(f.toks) && e < i+3 && f.toks[e].UPOS == "PROPN" && capitalised(f.toks[e].Text) {
		e++
	}
	return e > i && e < len(f.toks) && isTerminal(f.toks[e].Text)
}

// finiteBefore reports a finite verb in the sentence of toks[k] before it.
func (f *finder) finiteBefore(k int) bool {
	for i := f.first[f.toks[k].sent]; i < k; i++ {
		switch f.toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// voicing reports a verb that voices a cue noun: "voiced concerns that",
// "expressed the hope that", "raised fears that". It reports, as the
// noun's verb would (objectCue: only with "that").
func (f *finder) voicing(k int) bool {
	if !voicingVerbs[f.toks[k].Lemma] {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+3; j++ {
		t := f.toks[j]
		if cueNouns[strings.ToLower(t.Lemma)] || cueNouns[strings.ToLower(t.Text)] {
			return true
		}
		if t.UPOS != "DET" && t.UPOS != "ADJ" {
			return false
		}
	}
	return false
}

// according reports a cue that names its source after it: "according
// to X", "по словам X", "по данным X", "за словами X", and American
// copy's "per X" set off by a comma or opening the sentence.
func (f *finder) according(k int) bool {
	if k+1 >= len(f.toks) {
		return false
	}
	switch w := f.toks[k].Text; w {
	case "according", "According", "по", "По", "за", "За", "па", "Па":
		return sourceCues[strings.ToLower(w)+" "+strings.ToLower(f.toks[k+1].Text)]
	case "per", "Per":
		return f.perSource(k)
	}
	return false
}

// perUnits follow a "per" that divides, not one that names a source:
// "5 percent per year", "per capita", "per se".
var perUnits = set(`cent capita se annum diem year month week day hour minute
	second head person household unit share barrel gallon litre liter mile
	kilometre kilometer ton tonne kilogram pound acre game`)

// perSource reports "per" naming a source ("Yersinia pestis, per the WHO,
// is found in fleas"; "Per the agreement, ..."): after a comma or opening
// the sentence, before a noun phrase that runs to a comma or the end of
// the sentence. "Three doses per child" divides and is no cue.
func (f *finder) perSource(k int) bool {
	s := f.toks[k].sent
	if k > 0 && f.toks[k-1].sent == s && f.toks[k-1].Text != "," {
		return false
	}
	first := true
	for j := k + 1; j < len(f.toks) && f.toks[j].sent == s; j++ {
		t := f.toks[j]
		if t.Text == "," || t.UPOS == "PUNCT" && j > k+1 {
			return !first
		}
		if first && (perUnits[strings.ToLower(t.Text)] || t.UPOS != "DET" && !nounish(t) && t.UPOS != "ADJ") {
			return false
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false
		}
		first = false
	}
	return !first
}

// sourceAt is the first word of the source that source cue toks[k] names:
// after "according to", after "per".
func (f *finder) sourceAt(k int) int {
	if strings.EqualFold(f.toks[k].Text, "per") {
		return k + 1
	}
	return k + 2
}

// cueText is the cue as written: "said", "according to", "по словам".
func (f *finder) cueText(k int) string {
	if f.according(k) {
		return f.text[f.toks[k].Span.Start:f.toks[f.sourceAt(k)-1].Span.End]
	}
	return f.text[f.toks[k].Span.Start:f.toks[k].Span.End]
}
