// Package web serves the analyst's pages: search with attention over time,
// the article reader with its highlights and removed boilerplate, actors,
// dyads and the network of who dealt with whom.
//
// Input → output: HTTP requests and a news.Store (with, when the store has
// them, news.ActorStore, news.EventStore and news.NetworkStore) → HTML
// pages rendered on the server with html/template. htmx 2 swaps partial
// results in place (a request with HX-Request gets only the fragment it
// targets), and a small static script of our own (static/app.js) draws
// ECharts charts from data-chart, data-dyad and data-network attributes.
// Every page works as plain GET forms and links without JavaScript: each
// chart has a table under it with the same numbers and links.
//
// Safety: article content is hostile (scraped pages carry <script>,
// onerror= and javascript: links), so it only ever reaches a template as a
// string and is escaped there; highlights are built by splitting the text
// at span offsets into plain pieces, never by producing HTML in Go. Every
// response carries a strict Content-Security-Policy with no inline script
// or style, which is why htmx's own indicator style is switched off in the
// layout and why chart tooltips are drawn on the canvas (ECharts' HTML
// tooltips carry style attributes).
//
// Pages: / (search, filters for dates, source and language, attention over
// time per month), /articles/{id} (text with mentions, quotes and amounts
// highlighted, metadata, removed lines on demand; ?at=START-END#hl marks
// the span an event's evidence or a quote links to and scrolls to it);
// when the store ranks actors, /actors and /actors/{id} (names, aliases,
// roles, mentions per month, co-mentioned actors with links to their
// dyads, latest quotes; a name or alias instead of an ID redirects to the
// ID's page);
// when it codes events, /dyads?a=&b=&by=year|quarter|month&dir=ab|ba|both
// (events per period stacked by quad class, conflict below zero, with the
// mean Goldstein score and tone; &period= lists a period's evidence
// sentences, which htmx loads under the chart); and when it draws networks,
// /network?from=&to=&limit= (actors sized by mentions, pairs coloured by
// mean Goldstein score, linked to actor and dyad pages).
//
// It does not read the store's concrete type: it takes the news
// interfaces and the small ones declared here (Timeline, Directory), and
// resolves names typed into the dyad form or an actor page's path through
// Server.Resolve, which cmd/entente wires to the API's resolver. It has no
// actor filter on search: that waits for an actor-aware Query. The front-end libraries
// (htmx 2, ECharts 5) are vendored under static/vendor by `make assets`
// from the versions pinned in assets/package-lock.json.
package web
