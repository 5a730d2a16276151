package nlp

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// annotate splits, tags and recognises text with the shipped models; it
// leaves the parser out so these tests depend on NER alone.
func annotate(t testing.TB, text string) *Doc {
	t.Helper()
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	n, err := DefaultNER()
	if err != nil {
		t.Fatal(err)
	}
	d := &Doc{Text: text, Sentences: Split(text)}
	for i := range d.Sentences {
		tg.Tag(&d.Sentences[i])
	}
	n.Tag(d.Sentences)
	return d
}

func entsOf(d *Doc) [][]string {
	var out [][]string
	for _, s := range d.Sentences {
		var tags []string
		for _, t := range s.Tokens {
			tags = append(tags, t.Ent)
		}
		out = append(out, tags)
	}
	return out
}

func TestNERNamesEntities(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // entities as "type:first-last token text"
	}{
		{
			"people and a place",
			"Alexander Lukashenko met Vladimir Putin in Minsk on Tuesday.",
			[]string{"PER:Alexander Lukashenko", "PER:Vladimir Putin", "LOC:Minsk"},
		},
		{
			"an organisation and a nationality",
			"The European Union imposed sanctions on Belarusian officials.",
			[]string{"ORG:European Union", "MISC:Belarusian"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			var got []string
			for _, s := range d.Sentences {
				var tags []string
				for _, tok := range s.Tokens {
					tags = append(tags, tok.Ent)
				}
				for _, e := range Entities(tags) {
					got = append(got, e.Type+":"+tt.text[s.Tokens[e.Start].Span.Start:s.Tokens[e.End-1].Span.End])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGazetteerMatchesLongestCapitalisedName(t *testing.T) {
	g := NewGazetteer([]GazetteerEntry{
		{"New York", "city"},
		{"New York Times", "paper"},
		{"York", "city"},
		{"Anna", "person"},
	})
	tests := []struct {
		name  string
		words []string
		want  []string // per token: class:position of each mark
	}{
		{"the longest name wins over its prefix", []string{"the", "New", "York", "Times"},
			[]string{"", "paper:B", "paper:I", "paper:L"}},
		{"a one-token name is a unit", []string{"Anna", "left"}, []string{"person:U", ""}},
		{"matching ignores case after a capital", []string{"NEW", "YORK"}, []string{"city:B", "city:L"}},
		{"a lower-case start does not match", []string{"anna", "left"}, []string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newNERScratch()
			sent := Sentence{}
			for _, w := range tt.words {
				sent.Tokens = append(sent.Tokens, Token{Text: w})
			}
			s.describe([]Sentence{sent}, g, nil, nil, nil)
			var got []string
			for _, w := range s.words {
				mark := ""
				for c, class := range g.classes {
					for k, pos := range []string{"B", "I", "L", "U"} {
						if w.gaz&(1<<(c*4+k)) != 0 {
							mark += class + ":" + pos
						}
					}
				}
				got = append(got, mark)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("marks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNERAllowsOnlyWellFormedBILOU(t *testing.T) {
	n := newNER([]string{"PER", "LOC"}, nil, nil)
	bPER, iPER, lPER, uPER, bLOC := 1, 2, 3, 4, 5
	tests := []struct {
		name       string
		prev, c    int
		last, want bool
	}{
		{"an entity may start after O", 0, bPER, false, true},
		{"an entity may not start on the last token", 0, bPER, true, false},
		{"a unit may end a sentence", -1, uPER, true, true},
		{"inside continues its own type", bPER, iPER, false, true},
		{"inside may not switch type", bPER, bLOC + 1, false, false},
		{"an open entity must close before O", iPER, 0, false, false},
		{"an open entity closes with last", iPER, lPER, true, true},
		{"inside may not follow O", 0, iPER, false, false},
		{"a new entity may follow a closed one", lPER, bLOC, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := n.allowed(tt.prev, tt.c, tt.last); got != tt.want {
				t.Errorf("allowed(%d, %d, %v) = %v, want %v", tt.prev, tt.c, tt.last, got, tt.want)
			}
		})
	}
}

func TestNERSaveLoadRoundTrip(t *testing.T) {
	n, err := DefaultNER()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := n.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := LoadNER(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	text := "Prime Minister Tony Blair flew to Washington on Monday to meet executives of General Motors and the IMF."
	tag := func(r *NER) [][]string {
		d := &Doc{Text: text, Sentences: Split(text)}
		for i := range d.Sentences {
			tg.Tag(&d.Sentences[i])
		}
		r.Tag(d.Sentences)
		return entsOf(d)
	}
	if diff := cmp.Diff(tag(n), tag(m)); diff != "" {
		t.Errorf("reloaded model tags differently (-shipped +reloaded):\n%s", diff)
	}
}

func TestLoadNERRejectsOtherFiles(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"not gzip", []byte("hello")},
		{"the tagger's model", taggerModel},
		{"a truncated model", nerModel[:len(nerModel)/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LoadNER(bytes.NewReader(tt.in)); !errors.Is(err, news.ErrInvalid) {
				t.Errorf("err = %v, want news.ErrInvalid", err)
			}
		})
	}
}

// FuzzNER checks that any text gets one well-formed BIO tag per token.
func FuzzNER(f *testing.F) {
	f.Add("Alexander Lukashenko met Vladimir Putin in Minsk.")
	f.Add("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .")
	f.Add("New York New York New\nYork")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		d := annotate(t, text)
		for _, tags := range entsOf(d) {
			for _, tag := range tags {
				if tag != "O" && !validIOB(tag) {
					t.Fatalf("tag %q in %v", tag, tags)
				}
			}
			if !validBIO(tags) {
				t.Fatalf("tags are not BIO: %v", tags)
			}
		}
	})
}

// BenchmarkNER measures recognition alone on the testdata articles, already
// split and tagged.
func BenchmarkNER(b *testing.B) {
	n, err := DefaultNER()
	if err != nil {
		b.Fatal(err)
	}
	tg, err := DefaultTagger()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]Sentence
	ntok := 0
	for _, text := range articles(b) {
		sents := Split(text)
		for i := range sents {
			tg.Tag(&sents[i])
			ntok += len(sents[i].Tokens)
		}
		docs = append(docs, sents)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			n.Tag(d)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestNERMarksCapitalisedRuns(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		// want is, per word, the words before and after its run ("" none).
		want [][2]string
	}{
		{
			"a run inside a sentence",
			[]string{"Shares", "of", "Acme", "Widget", "Holdings", "rose"},
			[][2]string{{}, {}, {"of", "rose"}, {"of", "rose"}, {"of", "rose"}, {}},
		},
		{
			"one capitalised word is no run",
			[]string{"Shares", "of", "Acme", "rose"},
			[][2]string{{}, {}, {}, {}},
		},
		{
			"a dateline's run starts the sentence",
			[]string{"SANTA", "CRUZ", "2019-05-12"},
			[][2]string{{"<s>", "2019-05-12"}, {"<s>", "2019-05-12"}, {}},
		},
		{
			"a headline has no runs",
			[]string{"ACME", "WIDGET", "BUYS", "RIVAL"},
			[][2]string{{}, {}, {}, {}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := describedWords(tt.words)
			hash := func(w string) uint64 {
				switch w {
				case "":
					return 0
				case "<s>":
					return nerPadStart.lower | 1
				}
				return hashString(strings.ToLower(w)) | 1
			}
			for i, w := range s.words {
				if w.runPrev != hash(tt.want[i][0]) || w.runNext != hash(tt.want[i][1]) {
					t.Errorf("%s: run neighbours %x %x, want those of %q", tt.words[i], w.runPrev, w.runNext, tt.want[i])
				}
			}
		})
	}
}

// describedWords is a scratch describing one sentence of words, with no
// tags, gazetteer or clusters.
func describedWords(words []string) *nerScratch {
	s := newNERScratch()
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i].Text = w
	}
	s.describe([]Sentence{{Tokens: toks}}, nil, nil, nil, nil)
	return s
}
