package nlp

import (
	"context"
	"strings"
	"testing"
)

// tinyBank is a hand-made treebank: enough for rules, small enough to reason
// about.
const tinyBank = `1	The	the	DET	DT	_	2	det	_	_
2	dogs	dog	NOUN	NNS	_	3	nsubj	_	_
3	went	go	VERB	VBD	_	0	root	_	_
4	to	to	ADP	IN	_	5	case	_	_
5	Paris	Paris	PROPN	NNP	_	3	obl	_	_

1	Cats	cat	NOUN	NNS	_	2	nsubj	_	_
2	chased	chase	VERB	VBD	_	0	root	_	_
3	foxes	fox	NOUN	NNS	_	2	obj	_	_
4	and	and	CCONJ	CC	_	5	cc	_	_
5	boxes	box	NOUN	NNS	_	3	conj	_	_

1	Americans	American	PROPN	NNPS	_	2	nsubj	_	_
2	liked	like	VERB	VBD	_	0	root	_	_
3	Canadians	Canadian	PROPN	NNPS	_	2	obj	_	_
4	and	and	CCONJ	CC	_	5	cc	_	_
5	rats	rat	NOUN	NNS	_	3	conj	_	_
6	walked	walk	VERB	VBD	_	2	conj	_	_

1	They	they	PRON	PRP	_	2	nsubj	_	_
2	played	play	VERB	VBD	_	0	root	_	_
3	and	and	CCONJ	CC	_	4	cc	_	_
4	opened	open	VERB	VBD	_	2	conj	_	_
`

func TestLemmatizerLearnsFromATreebank(t *testing.T) {
	sents, err := ReadConllu(context.Background(), strings.NewReader(tinyBank))
	if err != nil {
		t.Fatal(err)
	}
	l := trainLemmatizer(sents)
	tests := []struct {
		name, form, upos, xpos, want string
	}{
		{"a seen irregular verb keeps its seen lemma", "went", "VERB", "VBD", "go"},
		{"a seen word found by its lowercase loses the capital", "Dogs", "NOUN", "NNS", "dog"},
		{"an unseen plural loses its s", "birds", "NOUN", "NNS", "bird"},
		{"an unseen past tense loses its ed", "jumped", "VERB", "VBD", "jump"},
		{"an unseen plural proper noun keeps its capital", "Belarusians", "PROPN", "NNPS", "Belarusian"},
		{"a seen proper noun is itself", "Paris", "PROPN", "NNP", "Paris"},
		{"an unseen sentence-initial determiner is lowercased", "THE", "DET", "DT", "the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := l.Lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
				t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tt.form, tt.upos, tt.xpos, got, tt.want)
			}
		})
	}
}

// The shipped model follows the EWT conventions: comparatives lemmatise to
// their positive (better → good as an adjective, well as an adverb), and
// proper nouns keep their capitals.
func TestShippedLemmatizer(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, form, upos, xpos, want string
	}{
		{"went is go", "went", "VERB", "VBD", "go"},
		{"children is child", "children", "NOUN", "NNS", "child"},
		{"Belarusians is Belarusian", "Belarusians", "PROPN", "NNPS", "Belarusian"},
		{"was is be", "was", "AUX", "VBD", "be"},
		{"the adjective better is good", "better", "ADJ", "JJR", "good"},
		{"the adverb better is well", "better", "ADV", "RBR", "well"},
		{"an unseen plural noun loses its s", "zorbings", "NOUN", "NNS", "zorbing"},
		{"a sentence-initial noun is lowercased", "Ministers", "NOUN", "NNS", "minister"},
		{"a web address keeps its capitals", "http://example.org/Belarus/News", "X", "ADD", "http://example.org/Belarus/News"},
		{"a shouted unseen name is capitalised once", "VOLKOVSKY", "PROPN", "NNP", "Volkovsky"},
		{"an unseen name is not cut to a stub", "Vietam", "PROPN", "NNP", "Vietam"},
		{"an unseen past tense after a vowel pair keeps no e", "rioted", "VERB", "VBD", "riot"},
		{"an unseen participle after a vowel pair keeps no e", "looted", "VERB", "VBN", "loot"},
		{"an unseen gerund after a vowel pair keeps no e", "rioting", "VERB", "VBG", "riot"},
		{"a vowel pair before z keeps its e", "sneezed", "VERB", "VBD", "sneeze"},
		{"a seen e verb after one vowel keeps its e", "noted", "VERB", "VBD", "note"},
		{"a u after q is a consonant, so quoted keeps its e", "quoted", "VERB", "VBD", "quote"},
		{"an unseen verb without a vowel pair follows the rules", "edited", "VERB", "VBD", "edit"},
		{"shot is shoot's past, not a sound change from got", "shot", "VERB", "VBD", "shoot"},
		{"froze is freeze's past", "froze", "VERB", "VBD", "freeze"},
		{"frozen is freeze's participle", "frozen", "VERB", "VBN", "freeze"},
		{"struck is strike's past", "struck", "VERB", "VBD", "strike"},
		{"sought is seek's participle", "sought", "VERB", "VBN", "seek"},
		{"fled is flee's past", "fled", "VERB", "VBD", "flee"},
		{"fought tagged as a base is still fight", "fought", "VERB", "VB", "fight"},
		{"found tagged as a base is the verb found", "found", "VERB", "VB", "found"},
		{"a capitalised irregular past is lowercased", "Fled", "VERB", "VBD", "flee"},
		{"a one-syllable stem that did not double keeps its e", "strafed", "VERB", "VBD", "strafe"},
		{"a one-syllable gerund that did not double keeps its e", "strafing", "VERB", "VBG", "strafe"},
		{"bribed is bribe, not bri", "bribed", "VERB", "VBD", "bribe"},
		{"probed is probe, not pro", "probed", "VERB", "VBN", "probe"},
		{"timed is time", "timed", "VERB", "VBN", "time"},
		{"a doubled consonant is undone", "lobbed", "VERB", "VBD", "lob"},
		{"hopping is hop", "hopping", "VERB", "VBG", "hop"},
		{"hoping is hope", "hoping", "VERB", "VBG", "hope"},
		{"a known verb in double l keeps it", "shelled", "VERB", "VBD", "shell"},
		{"a vowel pair before d keeps no e", "raided", "VERB", "VBN", "raid"},
		{"a longer stem ending in -et follows its ending", "targeted", "VERB", "VBD", "target"},
		{"a known e verb ending in -et keeps its e", "competed", "VERB", "VBD", "compete"},
		{"an -ied past is -y", "levied", "VERB", "VBD", "levy"},
		{"an -ied past is -y, not a name's lemma", "levied", "VERB", "VBN", "levy"},
		{"an unseen -ing form before a known verb is that verb", "recycling", "VERB", "VBG", "recycle"},
		{"a gerund of an e verb whose e stays is that verb", "freeing", "VERB", "VBG", "free"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tg.Lemmatizer().Lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
				t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tt.form, tt.upos, tt.xpos, got, tt.want)
			}
		})
	}
}

func BenchmarkLemma(b *testing.B) {
	tg, err := DefaultTagger()
	if err != nil {
		b.Fatal(err)
	}
	l := tg.Lemmatizer()
	words := [][3]string{{"went", "VERB", "VBD"}, {"Belarusians", "PROPN", "NNPS"}, {"zorbings", "NOUN", "NNS"}, {"the", "DET", "DT"}, {"strafed", "VERB", "VBD"}, {"froze", "VERB", "VBD"}}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			l.Lemma(w[0], w[1], w[2])
		}
	}
}
