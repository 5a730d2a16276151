package nlp

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// A NERDoc is one document of entity-annotated sentences, as in CoNLL-2003
// (documents are separated by -DOCSTART- lines there). Document boundaries
// matter because the recogniser looks at how a word is written and labelled
// elsewhere in the same document.
type NERDoc struct {
	Sentences []NERSentence
}

// A NERSentence is a tokenised sentence with one BIO tag per word ("O",
// "B-PER", "I-PER", ...).
type NERSentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL2003 reads CoNLL-2003 NER data: one "word POS chunk tag" line per
// token, blank lines between sentences, -DOCSTART- lines between documents.
// The tags, IOB1 in the file, come back as BIO. The POS and chunk columns
// are dropped: at run time there are none, so the recogniser trains on the
// tagger's predictions instead.
func ReadCoNLL2003(ctx context.Context, r io.Reader) ([]NERDoc, error) {
	var (
		docs []NERDoc
		cur  NERSentence
		doc  NERDoc
		line int
	)
	endSentence := func() {
		if len(cur.Words) > 0 {
			cur.Tags = IOB1ToBIO(cur.Tags)
			doc.Sentences = append(doc.Sentences, cur)
		}
		cur = NERSentence{}
	}
	endDoc := func() {
		endSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = NERDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line++
		if line%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			endSentence()
			continue
		}
		fields := strings.Fields(text)
		if fields[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("conll line %d: want word and tag: %w", line, news.ErrInvalid)
		}
		tag := fields[len(fields)-1]
		if !validIOB(tag) {
			return nil, fmt.Errorf("conll line %d: bad tag %q: %w", line, tag, news.ErrInvalid)
		}
		cur.Words = append(cur.Words, fields[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll line %d: %w", line, err)
	}
	endDoc()
	return docs, nil
}

func validIOB(tag string) bool {
	if tag == "O" {
		return true
	}
	return len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-'
}

// IOB1ToBIO rewrites IOB1 tags (where B- only separates two adjacent
// entities of one type) as BIO (where every entity starts with B-). It
// returns a new slice; BIO input comes back unchanged.
func IOB1ToBIO(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		out[i] = t
		if t != "O" && t[0] == 'I' && (prev == "O" || prev[2:] != t[2:]) {
			out[i] = "B-" + t[2:]
		}
		prev = t
	}
	return out
}
