package extract

import "github.com/entente-news/entente/internal/news"

// Cleaned is plain text with its boilerplate removed.
type Cleaned struct {
	Title   string         // the headline, when the text starts with one
	Author  string         // from a byline, when present
	Text    string         // the article body, paragraphs separated by blank lines
	Removed []news.Removal // every dropped line with the rule that dropped it
}

// Clean removes the boilerplate scraped plain text carries.
// Placeholder until the rule-driven cleaner lands: it removes nothing.
func Clean(text string) Cleaned {
	return Cleaned{Text: text}
}
