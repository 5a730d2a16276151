// Package web serves the analyst's pages: search with attention over time,
// and the article reader with its highlights and removed boilerplate.
//
// Input → output: HTTP requests and a news.Store → HTML pages rendered on
// the server with html/template. htmx 2 swaps partial results in place
// (a request with HX-Request gets only the fragment it targets), and a
// small static script of our own (static/app.js) draws ECharts charts from
// data-chart attributes. Every page works as plain GET forms and links
// without JavaScript.
//
// Safety: article content is hostile (scraped pages carry <script>,
// onerror= and javascript: links), so it only ever reaches a template as a
// string and is escaped there; highlights are built by splitting the text
// at span offsets into plain pieces, never by producing HTML in Go. Every
// response carries a strict Content-Security-Policy with no inline script
// or style, which is why htmx's own indicator style is switched off in the
// layout.
//
// Pages: / (search, filters for dates, source and language, attention over
// time per month), /articles/{id} (text with mentions, quotes and amounts
// highlighted, metadata, removed lines on demand), and when the store ranks
// actors /actors and /actors/{id} (names, aliases, roles, mentions per
// month, co-mentioned actors, latest quotes).
//
// It does not read the store's concrete type: it takes news.Store,
// news.ActorStore and the small interfaces declared here (Timeline,
// Directory). It has no dyad or network pages and no actor filter on
// search: those wait for event coding and an actor-aware Query. The
// front-end libraries (htmx 2, ECharts 5) are vendored under static/vendor
// by `make assets` from the versions pinned in assets/package-lock.json.
package web
