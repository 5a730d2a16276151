package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestDemoServesTheAPI(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "serve.db")
	go func() {
		done <- run(ctx, []string{"demo", "--db", db, "--addr", "127.0.0.1:0"}, nil, pw, io.Discard)
		pw.Close()
	}()
	var base string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if m := regexp.MustCompile(`serving on (http://\S+)/`).FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if base == "" {
		t.Fatalf("demo never printed its URL: %v", <-done)
	}
	client := &http.Client{Timeout: 10 * time.Second}
	get := func(path string) (int, map[string]any) {
		t.Helper()
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var v map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		return resp.StatusCode, v
	}
	tests := []struct {
		name, path string
		code       int
		check      func(map[string]any) bool
	}{
		{"the health check is ok", "/healthz", 200, func(v map[string]any) bool { return v["status"] == "ok" }},
		{"a search for Minsk has hits", "/api/search?q=minsk", 200, func(v map[string]any) bool {
			hits, _ := v["hits"].([]any)
			return len(hits) > 0
		}},
		{"a search filtered to 2011 has only 2011 hits", "/api/search?q=belarus&from=2011-01-01&to=2011-12-31", 200, func(v map[string]any) bool {
			hits, _ := v["hits"].([]any)
			for _, h := range hits {
				if p, _ := h.(map[string]any)["article"].(map[string]any)["published"].(string); !strings.HasPrefix(p, "2011") {
					return false
				}
			}
			return len(hits) > 0
		}},
		{"article 1 has text", "/api/articles/1", 200, func(v map[string]any) bool { return v["text"] != "" }},
		{"a missing article is 404", "/api/articles/100000", 404, func(v map[string]any) bool { return v["error"] != nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, v := get(tt.path)
			if code != tt.code || !tt.check(v) {
				t.Errorf("GET %s = %d %v", tt.path, code, v)
			}
		})
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("demo did not shut down cleanly: %v", err)
	}
}
