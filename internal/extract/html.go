package extract

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// Options returns the go-trafilatura options HTML runs with. It is exported
// so the evaluation can run the library alone, with the same settings, as an
// anchor for our own figures.
//
// The choices were measured with the eval package (go test
// ./internal/eval -run Variants -variants -v): default mode beats
// EnableFallback on the ScrapingHub benchmark (F1 0.962 against 0.960)
// and is about 1.6 times as fast, though fallback finds more on trafilatura's
// own set (0.917 against 0.907); comments are not article text; tables
// are, as trafilatura's evaluation counts them.
func Options(pageURL string) trafilatura.Options {
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    dateMode,
	}
	if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	return opts
}

// dateMode is the go-htmldate mode trafilatura runs for the publication
// date. Extensive (go-htmldate's extensive search, original date) gets the
// day right on 0.908 of the htmldate-mediacloud pages against 0.867 for the
// Fast mode trafilatura picks by default, at about 6% of extraction time.
// It is what calling go-htmldate directly with those options gives, without
// parsing the page twice. The price is a tail: on a mangled date string
// go-dateparser can spend a few hundred milliseconds trying every locale.
const dateMode = trafilatura.Extensive

// HTML extracts main text and metadata from one page. pageURL may be empty.
// The page should be UTF-8, as ingest readers deliver it; other bytes are
// decoded by their declared charset (windows-1252 when none is declared).
// The article URL is the page's canonical URL when it declares one, else
// pageURL. It returns an error wrapping news.ErrInvalid when the page holds
// no article text.
func HTML(page []byte, pageURL string) (*news.Article, error) {
	doc, err := parse(page)
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	canonical := canonicalURL(doc, pageURL)
	res, err := trafilatura.ExtractDocument(doc, Options(pageURL))
	if err != nil {
		return nil, fmt.Errorf("extract html: %w: %w", news.ErrInvalid, err)
	}
	text := norm.NFC.String(render(res.ContentNode))
	if text == "" {
		return nil, fmt.Errorf("extract html: %w: no article text", news.ErrInvalid)
	}
	m := res.Metadata
	a := &news.Article{
		URL:       pageURL,
		Title:     norm.NFC.String(collapse(m.Title)),
		Author:    norm.NFC.String(collapse(m.Author)),
		Published: m.Date,
		Language:  language(m.Language, doc),
		Source:    norm.NFC.String(collapse(m.Sitename)),
		Text:      text,
	}
	if canonical != "" {
		a.URL = canonical
	}
	return a, nil
}

// parse reads the page as UTF-8 when it is valid UTF-8, whatever it
// declares: ingest readers have already transcoded, and a stale
// <meta charset> must not garble the text a second time.
func parse(page []byte) (*html.Node, error) {
	if utf8.Valid(page) {
		return html.Parse(bytes.NewReader(page))
	}
	enc, _, _ := charset.DetermineEncoding(page, "")
	return html.Parse(enc.NewDecoder().Reader(bytes.NewReader(page)))
}

// canonicalURL returns the page's <link rel=canonical> or og:url, made
// absolute against pageURL, or "" when the page declares neither or it is
// not an absolute http(s) URL.
func canonicalURL(doc *html.Node, pageURL string) string {
	var link, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if link == "" && hasToken(attr(n, "rel"), "canonical") {
					link = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				if og == "" && strings.EqualFold(strings.TrimSpace(attr(n, "property")), "og:url") {
					og = strings.TrimSpace(attr(n, "content"))
				}
			case "body":
				// Canonical declarations belong to the head; links in
				// the body point elsewhere.
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, s := range []string{link, og} {
		if u := absolute(s, pageURL); u != "" {
			return u
		}
	}
	return ""
}

func absolute(ref, base string) string {
	if ref == "" {
		return ""
	}
	u, err := nurl.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		b, err := nurl.Parse(base)
		if err != nil || !b.IsAbs() {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// language prefers trafilatura's answer (detected from the extracted text)
// over the page's declared lang, which templates often leave at "en".
func language(detected string, doc *html.Node) string {
	if detected != "" {
		return strings.ToLower(detected)
	}
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "html" {
			lang := strings.TrimSpace(attr(n, "lang"))
			if lang == "" {
				lang = strings.TrimSpace(attr(n, "xml:lang"))
			}
			primary, _, _ := strings.Cut(lang, "-")
			primary, _, _ = strings.Cut(primary, "_")
			return strings.ToLower(primary)
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}
