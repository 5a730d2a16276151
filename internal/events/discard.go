package events

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/entente-news/entente/internal/nlp"
)

// ReadDiscards adds the phrases of a PETRARCH discard dictionary to the
// lexicon: one phrase a line, "#" comments, a leading "+" for a story
// discard (the whole document is dropped) and none for a sentence
// discard; words joined by "_" or spaces.
func (lx *Lexicon) ReadDiscards(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		l, _, _ := strings.Cut(sc.Text(), "#")
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "<") {
			continue
		}
		story := strings.HasPrefix(l, "+")
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(l, "+"), "_", " ")))
		if len(ws) == 0 {
			return fmt.Errorf("discards line %d: no phrase", n)
		}
		lx.discards = append(lx.discards, discard{ws, story})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("discards: %w", err)
	}
	return nil
}

// discarded reports whether sentence s holds a discard phrase, and
// whether that phrase discards the whole story.
func (lx *Lexicon) discarded(s *nlp.Sentence) (sentence, story bool) {
	if len(lx.discards) == 0 {
		return false, false
	}
	for _, d := range lx.discards {
		for i := range s.Tokens {
			if i+len(d.words) > len(s.Tokens) {
				break
			}
			ok := true
			for j, w := range d.words {
				if !strings.EqualFold(s.Tokens[i+j].Text, w) {
					ok = false
					break
				}
			}
			if ok {
				sentence, story = true, story || d.story
			}
		}
	}
	return sentence, story
}
