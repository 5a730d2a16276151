package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blocks are the elements that start a new paragraph. go-trafilatura's own
// ContentText joins everything with single spaces, losing paragraphs and
// putting spaces inside words split by inline tags, so the text is rendered
// from its cleaned tree instead.
var blocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"body": true, "dd": true, "details": true, "div": true, "dl": true,
	"dt": true, "figcaption": true, "figure": true, "footer": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "tr": true, "ul": true, "caption": true, "thead": true,
	"tbody": true, "tfoot": true,
}

// render turns an extracted tree into plain text: one paragraph per block,
// paragraphs separated by a blank line, runs of whitespace collapsed to one
// space except inside <pre>, <br> kept as a line break, table cells
// separated by a space.
func render(root *html.Node) string {
	r := renderer{}
	r.walk(root, false)
	r.flush()
	return strings.Join(r.paras, "\n\n")
}

type renderer struct {
	paras []string
	cur   strings.Builder
	// edge is set when an inline element opened or closed since the last
	// text. go-trafilatura trims the whitespace around inline elements, so
	// "will <a>appreciate</a>" arrives as "will" + "appreciate"; a space
	// goes back between two word characters there. It wrongly splits a
	// word styled mid-way ("tre<b>k</b>"), which is the rarer case: on the
	// ScrapingHub pages, 11 pages lost words the other way and 2 split.
	edge bool
}

func (r *renderer) walk(n *html.Node, pre bool) {
	if n == nil {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, pre)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	tag := n.Data
	switch tag {
	case "script", "style", "noscript", "template", "head":
		return
	case "br":
		r.lineBreak()
		return
	case "td", "th":
		r.space()
	}
	block := blocks[tag]
	if block {
		r.flush()
	} else {
		r.edge = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, pre || tag == "pre")
	}
	if block {
		r.flush()
	} else {
		r.edge = true
	}
}

func (r *renderer) text(s string, pre bool) {
	if s == "" {
		return
	}
	if r.edge {
		r.edge = false
		prev, _ := utf8.DecodeLastRuneInString(r.cur.String())
		next, _ := utf8.DecodeRuneInString(s)
		if isWord(prev) && isWord(next) {
			r.cur.WriteByte(' ')
		}
	}
	if pre {
		r.cur.WriteString(s)
		return
	}
	for i, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		if i > 0 || startsWithSpace(s) {
			r.space()
		}
		r.cur.WriteString(f)
	}
	if endsWithSpace(s) {
		r.space()
	}
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// space adds one separating space unless the paragraph is empty or already
// ends in whitespace.
func (r *renderer) space() {
	s := r.cur.String()
	if s == "" || endsWithSpace(s) {
		return
	}
	r.cur.WriteByte(' ')
}

func (r *renderer) lineBreak() {
	s := strings.TrimRightFunc(r.cur.String(), isBlank)
	if s == "" {
		return
	}
	r.cur.Reset()
	r.cur.WriteString(s)
	r.cur.WriteByte('\n')
}

func (r *renderer) flush() {
	p := r.cur.String()
	r.cur.Reset()
	lines := strings.Split(p, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = strings.TrimRightFunc(l, unicode.IsSpace); strings.TrimSpace(l) != "" {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 {
		return
	}
	kept[0] = strings.TrimLeftFunc(kept[0], unicode.IsSpace)
	r.paras = append(r.paras, strings.Join(kept, "\n"))
}

func isBlank(r rune) bool { return r == ' ' || r == '\t' }

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}
