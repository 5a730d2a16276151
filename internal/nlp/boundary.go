package nlp

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// A SentenceModel decides sentence boundaries between tokens on one line
// with an averaged perceptron that sees the rules' decision (splitter)
// among its features, so it learns where the rules are wrong: e-mail
// headers and signatures, sentences without final punctuation, "!" before
// a lower-case word. Line breaks stay with the rules: a blank line always
// ends a sentence, and a single newline follows the hard-wrap rules, which
// a treebank of one paragraph a line cannot teach.
//
// A SentenceModel is safe for concurrent use.
type SentenceModel struct {
	w *weights
	// margin is how much more the boundary class must score than its
	// absence, picked on dev: the perceptron's own threshold of zero
	// misses more boundaries than it invents.
	margin int32
}

const sentenceMagic = "entente-sentences 1\n"

//go:embed models/sentence.bin.gz
var sentenceModel []byte

var defaultSentences = sync.OnceValues(func() (*SentenceModel, error) {
	m, err := LoadSentenceModel(bytes.NewReader(sentenceModel))
	if err != nil {
		return nil, fmt.Errorf("embedded sentence model: %w", err)
	}
	return m, nil
})

// DefaultSentenceModel returns the shipped boundary model, decoding it on
// the first call; later calls return the same model.
func DefaultSentenceModel() (*SentenceModel, error) { return defaultSentences() }

// Split tokenises text and groups the tokens into sentences with the
// shipped boundary model (see SentenceModel), or by the rules alone
// (SplitRules) if the embedded model cannot be decoded. The sentences'
// Tokens share one backing array.
func Split(text string) []Sentence {
	m, err := DefaultSentenceModel()
	if err != nil {
		return SplitRules(text)
	}
	return m.Split(text)
}

// Split tokenises text and groups the tokens into sentences.
func (m *SentenceModel) Split(text string) []Sentence {
	return split(text, m)
}

// SplitRules is Split by the hand-written rules alone: a blank line always
// ends a sentence; so do ".", "?", "!" and "..." unless the next word is
// lower case, taking any closing quotes and brackets that follow them.
// Abbreviations and initials end a sentence only before a word that usually
// starts one. A single newline ends a headline, a list item or a short
// line that the next line does not continue.
func SplitRules(text string) []Sentence {
	return split(text, nil)
}

// split groups tokens into sentences; m nil means the rules decide alone.
func split(text string, m *SentenceModel) []Sentence {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	sents := make([]Sentence, 0, len(toks)/16+1)
	sp := splitter{text: text, toks: toks, blockEnd: -1}
	var feats []uint32
	start := 0
	for i := range toks {
		end := i == len(toks)-1
		if !end {
			var learnt bool
			feats, learnt = sp.boundaryFeatures(feats[:0], start, i)
			end = feats[0] == 1 // the rules' decision, see boundaryFeatures
			if learnt && m != nil {
				var sc [2]int32
				m.w.score(feats[1:], sc[:])
				end = sc[1]-sc[0] > m.margin
			}
		}
		if end {
			sents = append(sents, Sentence{
				Span:   news.Span{Start: toks[start].Span.Start, End: toks[i].Span.End},
				Tokens: toks[start : i+1 : i+1],
			})
			start = i + 1
		}
	}
	return sents
}

// Boundary feature templates; the numbering is part of the model format:
// never reuse or renumber, only append.
const (
	bBias = iota + 1
	bRuleP1
	bRuleN1
	bP1
	bN1
	bP2
	bN2
	bShapeP1
	bShapeN1
	bShapeP1N1
	bP1ShapeN1
	bShapeP1N1Lower
	bP1N1
	bShapeP2P1N1
	bShapeP1N1N2
	bLength
	bLengthShapes
	bGlued
	bStarter
	bAbbrev
	bSuffixP1
)

// boundaryFeatures appends the features of a boundary after toks[i] in a
// sentence that began at toks[start]. dst[0] is the rules' decision (1 or
// 0) rather than a feature; learnt reports whether the model decides this
// gap (same line, next token not a closer) or the rules do.
func (sp *splitter) boundaryFeatures(dst []uint32, start, i int) (_ []uint32, learnt bool) {
	rule := sp.endsAfter(start, i)
	r := uint64(0)
	if rule {
		r = 1
	}
	dst = append(dst, uint32(r))
	toks := sp.toks
	gap := sp.text[toks[i].Span.End:toks[i+1].Span.Start]
	if newlines(gap) > 0 || isCloser(sp.text, toks, i+1) || continues(toks[i+1].Text) {
		return dst, false
	}
	if !rule && !mayStart(sp.text, toks, i) {
		return dst, false
	}
	p1, n1 := describeBoundary(toks[i].Text), describeBoundary(toks[i+1].Text)
	p2, n2 := boundaryWord{lower: 1, shape: 1}, boundaryWord{lower: 2, shape: 2}
	if i > start {
		p2 = describeBoundary(toks[i-1].Text)
	}
	if i+2 < len(toks) {
		n2 = describeBoundary(toks[i+2].Text)
	}
	length := uint64(min(i-start+1, 12))
	glued := uint64(0)
	if gap == "" {
		glued = 1
	}
	starter := uint64(0)
	if isStarter(toks[i+1].Text) {
		starter = 1
	}
	abbrev := uint64(0)
	if t := toks[i].Text; len(t) > 1 && t[len(t)-1] == '.' {
		abbrev = 1 + uint64(abbrevs[t[:len(t)-1]])
	}
	dst = append(dst,
		feat(bBias, r),
		feat2(bRuleP1, r, p1.lower),
		feat2(bRuleN1, r, n1.lower),
		feat(bP1, p1.lower),
		feat(bN1, n1.lower),
		feat(bP2, p2.lower),
		feat(bN2, n2.lower),
		feat2(bShapeP1, r, p1.shape),
		feat2(bShapeN1, r, n1.shape),
		feat2(bShapeP1N1, p1.shape, n1.shape),
		feat2(bP1ShapeN1, p1.lower, n1.shape),
		feat2(bShapeP1N1Lower, p1.shape, n1.lower),
		feat2(bP1N1, p1.lower, n1.lower),
		feat2(bShapeP2P1N1, p2.shape, fmix(p1.shape)^n1.shape),
		feat2(bShapeP1N1N2, p1.shape, fmix(n1.shape)^n2.shape),
		feat2(bLength, length, r),
		feat2(bLengthShapes, length, fmix(p1.shape)^n1.shape),
		feat2(bGlued, glued, fmix(p1.shape)^n1.shape),
		feat2(bStarter, starter, r<<1|glued),
		feat2(bAbbrev, abbrev, n1.shape),
		feat2(bSuffixP1, p1.suffix, n1.shape),
	)
	return dst, true
}

// mayStart reports whether the model may end a sentence after toks[i] that
// the rules continue. EWT's web text starts sentences in lower case and
// after commas and dashes (e-mail signatures, lists), and a model that
// learnt those splits news at "1 tsp. | nut butter" and "DUBAI, | United
// Arab Emirates"; so the next word must start with a capital or a digit
// unless "!", "?", "..." or a period after a word precedes it (not after
// a number's unit or a single letter: "1 tsp. olive oil"), and
// the previous token must not be a comma, a dash or an opening bracket or
// quote, unless the comma closes a greeting or a sign-off ("Regards,").
func mayStart(text string, toks []Token, i int) bool {
	if toks[i].Text == "," && signOff(text, toks, i-1) {
		// "Best regards, | Debra", "Hi, | Yes storage is available": an
		// e-mail's salutation or sign-off is a sentence of its own in EWT.
		// News datelines ("DUBAI, | United Arab Emirates") never end so.
		w := nextWord(toks, i+1)
		return w >= 0 && startsUpper(toks[w].Text)
	}
	switch toks[i].Text {
	case ",", "-", "--", "–", "—", "(", "[", "{", "\"", "'", "/", "&":
		return false
	}
	w := nextWord(toks, i+1)
	if w < 0 {
		return false
	}
	if p, _ := utf8.DecodeRuneInString(toks[i].Text); unicode.IsDigit(p) {
		// A number before a capital counts it: "1,500 Belarusian roubles",
		// "30,000 Russian troops". EWT's lists ("Containers: 1 Green")
		// taught the model otherwise; blocking it costs nothing on dev.
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[w].Text)
	switch {
	case unicode.IsUpper(r) || unicode.IsDigit(r):
		return true
	case toks[i].Text == "." && i > 0:
		// "went home. then" may end a sentence, "1 tsp. olive oil" and
		// "1 ч. л. масла" not.
		a := toks[i-1].Text
		if utf8.RuneCountInString(a) == 1 || shortLower(a) && i > 1 && startsDigit(toks[i-2].Text) {
			return false
		}
		return true
	}
	return isTerminal(toks[i].Text)
}

// signOffs are the words before the comma of a greeting or a sign-off.
var signOffs = [...]string{"regards", "sincerely", "thanks", "cheers", "hi", "hello"}

// signOff reports whether toks[k] is a greeting or sign-off word that opens
// its line or follows a sentence's end, alone or after one word ("Best
// regards", "Kind regards"): "He said thanks, Mr. Putin agreed" goes on.
func signOff(text string, toks []Token, k int) bool {
	if k < 0 || !isSignOff(toks[k].Text) {
		return false
	}
	opens := func(k int) bool {
		return k == 0 || atLineStart(text, toks[k].Span.Start) || isTerminal(toks[k-1].Text)
	}
	return opens(k) || k > 0 && strings.EqualFold(toks[k].Text, "regards") && startsLetter(toks[k-1].Text) && opens(k-1)
}

func isSignOff(w string) bool {
	for _, s := range signOffs {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

func startsLetter(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r)
}

func startsDigit(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r)
}

// shortLower reports a lower-case word of at most three letters, as
// unlisted abbreviations are: "tsp", "oz", "ч".
func shortLower(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n <= 3
}

// A boundaryWord is what the boundary model sees of a token: hashes of its
// lower-cased form, its last three bytes and its collapsed shape.
type boundaryWord struct {
	lower, suffix, shape uint64
}

// describeBoundary hashes t without allocating. The shape maps capitals to
// X, lower case to x, digits to d and keeps punctuation, collapsing runs
// and stopping after eight classes: "Debra" Xx, "08:28" d:d, "AM" X.
func describeBoundary(t string) boundaryWord {
	var w boundaryWord
	lower := uint64(hashSeed)
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower ^= uint64(c)
		lower *= 0x100000001b3
	}
	w.lower = lower
	w.suffix = hashString(t[max(0, len(t)-3):])
	shape, n, last := uint64(hashSeed), 0, rune(-1)
	for _, r := range t {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			continue
		}
		last = c
		if n++; n > 8 {
			break
		}
		shape ^= uint64(c)
		shape *= 0x100000001b3
	}
	w.shape = shape
	return w
}

// Save writes the model, gzip'ed.
func (m *SentenceModel) Save(w io.Writer) error {
	return writeModel(w, "sentence", sentenceMagic, func(e *encoder) {
		e.weights(m.w)
		e.uvarint(uint64(uint32(m.margin)))
	})
}

// LoadSentenceModel reads a model written by Save. A corrupt or foreign
// file is an error wrapping news.ErrInvalid.
func LoadSentenceModel(r io.Reader) (*SentenceModel, error) {
	d, _, err := readModel(r, "sentence", sentenceMagic)
	if err != nil {
		return nil, err
	}
	w := d.weights(2)
	margin := int32(uint32(d.uvarint()))
	if d.err == nil && w == nil {
		d.fail("no weights")
	}
	if d.err != nil {
		return nil, fmt.Errorf("load sentence model: %w: %w", news.ErrInvalid, d.err)
	}
	return &SentenceModel{w: w, margin: margin}, nil
}
