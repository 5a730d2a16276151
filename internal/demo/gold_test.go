package demo

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// A goldQuote is one line of gold/quotes.jsonl.
type goldQuote struct {
	File    string `json:"file"`
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
	URL     string `json:"url,omitempty"`
}

func readGold(t testing.TB) []goldQuote {
	t.Helper()
	data, err := os.ReadFile("gold/quotes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var qs []goldQuote
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var q goldQuote
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&q); err != nil {
			t.Fatalf("gold/quotes.jsonl line %d: %v", n+1, err)
		}
		qs = append(qs, q)
	}
	return qs
}

func TestGoldQuotes(t *testing.T) {
	qs := readGold(t)
	byName := map[string]article{}
	for _, a := range corpusArticles(t) {
		byName[a.Name] = a
	}
	t.Run("the gold file holds at least 80 quotes", func(t *testing.T) {
		if len(qs) < 80 {
			t.Errorf("%d quotes, want at least 80", len(qs))
		}
	})
	t.Run("every quote appears verbatim in the article it names", func(t *testing.T) {
		for i, q := range qs {
			a, ok := byName[q.File]
			if !ok {
				t.Errorf("line %d: no article %q", i+1, q.File)
				continue
			}
			if !strings.Contains(a.Text, collapse(q.Quote)) {
				t.Errorf("line %d: %q not found in %s", i+1, q.Quote, q.File)
			}
			if at := strings.Index(a.Text, collapse(q.Quote)); at >= 0 {
				near := a.Text[max(0, at-200):min(len(a.Text), at+len(collapse(q.Quote))+200)]
				if !strings.Contains(strings.ToLower(near), strings.ToLower(q.Cue)) {
					t.Errorf("line %d: cue %q not within 200 bytes of %q in %s", i+1, q.Cue, q.Quote, q.File)
				}
			}
			if q.URL != a.URL {
				t.Errorf("line %d: url %q, article has %q", i+1, q.URL, a.URL)
			}
		}
	})
	t.Run("every quote has a speaker and a cue and no stray quote marks", func(t *testing.T) {
		for i, q := range qs {
			if q.Speaker == "" || q.Cue == "" || strings.TrimSpace(q.Quote) != q.Quote {
				t.Errorf("line %d: %+v", i+1, q)
			}
			r0, _ := utf8.DecodeRuneInString(q.Quote)
			r1, _ := utf8.DecodeLastRuneInString(q.Quote)
			if strings.ContainsRune("\"“”«»„‘’", r0) || strings.ContainsRune("\"“”«»„‘’", r1) {
				t.Errorf("line %d: quote %q keeps its quotation marks", i+1, q.Quote)
			}
		}
	})
	t.Run("most articles have a quote in the gold file", func(t *testing.T) {
		quoted := map[string]bool{}
		for _, q := range qs {
			quoted[q.File] = true
		}
		if len(quoted) < len(byName)*9/10 {
			t.Errorf("%d of %d articles have gold quotes", len(quoted), len(byName))
		}
	})
}
