package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// coded is one sentence of a hand-made article and the event it carries.
type coded struct {
	sentence string
	event    news.Event
}

// eventDoc makes an article of the given sentences, setting each event's
// Span to its sentence, its Trigger to the sentence's second word, its
// Date to published when it has none, and a dated event's precision to the
// day when it has none, as the coder does.
func eventDoc(url, source string, published time.Time, tone *float64, cs ...coded) *news.Article {
	a := &news.Article{URL: url, Title: "About " + url, Source: source, Published: published, Language: "en"}
	if tone != nil {
		a.Tone = &news.Tone{Tone: *tone, WordCount: 10}
	}
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(c.sentence)
		e := c.event
		e.Span = news.Span{Start: start, End: b.Len()}
		if f := strings.Fields(c.sentence); len(f) > 1 {
			ts := start + strings.Index(c.sentence, f[1])
			e.Trigger = news.Span{Start: ts, End: ts + len(f[1])}
		}
		e.Sentence = i
		if e.Date.IsZero() {
			e.Date = published
		}
		if e.DatePrecision == "" && !e.Date.IsZero() {
			e.DatePrecision = news.PrecisionDay
		}
		a.Events = append(a.Events, e)
	}
	a.Text = b.String()
	return a
}

func ptr(f float64) *float64 { return &f }

var (
	sanction = news.Event{Source: "BLR", Target: "LTU", SourceCode: "BLR", TargetCode: "LTU", Type: "SANCTION",
		CAMEO: "163", QuadClass: 4, Goldstein: -8, Realized: true}
	threat = news.Event{Source: "BLR", Target: "LTU", SourceCode: "BLRGOV", TargetCode: "LTU", Type: "THREATEN",
		CAMEO: "138", QuadClass: 3, Goldstein: -7, Realized: false, Modality: "threat"}
)

func TestEventRoundTrip(t *testing.T) {
	db := MustOpenDB(t)
	dated := sanction
	dated.Date = time.Date(2021, 5, 16, 0, 0, 0, 0, time.UTC)
	a := eventDoc("https://e.example/1", "BelTA", time.Date(2021, 5, 20, 9, 30, 0, 0, time.UTC), nil,
		coded{"Belarus sanctioned Lithuania on Sunday.", dated},
		coded{"Минск пригрозил Вильнюсу.", threat})
	undated := eventDoc("https://e.example/2", "", time.Time{}, nil, coded{"Belarus sanctioned Lithuania.", sanction})
	mustPut(t, db, a, undated)
	for _, want := range []*news.Article{a, undated} {
		t.Run("an article's events come back as stored: "+want.URL, func(t *testing.T) {
			got, err := db.Article(context.Background(), want.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.Events, got.Events); diff != "" {
				t.Errorf("events mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("a duplicate keeps the events of the copy stored first", func(t *testing.T) {
		dup := eventDoc("https://e.example/1", "BelTA", time.Time{}, nil, coded{"Belarus sanctioned Lithuania.", sanction})
		if r := mustPut(t, db, dup); r.Duplicates != 1 {
			t.Fatalf("Put = %+v, want a duplicate", r)
		}
		got, err := db.Article(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Events) != 2 {
			t.Errorf("got %d events, want the first copy's 2", len(got.Events))
		}
	})
	t.Run("an event outside the text is rejected before anything is stored", func(t *testing.T) {
		bad := eventDoc("https://e.example/3", "", time.Time{}, nil, coded{"Short.", sanction})
		bad.Events[0].Span.End = 99
		_, err := db.Put(context.Background(), []*news.Article{bad})
		if !errors.Is(err, news.ErrInvalid) {
			t.Fatalf("Put = %v, want ErrInvalid", err)
		}
	})
}

func TestEvents(t *testing.T) {
	db := MustOpenDB(t)
	luk := news.Event{Source: "ALEXANDER_LUKASHENKO", Target: "RUS", SourceCode: "BLRGOV", TargetCode: "RUS",
		Type: "AGREE", CAMEO: "057", QuadClass: 1, Goldstein: 8, Realized: true}
	mil := news.Event{Source: "RUS", Target: "BLRMIL", SourceCode: "RUSMIL", TargetCode: "BLRMIL",
		Type: "AID", CAMEO: "0711", QuadClass: 2, Goldstein: 7.4, Realized: true}
	mustPut(t, db,
		eventDoc("https://e.example/1", "BelTA", day(2020, 8, 10), nil,
			coded{"Lukashenko signed a deal with Russia.", luk},
			coded{"Belarus threatened Lithuania.", threat}),
		eventDoc("https://e.example/2", "TASS", day(2022, 2, 1), nil,
			coded{"Russia armed the Belarusian army.", mil}),
		eventDoc("https://e.example/3", "Delfi", time.Time{}, nil,
			coded{"Belarus sanctioned Lithuania.", sanction}))
	tests := []struct {
		name string
		f    news.EventFilter
		want []string // sentence @ article URL
	}{
		{
			name: "all events come newest first, undated last, in text order within an article",
			want: []string{"Russia armed the Belarusian army. @https://e.example/2",
				"Lukashenko signed a deal with Russia. @https://e.example/1",
				"Belarus threatened Lithuania. @https://e.example/1",
				"Belarus sanctioned Lithuania. @https://e.example/3"},
		},
		{
			name: "a country on either side stands for all its sectors and people",
			f:    news.EventFilter{Actor: "BLR"},
			want: []string{"Russia armed the Belarusian army. @https://e.example/2",
				"Lukashenko signed a deal with Russia. @https://e.example/1",
				"Belarus threatened Lithuania. @https://e.example/1",
				"Belarus sanctioned Lithuania. @https://e.example/3"},
		},
		{
			name: "a source filter keeps the events the actor started",
			f:    news.EventFilter{Source: "RUS"},
			want: []string{"Russia armed the Belarusian army. @https://e.example/2"},
		},
		{
			name: "a person is matched by id only",
			f:    news.EventFilter{Actor: "ALEXANDER_LUKASHENKO"},
			want: []string{"Lukashenko signed a deal with Russia. @https://e.example/1"},
		},
		{
			name: "source and target combine",
			f:    news.EventFilter{Source: "BLR", Target: "LTU"},
			want: []string{"Belarus threatened Lithuania. @https://e.example/1", "Belarus sanctioned Lithuania. @https://e.example/3"},
		},
		{
			name: "realized drops threats",
			f:    news.EventFilter{Source: "BLR", Target: "LTU", Realized: true},
			want: []string{"Belarus sanctioned Lithuania. @https://e.example/3"},
		},
		{
			name: "a type filter takes a PLOVER type in any case",
			f:    news.EventFilter{Type: "aid"},
			want: []string{"Russia armed the Belarusian army. @https://e.example/2"},
		},
		{
			name: "a numeric type is a CAMEO code prefix",
			f:    news.EventFilter{Type: "05"},
			want: []string{"Lukashenko signed a deal with Russia. @https://e.example/1"},
		},
		{
			name: "dates bound the event date and drop undated events",
			f:    news.EventFilter{Filter: news.Filter{From: day(2020, 1, 1), To: day(2020, 8, 10)}},
			want: []string{"Lukashenko signed a deal with Russia. @https://e.example/1", "Belarus threatened Lithuania. @https://e.example/1"},
		},
		{
			name: "an article source filter applies",
			f:    news.EventFilter{Filter: news.Filter{Source: "tass"}},
			want: []string{"Russia armed the Belarusian army. @https://e.example/2"},
		},
		{
			name: "an actor nobody involves has no events",
			f:    news.EventFilter{Actor: "NOBODY"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Events(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Sentence+" @"+h.Article.URL)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Events mismatch (-want +got):\n%s", diff)
			}
		})
	}
	for _, tt := range []struct {
		name string
		f    news.EventFilter
	}{
		{"a reversed date range is invalid", news.EventFilter{Filter: news.Filter{From: day(2021, 1, 1), To: day(2020, 1, 1)}}},
		{"a type that is not PLOVER's is invalid, not an empty answer", news.EventFilter{Type: "COOPERATION"}},
		{"a one-digit CAMEO code is invalid: root codes have two", news.EventFilter{Type: "5"}},
		{"a CAMEO code longer than four digits is invalid", news.EventFilter{Type: "05711"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := db.Events(context.Background(), tt.f)
			if !errors.Is(err, news.ErrInvalid) {
				t.Fatalf("Events = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestEventPagingAndFilters(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	// Three events, each told on its day by BelTA first and TASS after.
	var batch []*news.Article
	for i, d := range []time.Time{day(2021, 3, 1), day(2021, 3, 2), day(2021, 3, 3)} {
		for j, src := range []string{"BelTA", "TASS"} {
			batch = append(batch, eventDoc(fmt.Sprintf("https://p.example/%d/%d", i, j), src, d, nil,
				coded{fmt.Sprintf("%s: Belarus sanctioned Lithuania.", src), sanction}))
		}
	}
	mustPut(t, db, batch...)
	type hit struct {
		Date              string
		Sentence          string
		Articles, Sources int
	}
	tests := []struct {
		name string
		f    news.EventFilter
		want []hit
	}{
		{
			name: "a page holds distinct events, newest first, each from its first telling",
			f:    news.EventFilter{Filter: news.Filter{Limit: 2}},
			want: []hit{{"2021-03-03", "BelTA: Belarus sanctioned Lithuania.", 2, 2}, {"2021-03-02", "BelTA: Belarus sanctioned Lithuania.", 2, 2}},
		},
		{
			name: "the next page goes on where the first stopped",
			f:    news.EventFilter{Filter: news.Filter{Limit: 2, Offset: 2}},
			want: []hit{{"2021-03-01", "BelTA: Belarus sanctioned Lithuania.", 2, 2}},
		},
		{
			name: "a page of mentions counts tellings, not events",
			f:    news.EventFilter{Mentions: true, Filter: news.Filter{Limit: 3}},
			want: []hit{{"2021-03-03", "BelTA: Belarus sanctioned Lithuania.", 2, 2}, {"2021-03-03", "TASS: Belarus sanctioned Lithuania.", 2, 2},
				{"2021-03-02", "BelTA: Belarus sanctioned Lithuania.", 2, 2}},
		},
		{
			name: "a source filter shows that source's telling with the event's full counts",
			f:    news.EventFilter{Filter: news.Filter{Source: "tass", From: day(2021, 3, 2)}},
			want: []hit{{"2021-03-03", "TASS: Belarus sanctioned Lithuania.", 2, 2}, {"2021-03-02", "TASS: Belarus sanctioned Lithuania.", 2, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []hit
			for _, h := range hits {
				got = append(got, hit{h.Event.Date.Format("2006-01-02"), h.Sentence, h.NumArticles, h.NumSources})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Events mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("an event's ID is the row of its telling, the same in both listings", func(t *testing.T) {
		events, err := db.Events(ctx, news.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		tellings, err := db.Events(ctx, news.EventFilter{Mentions: true})
		if err != nil {
			t.Fatal(err)
		}
		ids := map[int64]string{}
		for _, h := range tellings {
			ids[h.ID] = h.Sentence
		}
		if len(ids) != 6 {
			t.Fatalf("%d distinct telling IDs, want 6", len(ids))
		}
		for _, h := range events {
			if ids[h.ID] != h.Sentence {
				t.Errorf("event %d says %q, its telling %q", h.ID, h.Sentence, ids[h.ID])
			}
		}
	})
}

// eventCorpus is n articles of ten events each over two years, from seven
// sources: one Belarus–Russia event and nine of other pairs, so that most
// events are retold on the same day by other articles.
func eventCorpus(n, offset int) []*news.Article {
	pairs := []string{"BLRRUS", "USACHN", "UKRRUS", "POLBLR", "LTUBLR", "DEUFRA", "RUSUSA", "CHNRUS", "BLRUKR", "FRAGBR"}
	as := make([]*news.Article, n)
	for i := range as {
		k := i + offset
		var cs []coded
		for j, pair := range pairs {
			src, tgt := news.ActorID(pair[:3]), news.ActorID(pair[3:])
			cs = append(cs, coded{fmt.Sprintf("%s met %s, %d.", src, tgt, j), news.Event{Source: src, Target: tgt,
				SourceCode: string(src) + "GOV", TargetCode: string(tgt), Type: "CONSULT", CAMEO: []string{"040", "042", "043"}[k%3],
				QuadClass: 1, Goldstein: 1, Realized: k%5 != 0}})
		}
		as[i] = eventDoc(fmt.Sprintf("https://b.example/%d", k), fmt.Sprintf("S%d", k%7),
			day(2019, 1, 1).AddDate(0, 0, k%730), nil, cs...)
	}
	return as
}

// BenchmarkEvents lists a store of 100,000 events: as events (grouped) and
// as mentions, a first page, a deep page and one dyad's events; and puts
// batches of 100 articles (1,000 events) into it, which prices the
// identity triggers.
func BenchmarkEvents(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	const n = 10000
	for i := 0; i < n; i += 1000 {
		mustPut(b, db, eventCorpus(1000, i)...)
	}
	for _, bb := range []struct {
		name string
		f    news.EventFilter
	}{
		{"events", news.EventFilter{Filter: news.Filter{Limit: 50}}},
		{"mentions", news.EventFilter{Mentions: true, Filter: news.Filter{Limit: 50}}},
		{"events deep page", news.EventFilter{Filter: news.Filter{Limit: 50, Offset: 5000}}},
		{"events of a dyad", news.EventFilter{Source: "BLR", Target: "RUS", Filter: news.Filter{Limit: 50}}},
		{"events of a month", news.EventFilter{Filter: news.Filter{Limit: 1000, From: day(2020, 3, 1), To: day(2020, 3, 31)}}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := db.Events(ctx, bb.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("put", func(b *testing.B) {
		next := n
		b.ReportAllocs()
		for b.Loop() {
			if _, err := db.Put(ctx, eventCorpus(100, next)); err != nil {
				b.Fatal(err)
			}
			next += 100
		}
		b.ReportMetric(float64(next-n)/b.Elapsed().Seconds(), "articles/s")
	})
}
