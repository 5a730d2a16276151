package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/tag"

	"github.com/entente-news/entente/internal/nlp"
)

// NERReport is how well the shipped recogniser does on one CoNLL-2003 file
// (eng.testa or eng.testb), given its tokenisation: POS tags come from
// Entente's tagger, never the file's column, and entities are scored with
// conlleval semantics (a predicted entity counts only when its span and
// type both match).
type NERReport struct {
	File      string `json:"file"`
	Documents int    `json:"documents"`
	Sentences int    `json:"sentences"`
	Tokens    int    `json:"tokens"`
	// Overall and Types hold the entity-level scores; Types per type, sorted.
	Overall NERScore   `json:"overall"`
	Types   []NERScore `json:"types"`
	// TokensPerSecond is recognition alone, on one goroutine;
	// TaggedTokensPerSecond is POS tagging plus recognition, the work the
	// baseline does.
	TokensPerSecond       float64      `json:"tokens_per_second"`
	TaggedTokensPerSecond float64      `json:"tagged_tokens_per_second"`
	Baseline              *NERBaseline `json:"baseline,omitempty"`
}

// NERScore is conlleval's precision, recall and F1 (fractions) for one
// entity type, or all ("" in Type).
type NERScore struct {
	Type      string  `json:"type,omitempty"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// NERBaseline is an anchor recogniser on the same words, its labels mapped
// to CoNLL's types (see ProseNERType). SpanF1 ignores the type.
type NERBaseline struct {
	Name            string     `json:"name"`
	Overall         NERScore   `json:"overall"`
	Types           []NERScore `json:"types"`
	SpanF1          float64    `json:"span_f1"`
	TokensPerSecond float64    `json:"tokens_per_second"`
}

// NER scores nlp.DefaultNER on the CoNLL-2003 file at path; with baseline
// it also runs github.com/jdkato/prose/v3's tagger and recogniser on the
// same words, grouping its token labels into entities with its own Chunk
// (which joins runs its model labels token by token) before mapping them.
func NER(ctx context.Context, path string, baseline bool) (*NERReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval ner: %w", err)
	}
	defer f.Close()
	docs, err := nlp.ReadCoNLL2003(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("eval ner %s: %w", path, err)
	}
	tg, err := nlp.DefaultTagger()
	if err != nil {
		return nil, fmt.Errorf("eval ner: %w", err)
	}
	rec, err := nlp.DefaultNER()
	if err != nil {
		return nil, fmt.Errorf("eval ner: %w", err)
	}
	r := &NERReport{File: path, Documents: len(docs)}
	var tagTime, nerTime time.Duration
	counts := nlp.EntityCounts{}
	var pred []string
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		sents := nlp.TaggedSentences(tg, d)
		mid := time.Now()
		rec.Tag(sents)
		nerTime += time.Since(mid)
		tagTime += mid.Sub(start)
		for j, s := range sents {
			pred = pred[:0]
			for _, t := range s.Tokens {
				pred = append(pred, t.Ent)
			}
			counts.Add(docs[i].Sentences[j].Tags, pred)
			r.Sentences++
			r.Tokens += len(s.Tokens)
		}
	}
	r.Overall, r.Types = scores(counts)
	r.TokensPerSecond = float64(r.Tokens) / nerTime.Seconds()
	r.TaggedTokensPerSecond = float64(r.Tokens) / (nerTime + tagTime).Seconds()
	if baseline {
		b, err := proseNER(ctx, docs)
		if err != nil {
			return nil, fmt.Errorf("eval ner: %w", err)
		}
		r.Baseline = b
	}
	return r, nil
}

func scores(c nlp.EntityCounts) (NERScore, []NERScore) {
	one := func(t string) NERScore {
		x := c[t]
		return NERScore{Type: t, Gold: x.Gold, Predicted: x.Predicted, Correct: x.Correct,
			Precision: x.Precision(), Recall: x.Recall(), F1: x.F1()}
	}
	var types []NERScore
	for t := range c {
		if t != "" {
			types = append(types, one(t))
		}
	}
	slices.SortFunc(types, func(a, b NERScore) int { return strings.Compare(a.Type, b.Type) })
	return one(""), types
}

// ProseNERType maps prose's OntoNotes-style labels to CoNLL-2003's types:
// PERSON → PER; ORG → ORG; GPE, LOC and FAC → LOC; NORP (nationalities,
// CoNLL's commonest MISC), EVENT, PRODUCT, WORK_OF_ART, LAW and LANGUAGE →
// MISC. Numeric and temporal labels (DATE, MONEY, CARDINAL, ...) are not
// names in CoNLL and map to "" (outside).
func ProseNERType(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	case "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE":
		return "MISC"
	}
	return ""
}

func proseNER(ctx context.Context, docs []nlp.NERDoc) (*NERBaseline, error) {
	pt, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("prose tagger: %w", err)
	}
	ex, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("prose ner: %w", err)
	}
	counts, spans := nlp.EntityCounts{}, nlp.EntityCounts{}
	var elapsed time.Duration
	var total int
	var pred, gold, anyPred []string
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, s := range d.Sentences {
			src, offs := joinWords(s.Words)
			start := time.Now()
			toks := pt.Tag(s.Words)
			for j := range toks {
				toks[j].Start = offs[j]
			}
			ex.Label(toks)
			ents := ex.Chunk(src, toks)
			elapsed += time.Since(start)
			total += len(toks)
			pred, gold, anyPred = pred[:0], gold[:0], anyPred[:0]
			for range toks {
				pred = append(pred, "O")
			}
			for _, e := range ents {
				typ := ProseNERType(e.Label)
				if typ == "" {
					continue
				}
				first := true
				for j, o := range offs {
					if o >= e.Start && o < e.End() {
						pred[j] = "I-" + typ
						if first {
							pred[j] = "B-" + typ
							first = false
						}
					}
				}
			}
			for j := range toks {
				anyPred = append(anyPred, untyped(pred[j]))
				gold = append(gold, untyped(s.Tags[j]))
			}
			counts.Add(s.Tags, pred)
			spans.Add(gold, anyPred)
		}
	}
	b := &NERBaseline{Name: "prose v3", TokensPerSecond: float64(total) / elapsed.Seconds()}
	b.Overall, b.Types = scores(counts)
	b.SpanF1 = spans[""].F1()
	return b, nil
}

// joinWords writes words space-separated, as prose's Chunk wants a source
// text, and returns each word's offset in it.
func joinWords(words []string) (string, []int) {
	var b strings.Builder
	offs := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		offs[i] = b.Len()
		b.WriteString(w)
	}
	return b.String(), offs
}

// untyped keeps a BIO tag's position and drops its type, for span-only F1.
func untyped(t string) string {
	if len(t) > 2 {
		return t[:2] + "X"
	}
	return t
}

// Text writes the report as a table.
func (r *NERReport) Text(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents, %d sentences, %d tokens (gold tokenisation, predicted POS)\n",
		r.File, r.Documents, r.Sentences, r.Tokens)
	table := func(name string, overall NERScore, types []NERScore) {
		fmt.Fprintf(&b, "%-10s %-5s %6s %6s %6s %7s %7s %7s\n", name, "type", "gold", "pred", "right", "P", "R", "F1")
		for _, s := range append(types, overall) {
			t := s.Type
			if t == "" {
				t = "all"
			}
			fmt.Fprintf(&b, "%-10s %-5s %6d %6d %6d %7.4f %7.4f %7.4f\n", "", t, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
		}
	}
	table("entente", r.Overall, r.Types)
	fmt.Fprintf(&b, "entente: %.0f tokens/s (NER alone), %.0f tokens/s (tagging + NER)\n", r.TokensPerSecond, r.TaggedTokensPerSecond)
	if r.Baseline != nil {
		table(r.Baseline.Name, r.Baseline.Overall, r.Baseline.Types)
		fmt.Fprintf(&b, "%s: span-only F1 %.4f, %.0f tokens/s (tagging + NER)\n", r.Baseline.Name, r.Baseline.SpanF1, r.Baseline.TokensPerSecond)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
