package nlp

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v3/tokenize"
)

// A triple is a token as the golden files hold it: [text, start, end].
type triple struct {
	Text       string
	Start, End int
}

func (t triple) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{t.Text, t.Start, t.End})
}

func (t *triple) UnmarshalJSON(b []byte) error {
	var a [3]json.RawMessage
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	if err := json.Unmarshal(a[0], &t.Text); err != nil {
		return err
	}
	if err := json.Unmarshal(a[1], &t.Start); err != nil {
		return err
	}
	return json.Unmarshal(a[2], &t.End)
}

func triples(toks []Token) []triple {
	out := make([]triple, len(toks))
	for i, t := range toks {
		out[i] = triple{t.Text, t.Span.Start, t.Span.End}
	}
	return out
}

func TestTokenizeGolden(t *testing.T) {
	for in, golden := range inputs(t, "tok") {
		t.Run("tokens of "+filepath.Base(in)+" match the golden file", func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			toks := Tokenize(string(b))
			checkSpans(t, string(b), toks)
			checkGolden(t, golden, triples(toks))
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"titles and initials keep their periods", "Mr. J. R. R. Tolkien met A. Lukashenko.",
			[]string{"Mr.", "J.", "R.", "R.", "Tolkien", "met", "A.", "Lukashenko", "."}},
		{"acronyms keep their final period", "the U.S. and e.g. Ph.D. holders",
			[]string{"the", "U.S.", "and", "e.g.", "Ph.D.", "holders"}},
		{"No. is an abbreviation only before a number", "No. 5. He said no.",
			[]string{"No.", "5", ".", "He", "said", "no", "."}},
		{"the pronoun I is not an initial", "so did I. Then",
			[]string{"so", "did", "I", ".", "Then"}},
		{"English contractions split UD-style", "don't can't won't it's we're I'm they've he'll I'd",
			[]string{"do", "n't", "ca", "n't", "wo", "n't", "it", "'s", "we", "'re", "I", "'m", "they", "'ve", "he", "'ll", "I", "'d"}},
		{"curly apostrophes split the same and normalise to ASCII", "Lukashenko’s don’t",
			[]string{"Lukashenko", "'s", "do", "n't"}},
		{"plural possessive leaves a bare apostrophe", "voters' anger",
			[]string{"voters", "'", "anger"}},
		{"apostrophes inside Ukrainian words stay", "сім'я п’ять",
			[]string{"сім'я", "п'ять"}},
		{"a name with an apostrophe stays whole", "O'Brien's",
			[]string{"O'Brien", "'s"}},
		{"cannot splits like UD", "I cannot",
			[]string{"I", "can", "not"}},
		{"hyphenated words stay whole", "Belarus-Russia pro-Kremlin Nord-Stream-2",
			[]string{"Belarus-Russia", "pro-Kremlin", "Nord-Stream-2"}},
		{"a double hyphen is a dash", "yes--no",
			[]string{"yes", "--", "no"}},
		{"numbers keep their separators", "1,500 1.5 2020-08-09 10:30 3/4",
			[]string{"1,500", "1.5", "2020-08-09", "10:30", "3/4"}},
		{"a thin or non-breaking space between digit groups joins them", "1\u00a0500 and 12\u2009345\u202f678",
			[]string{"1500", "and", "12345678"}},
		{"a plain space does not join digit groups", "1 500",
			[]string{"1", "500"}},
		{"currency and percent signs are tokens", "$1.5 and 10.5%",
			[]string{"$", "1.5", "and", "10.5", "%"}},
		{"a URL stays whole without its final period", "See https://example.com/a?b=1&c=2.",
			[]string{"See", "https://example.com/a?b=1&c=2", "."}},
		{"a bracketed URL loses the closing bracket", "(www.example.org/x)",
			[]string{"(", "www.example.org/x", ")"}},
		{"an e-mail address stays whole", "mail a.b+c@mfa.gov.by.",
			[]string{"mail", "a.b+c@mfa.gov.by", "."}},
		{"an at sign without a domain is a token", "me@home",
			[]string{"me", "@", "home"}},
		{"every quote style is its own token", "“a” «b» „c“ ‘d’ \"e\"",
			[]string{"\"", "a", "\"", "\"", "b", "\"", "\"", "c", "\"", "'", "d", "'", "\"", "e", "\""}},
		{"an ellipsis is one token", "wait... or… ok?!",
			[]string{"wait", "...", "or", "...", "ok", "?!"}},
		{"a missing space after a period splits before a capital", "fine.Then",
			[]string{"fine", ".", "Then"}},
		{"Cyrillic and Latin diacritics are letters", "Лукашэнка Łukaszenka café",
			[]string{"Лукашэнка", "Łukaszenka", "café"}},
		{"a soft hyphen stays in the span but not the text", "Luka\u00adshenko",
			[]string{"Lukashenko"}},
		{"an emoji with a skin tone is one token", "ok 👍🏽!",
			[]string{"ok", "👍🏽", "!"}},
		{"empty text has no tokens", "", []string{}},
		{"only spaces have no tokens", " \u00a0\u200b\n\t", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			checkSpans(t, tt.in, toks)
			got := make([]string, len(toks))
			for i, tok := range toks {
				got[i] = tok.Text
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// checkSpans asserts the offset invariants: spans in range, ordered and
// disjoint, each surface normalising to the token's non-empty Text, and
// nothing but spaces left between tokens.
func checkSpans(t testing.TB, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		s := tok.Span
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("token %d %q: span %v out of order or range (prev end %d, len %d)", i, tok.Text, s, prev, len(text))
		}
		if got := Normalize(text[s.Start:s.End]); got != tok.Text || tok.Text == "" {
			t.Fatalf("token %d: Normalize(%q) = %q, Text %q", i, text[s.Start:s.End], got, tok.Text)
		}
		if gap := text[prev:s.Start]; utf8.ValidString(gap) && strings.TrimFunc(gap, isSpaceRune) != "" {
			t.Fatalf("token %d: non-space %q skipped before it", i, gap)
		}
		prev = s.End
	}
	if gap := text[prev:]; utf8.ValidString(gap) && strings.TrimFunc(gap, isSpaceRune) != "" {
		t.Fatalf("non-space %q skipped at the end", gap)
	}
}

func FuzzTokenize(f *testing.F) {
	for in := range inputs(f, "tok") {
		b, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("U.S.-Russia 1\u00a0500. don’t www. a@b. http://x.y)")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Tokenize(text))
	})
}

// articles reads the benchmark texts: the article*.txt inputs in testdata/sent.
func articles(b testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join("testdata", "sent", "article*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

func BenchmarkTokenize(b *testing.B) {
	texts := articles(b)
	b.ReportAllocs()
	n, size := 0, 0
	for b.Loop() {
		for _, text := range texts {
			n += len(Tokenize(text))
			size += len(text)
		}
	}
	b.SetBytes(int64(size / b.N))
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProseTokenize is the baseline for BenchmarkTokenize.
func BenchmarkProseTokenize(b *testing.B) {
	texts := articles(b)
	tk := tokenize.New()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, text := range texts {
			n += len(tk.Tokenize(text))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func ExampleTokenize() {
	text := "Mr. Lukashenko’s pro-Kremlin aides didn't say."
	for _, t := range Tokenize(text) {
		fmt.Printf("%s %d:%d %q\n", t.Text, t.Span.Start, t.Span.End, text[t.Span.Start:t.Span.End])
	}
	// Output:
	// Mr. 0:3 "Mr."
	// Lukashenko 4:14 "Lukashenko"
	// 's 14:18 "’s"
	// pro-Kremlin 19:30 "pro-Kremlin"
	// aides 31:36 "aides"
	// did 37:40 "did"
	// n't 40:43 "n't"
	// say 44:47 "say"
	// . 47:48 "."
}
