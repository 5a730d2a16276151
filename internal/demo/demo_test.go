package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// An article is one document of the corpus as a test sees it.
type article struct {
	Name   string // "text/x.txt", "articles.jsonl#line 3", "crawl.warc.gz#record 5"
	Format string
	URL    string
	Source string // the container's source field; "" when the format has none
	Text   string // visible article text, whitespace collapsed
}

// visible returns the text a reader sees in n, skipping scripts and styles.
func visible(n *html.Node, b *strings.Builder) {
	if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
		return
	}
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visible(c, b)
	}
}

func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// page reads an HTML page: the text of its <article> (or of the whole
// fragment when there is none), its canonical URL and its og:site_name.
func page(body []byte) (text, url, site string, err error) {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return "", "", "", err
	}
	root := find(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "article" })
	if root == nil {
		root = doc
	}
	var b strings.Builder
	visible(root, &b)
	if n := find(doc, func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "canonical" }); n != nil {
		url = attr(n, "href")
	}
	if n := find(doc, func(n *html.Node) bool { return n.Data == "meta" && attr(n, "property") == "og:site_name" }); n != nil {
		site = attr(n, "content")
	}
	return collapse(b.String()), url, site, nil
}

// first returns the first of the keys m has as a string, for the field names
// that vary between news datasets.
func first(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok {
			return s
		}
	}
	return ""
}

type rss struct {
	Items []struct {
		Title   string `xml:"title"`
		Link    string `xml:"link"`
		PubDate string `xml:"pubDate"`
		Creator string `xml:"http://purl.org/dc/elements/1.1/ creator"`
		Source  string `xml:"source"`
		Encoded string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	} `xml:"channel>item"`
}

// corpusArticles reads every article in the embedded corpus, in all five formats.
func corpusArticles(t testing.TB) []article {
	t.Helper()
	c := Corpus()
	var as []article
	for _, dir := range []string{"text", "html"} {
		names, err := fs.Glob(c, dir+"/*")
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			body, err := fs.ReadFile(c, name)
			if err != nil {
				t.Fatal(err)
			}
			a := article{Name: name, Format: dir, Text: collapse(string(body))}
			if dir == "html" {
				if a.Text, a.URL, a.Source, err = page(body); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
			as = append(as, a)
		}
	}

	data, err := fs.ReadFile(c, "articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("articles.jsonl line %d: %v", n, err)
		}
		as = append(as, article{
			Name:   fmt.Sprintf("articles.jsonl#line %d", n),
			Format: "jsonl",
			URL:    first(m, "url", "link"),
			Source: first(m, "source", "domain", "site_name"),
			Text:   collapse(first(m, "text", "maintext", "content")),
		})
	}

	data, err = fs.ReadFile(c, "feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	var feed rss
	if err := xml.Unmarshal(data, &feed); err != nil {
		t.Fatalf("feed.rss: %v", err)
	}
	for i, it := range feed.Items {
		text, _, _, err := page([]byte(it.Encoded))
		if err != nil {
			t.Fatalf("feed.rss item %d: %v", i+1, err)
		}
		as = append(as, article{Name: fmt.Sprintf("feed.rss#item %d", i+1), Format: "rss", URL: it.Link, Source: it.Source, Text: text})
	}

	data, err = fs.ReadFile(c, "crawl.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := readWARC(data)
	if err != nil {
		t.Fatalf("crawl.warc.gz: %v", err)
	}
	for i, r := range rs {
		head, body, _ := strings.Cut(r.Block, "\r\n\r\n")
		if r.get("WARC-Type") != "response" || !strings.HasPrefix(head, "HTTP/1.1 200") || !strings.Contains(head, "text/html") {
			continue
		}
		text, url, site, err := page([]byte(body))
		if err != nil {
			t.Fatalf("crawl.warc.gz record %d: %v", i+1, err)
		}
		if url != r.get("WARC-Target-URI") {
			t.Errorf("crawl.warc.gz record %d: canonical %q, target %q", i+1, url, r.get("WARC-Target-URI"))
		}
		as = append(as, article{Name: fmt.Sprintf("crawl.warc.gz#record %d", i+1), Format: "warc", URL: url, Source: site, Text: text})
	}
	return as
}

func TestCorpusFormats(t *testing.T) {
	as := corpusArticles(t)
	count := map[string]int{}
	for _, a := range as {
		count[a.Format]++
	}
	tests := []struct {
		format string
		min    int
	}{
		{"text", 10}, {"html", 8}, {"jsonl", 8}, {"rss", 5}, {"warc", 5},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("the %s format holds at least %d articles", tt.format, tt.min), func(t *testing.T) {
			if count[tt.format] < tt.min {
				t.Errorf("%d %s articles, want at least %d", count[tt.format], tt.format, tt.min)
			}
		})
	}
	t.Run("the corpus holds at least 40 articles in all", func(t *testing.T) {
		if len(as) < 40 {
			t.Errorf("%d articles, want at least 40", len(as))
		}
	})
	t.Run("every article has a body of real length", func(t *testing.T) {
		for _, a := range as {
			if n := len(strings.Fields(a.Text)); n < 150 {
				t.Errorf("%s: %d words", a.Name, n)
			}
		}
	})
}

func TestCorpusSource(t *testing.T) {
	for _, a := range corpusArticles(t) {
		if a.Format == "text" {
			// Plain text has no source field; its credits and bio name the site.
			if !strings.Contains(a.Text, "entente-demo") {
				t.Errorf("%s does not mention entente-demo", a.Name)
			}
			continue
		}
		if a.Source != "entente-demo" {
			t.Errorf("%s: source %q, want entente-demo", a.Name, a.Source)
		}
		if !strings.HasPrefix(a.URL, "https://demo.entente.example/") {
			t.Errorf("%s: url %q is not on the demo domain", a.Name, a.URL)
		}
	}
}

func TestJSONLFieldNamesVary(t *testing.T) {
	data, err := fs.ReadFile(Corpus(), "articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	aliases := map[string][]string{
		"url":      {"url", "link"},
		"title":    {"title", "headline"},
		"text":     {"text", "maintext", "content"},
		"date":     {"date", "date_publish", "published_at"},
		"source":   {"source", "domain", "site_name"},
		"language": {"language", "lang"},
		"author":   {"author", "authors", "byline"},
	}
	used := map[string]bool{}
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		for field, names := range aliases {
			found := false
			for _, k := range names {
				if _, ok := m[k]; ok {
					found, used[k] = true, true
				}
			}
			if !found {
				t.Errorf("line %d has no %s field (any of %v)", n+1, field, names)
			}
		}
	}
	for _, k := range []string{"url", "link", "text", "maintext", "date_publish", "lang", "authors"} {
		if !used[k] {
			t.Errorf("no line uses the field name %q", k)
		}
	}
}

// shingles are the word 5-grams of a text, for near-duplicate checks.
func shingles(text string) map[string]bool {
	w := strings.Fields(strings.ToLower(text))
	s := map[string]bool{}
	for i := 0; i+5 <= len(w); i++ {
		s[strings.Join(w[i:i+5], " ")] = true
	}
	return s
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// The content-farm repost of the Sochi loan story is the one planned
// near-duplicate; dedup is tested on it later.
var nearDuplicate = [2]string{"text/2020-09-14-sochi-loan.txt", "text/2020-09-15-sochi-loan-repost.txt"}

func TestCorpusDuplicates(t *testing.T) {
	as := corpusArticles(t)
	sh := make([]map[string]bool, len(as))
	for i, a := range as {
		sh[i] = shingles(a.Text)
	}
	var similar [][2]string
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			if as[i].Text == as[j].Text {
				t.Errorf("%s and %s are exact copies", as[i].Name, as[j].Name)
			}
			if jaccard(sh[i], sh[j]) >= 0.3 {
				pair := [2]string{as[i].Name, as[j].Name}
				sort.Strings(pair[:])
				similar = append(similar, pair)
			}
		}
	}
	t.Run("the only near-duplicate pair is the planned content-farm repost", func(t *testing.T) {
		if len(similar) != 1 || similar[0] != nearDuplicate {
			t.Errorf("near-duplicate pairs %v, want only %v", similar, nearDuplicate)
		}
	})
}

func TestCorpusHasHostileHTML(t *testing.T) {
	names, err := fs.Glob(Corpus(), "html/*.html")
	if err != nil {
		t.Fatal(err)
	}
	var script, onerror bool
	for _, name := range names {
		body, err := fs.ReadFile(Corpus(), name)
		if err != nil {
			t.Fatal(err)
		}
		_, comments, _ := bytes.Cut(body, []byte(`<section class="comments"`))
		script = script || bytes.Contains(comments, []byte("<script>"))
		onerror = onerror || bytes.Contains(body, []byte("onerror="))
	}
	if !script || !onerror {
		t.Errorf("want a <script> in a reader comment (%v) and an onerror attribute (%v) for the web UI's escaping tests", script, onerror)
	}
}

func TestCorpusFilesAreNamedForTheirDates(t *testing.T) {
	for _, dir := range []string{"text", "html"} {
		names, err := fs.Glob(Corpus(), dir+"/*")
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			base := path.Base(name)
			if len(base) < 11 || base[4] != '-' || base[7] != '-' || base[10] != '-' {
				t.Errorf("%s: want a YYYY-MM-DD- prefix", name)
			}
		}
	}
}

func BenchmarkCorpus(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		corpusArticles(b)
	}
}
