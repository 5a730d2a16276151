package eval

import (
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/nlp"
	"github.com/entente-news/entente/internal/quotes"
)

// A quoteRun scores articles one by one through the stages the pipeline
// runs before quotes.Find, timing quotes.Find alone.
type quoteRun struct {
	an      *nlp.Annotator
	k       *kb.KB
	res     *actors.Resolver
	r       *QuotesReport
	elapsed time.Duration
}

func newQuoteRun(gold string) (*quoteRun, error) {
	an, err := nlp.NewAnnotator()
	if err != nil {
		return nil, err
	}
	k := kb.Default()
	return &quoteRun{an: an, k: k, res: actors.New(k), r: &QuotesReport{Gold: gold}}, nil
}

// article annotates text, resolves its actors at the publication date,
// finds its quotes as the pipeline does and scores them against gold.
func (q *quoteRun) article(id, text string, published time.Time, gold []goldQuote) {
	doc := q.an.Annotate(text)
	for _, s := range doc.Sentences {
		q.r.Tokens += len(s.Tokens)
	}
	ms := q.res.Resolve(doc, published)
	start := time.Now()
	qs := quotes.Find(doc, ms)
	q.elapsed += time.Since(start)
	q.r.score(q.k, id, gold, qs)
}

func (q *quoteRun) report() *QuotesReport {
	q.r.Seconds = q.elapsed.Seconds()
	for _, s := range []*QuoteScores{&q.r.All, &q.r.Dev, &q.r.Held} {
		s.rates()
	}
	return q.r
}
