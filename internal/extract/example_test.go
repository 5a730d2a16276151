package extract_test

import (
	"fmt"

	"github.com/entente-news/entente/internal/extract"
)

func ExampleHTML() {
	page := []byte(`<html lang="en"><head>
<title>Bridge reopens after repairs</title>
<link rel="canonical" href="/local/bridge-reopens">
<meta name="author" content="Sam Reyes">
<meta property="article:published_time" content="2024-05-02">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<p>The old stone bridge over the river reopened to traffic on Thursday after eight months of repairs to its arches and foundations.</p>
<p>Engineers replaced more than four hundred stones and added a steel frame under the deck, which the council says will keep the bridge safe for another century.</p>
</article>
<footer>Contact us</footer>
</body></html>`)
	a, err := extract.HTML(page, "https://town.example.com/story?id=7")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.URL)
	fmt.Println(a.Title, "|", a.Author, "|", a.Published.Format("2006-01-02"), "|", a.Language)
	fmt.Println(a.Text)
	// Output:
	// https://town.example.com/local/bridge-reopens
	// Bridge reopens after repairs | Sam Reyes | 2024-05-02 | en
	// The old stone bridge over the river reopened to traffic on Thursday after eight months of repairs to its arches and foundations.
	//
	// Engineers replaced more than four hundred stones and added a steel frame under the deck, which the council says will keep the bridge safe for another century.
}
