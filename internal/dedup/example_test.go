package dedup_test

import (
	"fmt"

	"github.com/entente-news/entente/internal/dedup"
)

func Example() {
	original := dedup.Signature(`Russia will lend Belarus $1.5 billion, President Vladimir Putin said on Monday after meeting Alexander Lukashenko in Sochi. The talks lasted about four hours.`)
	repost := dedup.Signature(`RUSSIA WILL LEND BELARUS $1.5 BILLION, President Vladimir Putin said on Monday after meeting Alexander Lukashenko in Sochi. The talks lasted about four hours. Tags: loans, forex`)
	other := dedup.Signature(`Belarus devalued the rouble by 56% against the dollar on Tuesday.`)
	fmt.Println(dedup.Similarity(original, repost) >= dedup.Threshold)
	fmt.Println(dedup.Similarity(original, other) >= dedup.Threshold)
	// Output:
	// true
	// false
}
