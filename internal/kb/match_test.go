package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// matched renders matches as "text=ID,ID" for readable diffs.
func matched(text string, ms []Match) []string {
	var out []string
	for _, m := range ms {
		var ids []string
		for _, id := range m.Actors {
			ids = append(ids, string(id))
		}
		s := text[m.Span.Start:m.Span.End] + "=" + strings.Join(ids, ",")
		if m.Surname {
			s += " (surname)"
		}
		out = append(out, s)
	}
	return out
}

func TestMatch(t *testing.T) {
	k := mustLoad(t, `
actor BLR country
  name Belarus
  adj Belarusian
actor BLRGOV organisation
  name Government of Belarus
  alias Minsk
actor MTZ organisation
  name Minsk Tractor Works
actor LUK person
  name Alexander Lukashenko
  be Аляксандр Лукашэнка
actor USA country
  name United States
  alias US | U.S.
actor UN organisation
  name United Nations
  alias UN | U.N.
actor AQ group
  name al-Qaeda
`)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a full name and a possessive", "Alexander Lukashenko's speech",
			[]string{"Alexander Lukashenko=LUK"}},
		{"the longest name wins", "workers at Minsk Tractor Works struck",
			[]string{"Minsk Tractor Works=MTZ"}},
		{"a capital alone is the government", "Minsk denied it.",
			[]string{"Minsk=BLRGOV"}},
		{"a surname alone is flagged", "Lukashenko said", []string{"Lukashenko=LUK (surname)"}},
		{"a name opening with a lower-case Arabic article matches", "top al-Qaeda leaders and al-", []string{"al-Qaeda=AQ"}},
		{"a Łacinka spelling matches", "Alaksandr Łukašenka and Belarusian troops",
			[]string{"Alaksandr Łukašenka=LUK", "Belarusian=BLR"}},
		{"Cyrillic matches", "Сёння Аляксандр Лукашэнка сказаў", []string{"Аляксандр Лукашэнка=LUK"}},
		{"a short acronym must be in capitals", "let us ask the US and the U.N. and Us",
			[]string{"US=USA", "U.N=UN"}},
		{"dotted acronyms match at a sentence's end and before a hyphen", "The U.N. backed a U.S.-led plan. It came from the U.S.",
			[]string{"U.N=UN", "U.S=USA", "U.S=USA"}},
		{"a name before a participle of agency is a mention", "a Minsk-backed and us-led plan",
			[]string{"Minsk=BLRGOV"}},
		{"a full name keeps its hyphenated modifier's cut", "Alexander Lukashenko-appointed judges",
			[]string{"Alexander Lukashenko=LUK"}},
		{"a place before -based is no mention", "a Minsk-based analyst", nil},
		{"lower-case words are not names", "the belarusian minsk", nil},
		{"no names, no matches", "Nothing to see here.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := matched(tt.text, k.Match(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Match(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, ms []Match) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Span.Start < prev || m.Span.End <= m.Span.Start || m.Span.End > len(text) {
			t.Fatalf("span %v out of order or range (prev end %d, len %d)", m.Span, prev, len(text))
		}
		if len(m.Actors) == 0 {
			t.Fatalf("match %v has no actors", m.Span)
		}
		prev = m.Span.End
	}
}

func FuzzMatch(f *testing.F) {
	k := Default()
	f.Add("Belarusian leader Alexander Lukashenko's talks with Putin in Moscow; the U.N., NATO.")
	f.Add("Аляксандр Лукашэнка — Ціханоўская. Kyiv/Kiev's U.S.-backed")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, k.Match(text))
	})
}

// demoTexts reads the demo corpus's plain-text articles (a fixed set), or
// a fixed paragraph when the corpus is absent.
func demoTexts(tb testing.TB) []string {
	paths, _ := filepath.Glob("../demo/corpus/text/*")
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil || len(b) == 0 {
			continue
		}
		out = append(out, string(b))
	}
	if len(out) == 0 {
		out = []string{strings.Repeat("Belarusian President Alexander Lukashenko met Vladimir Putin in Moscow on Friday, "+
			"while Sviatlana Tsikhanouskaya urged the EU and NATO to act. Minsk and the Kremlin said Kyiv was wrong. ", 50)}
	}
	return out
}

func BenchmarkMatch(b *testing.B) {
	k := Default()
	texts := demoTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			k.Match(t)
		}
	}
}

func TestMatchSpansOnDemoText(t *testing.T) {
	k := Default()
	for _, text := range demoTexts(t) {
		ms := k.Match(text)
		checkSpans(t, text, ms)
		for _, m := range ms {
			for _, id := range m.Actors {
				if _, ok := k.Actor(id); !ok {
					t.Fatalf("match names unknown actor %s", id)
				}
			}
		}
	}
}
