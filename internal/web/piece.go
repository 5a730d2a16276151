package web

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// A piece is a run of article text with how to show it. Pieces are plain
// strings that the templates escape: highlighting never builds HTML in Go,
// so nothing in an article can turn into markup.
type piece struct {
	Text  string
	Mark  bool   // a search match
	Class string // space-separated: "actor", "quote", "amount"
	Title string // what the highlight is, for the tooltip
	Href  string // where an actor links; empty until actor pages exist
	// ID is set on the first piece of the span a link from an event or a
	// quote points at, so the browser scrolls to that sentence.
	ID string
}

// Snippet match markers, as news.Hit documents them.
const (
	matchStart = "⟦"
	matchEnd   = "⟧"
)

// marks splits a snippet at its ⟦ ⟧ markers into plain and marked pieces,
// dropping the markers. An unbalanced marker just ends or starts a mark.
func marks(snippet string) []piece {
	var out []piece
	mark := false
	for snippet != "" {
		i := strings.Index(snippet, matchStart)
		j := strings.Index(snippet, matchEnd)
		k, next := -1, false
		switch {
		case i >= 0 && (j < 0 || i < j):
			k, next = i, true
		case j >= 0:
			k, next = j, false
		}
		if k < 0 {
			out = append(out, piece{Text: snippet, Mark: mark})
			break
		}
		if k > 0 {
			out = append(out, piece{Text: snippet[:k], Mark: mark})
		}
		snippet = snippet[k+len(matchStart):] // both markers are three bytes
		mark = next
	}
	return out
}

// targetID is the fragment a link to a sentence ends with; see spanHref.
const targetID = "hl"

// A highlight is one span of an article to mark.
type highlight struct {
	span         news.Span
	class, title string
	href         string
}

// highlights collects the article's mentions, quotes and amounts whose
// spans are sound: in range, non-empty and on rune boundaries. A stage's
// bad span must not split a character or panic the page. target, when
// sound, is the span a link asked for (an event's sentence, a quote).
func highlights(a *news.Article, href func(news.ActorID) string, target news.Span) []highlight {
	ok := func(s news.Span) bool {
		return s.Start >= 0 && s.Start < s.End && s.End <= len(a.Text) &&
			utf8.RuneStart(a.Text[s.Start]) && (s.End == len(a.Text) || utf8.RuneStart(a.Text[s.End]))
	}
	var hs []highlight
	if ok(target) {
		hs = append(hs, highlight{span: target, class: "target"})
	}
	for _, q := range a.Quotes {
		if !ok(q.Span) {
			continue
		}
		who := q.SpeakerText
		if who == "" {
			who = string(q.Speaker)
		}
		title := "quote"
		if who != "" {
			title = "quote by " + who
		}
		hs = append(hs, highlight{span: q.Span, class: "quote", title: title})
	}
	for _, m := range a.Mentions {
		if !ok(m.Span) {
			continue
		}
		title := "actor " + string(m.Actor)
		if m.Code != "" && m.Code != string(m.Actor) {
			title += " (" + m.Code + ")"
		}
		hs = append(hs, highlight{span: m.Span, class: "actor", title: title, href: href(m.Actor)})
	}
	for _, am := range a.Amounts {
		if !ok(am.Span) {
			continue
		}
		title := strings.TrimSpace("amount " + am.Kind + " " + am.Unit + " " + am.Object)
		hs = append(hs, highlight{span: am.Span, class: "amount", title: title})
	}
	return hs
}

// paragraphs splits the article text into its lines (the cleaner puts one
// paragraph per line), each cut into pieces at the highlight boundaries.
// Pieces of one paragraph concatenate back to its line.
// href gives where a mention of an actor links ("" for nowhere); target is
// the span a link points at (the zero span for none).
func paragraphs(a *news.Article, href func(news.ActorID) string, target news.Span) [][]piece {
	hs := highlights(a, href, target)
	var out [][]piece
	start := 0
	for start <= len(a.Text) {
		end := strings.IndexByte(a.Text[start:], '\n')
		if end < 0 {
			end = len(a.Text)
		} else {
			end += start
		}
		if strings.TrimSpace(a.Text[start:end]) != "" {
			out = append(out, cut(a.Text, start, end, hs))
		}
		start = end + 1
	}
	return out
}

// cut splits text[start:end] at every highlight boundary inside it; each
// piece carries the classes of all highlights covering it, so a mention
// inside a quote is both.
func cut(text string, start, end int, hs []highlight) []piece {
	bounds := []int{start, end}
	for _, h := range hs {
		for _, b := range []int{h.span.Start, h.span.End} {
			if b > start && b < end {
				bounds = append(bounds, b)
			}
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	var out []piece
	for i := 0; i+1 < len(bounds); i++ {
		lo, hi := bounds[i], bounds[i+1]
		p := piece{Text: text[lo:hi]}
		var classes, titles []string
		for _, h := range hs {
			if h.span.Start <= lo && hi <= h.span.End {
				classes = append(classes, h.class)
				if h.title != "" {
					titles = append(titles, h.title)
				}
				if h.class == "target" && lo == h.span.Start {
					p.ID = targetID
				}
				if p.Href == "" {
					p.Href = h.href
				}
			}
		}
		p.Class = strings.Join(slices.Compact(classes), " ")
		p.Title = strings.Join(titles, "; ")
		out = append(out, p)
	}
	return out
}
