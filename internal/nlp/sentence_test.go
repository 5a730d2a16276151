package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tokenize"
)

// A goldenSentence is a sentence as the golden files hold it.
type goldenSentence struct {
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   string   `json:"text"`
	Tokens []string `json:"tokens"`
}

func TestSplitGolden(t *testing.T) {
	for in, golden := range inputs(t, "sent") {
		t.Run("sentences of "+filepath.Base(in)+" match the golden file", func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			sents := Split(text)
			checkSentences(t, text, sents)
			got := make([]goldenSentence, len(sents))
			for i, s := range sents {
				got[i] = goldenSentence{s.Span.Start, s.Span.End, text[s.Span.Start:s.Span.End], nil}
				for _, tok := range s.Tokens {
					got[i].Tokens = append(got[i].Tokens, tok.Text)
				}
			}
			checkGolden(t, golden, got)
		})
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a period, a question mark and an exclamation mark end sentences",
			"It rained. Did it? Yes! Then it stopped.",
			[]string{"It rained.", "Did it?", "Yes!", "Then it stopped."}},
		{"titles and initials do not end sentences",
			"Mr. Smith met Gen. Khrenin and A. G. Lukashenko. They talked.",
			[]string{"Mr. Smith met Gen. Khrenin and A. G. Lukashenko.", "They talked."}},
		{"an abbreviation ends a sentence before a sentence starter",
			"He lives in the U.S. The U.S. Senate agreed. He joined Apple Inc. It grew.",
			[]string{"He lives in the U.S.", "The U.S. Senate agreed.", "He joined Apple Inc.", "It grew."}},
		{"a numbered abbreviation does not end a sentence",
			"He lives at No. 5 Main St. in Minsk.",
			[]string{"He lives at No. 5 Main St. in Minsk."}},
		{"a closing quote after the period belongs to the sentence",
			`He said: "We will not." Then he left.`,
			[]string{`He said: "We will not."`, "Then he left."}},
		{"a closing bracket after the period belongs to the sentence",
			"(The EU agreed.) Nobody else did.",
			[]string{"(The EU agreed.)", "Nobody else did."}},
		{"a quoted question followed by a lower-case verb continues",
			`"Why?" he asked. "Because."`,
			[]string{`"Why?" he asked.`, `"Because."`}},
		{"lower case after a period usually continues the sentence",
			"It costs approx. five roubles.",
			[]string{"It costs approx. five roubles."}},
		{"a blank line always ends a sentence",
			"Belarus Votes\n\nThe polls opened at 8 a.m.",
			[]string{"Belarus Votes", "The polls opened at 8 a.m."}},
		{"a headline ends at its newline",
			"Lukashenko Meets Putin in Sochi\nThe two leaders met on Friday.",
			[]string{"Lukashenko Meets Putin in Sochi", "The two leaders met on Friday."}},
		{"list items end at their newlines",
			"Demands:\n- new elections\n- release of prisoners\n1. First\n2. Second",
			[]string{"Demands:", "- new elections", "- release of prisoners", "1. First", "2. Second"}},
		{"a hard-wrapped line does not end a sentence",
			"The opposition said on Monday that it would not recognise the result\nand called for new elections under international observation, as the\nOSCE had recommended.",
			[]string{"The opposition said on Monday that it would not recognise the result\nand called for new elections under international observation, as the\nOSCE had recommended."}},
		{"an ellipsis before a capital ends a sentence, before lower case not",
			"We waited... and waited... Nothing happened.",
			[]string{"We waited... and waited...", "Nothing happened."}},
		{"Cyrillic sentences split the same way",
			"Лукашенко заявил о победе. Оппозиция не согласилась!",
			[]string{"Лукашенко заявил о победе.", "Оппозиция не согласилась!"}},
		{"a Cyrillic initial does not end a sentence",
			"Встреча А. Лукашенко с прессой прошла в 2020 г. в Минске.",
			[]string{"Встреча А. Лукашенко с прессой прошла в 2020 г. в Минске."}},
		{"punctuation after a period stays in the sentence",
			"It ended in August 17th!. Thanks.",
			[]string{"It ended in August 17th!.", "Thanks."}},
		{"Windows line ends work like Unix ones",
			"Belarus Votes\r\n\r\nPolls opened. Turnout was high\r\nMinsk Reacts",
			[]string{"Belarus Votes", "Polls opened.", "Turnout was high", "Minsk Reacts"}},
		{"a paragraph separator ends a sentence", "No period here\u2029Next one",
			[]string{"No period here", "Next one"}},
		{"an e-mail's sign-off is a sentence of its own",
			"Call me. Best regards, Debra Perlingiere",
			[]string{"Call me.", "Best regards,", "Debra Perlingiere"}},
		{"thanks inside a sentence does not end it at its comma",
			"He said thanks, Mr. Putin agreed.",
			[]string{"He said thanks, Mr. Putin agreed."}},
		{"empty text has no sentences", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := Split(tt.in)
			checkSentences(t, tt.in, sents)
			var got []string
			for _, s := range sents {
				got = append(got, tt.in[s.Span.Start:s.Span.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// checkSentences asserts that the sentences partition Tokenize's tokens in
// order, none empty, each Span running from its first token to its last.
func checkSentences(t testing.TB, text string, sents []Sentence) {
	t.Helper()
	var all []Token
	for i, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d is empty", i)
		}
		if s.Span.Start != s.Tokens[0].Span.Start || s.Span.End != s.Tokens[len(s.Tokens)-1].Span.End {
			t.Fatalf("sentence %d: span %v does not match its tokens", i, s.Span)
		}
		all = append(all, s.Tokens...)
	}
	want := Tokenize(text)
	same := len(want) == len(all)
	for i := 0; same && i < len(want); i++ {
		same = want[i].Span == all[i].Span && want[i].Text == all[i].Text
	}
	if !same {
		t.Fatalf("sentences do not partition the tokens (-want +got):\n%s", cmp.Diff(want, all, cmpopts.EquateEmpty()))
	}
}

func FuzzSplit(f *testing.F) {
	for in := range inputs(f, "sent") {
		b, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("1. A\n- b\n\nC. D.\" (E.) f? G!")
	f.Fuzz(func(t *testing.T, text string) {
		sents := Split(text)
		checkSentences(t, text, sents)
		for i, s := range sents {
			if i > 0 && s.Span.Start < sents[i-1].Span.End {
				t.Fatalf("sentence %d overlaps the one before", i)
			}
			if strings.Contains(text[s.Span.Start:s.Span.End], "\n\n") {
				t.Fatalf("sentence %d %q runs across a blank line", i, text[s.Span.Start:s.Span.End])
			}
		}
	})
}

// BenchmarkSplit measures tokenise+split on the testdata articles.
func BenchmarkSplit(b *testing.B) {
	texts := articles(b)
	b.ReportAllocs()
	n, size := 0, 0
	for b.Loop() {
		for _, text := range texts {
			for _, s := range Split(text) {
				n += len(s.Tokens)
			}
			size += len(text)
		}
	}
	b.SetBytes(int64(size / b.N))
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProseSplit is the baseline for BenchmarkSplit: prose/v3's
// sentence segmenter, then its tokenizer on each sentence.
func BenchmarkProseSplit(b *testing.B) {
	texts := articles(b)
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tk := tokenize.New()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, text := range texts {
			for _, s := range seg.Segment(text) {
				n += len(tk.Tokenize(s.Text))
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func ExampleSplit() {
	text := "Lukashenko Meets Putin\nMr. Putin said: \"We agree.\" Then A. Lukashenko left."
	for _, s := range Split(text) {
		fmt.Println(text[s.Span.Start:s.Span.End])
	}
	// Output:
	// Lukashenko Meets Putin
	// Mr. Putin said: "We agree."
	// Then A. Lukashenko left.
}
