package export

import (
	"context"
	"encoding/json"
	"io"

	"github.com/entente-news/entente/internal/news"
)

func articleSinks(opt Options) sinks[*news.Article] {
	return sinks[*news.Article]{
		"jsonl":   jsonlSink[*news.Article],
		"csv":     csvSink(newArticleRow),
		"parquet": parquetSink(newArticleRow, 10_000),
	}
}

func quoteSinks(opt Options) sinks[news.QuoteHit] {
	row := func(h news.QuoteHit) quoteRow { return newQuoteRow(h, opt.Names) }
	return sinks[news.QuoteHit]{
		"jsonl":   jsonlSink[news.QuoteHit],
		"csv":     csvSink(row),
		"parquet": parquetSink(row, 100_000),
	}
}

func eventSinks(ctx context.Context, s Store, opt Options) sinks[news.EventHit] {
	row := func(h news.EventHit) eventRow { return newEventRow(h, opt.Names) }
	return sinks[news.EventHit]{
		"jsonl":   jsonlSink[news.EventHit],
		"csv":     csvSink(row),
		"parquet": parquetSink(row, 100_000),
		"gdelt": func(w io.Writer) (sink[news.EventHit], error) {
			return newGDELTSink(ctx, w, s, opt.Names), nil
		},
	}
}

// jsonl writes one JSON object a line, in the news types' own JSON.
type jsonl[R any] struct{ enc *json.Encoder }

func jsonlSink[R any](w io.Writer) (sink[R], error) {
	enc := json.NewEncoder(w)
	// Sentences and titles keep their <, > and & as written.
	enc.SetEscapeHTML(false)
	return jsonl[R]{enc}, nil
}

func (j jsonl[R]) write(r R) (bool, error) { return true, j.enc.Encode(r) }
func (j jsonl[R]) close() error            { return nil }
