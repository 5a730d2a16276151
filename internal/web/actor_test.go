package web

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// fakeActors knows one knowledge-base actor and one new actor with a
// hostile name.
type fakeActors struct{}

func (fakeActors) Actors(context.Context, news.ActorFilter) ([]news.ActorCount, error) {
	return []news.ActorCount{{Actor: "BLR", Articles: 3, Mentions: 9}, {Actor: "NEW:X", Name: "<i>Evil</i> Corp", Articles: 1, Mentions: 1}}, nil
}
func (fakeActors) ActorDetail(_ context.Context, id news.ActorID) (*news.ActorInfo, error) {
	if id != "BLR" && id != "NEW:X" {
		return nil, fmt.Errorf("actor %s: %w", id, news.ErrNotFound)
	}
	day := time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC)
	return &news.ActorInfo{
		ActorCount: news.ActorCount{Actor: id, Articles: 3, Mentions: 9},
		FirstSeen:  day, LastSeen: day,
		Forms:       []news.FormCount{{Text: "Minsk <b>", How: "metonym", Mentions: 2}},
		Codes:       []news.CodeCount{{Code: "BLR", Mentions: 9, From: day, To: day}},
		Months:      []news.MonthCount{{Month: "2020-06", Mentions: 4}, {Month: "2020-08", Mentions: 5}},
		CoMentioned: []news.ActorCount{{Actor: "NEW:X", Name: "<i>Evil</i> Corp", Articles: 1, Mentions: 1}},
		Quotes: []news.QuoteHit{{Quote: news.Quote{Text: "We <script>will</script> see", Direct: true},
			Article: &news.Article{ID: 1, Title: "T<b>", Published: day}},
			{Quote: news.Quote{Text: "Retold"}, Article: &news.Article{ID: 2, Title: "Wire", Published: day},
				NumMentions: 2, NumArticles: 2, NumSources: 2}},
	}, nil
}
func (fakeActors) ActorsNamed(context.Context, string) ([]news.Actor, error) { return nil, nil }

type fakeDirectory map[news.ActorID]*news.Actor

func (d fakeDirectory) Actor(id news.ActorID) (*news.Actor, bool) { a, ok := d[id]; return a, ok }

func newActorServer() http.Handler {
	return (&Server{Store: fakeStore{arts: hostile()}, Actors: fakeActors{}, Resolve: resolveFake, Directory: fakeDirectory{
		"BLR": {ID: "BLR", Name: "Belarus", Kind: "country", Aliases: []string{"Belarus", "Byelorussia", "Беларусь"},
			Roles: []news.Role{{Code: "BLR", Title: "state"}}},
	}}).Handler()
}

func TestActorPages(t *testing.T) {
	tests := []struct {
		name   string
		h      http.Handler
		path   string
		code   int
		want   []string
		absent []string
	}{
		{"the actor index ranks actors by name from the directory, escaping stored names", newActorServer(), "/actors", 200,
			[]string{`<a href="/actors/BLR">Belarus</a> <code>BLR</code>`, "<td>9</td><td>3</td>",
				`<a href="/actors/NEW:X">&lt;i&gt;Evil&lt;/i&gt; Corp</a>`, `<a href="/actors">Actors</a>`}, nil},
		{"an actor page shows names, roles, a monthly chart, partners and quotes", newActorServer(), "/actors/BLR", 200,
			[]string{"<h1>Belarus</h1>", "Byelorussia, Беларусь", "Minsk &lt;b&gt; <span class=\"meta\">(metonym, 2)</span>",
				"<td>state</td>", "<td><code>BLR</code></td><td>9 mentions</td>",
				`data-chart="{&#34;periods&#34;:[&#34;2020-06&#34;,&#34;2020-07&#34;,&#34;2020-08&#34;],&#34;counts&#34;:[4,0,5]}"`,
				`<a href="/actors/NEW:X">&lt;i&gt;Evil&lt;/i&gt; Corp</a>`,
				`<q>We &lt;script&gt;will&lt;/script&gt; see</q> — <a href="/articles/1">T&lt;b&gt;</a>`,
				`Retold <span class="meta">(reported)</span> — <a href="/articles/2">Wire</a>`, `</time> · told by 2 articles</li>`},
			[]string{"<dd>Belarus</dd>", "told by 1 article", "<q>Retold</q>"}},
		{"an actor nobody mentions is not found", newActorServer(), "/actors/NOBODY", 404, nil, nil},
		{"an actor typed by name is sent to its page", newActorServer(), "/actors/Belarus", 302,
			[]string{`<a href="/actors/BLR">Found</a>`}, nil},
		{"an ID the store does not mention is not found, not redirected to itself", newActorServer(), "/actors/RUS", 404, nil, nil},
		{"a link to a sentence marks it and gives the fragment its target", newActorServer(), "/articles/3?at=0-6", 200,
			[]string{`<span id="hl"></span><span class="hl target">Lavrov</span>`}, nil},
		{"a malformed sentence link still shows the article, marking nothing", newActorServer(), "/articles/3?at=6-x", 200,
			[]string{`Lavrov said`}, []string{`id="hl"`, "target"}},
		{"mentions link to actor pages when there are some", newActorServer(), "/articles/3", 200,
			[]string{`<a class="hl quote actor" href="/actors/BLR" title="quote by Lavrov; actor BLR">Minsk</a>`,
				`<q>Minsk owes $1.5 billion</q> — <a href="/actors/SERGEY_LAVROV">Lavrov</a>`}, nil},
		{"without an actor store there are no actor pages", newServer(), "/actors/BLR", 404, nil, nil},
		{"without an actor store mentions do not link and the menu has no actors", newServer(), "/articles/3", 200,
			[]string{`<span class="hl quote actor"`}, []string{`href="/actors`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, tt.h, tt.path, nil)
			page(t, tt.path, rec, tt.code, tt.want, tt.absent)
		})
	}
}
