package extract

import (
	_ "embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The cleaner's line rules are data so a new widget is one line of
// rules/lines.tsv, and every removal names the rule that made it. No Go
// library cleans plain text (go-trafilatura and go-readability need the HTML
// tree), so the rules and the structural checks in cleaner.go are our own.
//
//go:embed rules/lines.tsv
var linesTSV string

// kind says where in an article a line rule may remove a line.
type kind uint8

const (
	kindLine kind = iota // anywhere
	kindEdge             // before the first or after the last body paragraph
	kindTail             // after the last body paragraph
	kindList             // a heading that takes the link-like run below it
	numKinds
)

var kindNames = map[string]kind{"line": kindLine, "edge": kindEdge, "tail": kindTail, "list": kindList}

// A rule is one line of rules/lines.tsv.
type rule struct {
	name   string
	kind   kind
	max    int // the longest line, in runes, it looks at
	first  firstRunes
	re     *regexp.Regexp
	author int // index of the (?P<author>) group; 0 when absent
}

// lineRules are parsed once; the file is embedded, so an error in it is a
// programming error caught by the first test run.
var lineRules = mustParseRules(linesTSV)

func mustParseRules(src string) []rule {
	rs, err := parseRules(src)
	if err != nil {
		panic("extract: rules/lines.tsv: " + err.Error())
	}
	return rs
}

// parseRules reads the TSV: name, kind, max, pattern; "#" starts a comment
// line. A define line names a sub-pattern that later patterns use as {NAME}.
func parseRules(src string) ([]rule, error) {
	defines := map[string]string{}
	var rs []rule
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] == "" || f[3] == "" {
			return nil, fmt.Errorf("line %d: want name<TAB>kind<TAB>max<TAB>pattern", n+1)
		}
		name, k, pat := f[0], f[1], f[3]
		pat, err := expandDefines(pat, defines)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		if k == "define" {
			defines[name] = pat
			continue
		}
		kd, ok := kindNames[k]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown kind %q", n+1, k)
		}
		limit, err := strconv.Atoi(f[2])
		if err != nil || limit <= 0 || limit > maxRuleLen {
			return nil, fmt.Errorf("line %d: max %q is not a length from 1 to %d", n+1, f[2], maxRuleLen)
		}
		full := `^(?i:` + pat + `)$`
		re, err := regexp.Compile(full)
		if err != nil {
			return nil, fmt.Errorf("line %d: rule %s: %w", n+1, name, err)
		}
		tree, err := syntax.Parse(full, syntax.Perl)
		if err != nil {
			return nil, fmt.Errorf("line %d: rule %s: %w", n+1, name, err)
		}
		first, _ := starts(tree)
		rs = append(rs, rule{name: name, kind: kd, max: limit, first: first, re: re, author: re.SubexpIndex("author")})
	}
	return rs, nil
}

// expandDefines replaces each {NAME} with its defined pattern. Only upper-case
// names are expanded, so repetitions like {0,80} and classes like \p{Lu}
// pass through.
func expandDefines(pat string, defines map[string]string) (string, error) {
	var b strings.Builder
	for {
		i := strings.Index(pat, "{")
		if i < 0 {
			b.WriteString(pat)
			return b.String(), nil
		}
		j := strings.Index(pat[i:], "}")
		name := ""
		if j > 0 {
			name = pat[i+1 : i+j]
		}
		class := i > 1 && pat[i-2] == '\\' && (pat[i-1] == 'p' || pat[i-1] == 'P') // \p{Lu}
		if class || name == "" || strings.ToUpper(name) != name || strings.ContainsAny(name, "0123456789,") {
			b.WriteString(pat[:i+1])
			pat = pat[i+1:]
			continue
		}
		def, ok := defines[name]
		if !ok {
			return "", fmt.Errorf("undefined {%s}", name)
		}
		b.WriteString(pat[:i])
		b.WriteString("(?:" + def + ")")
		pat = pat[i+j+1:]
	}
}

// maxRuleLen bounds every rule's max.
const maxRuleLen = 1000

// ruleHits returns, for each kind, the index of the first rule of that kind
// matching s, or -1.
func ruleHits(s string) [numKinds]int16 {
	h := noHits
	if len(s) > 4*maxRuleLen {
		return h
	}
	n := utf8.RuneCountInString(s)
	c, _ := utf8.DecodeRuneInString(s)
	for i, r := range lineRules {
		if h[r.kind] < 0 && n <= r.max && r.first.has(c) && r.re.MatchString(s) {
			h[r.kind] = int16(i)
		}
	}
	return h
}

// firstRunes is the set of runes a rule's match can start with. Most rules
// start with a word, so checking a line's first rune against the set skips
// most regexp runs; the regexp package has no such prefilter for
// case-insensitive patterns.
type firstRunes struct {
	any   bool
	runes map[rune]bool
}

func (f firstRunes) has(r rune) bool { return f.any || f.runes[r] }

func (f *firstRunes) add(r rune, fold bool) {
	if f.runes == nil {
		f.runes = map[rune]bool{}
	}
	f.runes[r] = true
	for g := unicode.SimpleFold(r); fold && g != r; g = unicode.SimpleFold(g) {
		f.runes[g] = true
	}
}

func (f *firstRunes) union(g firstRunes) {
	f.any = f.any || g.any
	for r := range g.runes {
		f.add(r, false)
	}
}

// starts computes the runes re can start with and whether it can match
// the empty string. Huge classes (\p{L}, .) give up and allow any rune.
func starts(re *syntax.Regexp) (firstRunes, bool) {
	var f firstRunes
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return f, true
		}
		f.add(re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return f, false
	case syntax.OpCharClass:
		size := 0
		for i := 0; i < len(re.Rune); i += 2 {
			size += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if size > 4096 {
			f.any = true
			return f, false
		}
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				f.add(r, re.Flags&syntax.FoldCase != 0)
			}
		}
		return f, false
	case syntax.OpCapture, syntax.OpPlus:
		return starts(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		f, _ = starts(re.Sub[0])
		return f, true
	case syntax.OpRepeat:
		f, empty := starts(re.Sub[0])
		return f, empty || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			g, empty := starts(sub)
			f.union(g)
			if !empty {
				return f, false
			}
		}
		return f, true
	case syntax.OpAlternate:
		empty := false
		for _, sub := range re.Sub {
			g, e := starts(sub)
			f.union(g)
			empty = empty || e
		}
		return f, empty
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return f, true
	case syntax.OpNoMatch:
		return f, false
	}
	f.any = true // any character
	return f, false
}

// bylineAuthor returns the author a byline rule finds in s, or "".
func bylineAuthor(r rule, s string) string {
	if r.author <= 0 {
		return ""
	}
	m := r.re.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	a := strings.TrimRight(m[r.author], " ,.")
	for _, w := range strings.Fields(a) {
		if notNames[strings.ToLower(strings.Trim(w, ",."))] {
			return ""
		}
	}
	return a
}

// notNames are capitalised words that follow "By" in sentences, not bylines:
// "By Monday, the protests had spread."
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"then": true, "now": true, "today": true, "tomorrow": true, "yesterday": true,
	"this": true, "that": true, "these": true, "those": true, "contrast": true,
	"comparison": true, "law": true, "noon": true, "midnight": true, "morning": true,
	"evening": true, "night": true, "all": true, "most": true, "some": true,
	"early": true, "late": true, "far": true, "mid": true, "decree": true,
}

// The structural rules below need more than one line to decide.

// lists removes list headings ("Partner news", "Read also") with the run of
// short link-like lines under them. A run that starts in the heading's own
// block ends with it; a run of blank-separated items continues, at most
// eight items inside the body. A line another rule removed ends the run.
func (c *cleaning) lists() {
	for i := 0; i < len(c.units); i++ {
		u := &c.units[i]
		h := u.hits[kindList]
		if h < 0 || i == c.title {
			continue
		}
		name := lineRules[h].name
		if u.rule == "" {
			u.rule = name
		}
		sameBlock := i+1 < len(c.units) && c.units[i+1].block == u.block
		taken, j := 0, i+1
		for ; j < len(c.units); j++ {
			v := &c.units[j]
			if sameBlock && v.block != u.block {
				break
			}
			if v.rule != "" {
				break // another widget starts
			}
			if j == c.title || !linkLike(v.text) || (!sameBlock && j <= c.last && taken >= 8) {
				break
			}
			v.rule = name
			taken++
		}
		i = j - 1
	}
}

// linkLike is a line that reads as a link or a headline, not a sentence.
func linkLike(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		return true
	}
	if len(strings.Fields(s)) > 20 || utf8.RuneCountInString(s) > 200 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".,;:", r) || strings.HasSuffix(s, "...")
}

// teasers removes a paragraph that appears again further down, in full or
// as the start of a longer one: the teaser or lede copy a scraper picked up
// above the article. Only a copy in the lede zone (the first three
// paragraphs) or one cut off with an ellipsis counts, and not a line that
// repeats three times or more, which is a template ("Portion: 1 cup"), not a
// teaser. Paragraphs are bucketed by the start of their key so the check
// stays linear on long texts.
func (c *cleaning) teasers() {
	const bucket, minKey, lede = 24, 40, 3
	keys := make([]string, len(c.units))
	byStart := map[string][]int{}
	copies := map[string]int{}
	for i := range c.units {
		if !c.kept(i) {
			continue
		}
		keys[i] = lineKey(trimEllipsis(c.units[i].text))
		copies[keys[i]]++
		if len(keys[i]) >= bucket {
			byStart[keys[i][:bucket]] = append(byStart[keys[i][:bucket]], i)
		}
	}
	zone := 0
	for i, k := range keys {
		if k == "" {
			continue
		}
		zone++
		cut := trimEllipsis(c.units[i].text) != c.units[i].text
		if len(k) < minKey || len(strings.Fields(c.units[i].text)) < 8 || copies[k] > 2 || (zone > lede && !cut) {
			continue
		}
		for _, j := range byStart[k[:bucket]] {
			if j > i && strings.HasPrefix(keys[j], k) && (!cut || len(keys[j]) > len(k)) {
				c.units[i].rule = "teaser"
				break
			}
		}
	}
}

// spamTail removes the trailing run of keyword lists ("buy cheap viagra,
// casino online, best seo") whose words the article itself does not use.
// Overlap with the body decides, not a word list: a keyword line about the
// article's own subject is its tags and stays.
func (c *cleaning) spamTail() {
	var run []int
	for i := len(c.units) - 1; i >= 0 && i != c.title; i-- {
		if !c.kept(i) {
			continue
		}
		if !keywordList(c.units[i].text) {
			break
		}
		run = append(run, i)
	}
	if len(run) == 0 {
		return
	}
	vocab := map[string]bool{}
	for i := range c.units[:run[len(run)-1]] {
		if c.kept(i) || i == c.title {
			for _, s := range stems(c.units[i].text) {
				vocab[s] = true
			}
		}
	}
	if len(vocab) < 20 {
		return
	}
	for _, i := range run {
		ss := stems(c.units[i].text)
		shared := 0
		for _, s := range ss {
			if vocab[s] {
				shared++
			}
		}
		if len(ss) == 0 || shared*10 >= len(ss)*3 {
			return
		}
		c.units[i].rule = "spam-tail"
	}
}

// keywordList is a line of three or more short terms separated by commas,
// pipes or bullets, with hardly any function words and no colon or quote
// marks: a list, not a sentence.
func keywordList(s string) bool {
	if endsSentence(s) || strings.ContainsAny(s, ":\"“”«»") {
		return false
	}
	terms := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",|;·•/#", r) })
	n, words, stop := 0, 0, 0
	for _, t := range terms {
		w := strings.Fields(t)
		if len(w) == 0 {
			continue
		}
		if len(w) > 5 {
			return false
		}
		n++
		words += len(w)
		for _, x := range w {
			if stopwords[strings.ToLower(x)] {
				stop++
			}
		}
	}
	return n >= 3 && words*10 <= n*35 && stop*5 <= words
}

// stems are the distinct content words of s cut to five letters, enough to
// match inflected forms ("protests", "protesters"; "протест", "протестов").
func stems(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 3 || stopwords[w] {
			continue
		}
		if r := []rune(w); len(r) > 5 {
			w = string(r[:5])
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of in on at to for from by with as is are was were be
		been it its this that these those he she they we you i his her their our not no
		has have had will would can could should may said says than then there which who what when
		и в во на с со по к о об от до за из у не но а что это как для же ли бы он она они мы вы
		его её их был была были быть также так уже ещё еще`) {
		stopwords[w] = true
	}
}
