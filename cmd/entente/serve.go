package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/api"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/web"
)

func init() { commands = append(commands, newServeCmd) }

func newServeCmd(e *env) *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and the HTTP JSON API",
		Long: `Serve the analyst's web UI and the HTTP JSON API:
  GET /                    search, with attention over time
  GET /articles/{id}       an article, its highlights and removed lines
  GET /actors              the most mentioned actors
  GET /actors/{id}         one actor: names, roles, mentions per month, quotes
  GET /dyads?a=&b=[&by=year|quarter|month&dir=ab|ba|both&from=&to=&period=]
                           two actors' cooperation and conflict over time, and
                           the sentences of a period
  GET /network[?from=&to=&limit=]
                           actors and the pairs with realised events between them
  GET /healthz

  GET /api/search?q=QUERY[&from=&to=&source=&lang=&limit=&offset=]
  GET /api/articles/{id}
  GET /api/actors[?from=&to=&source=&lang=&limit=&offset=]
  GET /api/actors/{id or name}
  GET /api/quotes[?speaker=ID_OR_NAME&mentions=&from=&to=&source=&lang=&limit=&offset=]
  GET /api/events[?actor=&source_actor=&target_actor=&type=&realized=&mentions=&from=&to=&source=&lang=&limit=&offset=]
  GET /api/dyads?a=ACTOR&b=ACTOR[&by=day|week|month|quarter|year&dir=ab|ba|both&from=&to=]
  GET /api/network[?from=&to=&limit=]`,
		Args: argsBetween(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := e.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			return e.serve(cmd.Context(), addr, db)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address (port 0 picks a free one)")
	return cmd
}

// serve listens on addr and serves store until ctx ends.
func (e *env) serve(ctx context.Context, addr string, store news.Store) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	as := &api.Server{Store: store, Names: kb.Default(), Log: e.log}
	as.Actors, _ = store.(news.ActorStore)
	as.Quotes, _ = store.(news.QuoteStore)
	as.Events, _ = store.(news.EventStore)
	apiH := as.Handler()
	pages := &web.Server{Store: store, Log: e.log}
	if tl, ok := store.(web.Timeline); ok {
		pages.Timeline = tl
	}
	if actors, ok := store.(news.ActorStore); ok {
		pages.Actors, pages.Directory = actors, kb.Default()
		pages.Resolve = func(ctx context.Context, s string) (news.ActorID, error) {
			return api.ResolveActor(ctx, kb.Default(), actors, s)
		}
		pages.Events, _ = store.(news.EventStore)
	}
	pages.Network, _ = store.(news.NetworkStore)
	mux := http.NewServeMux()
	mux.Handle("/api/", apiH)
	mux.Handle("/healthz", apiH)
	mux.Handle("/", pages.Handler())
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          nil,
	}
	fmt.Fprintf(e.stdout, "serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return fmt.Errorf("shutdown: %w", err)
		}
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
