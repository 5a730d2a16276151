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

// told is one sentence of a network article: the actors it names and the
// event it carries, if any.
type told struct {
	sentence string
	names    []news.ActorID
	event    *news.Event
}

// networkDoc makes an article of the sentences, each naming its actors by
// one mention apiece and dated as the article.
func networkDoc(url string, published time.Time, ts ...told) *news.Article {
	a := &news.Article{URL: url, Title: "About " + url, Source: "Test", Published: published}
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(t.sentence)
		sp := news.Span{Start: start, End: b.Len()}
		for _, id := range t.names {
			a.Mentions = append(a.Mentions, news.Mention{Span: sp, Text: t.sentence, Actor: id, How: "name", Sentence: i})
		}
		if t.event != nil {
			e := *t.event
			e.Span, e.Trigger, e.Sentence, e.Date = sp, sp, i, published
			a.Events = append(a.Events, e)
		}
	}
	a.Text = b.String()
	return a
}

func ev(src, tgt news.ActorID, quad int, goldstein float64, realized bool) *news.Event {
	return &news.Event{Source: src, Target: tgt, SourceCode: string(src), TargetCode: string(tgt),
		CAMEO: "040", QuadClass: quad, Goldstein: goldstein, Realized: realized}
}

// networkCorpus: Belarus and Russia deal with each other in 2020 and
// 2021, Belarus with Lithuania in 2021, and a new actor with Belarus once.
// Russia is the most mentioned, then Belarus, Lithuania, the new actor.
func networkCorpus(tb testing.TB, db *DB) {
	tb.Helper()
	mustPut(tb, db,
		networkDoc("https://n.example/1", day(2020, 8, 3),
			told{"Russia aided Belarus.", []news.ActorID{"RUS", "BLR"}, ev("RUS", "BLR", 2, 7, true)},
			told{"Belarus thanked Russia.", []news.ActorID{"BLR", "RUS"}, ev("BLR", "RUS", 1, 3, true)},
			told{"Russia promised more.", []news.ActorID{"RUS"}, ev("RUS", "BLR", 2, 7, false)},
			told{"Russia praised itself.", []news.ActorID{"RUS"}, ev("RUS", "RUS", 1, 2, true)},
			told{"Russia spoke.", []news.ActorID{"RUS"}, ev("RUS", "", 1, 1, true)}),
		networkDoc("https://n.example/2", day(2021, 3, 1),
			told{"Belarus accused Russia.", []news.ActorID{"BLR", "RUS"}, ev("BLR", "RUS", 3, -2, true)},
			told{"Belarus sanctioned Lithuania.", []news.ActorID{"BLR", "LTU"}, ev("BLR", "LTU", 4, -8, true)},
			told{"Lithuania protested to Belarus.", []news.ActorID{"LTU", "BLR"}, ev("LTU", "BLR", 3, -4, true)},
			told{"Russia, Russia, Russia.", []news.ActorID{"RUS", "RUS", "RUS"}, nil}),
		networkDoc("https://n.example/3", day(2021, 5, 1),
			told{"The Council met Belarus.", []news.ActorID{"NEW:council", "BLR"}, ev("NEW:council", "BLR", 1, 1, true)}),
	)
}

func TestNetwork(t *testing.T) {
	db := MustOpenDB(t)
	networkCorpus(t, db)
	tests := []struct {
		name string
		q    news.NetworkQuery
		want *news.Network
	}{
		{"all time: realised events between two actors, nodes by mentions, edges by events", news.NetworkQuery{},
			&news.Network{
				Nodes: []news.NetworkNode{{Actor: "RUS", Mentions: 9, Events: 3}, {Actor: "BLR", Mentions: 6, Events: 6},
					{Actor: "LTU", Mentions: 2, Events: 2}, {Actor: "NEW:council", Name: "The Council met Belarus.", Mentions: 1, Events: 1}},
				Edges: []news.NetworkEdge{{A: "BLR", B: "RUS", Events: 3, Goldstein: 8.0 / 3, Quad: [4]int{1, 1, 1, 0}},
					{A: "BLR", B: "LTU", Events: 2, Goldstein: -6, Quad: [4]int{0, 0, 1, 1}},
					{A: "BLR", B: "NEW:council", Events: 1, Goldstein: 1, Quad: [4]int{1, 0, 0, 0}}},
			}},
		{"a period keeps its events and counts mentions in its articles", news.NetworkQuery{From: day(2021, 1, 1), To: day(2021, 3, 1)},
			&news.Network{
				Nodes: []news.NetworkNode{{Actor: "RUS", Mentions: 4, Events: 1}, {Actor: "BLR", Mentions: 3, Events: 3},
					{Actor: "LTU", Mentions: 2, Events: 2}},
				Edges: []news.NetworkEdge{{A: "BLR", B: "LTU", Events: 2, Goldstein: -6, Quad: [4]int{0, 0, 1, 1}},
					{A: "BLR", B: "RUS", Events: 1, Goldstein: -2, Quad: [4]int{0, 0, 1, 0}}},
			}},
		{"a limit keeps the most mentioned actors and only the edges between them", news.NetworkQuery{Limit: 2},
			&news.Network{
				Nodes: []news.NetworkNode{{Actor: "RUS", Mentions: 9, Events: 3}, {Actor: "BLR", Mentions: 6, Events: 6}},
				Edges: []news.NetworkEdge{{A: "BLR", B: "RUS", Events: 3, Goldstein: 8.0 / 3, Quad: [4]int{1, 1, 1, 0}}},
			}},
		{"a period without events is an empty network", news.NetworkQuery{From: day(2022, 1, 1)},
			&news.Network{Nodes: []news.NetworkNode{}, Edges: nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Network(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Network(%+v) mismatch (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestNetworkCountsAnEventOnce(t *testing.T) {
	db := MustOpenDB(t)
	aid := ev("RUS", "BLR", 2, 7, true)
	mustPut(t, db,
		networkDoc("https://n.example/1", day(2020, 8, 3), told{"Russia aided Belarus.", []news.ActorID{"RUS", "BLR"}, aid}),
		networkDoc("https://n.example/2", day(2020, 8, 3), told{"Moscow aided Minsk.", []news.ActorID{"RUS", "BLR"}, aid}),
		networkDoc("https://n.example/3", day(2020, 8, 4), told{"Russia aided Belarus again.", []news.ActorID{"RUS", "BLR"}, aid}))
	got, err := db.Network(context.Background(), news.NetworkQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := []news.NetworkEdge{{A: "BLR", B: "RUS", Events: 2, Goldstein: 7, Quad: [4]int{0, 2, 0, 0}}}
	if diff := cmp.Diff(want, got.Edges); diff != "" {
		t.Errorf("two articles telling one event on one day and a third on the next (-want +got):\n%s", diff)
	}
}

func TestNetworkInvalid(t *testing.T) {
	db := MustOpenDB(t)
	tests := []struct {
		name string
		q    news.NetworkQuery
	}{
		{"a negative limit is invalid", news.NetworkQuery{Limit: -1}},
		{"from after to is invalid", news.NetworkQuery{From: day(2021, 2, 1), To: day(2021, 1, 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := db.Network(context.Background(), tt.q); !errors.Is(err, news.ErrInvalid) {
				t.Errorf("Network(%+v) = %v, want ErrInvalid", tt.q, err)
			}
		})
	}
}

func BenchmarkNetwork(b *testing.B) {
	db := MustOpenDB(b)
	countries := []news.ActorID{"BLR", "RUS", "UKR", "POL", "LTU", "LVA", "DEU", "FRA", "USA", "CHN", "KAZ", "ARM"}
	var batch []*news.Article
	for i := range 2000 {
		var ts []told
		for j := range 5 {
			src, tgt := countries[(i+j)%len(countries)], countries[(i*7+j*3+1)%len(countries)]
			ts = append(ts, told{fmt.Sprintf("%s met %s.", src, tgt), []news.ActorID{src, tgt},
				ev(src, tgt, 1+(i+j)%4, float64((i+j)%20)-10, (i+j)%5 != 0)})
		}
		batch = append(batch, networkDoc(fmt.Sprintf("https://b.example/%d", i), day(2000+i%25, time.Month(1+i%12), 1+i%28), ts...))
	}
	mustPut(b, db, batch...)
	for _, q := range []news.NetworkQuery{{}, {From: day(2010, 1, 1), To: day(2012, 12, 31)}} {
		b.Run(fmt.Sprintf("from %s", q.From.Format("2006")), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := db.Network(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
