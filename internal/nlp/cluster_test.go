package nlp

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/extract"
)

var buildClusters = flag.Bool("build-clusters", false, "rebuild models/nerclusters.txt.gz from the unlabelled text in ../shared/data")

// sharedData is the shared data root, relative to this package.
var sharedData = filepath.Join("..", "..", "..", "shared", "data")

func TestBuildClustersGroupsWordsUsedAlike(t *testing.T) {
	var sents [][]string
	for _, city := range []string{"paris", "london", "berlin", "madrid"} {
		for _, verb := range []string{"visited", "left", "reached"} {
			sents = append(sents, strings.Fields("she "+verb+" "+city+" yesterday ."))
		}
	}
	for _, name := range []string{"smith", "jones", "brown", "green"} {
		for _, verb := range []string{"said", "told", "added"} {
			sents = append(sents, strings.Fields("mr "+name+" "+verb+" that ."))
		}
	}
	c, err := BuildClusters(context.Background(), sents, ClusterOptions{MinCount: 1, MinSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	shared := func(a, b string) int {
		pa, pb := c.paths[a], c.paths[b]
		n := 0
		for n < min(len(pa), len(pb)) && pa[n] == pb[n] {
			n++
		}
		return n
	}
	for _, w := range [][3]string{{"paris", "london", "smith"}, {"berlin", "madrid", "jones"}, {"smith", "jones", "paris"}, {"brown", "green", "berlin"}} {
		if shared(w[0], w[1]) <= shared(w[0], w[2]) {
			t.Errorf("%s (%s) is no closer to %s (%s) than to %s (%s)", w[0], c.paths[w[0]], w[1], c.paths[w[1]], w[2], c.paths[w[2]])
		}
	}
	again, err := BuildClusters(context.Background(), sents, ClusterOptions{MinCount: 1, MinSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.paths, again.paths); diff != "" {
		t.Errorf("a second build differs (-first +second):\n%s", diff)
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := ReadClusters(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.paths, read.paths); diff != "" {
		t.Errorf("written and read back differ (-built +read):\n%s", diff)
	}
}

// TestBuildShippedClusters rebuilds models/nerclusters.txt.gz with
// -build-clusters from unlabelled text: CoNLL-2003 train words (never testa
// or testb), UD EWT train words, the ScrapingHub benchmark's ground-truth
// article bodies, and the text extract.HTML finds in the trafilatura
// evaluation pages and htmldate's news pages.
func TestBuildShippedClusters(t *testing.T) {
	if !*buildClusters {
		t.Skip("pass -build-clusters to rebuild models/nerclusters.txt.gz")
	}
	ctx := context.Background()
	begin := time.Now()
	sents := unlabelledSentences(t, ctx)
	ntok := 0
	for _, s := range sents {
		ntok += len(s)
	}
	c, err := BuildClusters(ctx, sents, ClusterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sentences, %d tokens → %d words with paths in %s", len(sents), ntok, c.Len(), time.Since(begin).Round(time.Millisecond))
	f, err := os.Create(filepath.Join("models", "nerclusters.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := c.WriteTo(f); err != nil {
		t.Fatal(err)
	}
}

func unlabelledSentences(t *testing.T, ctx context.Context) [][]string {
	var sents [][]string
	for _, d := range readCoNLLFile(t, "eng.train") {
		for _, s := range d.Sentences {
			sents = append(sents, s.Words)
		}
	}
	ud := readEWT(t, "train")
	for _, s := range ud {
		sents = append(sents, s.Forms())
	}
	addText := func(text string) {
		for _, s := range Split(text) {
			words := make([]string, len(s.Tokens))
			for i, tok := range s.Tokens {
				words[i] = tok.Text
			}
			sents = append(sents, words)
		}
	}
	b, err := os.ReadFile(filepath.Join(sharedData, "extraction", "scrapinghub", "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	for _, k := range sortedKeys(gt) {
		addText(gt[k].ArticleBody)
	}
	for _, dir := range []string{
		filepath.Join(sharedData, "extraction", "trafilatura-eval", "html"),
		filepath.Join(sharedData, "dates", "htmldate-mediacloud", "html"),
	} {
		names, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names { // Glob sorts
			body, err := readMaybeGzip(name)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.HTML(body, "")
			if err != nil {
				continue // no article text: nothing to learn from
			}
			addText(a.Text)
		}
	}
	return sents
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func readMaybeGzip(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil || !strings.HasSuffix(name, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
