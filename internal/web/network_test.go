package web

import (
	"strings"
	"testing"
)

func TestNetworkPage(t *testing.T) {
	tests := []struct {
		name   string
		path   string
		code   int
		want   []string
		absent []string
	}{
		{"the network charts nodes and coloured edges with their links", "/network", 200,
			[]string{"3 actors, the most mentioned with realised events between them, and 2 pairs",
				`&#34;nodes&#34;:[{&#34;id&#34;:&#34;BLR&#34;,&#34;name&#34;:&#34;Belarus&#34;,&#34;mentions&#34;:9,&#34;events&#34;:4,&#34;href&#34;:&#34;/actors/BLR&#34;}`,
				`{&#34;source&#34;:&#34;BLR&#34;,&#34;target&#34;:&#34;NEW:X&#34;,&#34;events&#34;:1,&#34;goldstein&#34;:-10,&#34;color&#34;:&#34;#b42318&#34;,&#34;href&#34;:&#34;/dyads?a=BLR\u0026b=NEW%3AX\u0026by=year&#34;}`},
			nil},
		{"the tables link actors to their pages and pairs to their dyads, names escaped", "/network", 200,
			[]string{`<th scope="row"><a href="/actors/NEW:X">&lt;i&gt;Evil&lt;/i&gt; Corp</a></th><td>1</td><td>1</td>`,
				`<th scope="row"><a href="/dyads?a=BLR&amp;b=RUS&amp;by=year">Belarus and Russia</a></th><td>3</td><td class="tone cooperation">&#43;3.0</td><td>2</td><td>0</td><td>1</td><td>0</td>`,
				`<a href="/dyads?a=BLR&amp;b=NEW%3AX&amp;by=year">Belarus and &lt;i&gt;Evil&lt;/i&gt; Corp</a></th><td>1</td><td class="tone conflict">-10.0</td>`},
			[]string{"<i>Evil</i>"}},
		{"the period and limit are echoed into the form", "/network?from=2020-01-01&to=2020-12-31&limit=20", 200,
			[]string{`value="2020-01-01"`, `value="2020-12-31"`, `value="20"`}, nil},
		{"a bad date is a bad request", "/network?from=soon", 400, []string{"want YYYY-MM-DD"}, nil},
		{"a limit that is not a number is a bad request", "/network?limit=lots", 400, []string{"want 1 to 200 actors"}, nil},
		{"a limit over the page's bound is a bad request", "/network?limit=201", 400, nil, nil},
		{"a store failure is a 500 that does not leak", "/network?limit=13", 500, []string{"Internal Server Error"}, []string{"/var/secret"}},
		{"actor pages link each partner to its dyad", "/actors/BLR", 200,
			[]string{`<a href="/dyads?a=BLR&amp;b=NEW%3AX&amp;by=year">Dyad with Belarus</a>`, "<th scope=\"col\">Dealings</th>"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, newEventServer(&fakeEvents{}), tt.path, nil)
			page(t, tt.path, rec, tt.code, tt.want, tt.absent)
		})
	}
}

func TestPagesWithoutEvents(t *testing.T) {
	h := newActorServer()
	for _, path := range []string{"/dyads?a=BLR&b=RUS", "/network"} {
		t.Run(path+" is not found without an event store", func(t *testing.T) {
			if rec := get(t, h, path, nil); rec.Code != 404 {
				t.Errorf("GET %s = %d, want 404", path, rec.Code)
			}
		})
	}
	t.Run("the menu and the actor page then leave dyads and the network out", func(t *testing.T) {
		body := get(t, h, "/actors/BLR", nil).Body.String()
		for _, w := range []string{`href="/dyads`, `href="/network"`, "Dealings"} {
			if strings.Contains(body, w) {
				t.Errorf("the actor page has %q", w)
			}
		}
	})
}

func TestGoldsteinColor(t *testing.T) {
	tests := []struct {
		name string
		g    float64
		want string
	}{
		{"the most conflictual is red", -10, "#b42318"},
		{"neutral is grey", 0, "#9ca3af"},
		{"the most cooperative is green", 10, "#15803d"},
		{"halfway to cooperation blends grey and green", 5, "#599276"},
		{"scores beyond the scale are clamped", -25, "#b42318"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goldsteinColor(tt.g); got != tt.want {
				t.Errorf("goldsteinColor(%v) = %s, want %s", tt.g, got, tt.want)
			}
		})
	}
}

func BenchmarkNetworkPage(b *testing.B) {
	h := newEventServer(&fakeEvents{})
	b.ReportAllocs()
	for b.Loop() {
		if rec := get(b, h, "/network", nil); rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}
