package pipeline

import (
	"math"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/amounts"
	"github.com/entente-news/entente/internal/events"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
	"github.com/entente-news/entente/internal/quotes"
	"github.com/entente-news/entente/internal/tone"
)

// enricher runs the analysis stages over a clean article: NLP annotation,
// then the stages that read it. Each stage is a pure function of the
// annotated text; they run in the extraction workers, so in parallel.
type enricher struct {
	an     *nlp.Annotator
	actors *actors.Resolver
}

func newEnricher() (*enricher, error) {
	an, err := nlp.NewAnnotator()
	if err != nil {
		return nil, err
	}
	return &enricher{an: an, actors: actors.New(kb.Default())}, nil
}

// enrich fills the article's analyses in place. It returns how many
// findings it dropped for pointing outside the text: a stage bug must cost
// that finding, not the batch the store would refuse.
func (e *enricher) enrich(a *news.Article) (dropped int) {
	doc := e.an.Annotate(a.Text)
	a.Mentions = e.actors.Resolve(doc, a.Published)
	a.NewActors = e.actors.Discovered(doc, a.Mentions)
	a.Quotes = quotes.Find(doc, a.Mentions)
	a.Events = events.Code(doc, a.Mentions, a.Published)
	a.Amounts = amounts.Find(doc)
	t := tone.Article(doc)
	a.Tone = &t
	n := len(a.Text)
	a.Mentions, dropped = keep(a.Mentions, dropped, func(m news.Mention) bool { return inText(m.Span, n) && m.Actor != "" })
	a.Quotes, dropped = keep(a.Quotes, dropped, func(q news.Quote) bool { return inText(q.Span, n) && inText(q.SpeakerSpan, n) })
	a.Amounts, dropped = keep(a.Amounts, dropped, func(x news.Amount) bool { return inText(x.Span, n) && !math.IsNaN(x.Value) && !math.IsInf(x.Value, 0) })
	a.Events, dropped = keep(a.Events, dropped, func(e news.Event) bool { return inText(e.Span, n) && inText(e.Trigger, n) })
	return dropped
}

func inText(s news.Span, n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// keep filters xs in place to the elements ok accepts, adding the others to dropped.
func keep[T any](xs []T, dropped int, ok func(T) bool) ([]T, int) {
	out := xs[:0]
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		} else {
			dropped++
		}
	}
	return out, dropped
}
