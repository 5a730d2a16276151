package sqlite

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// scrapinghub is the ScrapingHub extraction benchmark's ground truth, read
// from the shared data folder: 181 real article texts with their URLs.
var scrapinghub = filepath.Join("..", "..", "..", "shared", "data", "extraction", "scrapinghub", "ground-truth.json")

// realArticles loads the benchmark texts as articles, or skips the test.
func realArticles(t *testing.T) []*news.Article {
	t.Helper()
	b, err := os.ReadFile(scrapinghub)
	if os.IsNotExist(err) {
		t.Skip("shared data absent:", scrapinghub)
	}
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var as []*news.Article
	for _, id := range ids {
		g := gt[id]
		host := ""
		if u, err := url.Parse(g.URL); err == nil {
			host = u.Host
		}
		as = append(as, &news.Article{URL: g.URL, Source: host, Text: g.ArticleBody, Origin: "scrapinghub#" + id[:12]})
	}
	return as
}

// TestRealCorpus stores real article texts and checks the store against an
// independent reading of the same texts.
func TestRealCorpus(t *testing.T) {
	ctx := context.Background()
	as := realArticles(t)
	db := MustOpenDB(t)
	var stored int
	for batch := range slices.Chunk(as, 64) {
		stored += mustPut(t, db, batch...).Stored
	}
	// Two benchmark pages may share a canonical URL; count the keys.
	keys := map[string]bool{}
	for _, a := range as {
		keys[urlKey(a.URL)] = true
	}
	t.Run("every distinct URL is stored once", func(t *testing.T) {
		if stored != len(keys) {
			t.Errorf("stored %d of %d distinct URLs", stored, len(keys))
		}
	})
	t.Run("re-ingesting with tracking parameters stores nothing new", func(t *testing.T) {
		again := make([]*news.Article, len(as))
		for i, a := range as {
			c := *a
			c.ID = 0
			c.URL = strings.TrimSuffix(a.URL, "/") + "/?utm_source=test#x"
			if strings.Contains(a.URL, "?") {
				c.URL = a.URL + "&utm_medium=test"
			}
			again[i] = &c
		}
		r := mustPut(t, db, again...)
		if r.Stored != 0 || r.Duplicates != len(as) {
			t.Errorf("re-ingest = %+v, want %d duplicates", r, len(as))
		}
		for i := range as {
			if again[i].ID != as[i].ID {
				t.Errorf("%s: re-ingest ID %d, stored ID %d", as[i].URL, again[i].ID, as[i].ID)
			}
		}
	})
	t.Run("the FTS index agrees with its content after the re-ingest", func(t *testing.T) {
		ftsIntegrity(t, db)
	})
	t.Run("search finds exactly the articles containing a word", func(t *testing.T) {
		words, docs := oracle(as)
		for _, w := range words {
			hits, err := db.Search(ctx, news.Query{Text: w, Filter: news.Filter{Limit: MaxLimit}})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, h := range hits {
				got = append(got, h.Article.ID)
			}
			slices.Sort(got)
			if diff := cmp.Diff(docs[w], got); diff != "" {
				t.Errorf("Search(%q) ids (-want +got):\n%s", w, diff)
			}
		}
		t.Logf("checked %d words", len(words))
	})
}

// oracle tokenises texts independently of SQLite — runs of letters, digits
// and marks, decomposed, marks dropped, lowercased — and returns a spread of
// ASCII words with the sorted ids of the articles containing each.
func oracle(as []*news.Article) ([]string, map[string][]int64) {
	docs := map[string][]int64{}
	for _, a := range as {
		seen := map[string]bool{}
		for _, tok := range strings.FieldsFunc(norm.NFC.String(a.Text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
		}) {
			var b strings.Builder
			for _, r := range norm.NFD.String(tok) {
				if !unicode.Is(unicode.Mn, r) {
					b.WriteRune(unicode.ToLower(r))
				}
			}
			if w := b.String(); !seen[w] {
				seen[w] = true
				docs[w] = append(docs[w], a.ID)
			}
		}
	}
	var ascii []string
	for w := range docs {
		if w != "" && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
			ascii = append(ascii, w)
		}
	}
	// Every 50th word by document frequency, then name: common and rare ones.
	sort.Slice(ascii, func(i, j int) bool {
		if len(docs[ascii[i]]) != len(docs[ascii[j]]) {
			return len(docs[ascii[i]]) > len(docs[ascii[j]])
		}
		return ascii[i] < ascii[j]
	})
	var words []string
	for i := 0; i < len(ascii); i += 50 {
		words = append(words, ascii[i])
	}
	return words, docs
}
