// Package demo embeds Entente's demonstration corpus: a few dozen news-style
// articles about Belarus, Russia and their neighbours from 2011 to 2024,
// written for the project in its own words and grounded in public events. It
// is the showcase `entente` ingests out of the box and the end-to-end fixture
// the pipeline, store and web UI are tested on.
//
// Input → output: nothing → an fs.FS holding the articles in every format
// Entente reads (plain text, HTML, JSONL, RSS, a gzipped WARC crawl), each
// carrying the noise real scrapes carry; corpus/README.md lists it. The gold
// annotations for later evaluations (quotes, actors) live beside it under
// gold/ and are not embedded.
//
// It does not parse anything: reading the formats is internal/ingest's job.
// The WARC file is built from warcsrc/ by the package's test with -update,
// since no Go WARC writer is in the module graph and the format is a few
// headers per record.
package demo

import (
	"embed"
	"io/fs"
)

//go:embed corpus
var corpus embed.FS

// Corpus returns the demo corpus rooted at its top folder: README.md,
// articles.jsonl, feed.rss, crawl.warc.gz, text/*.txt and html/*.html.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		// fs.Sub fails only on an invalid path; "corpus" is a constant.
		panic(err)
	}
	return sub
}
