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
// It does not read the store's concrete type: it takes news.Store and the
// small interfaces declared here (Timeline). Actor, dyad and network pages
// wait for the stores of mentions and events.
package web
