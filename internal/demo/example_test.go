package demo_test

import (
	"fmt"
	"io/fs"

	"github.com/entente-news/entente/internal/demo"
)

func ExampleCorpus() {
	entries, err := fs.ReadDir(demo.Corpus(), ".")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		fmt.Println(e.Name())
	}
	// Output:
	// README.md
	// articles.jsonl
	// crawl.warc.gz
	// feed.rss
	// html
	// text
}
