package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/entente-news/entente/internal/ingest"
	"github.com/entente-news/entente/internal/news"
)

func ExampleRead() {
	in := strings.NewReader(`{"Headline": "Ferry fares frozen", "maintext": "The county froze ferry fares.", "date_publish": "2024-03-04", "authors": ["Ilse Varga", "Nia Brandt"]}
not json
{"url": "https://wire.example/1"}
`)
	skips := map[string]int{}
	err := ingest.Read(context.Background(), "-", in, ingest.Sink{
		Doc: func(r news.Raw) error {
			fmt.Printf("%s: %q by %s, %s\n", r.Name, r.Title, r.Author, r.Published.Format("2006-01-02"))
			return nil
		},
		Skip:  func(name, reason string) { skips[reason]++ },
		Error: func(name string, err error) { fmt.Println("bad:", name) },
	})
	fmt.Println(skips, err)
	// Output:
	// -#line 1: "Ferry fares frozen" by Ilse Varga, Nia Brandt, 2024-03-04
	// bad: -#line 2
	// map[jsonl: record without text:1] <nil>
}
