package sqlite

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"modernc.org/sqlite"
)

// The quote identity (see "Quotes" in doc.go) is computed in Go, where
// Unicode case folding and normalisation are at hand, and registered as
// SQL functions, so that insertQuote and migration 0008 compute it alike.
func init() {
	for name, fn := range map[string]func(speaker, speakerText, text string) driver.Value{
		"entente_quote_key": func(speaker, speakerText, text string) driver.Value {
			return quoteKey(speaker, speakerText, text)
		},
		"entente_quote_local": func(speaker, _, text string) driver.Value {
			return quoteLocal(speaker, text)
		},
	} {
		err := sqlite.RegisterDeterministicScalarFunction(name, 3,
			func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
				var s [3]string
				for i, a := range args {
					switch v := a.(type) {
					case string:
						s[i] = v
					case []byte:
						s[i] = string(v)
					case nil:
					default:
						return nil, fmt.Errorf("%s: argument %d is %T, want text", name, i+1, a)
					}
				}
				return fn(s[0], s[1], s[2]), nil
			})
		if err != nil {
			panic(err)
		}
	}
}

// quoteKey is what identifies a quote across articles: its speaker actor,
// or, for a quote no actor was found for, the words naming the speaker
// ("a ministry spokesman"), and its normalised words.
func quoteKey(speaker, speakerText, text string) string {
	who := speaker
	if who == "" {
		who = "~" + quoteWords(speakerText)
	}
	return who + "\x1f" + quoteWords(text)
}

// localWords is the fewest words a quote needs to be recognised outside
// its own story. A speaker's short phrases ("no comment", "older brother",
// "a provocation") recur on many occasions; a sentence-long quote the
// same speaker says twice word for word is one statement retold.
const localWords = 4

// quoteLocal reports whether a quote is the same as another only in a
// copy of its own article's story: when the phrase is too short to tell
// occasions apart, or no actor is known to say it, as "a spokesman" in two
// stories is two people.
func quoteLocal(speaker, text string) bool {
	return speaker == "" || len(strings.Fields(quoteWords(text))) < localWords
}

// quoteWords normalises quoted words for comparison, as wire copies and
// re-edits write them differently: Unicode NFC, lower case, no quotation
// marks or apostrophes ("it’s" and "it's"), one kind of dash, single spaces,
// and no punctuation or ellipsis opening or closing the quote ("…and we
// will." and "And we will" are the same words).
func quoteWords(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isQuoteMark(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.Is(unicode.Pd, r):
			r = '-'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
}

// isQuoteMark reports whether r is a quotation mark or an apostrophe,
// which copies of a story swap freely ("x" “x” «x» „x“ 'x' ‘x’).
func isQuoteMark(r rune) bool {
	return strings.ContainsRune("\"'`´‘’‚‛“”„‟‹›«»「」『』", r)
}
