package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// fakeEvents serves a Belarus–Russia dyad with events in 2019 and 2021,
// and one hostile evidence sentence per direction. Actor "FAIL" fails like
// a broken disk. It records the event filters it was asked for.
type fakeEvents struct{ filters []news.EventFilter }

func (f *fakeEvents) Dyad(_ context.Context, q news.DyadQuery) (*news.DyadSeries, error) {
	if q.A == "FAIL" {
		return nil, errors.New("disk on fire at /var/secret")
	}
	return &news.DyadSeries{A: q.A, B: q.B, By: q.By, Direction: q.Direction, Undated: 1, Periods: []news.DyadPeriod{
		{Period: "2019", Start: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), Events: 2, Quad: [4]int{1, 0, 0, 1},
			Goldstein: -2.5, Tone: -1.234, ToneArticles: 1, Articles: 2},
		{Period: "2021", Start: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), Events: 1, Unrealized: 1, Quad: [4]int{0, 1, 0, 0},
			Goldstein: 7.4, Articles: 1},
	}, Coarse: []news.DyadPeriod{
		{Period: "1990s", Start: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), Events: 1, Quad: [4]int{1, 0, 0, 0}, Goldstein: 8, Articles: 1},
		{Period: "2018", Start: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC), Events: 1, Quad: [4]int{0, 1, 0, 0}, Goldstein: 7.4, Articles: 1},
	}}, nil
}

func (f *fakeEvents) Events(_ context.Context, ef news.EventFilter) ([]news.EventHit, error) {
	f.filters = append(f.filters, ef)
	day := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	a := &news.Article{ID: 1, Title: `Talks <script>alert("t")</script>`, Published: day, Source: "demo"}
	switch {
	case ef.Source == "BLR" && ef.Target == "RUS":
		return []news.EventHit{{Event: news.Event{Source: "BLR", Target: "RUS", Type: "ACCUSE", CAMEO: "112", QuadClass: 3,
			Goldstein: -2, Realized: true, Date: day.AddDate(0, 0, 2), Span: news.Span{Start: 120, End: 171}}, NumArticles: 3,
			Sentence: `Minsk accused <img src=x onerror=alert(1)> Moscow.`, Article: a},
			{Event: news.Event{Source: "BLR", Target: "RUS", Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true,
				Date: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), DatePrecision: news.PrecisionYear}, NumArticles: 1,
				Sentence: "Minsk lent Moscow money in 2019.", Article: a}}, nil
	case ef.Source == "RUS" && ef.Target == "BLR":
		return []news.EventHit{{Event: news.Event{Source: "RUS", Target: "BLR", Type: "AID", CAMEO: "071", QuadClass: 2,
			Goldstein: 7.4, Realized: false, Modality: "promise", Date: day}, NumArticles: 1,
			Sentence: "Moscow promised a loan.", Article: a}}, nil
	}
	return nil, nil
}

// fakeNetwork knows Belarus, Russia and a new actor with a hostile name.
type fakeNetwork struct{}

func (fakeNetwork) Network(_ context.Context, q news.NetworkQuery) (*news.Network, error) {
	if q.Limit == 13 {
		return nil, errors.New("disk on fire at /var/secret")
	}
	return &news.Network{
		Nodes: []news.NetworkNode{{Actor: "BLR", Mentions: 9, Events: 4}, {Actor: "RUS", Mentions: 4, Events: 3},
			{Actor: "NEW:X", Name: "<i>Evil</i> Corp", Mentions: 1, Events: 1}},
		Edges: []news.NetworkEdge{{A: "BLR", B: "RUS", Events: 3, Goldstein: 3, Quad: [4]int{2, 0, 1, 0}},
			{A: "BLR", B: "NEW:X", Events: 1, Goldstein: -10, Quad: [4]int{0, 0, 0, 1}}},
	}, nil
}

// resolveFake knows Belarus and Russia by name.
func resolveFake(_ context.Context, s string) (news.ActorID, error) {
	switch strings.ToLower(s) {
	case "belarus", "blr":
		return "BLR", nil
	case "russia", "rus":
		return "RUS", nil
	case "fail":
		return "FAIL", nil
	}
	return "", fmt.Errorf("actor %q: no actor has this id or name: %w", s, news.ErrNotFound)
}

func newEventServer(ev *fakeEvents) http.Handler {
	return (&Server{Store: fakeStore{arts: hostile()}, Actors: fakeActors{}, Events: ev, Network: fakeNetwork{},
		Resolve: resolveFake, Directory: fakeDirectory{
			"BLR": {ID: "BLR", Name: "Belarus", Kind: "country"},
			"RUS": {ID: "RUS", Name: "Russia", Kind: "country"},
		}}).Handler()
}

func TestDyadPage(t *testing.T) {
	tests := []struct {
		name   string
		path   string
		hdr    map[string]string
		code   int
		want   []string
		absent []string
	}{
		{"the empty form suggests the busiest pairs, names escaped", "/dyads", nil, 200,
			[]string{`<form class="search" action="/dyads"`, `<a href="/dyads?a=BLR&amp;b=RUS&amp;by=year">Belarus and Russia</a>`,
				`Belarus and &lt;i&gt;Evil&lt;/i&gt; Corp</a>`, `<a href="/dyads">Dyads</a>`, `<a href="/network">Network</a>`},
			[]string{"data-dyad"}},
		{"a dyad by year charts every year from the first to the last, conflict below zero", "/dyads?a=Belarus&b=Russia&by=year", nil, 200,
			[]string{"<h1>Belarus and Russia</h1>", `value="Belarus"`,
				`&#34;periods&#34;:[&#34;2019&#34;,&#34;2020&#34;,&#34;2021&#34;]`,
				`&#34;quads&#34;:[[1,0,0],[0,0,1],[0,0,0],[-1,0,0]]`,
				`&#34;goldstein&#34;:[-2.5,null,7.4],&#34;tone&#34;:[-1.23,null,null]`,
				"1 undated event is left out."},
			nil},
		{"the period table links each period with events to its sentences, for htmx and without it", "/dyads?a=BLR&b=RUS&by=year", nil, 200,
			[]string{`<a href="/dyads?a=BLR&amp;b=RUS&amp;by=year&amp;dir=both&amp;period=2019#evidence" hx-get="/dyads?a=BLR&amp;b=RUS&amp;by=year&amp;dir=both&amp;period=2019" hx-target="#evidence" hx-push-url="true" data-period="2019">2019</a>`,
				"<td>2</td><td>1</td><td>0</td><td>0</td><td>1</td><td>-2.5</td><td>-1.2</td><td>2</td><td>0</td>",
				"Choose a period in the chart or the table"},
			[]string{`data-period="2020"`}},
		{"the switch offers both directions named, marking the current one", "/dyads?a=BLR&b=RUS&dir=ba", nil, 200,
			[]string{`<a href="/dyads?a=BLR&amp;b=RUS&amp;by=year&amp;dir=ab">Belarus → Russia</a>`,
				`<a href="/dyads?a=BLR&amp;b=RUS&amp;by=year&amp;dir=ba" aria-current="true">Russia → Belarus</a>`,
				`<option value="ba" selected>`},
			nil},
		{"a period's sentences come to htmx alone, escaped, with their articles", "/dyads?a=BLR&b=RUS&by=year&period=2019",
			map[string]string{"HX-Request": "true", "HX-Target": "evidence"}, 200,
			[]string{`<h2 id="evidence-h" tabindex="-1">What happened in 2019</h2>`,
				"<blockquote>Moscow promised a loan.</blockquote>",
				"<blockquote>Minsk accused &lt;img src=x onerror=alert(1)&gt; Moscow.</blockquote>",
				`<a href="/actors/BLR">Belarus</a> → <a href="/actors/RUS">Russia</a> · ACCUSE, verbal conflict · CAMEO <code>112</code> · Goldstein -2.0`,
				"<strong>not realised: promise</strong>",
				`<a href="/articles/1?at=120-171#hl">Talks &lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;</a>, <time datetime="2019-06-03T00:00:00Z">`,
				`<a href="/articles/1">Talks &lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;</a>, <time datetime="2019-06-01T00:00:00Z">`, "told by 3 articles"},
			[]string{"<!doctype", "data-dyad"}},
		{"a period's sentences come oldest first", "/dyads?a=BLR&b=RUS&by=year&period=2019",
			map[string]string{"HX-Request": "true", "HX-Target": "evidence"}, 200,
			[]string{"Moscow promised a loan.</blockquote>\n<p class=\"meta\"><a href=\"/actors/RUS\">Russia</a>"}, nil},
		{"without JavaScript a period's link opens the whole page with its sentences", "/dyads?a=BLR&b=RUS&by=year&period=2019", nil, 200,
			[]string{"<!doctype html>", "data-dyad", "What happened in 2019", `<tr class="selected">`, `data-period="2019" aria-current="true"`}, nil},
		{"one direction lists only what that side did", "/dyads?a=BLR&b=RUS&by=year&dir=ab&period=2019",
			map[string]string{"HX-Request": "true", "HX-Target": "evidence"}, 200,
			[]string{"Minsk accused"}, []string{"Moscow promised"}},
		{"events dated only to a year stand apart from the quarters, linked to the year view", "/dyads?a=BLR&b=RUS&by=quarter", nil, 200,
			[]string{`<caption>Events dated less precisely than a quarter`,
				`<th scope="row"><a href="/dyads?a=BLR&amp;b=RUS&amp;by=year&amp;dir=both&amp;period=2018#evidence">2018</a></th><td>1</td><td>0</td><td>1</td>`,
				`<th scope="row">1990s</th><td>1</td>`}, nil},
		{"a quarter's sentences leave out an event known only to its year", "/dyads?a=BLR&b=RUS&by=quarter&period=2019-Q1",
			map[string]string{"HX-Request": "true", "HX-Target": "evidence"}, 200, []string{"Minsk accused"}, []string{"Minsk lent Moscow"}},
		{"a year's sentences date an event known only to it by the year", "/dyads?a=BLR&b=RUS&by=year&period=2019",
			map[string]string{"HX-Request": "true", "HX-Target": "evidence"}, 200,
			[]string{"Minsk lent Moscow money in 2019.", `<time datetime="2019-01-01T00:00:00Z">2019</time>`}, nil},
		{"a quarter names its months", "/dyads?a=BLR&b=RUS&by=quarter&period=2019-Q2", nil, 200, []string{"What happened in 2019-Q2"}, nil},
		{"a name nobody goes by is not found, and the form stays to retype it", "/dyads?a=Belarus&b=Atlantis", nil, 404,
			[]string{`<div class="error" role="alert"><p>b: actor &#34;Atlantis&#34;: no actor has this id or name: not found</p></div>`,
				`value="Atlantis"`}, []string{"data-dyad"}},
		{"one actor alone is a bad request, and the form stays to complete it", "/dyads?a=BLR", nil, 400,
			[]string{`<div class="error" role="alert"><p>Two actors needed: type the other one.</p></div>`, `value="BLR"`, `<form class="search" action="/dyads"`},
			[]string{"data-dyad"}},
		{"an unknown period kind is a bad request", "/dyads?a=BLR&b=RUS&by=decade", nil, 400, []string{"want year, quarter or month"}, nil},
		{"an unknown direction is a bad request", "/dyads?a=BLR&b=RUS&dir=up", nil, 400, []string{"want ab, ba or both"}, nil},
		{"a period of the wrong kind is a bad request", "/dyads?a=BLR&b=RUS&by=year&period=2019-Q5", nil, 400, []string{"is not a year"}, nil},
		{"a bad date is a bad request", "/dyads?a=BLR&b=RUS&from=yesterday", nil, 400, []string{"want YYYY-MM-DD"}, nil},
		{"hostile input is echoed as text", "/dyads?a=%3Cscript%3E&b=RUS", nil, 404, []string{"&lt;script&gt;"}, []string{"<script>"}},
		{"a store failure is a 500 that does not leak", "/dyads?a=fail&b=RUS", nil, 500, []string{"Internal Server Error"}, []string{"/var/secret"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, newEventServer(&fakeEvents{}), tt.path, tt.hdr)
			page(t, tt.path, rec, tt.code, tt.want, tt.absent)
			if got := rec.Header().Get("Content-Security-Policy"); got != CSP {
				t.Errorf("GET %s: CSP header %q", tt.path, got)
			}
		})
	}
}

func TestDyadEvidenceBounds(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		path string
		want []news.EventFilter
	}{
		{"a year asks for its days in both directions", "/dyads?a=BLR&b=RUS&by=year&period=2019", []news.EventFilter{
			{Source: "BLR", Target: "RUS", Filter: news.Filter{From: d(2019, 1, 1), To: d(2019, 12, 31), Limit: evidenceLimit}},
			{Source: "RUS", Target: "BLR", Filter: news.Filter{From: d(2019, 1, 1), To: d(2019, 12, 31), Limit: evidenceLimit}}}},
		{"the form's dates narrow the period, and B→A asks one way", "/dyads?a=BLR&b=RUS&by=month&dir=ba&period=2020-02&from=2020-02-10", []news.EventFilter{
			{Source: "RUS", Target: "BLR", Filter: news.Filter{From: d(2020, 2, 10), To: d(2020, 2, 29), Limit: evidenceLimit}}}},
		{"a period outside the form's dates asks for nothing", "/dyads?a=BLR&b=RUS&by=quarter&period=2019-Q1&from=2020-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := &fakeEvents{}
			if rec := get(t, newEventServer(ev), tt.path, nil); rec.Code != 200 {
				t.Fatalf("GET %s = %d\n%s", tt.path, rec.Code, rec.Body)
			}
			if diff := cmp.Diff(tt.want, ev.filters); diff != "" {
				t.Errorf("GET %s: event filters (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestPeriodDays(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, by, period string
		from, to         time.Time
		ok               bool
	}{
		{"a year runs January to December", "year", "2020", d(2020, 1, 1), d(2020, 12, 31), true},
		{"a third quarter runs July to September", "quarter", "2020-Q3", d(2020, 7, 1), d(2020, 9, 30), true},
		{"February of a leap year has 29 days", "month", "2024-02", d(2024, 2, 1), d(2024, 2, 29), true},
		{"a fifth quarter is no quarter", "quarter", "2020-Q5", time.Time{}, time.Time{}, false},
		{"a month is not a year", "year", "2020-02", time.Time{}, time.Time{}, false},
		{"a week is not a period the page offers", "week", "2020-W01", time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to, err := periodDays(tt.by, tt.period)
			if (err == nil) != tt.ok || !errors.Is(err, news.ErrInvalid) && err != nil {
				t.Fatalf("periodDays(%q, %q) error %v, want ok %v", tt.by, tt.period, err, tt.ok)
			}
			if !from.Equal(tt.from) || !to.Equal(tt.to) {
				t.Errorf("periodDays(%q, %q) = %v, %v; want %v, %v", tt.by, tt.period, from, to, tt.from, tt.to)
			}
		})
	}
}

// FuzzPeriodDays checks that a period that parses is named back as it was
// written and ends on or after the day it starts.
func FuzzPeriodDays(f *testing.F) {
	for _, s := range []string{"2020", "2020-Q3", "2020-02", "0000-Q1", "9999-12", "2020-Q", "-Q1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, by := range []string{"year", "quarter", "month"} {
			from, to, err := periodDays(by, s)
			if err != nil {
				continue
			}
			if to.Before(from) {
				t.Errorf("periodDays(%q, %q) ends %v before it starts %v", by, s, to, from)
			}
			if got := periodName(by, from); got != s {
				t.Errorf("periodDays(%q, %q) starts %v, which is named %q", by, s, from, got)
			}
			if got := periodName(by, to); got != s {
				t.Errorf("periodDays(%q, %q) ends %v, which is named %q", by, s, to, got)
			}
		}
	})
}

func BenchmarkDyadPage(b *testing.B) {
	h := newEventServer(&fakeEvents{})
	b.ReportAllocs()
	for b.Loop() {
		if rec := get(b, h, "/dyads?a=BLR&b=RUS&by=year&period=2019", nil); rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}
