package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
)

func Example() {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	batch := []*news.Article{
		{URL: "https://a.example/gas", Title: "Gas deal signed", Published: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC),
			Text: "Minsk and Moscow agreed a price for three years."},
		{URL: "https://a.example/visit", Title: "Lukašenka in Beijing", Published: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC),
			Text: "Aliaksandr Lukašenka arrived for a three-day visit."},
		// The first article again, reached through a newsletter link.
		{URL: "https://A.example/gas/?utm_source=mail", Title: "Gas deal signed"},
	}
	r, err := db.Put(ctx, batch)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("stored %d, duplicates %d, ids %d %d %d\n", r.Stored, r.Duplicates, batch[0].ID, batch[1].ID, batch[2].ID)

	hits, err := db.Search(ctx, news.Query{Text: "lukasenka"})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.Article.Title, "|", h.Snippet)
	}

	_, err = db.Search(ctx, news.Query{Text: "gas AND AND"})
	fmt.Println(err)
	// Output:
	// stored 2, duplicates 1, ids 1 2 1
	// Lukašenka in Beijing | Aliaksandr ⟦Lukašenka⟧ arrived for a three-day visit.
	// search: bad query syntax near "AND" in "gas AND AND": invalid input
}
