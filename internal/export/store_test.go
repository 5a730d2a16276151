package export

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
)

// sentence is one sentence of a hand-made article with what it carries.
type sentence struct {
	text   string
	events []news.Event
	quote  *news.Quote // Span is set to the text between the first pair of “ ”, SpeakerSpan to SpeakerText
}

// doc makes an article of sentences, setting every span from the text.
func doc(url, source string, published time.Time, tone *news.Tone, ss ...sentence) *news.Article {
	a := &news.Article{URL: url, Title: "About " + source, Author: "A. Writer", Source: source,
		Published: published, Language: "en", Tone: tone, Hash: "hash:" + url + source}
	var b strings.Builder
	for i, s := range ss {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(s.text)
		for _, e := range s.events {
			e.Span = news.Span{Start: start, End: b.Len()}
			verb := strings.Fields(s.text)[1]
			vs := start + strings.Index(s.text, verb)
			e.Trigger = news.Span{Start: vs, End: vs + len(verb)}
			e.Sentence = i
			a.Events = append(a.Events, e)
		}
		if q := s.quote; q != nil {
			open := strings.Index(s.text, "“") + len("“")
			end := strings.Index(s.text, "”")
			q.Text = s.text[open:end]
			q.Span = news.Span{Start: start + open, End: start + end}
			sp := strings.Index(s.text, q.SpeakerText)
			q.SpeakerSpan = news.Span{Start: start + sp, End: start + sp + len(q.SpeakerText)}
			q.Sentence = i
			a.Quotes = append(a.Quotes, *q)
		}
	}
	a.Text = b.String()
	return a
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	meeting = news.Event{Source: "ALEXANDER_LUKASHENKO", Target: "VLADIMIR_PUTIN", SourceCode: "BLRGOV",
		TargetCode: "RUSGOV", Type: "CONSULT", CAMEO: "040", QuadClass: 1, Goldstein: 1, Realized: true,
		Date: day(2020, 9, 14)}
	sanctions = news.Event{Source: "EU", Target: "BLR", SourceCode: "IGOEUREEC", TargetCode: "BLRGOV",
		Type: "SANCTION", CAMEO: "163", QuadClass: 4, Goldstein: -8, Realized: true, Date: day(2020, 10, 2)}
	threat = news.Event{Source: "BLR", Target: "EU", SourceCode: "BLRGOV", TargetCode: "IGOEUREEC",
		Type: "THREATEN", CAMEO: "138", QuadClass: 3, Goldstein: -7, Modality: "threat", Date: day(2020, 10, 2)}
	loan = news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR", Type: "AID",
		CAMEO: "0712", QuadClass: 2, Goldstein: 7.4, Realized: true, Date: day(2019, 12, 8)}
	undated = news.Event{Source: "RUS", Target: "BLR", SourceCode: "RUS", TargetCode: "BLR", Type: "COOPERATE",
		CAMEO: "061", QuadClass: 2, Goldstein: 6.4, Realized: true}
)

// articles are five hand-made articles: a meeting with a quote, EU
// sanctions with a threat in reply and a title CSV must quote, the
// sanctions told twice by a second source, an article with neither URL
// nor date whose second event has no date either, and the sanctions again
// from the first source (4 mentions, 3 articles, 2 sources).
func articles() []*news.Article {
	said := &news.Quote{Speaker: "ALEXANDER_LUKASHENKO", SpeakerText: "Lukashenko", Cue: "said", Direct: true}
	a1 := doc("https://belta.example/meeting", "BelTA", time.Date(2020, 9, 14, 17, 5, 0, 0, time.UTC),
		&news.Tone{Tone: 1.25, Positive: 3, Negative: 1.75, Polarity: 4.75, WordCount: 40},
		sentence{text: "Lukashenko met Putin in Sochi on Monday.", events: []news.Event{meeting}},
		sentence{text: "“We are with Russia,” Lukashenko said after the talks.", quote: said})
	a2 := doc("https://reuters.example/sanctions", "Reuters", time.Date(2020, 10, 2, 8, 0, 0, 0, time.UTC),
		&news.Tone{Tone: -4.5, Positive: 0.5, Negative: 5, Polarity: 5.5, WordCount: 20},
		sentence{text: "The EU imposed sanctions on Belarus on Friday.", events: []news.Event{sanctions}},
		sentence{text: "Minsk threatened to answer in kind.", events: []news.Event{threat}})
	a2.Title = `Sanctions, "at last"`
	a3 := doc("https://rferl.example/sanctions", "RFE/RL", time.Date(2020, 10, 2, 11, 30, 0, 0, time.UTC), nil,
		sentence{text: "Brussels imposed sanctions on Minsk.", events: []news.Event{sanctions}},
		sentence{text: "The EU's sanctions hit potash.", events: []news.Event{sanctions}})
	a5 := doc("https://reuters.example/sanctions-update", "Reuters", time.Date(2020, 10, 2, 15, 0, 0, 0, time.UTC), nil,
		sentence{text: "Brussels sanctioned Belarusian officials.", events: []news.Event{sanctions}})
	a4 := doc("", "Minsk Herald", time.Time{}, nil,
		sentence{text: "Moscow granted Minsk a loan on December 8, 2019.", events: []news.Event{loan}},
		sentence{text: "Russia pledged\tto cooperate.", events: []news.Event{undated}})
	return []*news.Article{a1, a2, a3, a4, a5}
}

// testStore is a temporary SQLite store holding articles().
func testStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "export.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Put(context.Background(), articles()); err != nil {
		t.Fatal(err)
	}
	return db
}

// names is a ten-line stand-in for the knowledge base.
type names map[news.ActorID]*news.Actor

func (n names) Actor(id news.ActorID) (*news.Actor, bool) { a, ok := n[id]; return a, ok }

var testNames = names{
	"ALEXANDER_LUKASHENKO": {Name: "Alexander Lukashenko", Roles: []news.Role{{Code: "BLRGOV", From: day(1994, 7, 20)}}},
	"VLADIMIR_PUTIN":       {Name: "Vladimir Putin", Roles: []news.Role{{Code: "RUSGOV"}}},
	"BLR":                  {Name: "Belarus", Code: "BLR"},
	"RUS":                  {Name: "Russia", Code: "RUS"},
	"EU":                   {Name: "European Union", Code: "IGOEUREEC"},
}
