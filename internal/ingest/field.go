package ingest

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// The keys (JSONL) and column names (CSV) read into Raw, lowercased, in
// order of preference when a record has more than one. doc.go lists them
// for users; keep the two in step.
var (
	urlKeys      = []string{"url", "link", "canonical_url"}
	titleKeys    = []string{"title", "headline"}
	textKeys     = []string{"text", "content", "maintext", "body", "article"}
	htmlKeys     = []string{"html", "raw_html"}
	dateKeys     = []string{"date", "published", "date_publish", "publish_date", "pubdate", "published_at", "publishedat", "date_published"}
	sourceKeys   = []string{"source", "domain", "site_name", "source_domain"}
	languageKeys = []string{"language", "lang"}
	authorKeys   = []string{"author", "authors", "byline"}
)

// A lookup returns the value of a lowercased key, "" when absent.
type lookup func(key string) string

// first returns the first non-blank value among keys.
func (get lookup) first(keys []string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(get(k)); v != "" {
			return v
		}
	}
	return ""
}

// record maps one JSONL object or CSV row onto a Raw. ok is false when the
// record carries no text and no HTML.
func record(name string, f news.Format, get lookup) (raw news.Raw, ok bool) {
	raw = news.Raw{
		Name:     name,
		Format:   f,
		URL:      get.first(urlKeys),
		Title:    get.first(titleKeys),
		Author:   get.first(authorKeys),
		Source:   get.first(sourceKeys),
		Language: get.first(languageKeys),
	}
	raw.Published, _ = parseDate(get.first(dateKeys))
	// Body keeps its inner whitespace; only a blank body counts as missing.
	for _, k := range textKeys {
		if v := get(k); strings.TrimSpace(v) != "" {
			raw.Body = []byte(v)
			return raw, true
		}
	}
	for _, k := range htmlKeys {
		if v := get(k); strings.TrimSpace(v) != "" {
			raw.Body, raw.HTML = []byte(v), true
			return raw, true
		}
	}
	return raw, false
}

// bodyColumn finds the column a CSV header holds the body in.
func bodyColumn(header []string) (i int, html, ok bool) {
	for _, k := range textKeys {
		if i := slices.Index(header, k); i >= 0 {
			return i, false, true
		}
	}
	for _, k := range htmlKeys {
		if i := slices.Index(header, k); i >= 0 {
			return i, true, true
		}
	}
	return -1, false, false
}

func lowerAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	}
	return out
}
