package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStemShape(t *testing.T) {
	tests := []struct {
		name, stem string
		want       byte
	}{
		{"one syllable ending consonant, vowel, consonant is m", "straf", 'm'},
		{"a u after q is a consonant", "quot", 'm'},
		{"a u after g is a consonant", "guid", 'm'},
		{"two syllables ending so is c", "visit", 'c'},
		{"a vowel pair before the consonant is v", "riot", 'v'},
		{"a final w never doubles", "vow", 'o'},
		{"a final x never doubles", "ax", 'o'},
		{"two final consonants are o", "bomb", 'o'},
		{"a final vowel is o", "veto", 'o'},
		{"a two-letter stem is o", "us", 'o'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stemShape(tt.stem); got != tt.want {
				t.Errorf("stemShape(%q) = %q, want %q", tt.stem, got, tt.want)
			}
		})
	}
}

// The verb model learns from the seen table alone, so a hand-made one
// shows what each key decides.
func TestVerbModel(t *testing.T) {
	seen := map[string]string{}
	for _, p := range [][3]string{
		{"hoped", "VBD", "hope"}, {"timed", "VBD", "time"}, {"dined", "VBN", "dine"},
		{"stopped", "VBD", "stop"}, {"planned", "VBD", "plan"},
		{"visited", "VBD", "visit"}, {"edited", "VBN", "edit"},
		{"tried", "VBD", "try"}, {"cried", "VBD", "cry"}, {"applied", "VBN", "apply"},
		{"raided", "VBD", "raid"}, {"shouted", "VBD", "shout"},
		{"called", "VBD", "call"}, {"filled", "VBN", "fill"}, {"controlled", "VBD", "control"},
		{"noting", "VBG", "note"}, {"making", "VBG", "make"}, {"hating", "VBG", "hate"},
		{"went", "VBD", "go"}, {"dogs", "NNS", "dog"},
	} {
		seen[p[0]+"\x00"+p[1]] = p[2]
	}
	v := newVerbModel(seen)
	tests := []struct {
		name, form, xpos, want string
	}{
		{"a one-syllable stem that did not double takes an e", "bribed", "VBD", "bribe"},
		{"a one-syllable stem that doubled is undone", "lobbed", "VBD", "lob"},
		{"a longer stem ending consonant, vowel, consonant stays", "limited", "VBN", "limit"},
		{"an -ied form is -y", "denied", "VBD", "deny"},
		{"a vowel pair keeps no e", "looted", "VBD", "loot"},
		{"a known verb wins over the counts", "shouting", "VBG", "shout"},
		{"a one-syllable gerund takes an e", "voting", "VBG", "vote"},
		{"an irregular base is a known verb", "sawed", "VBD", "saw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := v.lemma(tt.form, tt.xpos)
			if !ok || got != tt.want {
				t.Errorf("lemma(%q, %s) = %q, %v, want %q", tt.form, tt.xpos, got, ok, tt.want)
			}
		})
	}
	for _, w := range [][2]string{{"dogs", "NNS"}, {"red", "VBD"}, {"bring", "NN"}} {
		t.Run(w[0]+" as "+w[1]+" is no regular verb form", func(t *testing.T) {
			if got, ok := v.lemma(w[0], w[1]); ok {
				t.Errorf("lemma(%q, %s) = %q, want no answer", w[0], w[1], got)
			}
		})
	}
}

// TestVerbModelIgnoresMapOrder builds the shipped lemmatiser's verb model
// several times: Go ranges over a map in a new order each time, and the
// model once counted whichever of a stem's forms came first.
func TestVerbModelIgnoresMapOrder(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	want := newVerbModel(tg.lemmas.seen)
	for i := range 10 {
		got := newVerbModel(tg.lemmas.seen)
		if d := cmp.Diff(want.counts, got.counts); d != "" {
			t.Fatalf("build %d counts differ (-first +this):\n%s", i+2, d)
		}
	}
}

func TestIrregularTable(t *testing.T) {
	m, err := parseIrregular(irregularText)
	if err != nil {
		t.Fatal(err)
	}
	if len(irregularBases()) < 200 {
		t.Errorf("%d irregular verbs, want at least 200", len(irregularBases()))
	}
	tests := []struct{ form, want string }{
		{"shot", "shoot"}, {"froze", "freeze"}, {"frozen", "freeze"}, {"struck", "strike"},
		{"stricken", "strike"}, {"sought", "seek"}, {"lay", "lie"}, {"laid", "lay"},
		{"were", "be"}, {"born", "bear"}, {"withdrew", "withdraw"}, {"gotten", "get"},
	}
	for _, tt := range tests {
		t.Run(tt.form+" is "+tt.want, func(t *testing.T) {
			if got := m[tt.form].base; got != tt.want {
				t.Errorf("irregular[%q] = %q, want %q", tt.form, got, tt.want)
			}
		})
	}
	kinds := []struct {
		name       string
		form       string
		past, part bool
	}{
		{"froze is a past form only", "froze", true, false},
		{"frozen is a participle only", "frozen", false, true},
		{"sought is both", "sought", true, true},
		{"burned is both, as a variant", "burned", true, true},
	}
	for _, tt := range kinds {
		t.Run(tt.name, func(t *testing.T) {
			if f := m[tt.form]; f.past != tt.past || f.part != tt.part {
				t.Errorf("irregular[%q] past %v part %v, want %v %v", tt.form, f.past, f.part, tt.past, tt.part)
			}
		})
	}
	bad := []struct{ name, text string }{
		{"a line of two fields is an error", "go went\n"},
		{"an empty variant is an error", "go went/ gone\n"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseIrregular(tt.text); err == nil {
				t.Error("no error")
			}
		})
	}
}

// The tagger holds an irregular past form or participle training never
// saw to the verb tags it can have.
func TestTaggerUnseenIrregularForms(t *testing.T) {
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		words []string
		at    int
		want  string
	}{
		{"froze after a noun is a past tense", []string{"The", "lake", "froze", "overnight", "."}, 2, "VBD"},
		{"froze after a plural is a past tense", []string{"Talks", "froze", "after", "the", "attack"}, 1, "VBD"},
		{"a capitalised Froze is a past tense too", []string{"Assets", "FROZE", "."}, 1, "VBD"},
		{"frozen after have is a participle", []string{"They", "have", "frozen", "the", "assets", "."}, 2, "VBN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, xpos, lemmas := tg.TagWords(tt.words)
			if xpos[tt.at] != tt.want || lemmas[tt.at] != "freeze" {
				t.Errorf("%q tagged %s, lemma %q; want %s, freeze", tt.words[tt.at], xpos[tt.at], lemmas[tt.at], tt.want)
			}
		})
	}
}

func FuzzParseIrregular(f *testing.F) {
	f.Add(irregularText)
	f.Add("go went gone\nbe was/were been\n")
	f.Add("# comment\n\nlie lay lain\nlay laid laid\n")
	f.Add("go went/ gone")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := parseIrregular(text)
		if err != nil {
			return
		}
		for form, v := range m {
			if form == "" || v.base == "" || !v.past && !v.part {
				t.Errorf("form %q: %+v", form, v)
			}
		}
	})
}

// The verb model's answer must be one of its candidates, whatever the form.
func FuzzVerbModel(f *testing.F) {
	tg, err := DefaultTagger()
	if err != nil {
		f.Fatal(err)
	}
	v := newVerbModel(tg.Lemmatizer().seen)
	for _, s := range []string{"strafed", "lobbing", "tried", "ied", "eded", "ßed", "aaing"} {
		f.Add(s, "VBD")
		f.Add(s, "VBG")
	}
	f.Fuzz(func(t *testing.T, lf, xpos string) {
		got, ok := v.lemma(lf, xpos)
		if !ok {
			return
		}
		stem, end, _ := verbStem(lf, xpos)
		for c := range ninfl {
			if keep, add, ok := inflect(stem, end, c); ok && stem[:keep]+add == got {
				return
			}
		}
		t.Errorf("lemma(%q, %s) = %q, not an inflection of %q", lf, xpos, got, stem)
	})
}
