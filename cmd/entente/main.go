// Command entente turns piles of scraped news into clean, searchable articles.
//
// Usage:
//
//	entente ingest [--db PATH] PATH|- ...   read text, HTML, JSONL, CSV, WARC and RSS/Atom
//	entente search [--json] QUERY            BM25-ranked full-text search with snippets
//	entente show [--json] [--why] ID         one article; --why lists removed boilerplate
//	entente list [--json]                    articles, newest first
//	entente actors [--json] [--top N]        actors ranked by mentions
//	entente actor [--json] ID|NAME           one actor: aliases, roles, mentions per month, co-mentions, quotes
//	entente quotes [--speaker X] [--json]    quotes with their speakers, each once with the
//	                                         articles telling it (--mentions: every telling)
//	entente events [filters] [--json|--csv]  coded actor–actor events with their sentences
//	entente dyad A B [--by month] [--json]   an actor pair's cooperation/conflict timeline
//	entente export KIND [-f FORMAT] [-o F]   events, quotes or articles as jsonl, csv, parquet
//	                                         or (events) GDELT 2.0's event table
//	entente serve [--addr HOST:PORT]         the web UI and the HTTP JSON API
//	entente demo                             ingest the embedded demo corpus and serve it
//	entente eval TASK [--json]               quality on the shared datasets: extraction, dates,
//	                                         sentences, pos, parse, ner, actors, quotes, events
//	entente train pos|parse|ner|sentences    retrain a shipped NLP model
//
// Every command takes --db PATH (default ./entente.db, or $ENTENTE_DB).
// Only ingest and demo create a store: the others refuse a path that holds
// none, so a mistyped --db is an error rather than an empty answer.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "entente:", err)
		os.Exit(1)
	}
}
