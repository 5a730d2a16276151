package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// Cleaned is plain text with its boilerplate removed.
type Cleaned struct {
	Title   string         // the headline, when the text starts with one
	Author  string         // from a byline, when present
	Text    string         // the article body, paragraphs separated by blank lines
	Removed []news.Removal // every dropped line with the rule that dropped it
	// Published is the date a dropped header line (byline, meta line)
	// prints; zero when none does.
	Published time.Time
}

// Clean removes the boilerplate scraped plain text carries: breadcrumbs, ad
// slots, captions, related-article lines, language and republishing notices,
// bylines and bios, view counters, subscribe/social/comment widgets, partner
// links, repeated titles, teaser copies and keyword-spam tails. It keeps the
// title (the first line when it reads as a headline), the author from a
// byline, every other paragraph and in-article subheadings. Removed lists
// each dropped line, in order, with the rule that dropped it.
//
// A line is one paragraph, except that a block of hard-wrapped lines is
// joined into one. Whitespace inside lines is collapsed to single spaces;
// nothing else in a kept line is changed. Line rules come from
// rules/lines.tsv; structural rules are the methods below. It never
// rewrites a sentence, and it is conservative: a paragraph that only
// mentions a photo, a subscription or Telegram stays.
func Clean(text string) Cleaned {
	c := cleaning{units: splitUnits(text), title: -1}
	c.apply(kindLine, nil)
	c.bounds()
	c.findTitle()
	c.apply(kindEdge, c.outside)
	c.header()
	c.titleRepeats()
	c.lists()
	c.apply(kindTail, c.after)
	c.teasers()
	c.spamTail()
	c.bio()
	return c.result()
}

// A unit is one paragraph of the input.
type unit struct {
	text  string
	block int    // the blank-line-separated block it came from
	rule  string // why it was removed; "" while kept
	hits  [numKinds]int16
}

// cleaning is one run of the cleaner over one text.
type cleaning struct {
	units       []unit
	first, last int // the first and last body paragraph; first > last when none
	title       int // index of the title unit, -1 when none
	titleText   string
	author      string
}

func (c *cleaning) kept(i int) bool { return c.units[i].rule == "" && i != c.title }

// apply removes the kept units a rule of kind k matches, where allowed.
func (c *cleaning) apply(k kind, where func(int) bool) {
	for i := range c.units {
		u := &c.units[i]
		h := u.hits[k]
		if h < 0 || !c.kept(i) || (where != nil && !where(i)) {
			continue
		}
		r := lineRules[h]
		if r.author > 0 {
			a := bylineAuthor(r, u.text)
			if a == "" {
				continue
			}
			if c.author == "" {
				c.author = a
			}
		}
		u.rule = r.name
	}
}

// bounds finds the body: from the first to the last paragraph that reads as
// prose and matches no rule. Edge and tail rules act only outside it.
func (c *cleaning) bounds() {
	c.first, c.last = len(c.units), -1
	for i, u := range c.units {
		// A paragraph cut off with an ellipsis is a teaser, not the body's start.
		if !c.kept(i) || !prose(u.text) || u.hits != noHits || trimEllipsis(u.text) != u.text {
			continue
		}
		c.first = min(c.first, i)
		c.last = i
	}
}

func (c *cleaning) outside(i int) bool { return i < c.first || i > c.last }
func (c *cleaning) after(i int) bool   { return i > c.last }

// prose is a paragraph of running text: long enough and ending a sentence.
func prose(s string) bool {
	w := len(strings.Fields(s))
	return w >= 25 || (w >= 8 && endsSentence(s))
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”»’')]*")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// headline is a line that reads as a title: short, capitalised, not ending
// like a sentence or a label.
func headline(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 200 || len(strings.Fields(s)) > 30 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".,;:", r) {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
	}
	return false
}

// result assembles the kept paragraphs and the removals in input order.
func (c *cleaning) result() Cleaned {
	out := Cleaned{Title: c.titleText, Author: c.author}
	var paras []string
	for i, u := range c.units {
		switch {
		case u.rule != "":
			out.Removed = append(out.Removed, news.Removal{Line: u.text, Rule: u.rule})
			if out.Published.IsZero() && i < c.first {
				out.Published, _ = dateline(u.text)
			}
		case i != c.title:
			paras = append(paras, u.text)
		}
	}
	out.Text = strings.Join(paras, "\n\n")
	return out
}

// splitUnits cuts text into paragraphs, one a line, except that lines of a
// block hard-wrapped at a fixed width are joined back into one paragraph.
// It also matches every unit against the line rules.
func splitUnits(text string) []unit {
	text = strings.TrimPrefix(text, "\ufeff")
	var units []unit
	var block []string
	b := 0
	flush := func() {
		units = appendBlock(units, block, b)
		block = block[:0]
		b++
	}
	for line := range strings.Lines(text) {
		l := strings.Join(strings.Fields(line), " ")
		if l == "" {
			if len(block) > 0 {
				flush()
			}
			continue
		}
		block = append(block, l)
	}
	if len(block) > 0 {
		flush()
	}
	return units
}

// appendBlock appends a block's paragraphs. Line i continues line i-1 when
// i-1 fills the block's width (at most 100 characters, so one-paragraph-a-line
// text is never joined), neither line matches a rule, and the break falls
// inside a sentence: i starts lower-case, i-1 ends on a comma, hyphen or
// function word, or i-1 is itself a continuation that does not end a
// sentence short of the width. A headline above a wrapped paragraph is never
// a continuation, so it stays apart, and so does a list of capitalised
// headlines.
func appendBlock(units []unit, block []string, b int) []unit {
	width := 0
	for _, l := range block {
		width = max(width, utf8.RuneCountInString(l))
	}
	wrapping := len(block) > 1 && width >= 40 && width <= 100
	continued := false // the previous line continued the one before it
	var prevHits [numKinds]int16
	var joined []int
	for i, l := range block {
		h := ruleHits(l)
		if wrapping && i > 0 && wrapsInto(block[i-1], l, width, continued) && h == noHits && prevHits == noHits {
			units[len(units)-1].text += " " + l
			if !continued {
				joined = append(joined, len(units)-1)
			}
			continued = true
			continue
		}
		units = append(units, unit{text: l, block: b, hits: h})
		continued = false
		prevHits = h
	}
	for _, i := range joined {
		units[i].hits = ruleHits(units[i].text)
	}
	return units
}

var noHits = [numKinds]int16{-1, -1, -1, -1}

func wrapsInto(prev, next string, width int, continued bool) bool {
	n := utf8.RuneCountInString(prev)
	if n < 30 || n*10 < width*6 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) || unicode.IsDigit(r) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(prev); strings.ContainsRune(",;-–(", r) {
		return true
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	// Inside a wrapped paragraph a line that fills the width was broken by
	// the wrap, even at a sentence end.
	return wrapWords[strings.ToLower(last)] || (continued && (!endsSentence(prev) || n*100 >= width*85))
}

// wrapWords end a line only when the sentence goes on below.
var wrapWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "and": true,
	"for": true, "on": true, "at": true, "by": true, "with": true, "from": true, "that": true,
	"и": true, "в": true, "на": true, "с": true, "по": true, "не": true, "что": true, "к": true,
}

// findTitle takes the first line as the title when it reads as a headline,
// skipping breadcrumbs and edge widgets (a byline) above it. A breadcrumb
// ending in the headline stands in for a missing title line.
func (c *cleaning) findTitle() {
	lastKept := -1
	for i := range c.units {
		if c.kept(i) {
			lastKept = i
		}
	}
	fallback := ""
	for i := 0; i < lastKept; i++ {
		if !c.kept(i) {
			continue
		}
		u := &c.units[i]
		if segs := crumbs(u.text); navLine(segs) {
			u.rule = "breadcrumb"
			fallback = segs[len(segs)-1]
			continue
		}
		if u.hits[kindEdge] >= 0 {
			continue
		}
		if headline(u.text) {
			c.title, c.titleText = i, u.text
			return
		}
		break
	}
	if fallback != "" && headline(fallback) {
		c.titleText = fallback
	}
}

// crumbSeps mark breadcrumb separators; "/", ">" and "|" only with spaces
// around them, so dates, URLs and "AFP/Getty" are not split.
var crumbSeps = strings.NewReplacer(" / ", "\x00", " > ", "\x00", " | ", "\x00", " \\ ", "\x00", "»", "\x00", "›", "\x00", "→", "\x00", "▸", "\x00", "▶", "\x00")

// crumbs splits a breadcrumb-shaped line into its segments: every segment
// but the last a short section name. It returns nil for other lines.
func crumbs(s string) []string {
	if len(s) > 400 {
		return nil
	}
	segs := strings.Split(crumbSeps.Replace(s), "\x00")
	// A quoted title may end a breadcrumb; quotes earlier mean prose.
	if strings.Contains(s[:len(s)-len(segs[len(segs)-1])], "«") {
		return nil
	}
	if len(segs) < 2 {
		return nil
	}
	for i, p := range segs {
		p = strings.TrimSpace(p)
		segs[i] = p
		if p == "" {
			return nil
		}
		if i < len(segs)-1 && (len(strings.Fields(p)) > 4 || utf8.RuneCountInString(p) > 40) {
			return nil
		}
	}
	return segs
}

// navLine is a breadcrumb before the title: three or more levels, or a
// home link and one more.
func navLine(segs []string) bool {
	return len(segs) >= 3 || (len(segs) == 2 && homeWords[strings.ToLower(segs[0])])
}

var homeWords = map[string]bool{
	"home": true, "main": true, "main page": true, "homepage": true, "start": true,
	"news": true, "главная": true, "главная страница": true, "новости": true,
	"головна": true, "галоўная": true, "навіны": true, "новини": true,
}

// titleRepeats removes lines repeating the title, and breadcrumbs anywhere
// that end in it.
func (c *cleaning) titleRepeats() {
	if c.titleText == "" {
		return
	}
	tk := lineKey(c.titleText)
	for i := range c.units {
		if !c.kept(i) {
			continue
		}
		u := &c.units[i]
		if sameTitle(c.titleText, tk, u.text) {
			u.rule = "title-repeat"
		} else if segs := crumbs(u.text); len(segs) >= 2 && lineKey(segs[len(segs)-1]) == tk {
			u.rule = "breadcrumb"
		}
	}
}

// bio removes a closing author bio: one of the last two paragraphs opening
// with a byline name and a bio verb ("Jane Smith is a correspondent ...",
// "Jane Smith covers ..."). Generic short bios are the bio line rules.
func (c *cleaning) bio() {
	var names []string
	for _, n := range strings.FieldsFunc(c.author, func(r rune) bool { return r == ',' || r == '&' }) {
		for _, m := range strings.Split(n, " and ") {
			for _, p := range strings.Split(m, " и ") {
				if p = strings.TrimSpace(p); len(strings.Fields(p)) >= 2 {
					names = append(names, p)
				}
			}
		}
	}
	if len(names) == 0 {
		return
	}
	seen := 0
	for i := len(c.units) - 1; i >= 0 && seen < 2; i-- {
		if !c.kept(i) {
			continue
		}
		seen++
		s := c.units[i].text
		if len(strings.Fields(s)) > 60 {
			continue
		}
		for _, n := range names {
			rest, ok := strings.CutPrefix(s, n)
			if ok && bioVerb(rest) {
				c.units[i].rule = "bio"
				break
			}
		}
	}
}

func bioVerb(rest string) bool {
	w := strings.Fields(strings.TrimLeft(rest, ", "))
	if len(w) == 0 || !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "is", "was", "covers", "covered", "writes", "wrote", "reports", "reported", "has", "joined",
		"works", "worked", "specialises", "specializes", "a", "an", "—", "–", "-",
		"является", "работает", "пишет":
		return true
	}
	return false
}

// sameTitle reports whether line s repeats title t (tk its key): the same
// words, a site name added or dropped after a separator, a copy cut off with
// an ellipsis, or a near-exact copy (a typo, a changed quote mark).
func sameTitle(t, tk, s string) bool {
	ks := lineKey(s)
	if ks == tk {
		return true
	}
	if len(tk) < 10 || len(ks) < 10 {
		return false
	}
	if siteless(s) == tk || siteless(t) == ks {
		return true
	}
	if cut := trimEllipsis(s); cut != s {
		if kc := lineKey(cut); len(kc)*10 >= len(tk)*6 && strings.HasPrefix(tk, kc) {
			return true
		}
	}
	// Byte lengths first: most lines are far from the title's length, and
	// the rune slices and the edit distance are the costly part.
	if len(tk) > 1200 || len(ks) > 1200 || absInt(len(tk)-len(ks))*5 > max(len(tk), len(ks)) {
		return false
	}
	a, b := []rune(tk), []rune(ks)
	if len(a) > 300 || len(b) > 300 || absInt(len(a)-len(b))*10 > max(len(a), len(b)) {
		return false
	}
	return levenshtein(a, b)*10 <= max(len(a), len(b))
}

// siteless is the key of s without a trailing " | Site Name".
func siteless(s string) string {
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: ", " · "} {
		if i := strings.LastIndex(s, sep); i > 0 && len(strings.Fields(s[i+len(sep):])) <= 5 {
			return lineKey(s[:i])
		}
	}
	return ""
}

func trimEllipsis(s string) string {
	for _, e := range []string{"[…]", "[...]", "(…)", "(...)", "…", "..."} {
		if t, ok := strings.CutSuffix(s, e); ok {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// lineKey is s lowercased with punctuation dropped, for comparing lines.
func lineKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
