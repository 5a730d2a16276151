package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

// store is a fake news.Store holding two articles; a query "bad(" fails as
// a malformed FTS query would.
type store struct{ got news.Query }

func (s *store) Put(context.Context, []*news.Article) (news.PutResult, error) {
	return news.PutResult{}, nil
}
func (s *store) Article(_ context.Context, id int64) (*news.Article, error) {
	if id != 1 {
		return nil, news.ErrNotFound
	}
	return &news.Article{ID: 1, Title: "Minsk talks", Text: "<script>alert(1)</script>"}, nil
}
func (s *store) Search(_ context.Context, q news.Query) ([]news.Hit, error) {
	s.got = q
	if strings.Contains(q.Text, "(") {
		return nil, fmt.Errorf("search: bad query syntax: %w", news.ErrInvalid)
	}
	return []news.Hit{{Article: &news.Article{ID: 1, Title: "Minsk talks"}, Snippet: "⟦Minsk⟧ talks"}}, nil
}
func (s *store) List(context.Context, news.Filter) ([]*news.Article, error) { return nil, nil }
func (s *store) Close() error                                               { return nil }

func TestAPI(t *testing.T) {
	tests := []struct {
		name, path string
		code       int
		body       string // a substring the body must contain
	}{
		{"health check answers ok", "/healthz", 200, `"status":"ok"`},
		{"search returns hits with snippets", "/api/search?q=minsk", 200, `⟦Minsk⟧`},
		{"search without a query is a bad request", "/api/search", 400, "q is required"},
		{"a malformed query is a bad request, not a crash", "/api/search?q=bad(", 400, "bad query syntax"},
		{"a bad date is a bad request", "/api/search?q=minsk&from=yesterday", 400, "YYYY-MM-DD"},
		{"a negative limit is a bad request", "/api/search?q=minsk&limit=-1", 400, "non-negative"},
		{"an article is found by id", "/api/articles/1", 200, `"title":"Minsk talks"`},
		{"article text is escaped in JSON", "/api/articles/1", 200, `\u003cscript\u003e`},
		{"a missing article is not found", "/api/articles/2", 404, "not found"},
		{"a non-numeric id is a bad request", "/api/articles/abc", 400, "invalid"},
		{"an unknown API path is not found", "/api/nothing", 404, "not found"},
	}
	h := (&Server{Store: &store{}}).Handler()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			if rec.Code != tt.code {
				t.Errorf("status = %d, want %d; body %s", rec.Code, tt.code, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body %s does not contain %s", rec.Body, tt.body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type = %q", ct)
			}
			if !json.Valid(rec.Body.Bytes()) {
				t.Errorf("body is not JSON: %s", rec.Body)
			}
		})
	}
}

func TestMethods(t *testing.T) {
	tests := []struct {
		name, method, path string
		code               int
		allow              string
	}{
		{"a route asked with POST is not allowed, and says which method is", "POST", "/api/search?q=minsk", 405, "GET, HEAD"},
		{"a route with a path value asked with DELETE is not allowed", "DELETE", "/api/articles/1", 405, "GET, HEAD"},
		{"HEAD is answered like GET", "HEAD", "/api/articles/1", 200, ""},
		{"an unknown path is not found whatever the method", "POST", "/api/nothing", 404, ""},
	}
	h := (&Server{Store: &store{}}).Handler()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.code || rec.Header().Get("Allow") != tt.allow {
				t.Errorf("%s %s = %d, Allow %q; want %d, Allow %q; body %s", tt.method, tt.path, rec.Code, rec.Header().Get("Allow"), tt.code, tt.allow, rec.Body)
			}
			if tt.method != "HEAD" && !json.Valid(rec.Body.Bytes()) {
				t.Errorf("body is not JSON: %s", rec.Body)
			}
		})
	}
}

func TestSearchPassesFilters(t *testing.T) {
	s := &store{}
	h := (&Server{Store: s}).Handler()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?q=gas&from=2011-01-01&to=2011-12-31&source=belta&lang=ru&limit=5000&offset=3", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	f := s.got.Filter
	if f.From.Year() != 2011 || f.To.Month() != 12 || f.Source != "belta" || f.Language != "ru" || f.Limit != maxLimit || f.Offset != 3 {
		t.Errorf("filter = %+v", f)
	}
}
