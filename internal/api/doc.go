// Package api serves Entente's HTTP JSON API over a news.Store:
//
//	GET /healthz                   liveness: {"status":"ok"}
//	GET /api/search?q=&from=&to=&source=&lang=&limit=&offset=
//	GET /api/articles/{id}         with its mentions, quotes, amounts and tone
//	GET /api/actors?from=&to=&source=&lang=&limit=&offset=
//	GET /api/actors/{id-or-name}   aliases, roles, mentions per month, co-mentions, quotes
//	GET /api/quotes?speaker=&mentions=&from=&to=&limit=&offset=
//	GET /api/events?actor=&source_actor=&target_actor=&type=&realized=&mentions=&from=&to=
//	GET /api/dyads?a=&b=&by=&dir=&from=&to=
//	GET /api/network?from=&to=&limit=
//
// An event's date_precision ("day", "month", "year", "decade") says how
// much of its date the text gave; a dyad's "coarse" periods hold the
// events dated less precisely than its periods ("in 2020" by quarter),
// which its "periods" never count.
//
// A quote told by several articles (the same speaker and words) is one
// hit with num_mentions, num_articles and num_sources, shown from its
// earliest article; mentions=true lists every telling, as for events.
//
// Handlers return errors; news.Status maps them to HTTP status codes and a
// JSON body {"error": "..."}: 404 for an unknown route, 405 with Allow:
// GET, HEAD for a known one asked with another method. It does not start
// listeners or set timeouts:
// cmd/entente owns the http.Server.
package api
