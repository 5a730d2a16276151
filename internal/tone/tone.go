// Package tone scores the sentiment of a sentence or an article in GDELT's
// fields: text → news.Tone (tone, positive, negative, polarity, word count).
//
// Word valences come from VADER's lexicon (github.com/jonreiter/govader),
// 7,500 English words and emoticons rated from -4 to +4. GDELT's Tone is not
// VADER's compound score but word percentages, so we use the lexicon, not
// VADER's sentence scorer: a word counts as positive when its valence is at
// least +Threshold and negative when at most -Threshold, its sign flipped
// when a negator ("not", "never", "n't", "no", "without") stands within the
// three words before it, as VADER itself does. Positive and Negative are the
// percentages of all words that are positive or negative; Tone is their
// difference and Polarity their sum, as GDELT's GKG V1.5TONE defines them.
//
// Text that is not mostly Latin-script (Russian, Belarusian) gets its word
// count only, with zero tone: VADER has no lexicon for it and a zero is
// honest where a guess would not be. It does not detect sarcasm or weigh
// intensifiers, and it does not know what the sentiment is about.
package tone

import (
	"strings"
	"sync"
	"unicode"

	"github.com/jonreiter/govader"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// Threshold is the least absolute VADER valence that makes a word count as
// positive or negative. VADER's ratings average ten raters, so words rated
// below 1 ("ok", "order") are mild enough that GDELT's dictionaries would
// not list them either.
const Threshold = 1.0

var lexicon = sync.OnceValue(func() map[string]float64 {
	return govader.NewSentimentIntensityAnalyzer().Lexicon
})

// negators flip the valence of a word within three words after them; the
// list is VADER's, shortened to the forms news text uses.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "n't": true, "without": true,
	"nor": true, "neither": true, "cannot": true, "nothing": true, "nobody": true,
	"none": true, "nowhere": true, "hardly": true, "rarely": true, "seldom": true,
	"isnt": true, "dont": true, "didnt": true, "doesnt": true, "wont": true,
	"cant": true, "wasnt": true, "arent": true, "aren't": true, "isn't": true,
	"don't": true, "didn't": true, "doesn't": true, "won't": true, "can't": true,
	"wasn't": true, "weren't": true, "haven't": true, "hasn't": true,
}

// A counter accumulates word counts over a text, one word at a time.
type counter struct {
	words, pos, neg int
	latin, other    int
	recent          [3]string // the last three words, for negation
}

func (c *counter) add(word string) {
	w := strings.ToLower(word)
	letters := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters = true
			if r < unicode.MaxLatin1 || unicode.Is(unicode.Latin, r) {
				c.latin++
			} else {
				c.other++
			}
		}
	}
	if !letters {
		return
	}
	c.words++
	v := lexicon()[w]
	if v == 0 {
		// "n't" splits off in tokens; plain text keeps "didn't" whole.
		if i := strings.Index(w, "'"); i > 0 {
			v = lexicon()[w[:i]]
		}
	}
	for _, r := range c.recent {
		if negators[r] {
			v = -v
			break
		}
	}
	switch {
	case v >= Threshold:
		c.pos++
	case v <= -Threshold:
		c.neg++
	}
	c.recent[0], c.recent[1], c.recent[2] = c.recent[1], c.recent[2], w
}

func (c *counter) tone() news.Tone {
	t := news.Tone{WordCount: c.words}
	if c.words == 0 || c.other > c.latin {
		return t
	}
	t.Positive = 100 * float64(c.pos) / float64(c.words)
	t.Negative = 100 * float64(c.neg) / float64(c.words)
	t.Tone = t.Positive - t.Negative
	t.Polarity = t.Positive + t.Negative
	return t
}

// Sentence scores one piece of plain text, split into words at spaces and
// punctuation other than apostrophes.
func Sentence(text string) news.Tone {
	var c counter
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		c.add(strings.Trim(strings.ReplaceAll(w, "’", "'"), "'"))
	}
	return c.tone()
}

// Article scores an annotated text over its tokens, so that its word count
// agrees with the tokenizer's.
func Article(doc *nlp.Doc) news.Tone {
	var c counter
	for _, s := range doc.Sentences {
		for _, t := range s.Tokens {
			c.add(strings.ReplaceAll(t.Text, "’", "'"))
		}
	}
	return c.tone()
}
