package nlp

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// A ConllSentence is one sentence of a CoNLL-U treebank: its syntactic words
// in order. Multi-word token lines ("2-3 don't") and empty nodes ("8.1") are
// not words of the basic tree and are left out; Ranges keeps the former so a
// caller can rebuild the surface tokens.
type ConllSentence struct {
	ID     string      // the sent_id comment, if any
	Text   string      // the text comment, if any
	Words  []ConllWord // Words[i].ID == i+1
	Ranges []ConllRange

	// NewDoc and NewPar are set by "# newdoc" and "# newpar" comments:
	// the sentence opens a document or a paragraph of the running text.
	NewDoc, NewPar bool
	// NoSpaceAfter is set when the sentence's last token has
	// SpaceAfter=No, so the next sentence follows without a space.
	NoSpaceAfter bool
}

// A ConllWord is one basic word line. Underscore fields are kept as "_".
type ConllWord struct {
	ID    int
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	Head  int // 0 is the root; -1 when the column is "_"
	Rel   string
	Misc  string
}

// A ConllRange is a multi-word token: surface Form covering words First..Last.
type ConllRange struct {
	First, Last int
	Form        string
}

// ReadConllu reads every sentence of a CoNLL-U stream. A malformed line is
// an error wrapping news.ErrInvalid with its line number.
func ReadConllu(ctx context.Context, r io.Reader) ([]ConllSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out  []ConllSentence
		cur  ConllSentence
		line int
		open bool
	)
	flush := func() error {
		if !open || len(cur.Words) == 0 {
			cur, open = ConllSentence{}, false
			return nil
		}
		for i, w := range cur.Words {
			if w.ID != i+1 {
				return fmt.Errorf("conllu line %d: word %d out of order: %w", line, w.ID, news.ErrInvalid)
			}
		}
		out = append(out, cur)
		cur, open = ConllSentence{}, false
		return nil
	}
	for sc.Scan() {
		line++
		if line%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(s) == "":
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		case strings.HasPrefix(s, "#"):
			open = true
			k, v, ok := strings.Cut(strings.TrimSpace(s[1:]), "=")
			switch c := strings.TrimSpace(s[1:]); {
			case strings.HasPrefix(c, "newdoc"):
				cur.NewDoc = true
			case strings.HasPrefix(c, "newpar"):
				cur.NewPar = true
			}
			if ok {
				switch strings.TrimSpace(k) {
				case "sent_id":
					cur.ID = strings.TrimSpace(v)
				case "text":
					cur.Text = strings.TrimSpace(v)
				}
			}
			continue
		}
		open = true
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu line %d: %d columns, want 10: %w", line, len(f), news.ErrInvalid)
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // an empty node of the enhanced graph
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || first < 1 || last < first {
				return nil, fmt.Errorf("conllu line %d: bad range %q: %w", line, id, news.ErrInvalid)
			}
			cur.Ranges = append(cur.Ranges, ConllRange{First: first, Last: last, Form: f[1]})
			cur.NoSpaceAfter = strings.Contains(f[9], "SpaceAfter=No")
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("conllu line %d: bad id %q: %w", line, id, news.ErrInvalid)
		}
		head := -1
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("conllu line %d: bad head %q: %w", line, f[6], news.ErrInvalid)
			}
		}
		if r := len(cur.Ranges); r == 0 || cur.Ranges[r-1].Last < n {
			cur.NoSpaceAfter = strings.Contains(f[9], "SpaceAfter=No")
		}
		cur.Words = append(cur.Words, ConllWord{
			ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Feats: f[5], Head: head, Rel: f[7], Misc: f[9],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", line, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// Forms returns the sentence's word forms, the tagger's input.
func (s ConllSentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}
