// Package extract turns raw documents into clean articles: news.Raw →
// news.Article with text, URL, title, author, date, language and source.
//
// HTML pages go through go-trafilatura, which finds the main content and
// the metadata (meta tags, JSON-LD, Open Graph) and runs go-htmldate for the
// publication date. Its plain text joins everything with single spaces, so
// the text is rendered here from its cleaned tree instead: one paragraph per
// block, paragraphs separated by a blank line. The page's canonical URL
// (<link rel=canonical>, og:url) becomes the article URL, because stores
// deduplicate by it. Plain text goes through Clean, the rule-driven
// boilerplate cleaner.
//
// Article and HTML are pure: no I/O, no logging, safe for concurrent use.
// Extract does not fetch pages, follow links, read comments sections, detect
// charsets beyond a page's own declaration (ingest readers deliver UTF-8),
// nor annotate the text; nlp and later stages do that.
//
// How the go-trafilatura and go-htmldate options were chosen, with the
// figures, is in the Options and dateMode comments; internal/eval holds the
// measurements.
package extract
