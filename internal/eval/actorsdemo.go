package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// DemoActors scores linking on the demo corpus. A predicted mention is
// correct when its span overlaps a gold mention's and its actor is the
// gold actor. Precision is over the predicted mentions that overlap some
// gold mention, since the gold does not list every mention; Outside counts
// the others in the same articles.
type DemoActors struct {
	Gold     string `json:"gold"`
	Articles int    `json:"articles"`
	Score    Score  `json:"score"`
	// CodeAccuracy is the share of found gold mentions that carry a code
	// whose predicted code equals it.
	CodeAccuracy float64 `json:"code_accuracy"`
	Outside      int     `json:"outside"`
	// Misses lists gold mentions not linked right, for reading, not tuning.
	Misses []ActorMiss `json:"misses,omitempty"`
}

// An ActorMiss is one gold mention scored wrong.
type ActorMiss struct {
	File      string `json:"file"`
	Text      string `json:"text"`
	Actor     string `json:"actor"`
	Predicted string `json:"predicted,omitempty"`
}

type goldMention struct {
	File       string `json:"file"`
	Text       string `json:"text"`
	Occurrence int    `json:"occurrence"`
	Actor      string `json:"actor"`
	Code       string `json:"code"`
}

func demoActors(ctx context.Context, path string, an *nlp.Annotator, res *actors.Resolver) (*DemoActors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	gold := map[string][]goldMention{}
	r := &DemoActors{Gold: path}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var g goldMention
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, i+1, err)
		}
		gold[g.File] = append(gold[g.File], g)
		r.Score.Gold++
	}
	arts, err := demoCorpus(ctx)
	if err != nil {
		return nil, err
	}
	var coded, codeRight int
	for _, a := range arts {
		gs, ok := gold[a.Origin]
		if !ok {
			continue
		}
		delete(gold, a.Origin)
		r.Articles++
		doc := an.Annotate(a.Text)
		start := time.Now()
		ms := res.Resolve(doc, a.Published)
		r.Score.Seconds += time.Since(start).Seconds()
		spans := make([]news.Span, len(gs))
		for i, g := range gs {
			s, err := nthIndex(a.Text, g.Text, g.Occurrence)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", g.File, err)
			}
			spans[i] = s
		}
		for _, m := range ms {
			overlaps, right := false, false
			for i, s := range spans {
				if overlapLen(s, m.Span) > 0 {
					overlaps = true
					right = right || string(m.Actor) == gs[i].Actor
				}
			}
			switch {
			case !overlaps:
				r.Outside++
			case right:
				r.Score.Predicted++
				r.Score.Correct++
			default:
				r.Score.Predicted++
			}
		}
		for i, g := range gs {
			var found *news.Mention
			predicted := ""
			for j := range ms {
				if overlapLen(spans[i], ms[j].Span) > 0 {
					predicted = string(ms[j].Actor)
					if predicted == g.Actor {
						found = &ms[j]
						break
					}
				}
			}
			if found == nil {
				r.Misses = append(r.Misses, ActorMiss{File: g.File, Text: g.Text, Actor: g.Actor, Predicted: predicted})
				continue
			}
			if g.Code != "" {
				coded++
				codeRight += hit(found.Code == g.Code)
			}
		}
	}
	for file := range gold {
		return nil, fmt.Errorf("gold article %s not in the demo corpus: %w", file, news.ErrNotFound)
	}
	// Recall counts gold mentions found; precision counts predictions.
	found := r.Score.Gold - len(r.Misses)
	p := fraction(r.Score.Correct, r.Score.Predicted)
	rec := fraction(found, r.Score.Gold)
	r.Score.Precision, r.Score.Recall = p, rec
	if p+rec > 0 {
		r.Score.F1 = 2 * p * rec / (p + rec)
	}
	r.CodeAccuracy = fraction(codeRight, coded)
	return r, nil
}

// nthIndex returns the span of the nth (1-based) occurrence of sub in s.
func nthIndex(s, sub string, n int) (news.Span, error) {
	at := -1
	for range max(n, 1) {
		i := strings.Index(s[at+1:], sub)
		if i < 0 {
			return news.Span{}, fmt.Errorf("occurrence %d of %q: %w", n, sub, news.ErrNotFound)
		}
		at += 1 + i
	}
	return news.Span{Start: at, End: at + len(sub)}, nil
}
