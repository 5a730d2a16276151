package ingest

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/entente-news/entente/internal/news"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// readHTML reads a whole file as one HTML page.
func readHTML(name string, r io.Reader, sink Sink) error {
	b, err := readAll(r)
	if err != nil {
		return err
	}
	if b, err = decodeHTML(b, ""); err != nil {
		return err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return errEmpty
	}
	return sink.doc(news.Raw{Name: name, Format: news.FormatHTML, HTML: true, Body: b})
}

// decodeHTML returns a page as UTF-8. The charset comes, in order, from a
// byte-order mark, the HTTP Content-Type, then a <meta> or XML declaration
// in the page. A page that declares nothing must already be UTF-8: guessing
// an encoding silently garbles text, and an error names the file to fix.
func decodeHTML(b []byte, contentType string) ([]byte, error) {
	if bytes.HasPrefix(b, utf8BOM) || hasUTF16BOM(b) {
		return fromBOM(b)
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		label = declaredCharset(b)
	}
	valid := invalidUTF8(b) < 0
	if label == "" {
		if !valid {
			return nil, fmt.Errorf("%w: invalid utf-8 and no declared charset", news.ErrInvalid)
		}
		return b, nil
	}
	enc, encName := charset.Lookup(label)
	switch {
	case enc == nil && valid:
		return b, nil
	case enc == nil:
		return nil, fmt.Errorf("%w: unknown charset %q", news.ErrUnsupported, label)
	case encName == "utf-8":
		// Declared UTF-8 with a stray bad byte is damage, not a different
		// encoding: keep the text and mark the spot.
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), nil
	case valid && hasHighBit(b):
		// Pages that declare a legacy charset but are served as UTF-8 are
		// common (templates copied forward); legacy text that happens to be
		// valid multi-byte UTF-8 is not.
		return b, nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("%w: charset %s: %v", news.ErrInvalid, encName, err)
	}
	return out, nil
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// prescanSize is how far into a page a charset declaration is looked for.
// The HTML standard says 1024 bytes; real pages often put long scripts
// first, so look further.
const prescanSize = 8192

// declaredCharset finds the charset a page declares in an XML declaration
// or a <meta charset> / <meta http-equiv="content-type"> tag. It stops at
// <body>, since a declaration after that is not one.
func declaredCharset(b []byte) string {
	b = b[:min(len(b), prescanSize)]
	if bytes.HasPrefix(b, []byte("<?xml")) {
		decl, _, _ := bytes.Cut(b, []byte("?>"))
		if cs := attrValue(string(decl), "encoding"); cs != "" {
			return cs
		}
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, more := z.TagName()
			switch string(tag) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, equiv, content string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = string(v)
				case "content":
					content = string(v)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if strings.EqualFold(strings.TrimSpace(equiv), "content-type") {
				if cs := attrValue(content, "charset"); cs != "" {
					return cs
				}
			}
		}
	}
}

// attrValue finds key=value in s, the value optionally quoted, as the HTML
// standard's "extract a character encoding from a meta element" does.
func attrValue(s, key string) string {
	i := strings.Index(strings.ToLower(s), key)
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len(key):], " \t\r\n")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t\r\n")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		end := strings.IndexByte(s[1:], q)
		if end < 0 {
			return ""
		}
		return strings.TrimSpace(s[1 : 1+end])
	}
	end := strings.IndexAny(s, " \t\r\n;\"'")
	if end < 0 {
		end = len(s)
	}
	return s[:end]
}
