package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// A saying is one quote in a made-up article: the speaker actor (none for
// a speaker only described), how the text names the speaker (a mention of
// the actor), and the words.
type saying struct {
	Speaker news.ActorID
	Who     string
	Words   string
}

// quoteDoc builds article n from sayings, each "Who said: “Words”", with
// their quotes; story (see identity_test.go) pads and signs it.
func quoteDoc(n int, source string, published time.Time, ss ...saying) *news.Article {
	u := fmt.Sprintf("https://q.example/%d", n)
	a := &news.Article{URL: u, Title: u, Source: source, Published: published}
	var b strings.Builder
	for _, s := range ss {
		who := b.Len()
		b.WriteString(s.Who)
		sp := news.Span{Start: who, End: b.Len()}
		if s.Speaker != "" {
			a.Mentions = append(a.Mentions, news.Mention{Span: sp, Text: s.Who, Actor: s.Speaker, How: "surname"})
		}
		b.WriteString(" said: “")
		start := b.Len()
		b.WriteString(s.Words)
		a.Quotes = append(a.Quotes, news.Quote{Text: s.Words, Speaker: s.Speaker, SpeakerText: s.Who, Cue: "said",
			Direct: true, Span: news.Span{Start: start, End: b.Len()}, SpeakerSpan: sp})
		b.WriteString("” ")
	}
	a.Text = strings.TrimSpace(b.String())
	return a
}

// quoteTelling is how one hit tells its quote.
type quoteTelling struct {
	Words                       string
	Article                     int // index of the hit's article in the case's put order
	Mentions, Articles, Sources int
}

func TestQuoteIdentity(t *testing.T) {
	const (
		loan    = "Russia will lend Belarus one and a half billion dollars."
		brother = "older brother"
	)
	putinSays := func(words string) saying { return saying{putin, "Putin", words} }
	tests := []struct {
		name    string
		put     []*news.Article
		f       news.QuoteFilter
		want    []quoteTelling
		mention int // hits with Mentions
	}{
		{
			name: "a syndicated copy a day later repeats the quote: one quote, shown from the original",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan)), sochi),
				story(quoteDoc(2, "Reuters", date(2020, 9, 15), putinSays(loan)), sochi),
			},
			want:    []quoteTelling{{loan, 0, 2, 2, 1}},
			mention: 2,
		},
		{
			name: "case, quote marks, spacing and closing punctuation do not make another quote",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(`We will "never" abandon our allies.`)), sochi),
				story(quoteDoc(2, "BelTA", date(2020, 9, 14), putinSays("we will  «never» abandon our allies")), sochi),
				story(quoteDoc(3, "TASS", date(2020, 9, 15), putinSays("We will ‘never’ abandon\nour allies…")), sochi),
			},
			want:    []quoteTelling{{`We will "never" abandon our allies.`, 0, 3, 3, 3}},
			mention: 3,
		},
		{
			name: "a re-edited wire copy outside the cluster still tells the same quote",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan)), sochi),
				story(quoteDoc(2, "Kyiv Post", date(2020, 9, 16), putinSays(loan)), gas),
			},
			want:    []quoteTelling{{loan, 0, 2, 2, 2}},
			mention: 2,
		},
		{
			name: "the first telling is the earliest published, not the first stored",
			put: []*news.Article{
				story(quoteDoc(1, "Kyiv Post", date(2020, 9, 16), putinSays(loan)), sochi),
				story(quoteDoc(2, "Reuters", date(2020, 9, 14), putinSays(loan)), gas),
			},
			want:    []quoteTelling{{loan, 1, 2, 2, 2}},
			mention: 2,
		},
		{
			name: "a short phrase is one quote within a story and another in another story",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(brother)), sochi),
				story(quoteDoc(2, "Reuters", date(2020, 9, 15), putinSays(brother)), sochi),
				story(quoteDoc(3, "Reuters", date(2021, 3, 1), putinSays(brother)), gas),
			},
			want:    []quoteTelling{{brother, 2, 1, 1, 1}, {brother, 0, 2, 2, 1}},
			mention: 3,
		},
		{
			name: "the same words by another speaker are another quote",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan), saying{luk, "Lukashenko", loan}), sochi),
			},
			want:    []quoteTelling{{loan, 0, 1, 1, 1}, {loan, 0, 1, 1, 1}},
			mention: 2,
		},
		{
			name: "a described speaker's words are one quote in copies of a story, two in two stories",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), saying{"", "A spokesman", "We will respond to this provocation."}), sochi),
				story(quoteDoc(2, "BelTA", date(2020, 9, 15), saying{"", "a spokesman", "We will respond to this provocation."}), sochi),
				story(quoteDoc(3, "Reuters", date(2021, 3, 1), saying{"", "A spokesman", "We will respond to this provocation."}), gas),
			},
			want: []quoteTelling{{"We will respond to this provocation.", 2, 1, 1, 1},
				{"We will respond to this provocation.", 0, 2, 2, 2}},
			mention: 3,
		},
		{
			name: "one word changed is another quote",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan)), sochi),
				story(quoteDoc(2, "Reuters", date(2020, 9, 15), putinSays("Russia will lend Belarus one and a half billion euros.")), sochi),
			},
			want: []quoteTelling{{"Russia will lend Belarus one and a half billion euros.", 1, 1, 1, 1},
				{loan, 0, 1, 1, 1}},
			mention: 2,
		},
		{
			name: "an article quoting the same words twice tells the quote twice in one article",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan), putinSays(loan)), sochi),
			},
			want:    []quoteTelling{{loan, 0, 2, 1, 1}},
			mention: 2,
		},
		{
			name: "a filter leaving out the first telling shows the first it keeps, with every telling counted",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan)), sochi),
				story(quoteDoc(2, "BelTA", date(2020, 9, 15), putinSays(loan)), sochi),
				story(quoteDoc(3, "TASS", date(2020, 9, 16), putinSays(loan)), gas),
			},
			f:       news.QuoteFilter{Filter: news.Filter{From: date(2020, 9, 15)}},
			want:    []quoteTelling{{loan, 1, 3, 3, 3}},
			mention: 2,
		},
		{
			name: "a speaker filter folds that speaker's tellings",
			put: []*news.Article{
				story(quoteDoc(1, "Reuters", date(2020, 9, 14), putinSays(loan), saying{luk, "Lukashenko", "Thank you."}), sochi),
				story(quoteDoc(2, "BelTA", date(2020, 9, 15), putinSays(loan), saying{luk, "Lukashenko", "Thank you."}), sochi),
			},
			f:       news.QuoteFilter{Speaker: luk},
			want:    []quoteTelling{{"Thank you.", 0, 2, 2, 2}},
			mention: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			mustPut(t, db, tt.put...)
			hits, err := db.Quotes(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, quoteTellings(t, hits, tt.put)); diff != "" {
				t.Errorf("Quotes mismatch (-want +got):\n%s", diff)
			}
			f := tt.f
			f.Mentions = true
			all, err := db.Quotes(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != tt.mention {
				t.Errorf("with Mentions: %d hits, want %d", len(all), tt.mention)
			}
		})
	}
}

func quoteTellings(tb testing.TB, hits []news.QuoteHit, put []*news.Article) []quoteTelling {
	tb.Helper()
	var out []quoteTelling
	for _, h := range hits {
		i := -1
		for j, a := range put {
			if a.ID == h.Article.ID {
				i = j
			}
		}
		out = append(out, quoteTelling{h.Quote.Text, i, h.NumMentions, h.NumArticles, h.NumSources})
	}
	return out
}

func TestQuoteMentions(t *testing.T) {
	db := MustOpenDB(t)
	const loan = "Russia will lend Belarus one and a half billion dollars."
	put := []*news.Article{
		story(quoteDoc(1, "Reuters", date(2020, 9, 14), saying{putin, "Putin", loan}), sochi),
		story(quoteDoc(2, "Reuters", date(2020, 9, 15), saying{putin, "Putin", loan}), sochi),
		story(quoteDoc(3, "Reuters", date(2020, 9, 16), saying{luk, "Lukashenko", "We are grateful to our Russian brothers."}), gas),
	}
	mustPut(t, db, put...)
	hits, err := db.Quotes(context.Background(), news.QuoteFilter{Mentions: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []quoteTelling{{"We are grateful to our Russian brothers.", 2, 1, 1, 1}, {loan, 1, 2, 2, 1}, {loan, 0, 2, 2, 1}}
	if diff := cmp.Diff(want, quoteTellings(t, hits, put)); diff != "" {
		t.Errorf("every telling, newest article first, each with its quote's counts (-want +got):\n%s", diff)
	}
	info, err := db.ActorDetail(context.Background(), putin)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]quoteTelling{{loan, 0, 2, 2, 1}}, quoteTellings(t, info.Quotes, put)); diff != "" {
		t.Errorf("an actor's latest quotes list each quote once (-want +got):\n%s", diff)
	}
}

// TestMigratedQuotesHaveIdentity stores quotes, takes their identity away
// as a store from before migration 0008 lacks it, and redoes the migration.
func TestMigratedQuotesHaveIdentity(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	const words = "We will never abandon our allies in the west."
	put := []*news.Article{
		story(quoteDoc(1, "Reuters", date(2020, 9, 14), saying{putin, "Putin", words}), sochi),
		story(quoteDoc(2, "TASS", date(2020, 9, 20), saying{putin, "Putin", "we will never abandon our allies in the west"}), gas),
	}
	mustPut(t, db, put...)
	if _, err := db.db.ExecContext(ctx, "DROP TRIGGER quotes_scope_copy; DROP INDEX quotes_key; ALTER TABLE quotes DROP COLUMN key; ALTER TABLE quotes DROP COLUMN scope"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.ExecContext(ctx, readFile(t, "migrations/0008_quote_identity.sql")); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Quotes(ctx, news.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]quoteTelling{{words, 0, 2, 2, 2}}, quoteTellings(t, hits, put)); diff != "" {
		t.Errorf("Quotes after migration (-want +got):\n%s", diff)
	}
}

func TestQuoteWords(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"case is ignored", "We Will Respond", "we will respond", true},
		{"straight, curly and guillemet quote marks are ignored", `a "fair" vote`, "a «fair» vote", true},
		{"a typographic apostrophe is a straight one", "it’s over", "it's over", true},
		{"runs of spaces and line breaks are one space", "we  will\n respond", "we will respond", true},
		{"closing punctuation and an ellipsis are ignored", "we will respond.", "we will respond…", true},
		{"an opening ellipsis is ignored", "...and we will respond", "and we will respond", true},
		{"an en dash is a hyphen", "Minsk–Moscow talks", "Minsk-Moscow talks", true},
		{"composed and decomposed accents are one letter", "Lukašenka", "Lukas\u030cenka", true},
		{"Cyrillic capitals fold too", "БЕССЭНСОЎНЫ ФАРС", "бессэнсоўны фарс", true},
		{"a changed word is another quote", "we will respond", "we will not respond", false},
		{"inner punctuation still counts", "let's eat, grandma", "let's eat grandma", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := quoteWords(tt.a), quoteWords(tt.b)
			if (a == b) != tt.same {
				t.Errorf("quoteWords(%q) = %q, quoteWords(%q) = %q; same = %v, want %v", tt.a, a, tt.b, b, a == b, tt.same)
			}
		})
	}
}

func TestQuoteLocal(t *testing.T) {
	tests := []struct {
		name    string
		speaker news.ActorID
		words   string
		want    bool
	}{
		{"a sentence by an actor is known in any story", putin, "Russia will lend Belarus the money.", false},
		{"four words by an actor are known in any story", putin, "we will not yield", false},
		{"a three-word phrase belongs to its story", putin, "a blatant provocation", true},
		{"quote marks and punctuation are no words", putin, "« older brother » .", true},
		{"a described speaker's sentence belongs to its story", "", "Russia will lend Belarus the money.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteLocal(string(tt.speaker), tt.words); got != tt.want {
				t.Errorf("quoteLocal(%q, %q) = %v, want %v", tt.speaker, tt.words, got, tt.want)
			}
		})
	}
}

// FuzzQuoteWords holds the normal form stable: normalising it again
// changes nothing, and it neither opens nor closes with a space.
func FuzzQuoteWords(f *testing.F) {
	for _, s := range []string{"We will “never” abandon\nour allies…", "...and it’s over.", "Lukas\u030cenka – Putin", "İSTANBUL", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := quoteWords(s)
		if again := quoteWords(w); again != w {
			t.Errorf("quoteWords(%q) = %q, but quoteWords(%q) = %q", s, w, w, again)
		}
		if strings.TrimSpace(w) != w || strings.Contains(w, "  ") {
			t.Errorf("quoteWords(%q) = %q has stray spaces", s, w)
		}
	})
}
