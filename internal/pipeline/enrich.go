package pipeline

import (
	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/amounts"
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

// enrich fills the article's analyses in place.
func (e *enricher) enrich(a *news.Article) {
	doc := e.an.Annotate(a.Text)
	a.Mentions = e.actors.Resolve(doc, a.Published)
	a.Quotes = quotes.Find(doc, a.Mentions)
	a.Amounts = amounts.Find(doc)
	t := tone.Article(doc)
	a.Tone = &t
}
