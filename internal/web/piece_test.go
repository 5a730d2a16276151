package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

func TestMarks(t *testing.T) {
	tests := []struct {
		name, snippet string
		want          []piece
	}{
		{"a snippet without markers is one plain piece", "plain text", []piece{{Text: "plain text"}}},
		{"a marked word sits between plain pieces", "in ⟦Minsk⟧ today",
			[]piece{{Text: "in "}, {Text: "Minsk", Mark: true}, {Text: " today"}}},
		{"marks at both ends leave no empty pieces", "⟦gas⟧ and ⟦oil⟧",
			[]piece{{Text: "gas", Mark: true}, {Text: " and "}, {Text: "oil", Mark: true}}},
		{"markup inside a mark stays text", "⟦<script>⟧", []piece{{Text: "<script>", Mark: true}}},
		{"an unclosed mark runs to the end", "a ⟦b", []piece{{Text: "a "}, {Text: "b", Mark: true}}},
		{"a stray closing marker is dropped", "a⟧b", []piece{{Text: "a"}, {Text: "b"}}},
		{"an empty snippet has no pieces", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, marks(tt.snippet)); diff != "" {
				t.Errorf("marks(%q) (-want +got):\n%s", tt.snippet, diff)
			}
		})
	}
}

func FuzzMarks(f *testing.F) {
	for _, s := range []string{"in ⟦Minsk⟧ today", "⟦⟦⟧⟧", "a⟧b⟦", "\xe2\x9f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, p := range marks(s) {
			if p.Text == "" {
				t.Fatalf("marks(%q) has an empty piece", s)
			}
			b.WriteString(p.Text)
		}
		want := strings.NewReplacer(matchStart, "", matchEnd, "").Replace(s)
		if b.String() != want {
			t.Fatalf("marks(%q) pieces join to %q, want %q", s, b.String(), want)
		}
	})
}

// highlighted is a two-paragraph article with a quote holding a mention,
// an amount, and one span that would split a character.
func highlighted() *news.Article {
	text := "Lavrov said: \"Minsk owes $1.5 billion\".\nŁukaszenka <b>replied</b>."
	at := func(s string) news.Span {
		i := strings.Index(text, s)
		return news.Span{Start: i, End: i + len(s)}
	}
	return &news.Article{
		ID: 3, Title: "Debt", Text: text,
		Quotes:   []news.Quote{{Text: "Minsk owes $1.5 billion", SpeakerText: "Lavrov", Speaker: "SERGEY_LAVROV", Span: at("Minsk owes $1.5 billion")}},
		Mentions: []news.Mention{{Span: at("Minsk"), Actor: "BLR", Code: "BLR"}, {Span: news.Span{Start: at("Ł").Start + 1, End: at("Ł").End}, Actor: "BAD"}},
		Amounts:  []news.Amount{{Text: "$1.5 billion", Kind: "money", Unit: "USD", Span: at("$1.5 billion")}},
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name   string
		a      *news.Article
		want   [][]piece
		target news.Span // what a link asks to mark
	}{
		{"lines become paragraphs and blank lines vanish", &news.Article{Text: "One.\n\n  \nTwo."},
			[][]piece{{{Text: "One."}}, {{Text: "Two."}}}, news.Span{}},
		{"an empty text has no paragraphs", &news.Article{}, nil, news.Span{}},
		{"a mention inside a quote carries both classes, and a span splitting a character is ignored", highlighted(),
			[][]piece{
				{
					{Text: "Lavrov said: \""},
					{Text: "Minsk", Class: "quote actor", Title: "quote by Lavrov; actor BLR"},
					{Text: " owes ", Class: "quote", Title: "quote by Lavrov"},
					{Text: "$1.5 billion", Class: "quote amount", Title: "quote by Lavrov; amount money USD"},
					{Text: "\"."},
				},
				{{Text: "Łukaszenka <b>replied</b>."}},
			}, news.Span{}},
		{"spans out of range are ignored", &news.Article{Text: "Short.", Mentions: []news.Mention{{Span: news.Span{Start: 2, End: 99}}, {Span: news.Span{Start: -1, End: 3}}, {Span: news.Span{Start: 3, End: 3}}}},
			[][]piece{{{Text: "Short."}}}, news.Span{}},
		{"a linked sentence is marked across the highlights inside it, and only its first piece is the fragment's target",
			&news.Article{Text: "Rain fell. Putin met Lukashenko in Sochi. Talks ended.",
				Mentions: []news.Mention{{Span: news.Span{Start: 21, End: 31}, Actor: "ALEXANDER_LUKASHENKO"}}},
			[][]piece{{
				{Text: "Rain fell. "},
				{Text: "Putin met ", Class: "target", ID: "hl"},
				{Text: "Lukashenko", Class: "target actor", Title: "actor ALEXANDER_LUKASHENKO"},
				{Text: " in Sochi.", Class: "target"},
				{Text: " Talks ended."},
			}}, news.Span{Start: 11, End: 41}},
		{"a linked span beyond the text, from a stale link, marks nothing", &news.Article{Text: "Short."},
			[][]piece{{{Text: "Short."}}}, news.Span{Start: 2, End: 60}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, paragraphs(tt.a, noLink, tt.target)); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParagraphs(f *testing.F) {
	f.Add("Lavrov said: \"Minsk\".\nŁukaszenka.", 14, 19, 0, 21)
	f.Add("a\n\nb", 0, 4, 1, 2)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		a := &news.Article{Text: text,
			Mentions: []news.Mention{{Span: news.Span{Start: s1, End: e1}, Actor: "X"}},
			Quotes:   []news.Quote{{Span: news.Span{Start: s2, End: e2}}},
		}
		var lines []string
		for _, l := range strings.Split(text, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		ps := paragraphs(a, noLink, news.Span{Start: s2, End: e1})
		if len(ps) != len(lines) {
			t.Fatalf("%d paragraphs, want %d", len(ps), len(lines))
		}
		for i, p := range ps {
			var b strings.Builder
			for _, pc := range p {
				if pc.Text == "" {
					t.Fatalf("paragraph %d has an empty piece", i)
				}
				if utf8.ValidString(text) && !utf8.ValidString(pc.Text) {
					t.Fatalf("piece %q splits a character", pc.Text)
				}
				b.WriteString(pc.Text)
			}
			if b.String() != lines[i] {
				t.Fatalf("paragraph %d joins to %q, want %q", i, b.String(), lines[i])
			}
		}
	})
}

func TestMonths(t *testing.T) {
	tests := []struct {
		name string
		in   []news.Bucket
		want []news.Bucket
	}{
		{"missing months between the first and last are zero", []news.Bucket{{Period: "2019-11", Count: 2}, {Period: "2020-02", Count: 1}},
			[]news.Bucket{{Period: "2019-11", Count: 2}, {Period: "2019-12"}, {Period: "2020-01"}, {Period: "2020-02", Count: 1}}},
		{"one month stays one month", []news.Bucket{{Period: "2020-02", Count: 1}}, []news.Bucket{{Period: "2020-02", Count: 1}}},
		{"no buckets stay none", nil, nil},
		{"periods that are not months pass through", []news.Bucket{{Period: "2019", Count: 1}, {Period: "2021", Count: 1}},
			[]news.Bucket{{Period: "2019", Count: 1}, {Period: "2021", Count: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, months(tt.in)); diff != "" {
				t.Errorf("months (-want +got):\n%s", diff)
			}
		})
	}
}

func noLink(news.ActorID) string { return "" }
