package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cespare/xxhash/v2"
	"github.com/entente-news/entente/internal/news"
	"golang.org/x/text/unicode/norm"
)

// Article turns a raw document into a clean article: HTML through HTML, plain
// text through Clean. Metadata the container supplied wins over what the page
// says, except the URL: a canonical URL declared in the page replaces the
// container's, because stores deduplicate by canonical URL. It returns an
// error wrapping news.ErrInvalid when no article text is found.
func Article(raw news.Raw) (*news.Article, error) {
	var a *news.Article
	if raw.HTML {
		var err error
		if a, err = HTML(raw.Body, raw.URL); err != nil {
			return nil, err
		}
	} else {
		c := Clean(string(raw.Body))
		if strings.TrimSpace(c.Text) == "" {
			return nil, fmt.Errorf("clean text: %w: no article text", news.ErrInvalid)
		}
		a = &news.Article{
			URL:       raw.URL,
			Title:     c.Title,
			Author:    c.Author,
			Text:      c.Text,
			Removed:   c.Removed,
			Published: c.Published,
		}
	}
	a.Title = or(raw.Title, a.Title)
	a.Author = or(raw.Author, a.Author)
	a.Source = or(raw.Source, a.Source)
	a.Language = or(raw.Language, a.Language)
	if !raw.Published.IsZero() {
		a.Published = raw.Published
	}
	a.Origin = raw.Name
	a.Hash = Hash(a.Text)
	return a, nil
}

// Hash identifies a text regardless of Unicode composition, case and
// whitespace: the xxhash64, in hex, of its NFC form lowercased with every
// run of whitespace turned into one space and the ends trimmed.
func Hash(text string) string {
	// NFC last: lowercasing can leave a decomposed sequence behind.
	s := norm.NFC.String(strings.ToLower(collapse(text)))
	return strconv.FormatUint(xxhash.Sum64String(s), 16)
}

// collapse trims s and turns every run of whitespace into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func or(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}
