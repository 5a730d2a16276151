package api_test

import (
	"testing"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

func TestQuotesAPI(t *testing.T) {
	s := server(t)
	tests := []struct {
		name, path string
		code       int
		want       []string // quote @ article URL
	}{
		{"all quotes come newest first", "/api/quotes", 200,
			[]string{"'we are one' @https://a.example/3", "'it is over' @https://a.example/2", "'we stand firm' @https://a.example/1"}},
		{"a speaker by name keeps that actor's quotes", "/api/quotes?speaker=Putin", 200,
			[]string{"'we are one' @https://a.example/3"}},
		{"a speaker by id keeps that actor's quotes", "/api/quotes?speaker=ALEXANDER_LUKASHENKO", 200,
			[]string{"'we stand firm' @https://a.example/1"}},
		{"a new actor's quotes are found by its name", "/api/quotes?speaker=Ivan+Petrov", 200,
			[]string{"'it is over' @https://a.example/2"}},
		{"a date range keeps quotes from articles published in it", "/api/quotes?from=2020-08-15&to=2022-01-01", 200,
			[]string{"'it is over' @https://a.example/2"}},
		{"mentions=true lists every telling", "/api/quotes?mentions=true&speaker=Putin", 200,
			[]string{"'we are one' @https://a.example/3"}},
		{"a mentions that is no boolean is a bad request", "/api/quotes?mentions=all", 400, nil},
		{"an unknown speaker is not found", "/api/quotes?speaker=Nobody", 404, nil},
		{"a bad date is a bad request", "/api/quotes?to=soon", 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body struct {
				Quotes []news.QuoteHit
				Error  string
			}
			if code := get(t, s, tt.path, &body); code != tt.code {
				t.Fatalf("status %d, want %d: %s", code, tt.code, body.Error)
			}
			var got []string
			for _, h := range body.Quotes {
				got = append(got, h.Quote.Text+" @"+h.Article.URL)
				if h.NumArticles != 1 || h.NumMentions != 1 {
					t.Errorf("%q told %d times in %d articles, want once", h.Quote.Text, h.NumMentions, h.NumArticles)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("GET %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}
