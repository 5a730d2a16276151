package ingest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// detect names the format of an input from its name (without .gz) and its
// first bytes. A WARC version line wins over any name, since nothing else
// starts that way; otherwise a known extension decides; otherwise the
// content does.
func detect(name string, head []byte) (news.Format, error) {
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return news.FormatWARC, nil
	}
	ext := strings.ToLower(filepath.Ext(name))
	if name == "-" {
		ext = ""
	}
	if isJSONArray(head) {
		return "", errJSONArray
	}
	switch ext {
	case ".warc":
		return news.FormatWARC, nil
	case ".jsonl", ".ndjson", ".json":
		return news.FormatJSONL, nil
	case ".csv":
		return news.FormatCSV, nil
	case ".html", ".htm", ".xhtml":
		return news.FormatHTML, nil
	case ".txt", ".text":
		return news.FormatText, nil
	case ".rss", ".atom":
		return news.FormatFeed, nil
	case ".xml":
		if isFeed(head) {
			return news.FormatFeed, nil
		}
		return "", fmt.Errorf("%w: xml that is not an RSS or Atom feed", news.ErrUnsupported)
	}
	return sniff(head), nil
}

var errJSONArray = fmt.Errorf("%w: a JSON array, not JSON Lines (convert with: jq -c '.[]')", news.ErrUnsupported)

// isJSONArray reports whether content opens a JSON array of objects, a
// common dump format that would otherwise pass for plain text.
func isJSONArray(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(h) == 0 || h[0] != '[' {
		return false
	}
	h = bytes.TrimLeft(h[1:], " \t\r\n")
	return len(h) > 0 && h[0] == '{'
}

// sniff guesses the format of content with no telling name (stdin, an
// unknown extension). Plain text is the fallback: every other guess needs a
// positive sign.
func sniff(head []byte) news.Format {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	switch {
	case len(h) == 0:
		return news.FormatText
	case h[0] == '{':
		return news.FormatJSONL
	case h[0] == '<':
		if isFeed(h) {
			return news.FormatFeed
		}
		if isMarkup(h) {
			return news.FormatHTML
		}
	case isCSVHeader(h):
		return news.FormatCSV
	}
	return news.FormatText
}

// rootElement returns the lowercased name of the first element in an XML or
// HTML prefix, skipping the XML declaration, comments and doctype.
func rootElement(h []byte) string {
	for {
		i := bytes.IndexByte(h, '<')
		if i < 0 || i+1 >= len(h) {
			return ""
		}
		h = h[i+1:]
		switch {
		case bytes.HasPrefix(h, []byte("!--")):
			end := bytes.Index(h, []byte("-->"))
			if end < 0 {
				return ""
			}
			h = h[end+3:]
			continue
		case h[0] == '?' || h[0] == '!':
			continue
		}
		end := bytes.IndexAny(h, " \t\r\n/>")
		if end < 0 {
			end = len(h)
		}
		return strings.ToLower(string(h[:end]))
	}
}

func isFeed(h []byte) bool {
	switch rootElement(h) {
	case "rss", "feed", "rdf:rdf", "rdf":
		return true
	}
	return false
}

// isMarkup reports whether content starting with '<' is HTML: a doctype, a
// comment or any element. A '<' followed by a digit or space ("<3") is prose.
func isMarkup(h []byte) bool {
	if len(h) < 2 {
		return false
	}
	lower := bytes.ToLower(h[:min(len(h), 20)])
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<!--")) {
		return true
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		return rootElement(h) == "html"
	}
	c := h[1]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isCSVHeader reports whether the first line reads as a CSV header naming a
// text column; without one a comma-rich line is just prose.
func isCSVHeader(h []byte) bool {
	line, _, _ := bytes.Cut(h, []byte("\n"))
	if !bytes.Contains(line, []byte(",")) {
		return false
	}
	rec, err := csv.NewReader(bytes.NewReader(line)).Read()
	if err != nil {
		return false
	}
	_, _, ok := bodyColumn(lowerAll(rec))
	return ok
}

var errBinary = fmt.Errorf("%w: binary content", news.ErrUnsupported)

// checkText rejects content that is not text: NUL bytes, or more than one
// byte in ten a control character. A UTF-16 byte-order mark is the one
// excuse for NULs; readers transcode it.
func checkText(head []byte) error {
	if hasUTF16BOM(head) {
		return nil
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return errBinary
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f', c == 0x7f:
			ctl++
		}
	}
	if ctl*10 > len(head) {
		return errBinary
	}
	return nil
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// invalidUTF8 reports the byte offset of the first invalid UTF-8 sequence, or
// -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
