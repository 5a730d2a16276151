package web

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.html")

// fakeStore serves fixed articles; a query "fail" fails like a broken
// disk, and a query starting with a quote is malformed.
type fakeStore struct{ arts []*news.Article }

func (f fakeStore) Put(context.Context, []*news.Article) (news.PutResult, error) {
	return news.PutResult{}, errors.New("read-only")
}
func (f fakeStore) Article(_ context.Context, id int64) (*news.Article, error) {
	for _, a := range f.arts {
		if a.ID == id {
			return a, nil
		}
	}
	return nil, fmt.Errorf("article %d: %w", id, news.ErrNotFound)
}
func (f fakeStore) Search(_ context.Context, q news.Query) ([]news.Hit, error) {
	switch {
	case q.Text == "fail":
		return nil, errors.New("disk on fire at /var/secret")
	case strings.HasPrefix(q.Text, `"`):
		return nil, fmt.Errorf("search: bad query syntax: %w", news.ErrInvalid)
	}
	var hits []news.Hit
	for _, a := range f.arts {
		hits = append(hits, news.Hit{Article: a, Snippet: "…the ⟦" + q.Text + "⟧ <img src=x onerror=alert(1)>…"})
	}
	return hits, nil
}
func (f fakeStore) List(context.Context, news.Filter) ([]*news.Article, error) { return f.arts, nil }
func (f fakeStore) Close() error                                               { return nil }

type fakeTimeline struct{}

func (fakeTimeline) Counts(_ context.Context, q news.Query, by string) ([]news.Bucket, error) {
	return []news.Bucket{{Period: "2011-05", Count: 1}, {Period: "2011-07", Count: 2}}, nil
}

// hostile articles carry what scraped pages carry.
func hostile() []*news.Article {
	day := time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC)
	h := highlighted()
	h.Published = day
	return []*news.Article{
		{ID: 1, Title: `Protests <script>alert("title")</script>`, URL: "https://example.org/a?x=1&y=2",
			Author: `<img src=x onerror=alert(2)>`, Source: "demo", Language: "en", Published: day,
			Text:    "Police <a href=\"javascript:alert(3)\">detained</a> hundreds.\n<script>alert(4)</script>",
			Removed: []news.Removal{{Line: `Share <svg onload=alert(5)>`, Rule: "share"}, {Line: "[ad_1]", Rule: "ad"}}},
		{ID: 2, Title: "Link trap", URL: "javascript:alert(6)", Text: "Nothing here.", Published: day},
		h,
	}
}

func newServer() http.Handler {
	return (&Server{Store: fakeStore{arts: hostile()}, Timeline: fakeTimeline{}}).Handler()
}

func get(t testing.TB, h http.Handler, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

var htmx = map[string]string{"HX-Request": "true"}

func TestPages(t *testing.T) {
	h := newServer()
	tests := []struct {
		name   string
		path   string
		hdr    map[string]string
		code   int
		want   []string
		absent []string
	}{
		{"the search page without a query lists the latest articles with their titles escaped", "/", nil, 200,
			[]string{"<!doctype html>", "Latest articles", "Protests &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;", `href="/articles/1"`},
			nil},
		{"a search marks matches in snippets and escapes everything else", "/?q=Minsk", nil, 200,
			[]string{"<mark>Minsk</mark> &lt;img src=x onerror=alert(1)&gt;", `value="Minsk"`, "Results for “Minsk”"},
			nil},
		{"a query with markup is echoed as text", "/?q=%3Cb%3Ebold", nil, 200,
			[]string{`value="&lt;b&gt;bold"`, "<mark>&lt;b&gt;bold</mark>"}, nil},
		{"the attention chart carries its data and a table", "/?q=gas", nil, 200,
			[]string{`data-chart="{&#34;periods&#34;:[&#34;2011-05&#34;,&#34;2011-06&#34;,&#34;2011-07&#34;],&#34;counts&#34;:[1,0,2]}"`,
				"3 matching articles, counted per month from 2011-05 to 2011-07", "<td>2011-07</td><td>2</td>"}, nil},
		{"an htmx search gets only the results fragment", "/?q=Minsk", htmx, 200,
			[]string{`<section class="results"`, "<mark>Minsk</mark>"}, []string{"<!doctype", "<form"}},
		{"an htmx history restore gets the whole page", "/?q=Minsk", map[string]string{"HX-Request": "true", "HX-History-Restore-Request": "true"}, 200,
			[]string{"<!doctype html>", "<form"}, nil},
		{"a malformed query is a bad request", "/?q=%22open", nil, 400, []string{"bad query syntax"}, nil},
		{"a malformed query under htmx is an error fragment", "/?q=%22open", htmx, 400, []string{`role="alert"`}, []string{"<!doctype"}},
		{"a bad date is a bad request", "/?from=yesterday", nil, 400, []string{"want YYYY-MM-DD"}, nil},
		{"a negative offset is a bad request", "/?offset=-5", nil, 400, nil, nil},
		{"a store failure is a 500 that does not leak", "/?q=fail", nil, 500, []string{"Internal Server Error"}, []string{"/var/secret"}},
		{"an article shows its text, author and removed lines escaped", "/articles/1", nil, 200,
			[]string{"<p>Police &lt;a href=&#34;javascript:alert(3)&#34;&gt;detained&lt;/a&gt; hundreds.</p>",
				"<p>&lt;script&gt;alert(4)&lt;/script&gt;</p>", "<dd>&lt;img src=x onerror=alert(2)&gt;</dd>",
				`<a href="https://example.org/a?x=1&amp;y=2" rel="noopener noreferrer" target="_blank">`,
				`hx-get="/articles/1/removed"`, "Show the 2 removed lines and why"},
			[]string{"<table class=\"removed\""}},
		{"a javascript: URL is shown, not linked", "/articles/2", nil, 200,
			[]string{"<code>javascript:alert(6)</code>", "The cleaner removed nothing"}, []string{`href="javascript`, "ZgotmplZ"}},
		{"highlights mark actors, quotes and amounts", "/articles/3", nil, 200,
			[]string{`<span class="hl quote actor" title="quote by Lavrov; actor BLR">Minsk</span>`,
				`<span class="hl quote amount" title="quote by Lavrov; amount money USD">$1.5 billion</span>`,
				"<q>Minsk owes $1.5 billion</q> — Lavrov", "Łukaszenka &lt;b&gt;replied&lt;/b&gt;."}, nil},
		{"the removed lines come to htmx as a fragment", "/articles/1/removed", htmx, 200,
			[]string{`<table class="removed">`, "<td>Share &lt;svg onload=alert(5)&gt;</td><td><code>share</code></td>"}, []string{"<!doctype"}},
		{"the removed lines open in the full page without JavaScript", "/articles/1/removed", nil, 200,
			[]string{"<!doctype html>", `<table class="removed">`}, []string{`id="show-removed"`}},
		{"a missing article is not found", "/articles/99", nil, 404, []string{"not found"}, nil},
		{"an id that is not a number is a bad request", "/articles/abc", nil, 400, nil, nil},
		{"an unknown path is not found", "/nowhere", nil, 404, []string{"<!doctype html>"}, nil},
		{"the chart script is served", "/static/app.js", nil, 200, []string{"data-chart"}, nil},
		{"the vendored htmx is served", "/static/vendor/htmx.min.js", nil, 200, []string{"htmx"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.path, tt.hdr)
			page(t, tt.path, rec, tt.code, tt.want, tt.absent)
			if got := rec.Header().Get("Content-Security-Policy"); got != CSP {
				t.Errorf("GET %s: CSP header %q, want %q", tt.path, got, CSP)
			}
		})
	}
}

// page checks a response: its status, that its body holds every want and
// none of absent, and that an HTML page is inert.
func page(t *testing.T, path string, rec *httptest.ResponseRecorder, code int, want, absent []string) {
	t.Helper()
	body := rec.Body.String()
	if rec.Code != code {
		t.Errorf("GET %s = %d, want %d\n%s", path, rec.Code, code, body)
	}
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("GET %s: body lacks %q\n%s", path, w, body)
		}
	}
	for _, w := range absent {
		if strings.Contains(body, w) {
			t.Errorf("GET %s: body has %q", path, w)
		}
	}
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		inert(t, body)
	}
}

// inert fails if the page holds anything that could run: a script that is
// not one of ours, an on* attribute, a javascript: URL, inline style, or
// an element that only hostile content would bring.
func inert(t *testing.T, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				src := attr(n, "src")
				if !strings.HasPrefix(src, "/static/") || n.FirstChild != nil {
					t.Errorf("a script that is not ours: src=%q", src)
				}
			case "style", "img", "svg", "iframe", "object", "embed", "b":
				t.Errorf("element <%s> from content", n.Data)
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" || strings.HasPrefix(v, "javascript:") {
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestArticleGolden pins the whole article page, so a template change shows
// in review as a diff of the HTML it produces.
func TestArticleGolden(t *testing.T) {
	got := get(t, newServer(), "/articles/3", nil).Body.Bytes()
	const path = "testdata/article.golden.html"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("article page differs from %s (run with -update and review the diff):\n%s", path, got)
	}
}

func BenchmarkSearchPage(b *testing.B) {
	h := newServer()
	b.ReportAllocs()
	for b.Loop() {
		if rec := get(b, h, "/?q=Minsk", nil); rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

func BenchmarkArticlePage(b *testing.B) {
	h := newServer()
	b.ReportAllocs()
	for b.Loop() {
		if rec := get(b, h, "/articles/3", nil); rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}
