package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestArticle(t *testing.T) {
	harbour, err := os.ReadFile(filepath.Join("testdata", "harbour.html"))
	if err != nil {
		t.Fatal(err)
	}
	brauerei, err := os.ReadFile(filepath.Join("testdata", "brauerei.html"))
	if err != nil {
		t.Fatal(err)
	}
	fed := time.Date(2024, 3, 15, 7, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		raw  news.Raw
		want news.Article // Text is checked separately
	}{
		{
			name: "container metadata wins over the page but the canonical URL wins over the container's",
			raw: news.Raw{
				Name: "feed.xml#item 3", Format: news.FormatFeed, HTML: true, Body: harbour,
				URL: "https://ledger.example.com/rss/item/3", Title: "Ferry terminal approved",
				Author: "Ledger staff", Source: "Coastal Ledger RSS", Language: "en", Published: fed,
			},
			want: news.Article{
				URL: "https://ledger.example.com/news/2024/03/harbour-ferry-terminal", Title: "Ferry terminal approved",
				Author: "Ledger staff", Published: fed, Language: "en", Source: "Coastal Ledger RSS",
				Origin: "feed.xml#item 3",
			},
		},
		{
			name: "empty container fields are filled from the page",
			raw:  news.Raw{Name: "pages/brauerei.html", Format: news.FormatHTML, HTML: true, Body: brauerei},
			want: news.Article{
				URL: "https://stadtbote.example.de/lokales/alte-brauerei-kulturzentrum", Title: "Alte Brauerei wird Kulturzentrum",
				Author: "Jonas Becker", Published: time.Date(2023, 11, 2, 0, 0, 0, 0, time.UTC), Language: "de",
				Source: "Stadtbote", Origin: "pages/brauerei.html",
			},
		},
		{
			name: "plain text goes through Clean and keeps the container's URL",
			raw: news.Raw{
				Name: "notes.txt", Format: news.FormatText, Body: []byte("Storm closes the ferry.\n\nNo crossings until Friday."),
				URL: "https://example.com/storm", Title: "Storm", Language: "en",
			},
			want: news.Article{
				URL: "https://example.com/storm", Title: "Storm", Language: "en", Origin: "notes.txt",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Article(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text == "" {
				t.Error("Text is empty")
			}
			if want := Hash(got.Text); got.Hash != want {
				t.Errorf("Hash = %q, want Hash(Text) = %q", got.Hash, want)
			}
			if diff := cmp.Diff(tt.want, *got, cmpopts.IgnoreFields(news.Article{}, "Text", "Hash", "Removed")); diff != "" {
				t.Errorf("Article() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestArticleRejects(t *testing.T) {
	tests := []struct {
		name string
		raw  news.Raw
	}{
		{"blank plain text has no article", news.Raw{Name: "a.txt", Body: []byte(" \n\n\t")}},
		{"an HTML page without text has no article", news.Raw{Name: "a.html", HTML: true, Body: []byte("<html><body><img src=x></body></html>")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Article(tt.raw)
			if !errors.Is(err, news.ErrInvalid) {
				t.Errorf("Article() = %+v, %v; want an error wrapping news.ErrInvalid", a, err)
			}
		})
	}
}

func TestHash(t *testing.T) {
	base := Hash("Storm closes the ferry.\n\nNo crossings until Friday.")
	tests := []struct {
		name string
		text string
		same bool
	}{
		{"different whitespace hashes the same", "  Storm closes the ferry. No\tcrossings until Friday.\n", true},
		{"different case hashes the same", "STORM closes the ferry.\n\nno crossings until friday.", true},
		{"different words hash differently", "Storm closes the bridge.\n\nNo crossings until Friday.", false},
		{"dropped punctuation hashes differently", "Storm closes the ferry\n\nNo crossings until Friday", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Hash(tt.text) == base; got != tt.same {
				t.Errorf("Hash(%q) == base is %v, want %v", tt.text, got, tt.same)
			}
		})
	}
	t.Run("composed and decomposed accents hash the same", func(t *testing.T) {
		if Hash("Caf\u00e9") != Hash("Cafe\u0301") {
			t.Error("NFC and NFD forms hash differently")
		}
	})
}
