package nlp

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// ClusterOptions tune BuildClusters; zero fields take the defaults.
type ClusterOptions struct {
	MinCount int // words seen fewer times get no path; default 3
	Contexts int // the most frequent words, used as context dimensions; default 1000
	Depth    int // longest path; default 16
	MinSize  int // clusters smaller than this are not split; default 4
}

// BuildClusters learns word paths from unlabelled sentences (token lists)
// by bisecting spherical k-means over context vectors: each word is
// described by how often each of the commonest words occurs one and two
// tokens to its left and right; the vocabulary is split in two, each half
// in two again, and so on, and a word's path records which side it fell on
// at every split, like a Brown-clustering path.
//
// Brown clustering proper merges clusters bottom-up by mutual information
// and costs O(V·C²); the bisecting split is top-down, deterministic, and
// runs in seconds on a few million tokens, which keeps `entente train ner`
// self-contained. Words are lowercased.
func BuildClusters(ctx context.Context, sents [][]string, opts ClusterOptions) (*Clusters, error) {
	opts.MinCount = cmp.Or(opts.MinCount, 3)
	opts.Contexts = cmp.Or(opts.Contexts, 1000)
	opts.Depth = cmp.Or(opts.Depth, 16)
	opts.MinSize = cmp.Or(opts.MinSize, 4)
	freq := map[string]int{}
	lowered := make([][]string, len(sents))
	for i, s := range sents {
		ls := make([]string, len(s))
		for j, w := range s {
			ls[j] = strings.ToLower(w)
			freq[ls[j]]++
		}
		lowered[i] = ls
	}
	// Vocabulary by falling frequency, then text, so ids are reproducible.
	var vocab []string
	for w, c := range freq {
		if c >= opts.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		return cmp.Or(freq[b]-freq[a], strings.Compare(a, b))
	})
	if len(vocab) < 2 {
		return nil, fmt.Errorf("build clusters: %d words seen %d times: %w", len(vocab), opts.MinCount, news.ErrInvalid)
	}
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	nctx := min(opts.Contexts, len(vocab))
	dims := 4 * nctx // offsets -2, -1, +1, +2
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	for i, s := range lowered {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		for j, w := range s {
			wi, ok := id[w]
			if !ok {
				continue
			}
			for k, off := range [4]int{-2, -1, 1, 2} {
				c := j + off
				if c < 0 || c >= len(s) {
					continue
				}
				if ci, ok := id[s[c]]; ok && int(ci) < nctx {
					counts[wi][int32(k*nctx)+ci]++
				}
			}
		}
	}
	vecs := make([]sparseVec, len(vocab))
	for i, m := range counts {
		vecs[i] = newSparseVec(m)
	}
	counts = nil
	// A word none of whose neighbours is a context word has nothing to be
	// compared by; it gets no path.
	var members []int32
	for i, v := range vecs {
		if len(v.idx) > 0 {
			members = append(members, int32(i))
		}
	}
	paths, err := bisectPaths(ctx, vecs, members, opts.Depth, opts.MinSize, dims)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(vocab))
	for i, w := range vocab {
		if len(paths[i]) > 0 {
			out[w] = string(paths[i])
		}
	}
	return NewClusters(out), nil
}

// bisectPaths splits members (in falling frequency) in two by spherical
// 2-means, each half in two again, down to depth or to clusters smaller
// than minSize, and returns every vector's path of sides taken; vectors
// not in members get none. dims bounds the vectors' indices.
func bisectPaths(ctx context.Context, vecs []sparseVec, members []int32, depth, minSize, dims int) ([][]byte, error) {
	paths := make([][]byte, len(vecs))
	cent := [2][]float64{make([]float64, dims), make([]float64, dims)}
	var split func(ms []int32, d int) error
	split = func(ms []int32, d int) error {
		if d == depth || len(ms) < minSize {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		side := bisect(vecs, ms, cent)
		var left, right []int32
		for k, m := range ms {
			if side[k] == 0 {
				left = append(left, m)
			} else {
				right = append(right, m)
			}
			paths[m] = append(paths[m], '0'+side[k])
		}
		if len(left) == 0 || len(right) == 0 {
			return nil
		}
		if err := split(left, d+1); err != nil {
			return err
		}
		return split(right, d+1)
	}
	if err := split(members, 0); err != nil {
		return nil, err
	}
	return paths, nil
}

// A sparseVec is an L2-normalised context vector.
type sparseVec struct {
	idx []int32
	val []float32
}

func newSparseVec(m map[int32]float32) sparseVec {
	v := sparseVec{idx: slices.Sorted(maps.Keys(m))}
	var norm float64
	for _, k := range v.idx {
		x := float32(math.Sqrt(float64(m[k]))) // damp the commonest contexts
		v.val = append(v.val, x)
		norm += float64(x) * float64(x)
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range v.val {
			v.val[i] *= inv
		}
	}
	return v
}

func (v sparseVec) dot(c []float64) float64 {
	var s float64
	for i, k := range v.idx {
		s += float64(v.val[i]) * c[k]
	}
	return s
}

// bisect splits ms in two by spherical 2-means, seeded with the most
// frequent member (ms is in frequency order) and a member unlike it, and
// returns each member's side.
func bisect(vecs []sparseVec, ms []int32, cent [2][]float64) []byte {
	side := make([]byte, len(ms))
	first := vecs[ms[0]]
	clear(cent[0])
	for i, k := range first.idx {
		cent[0][k] = float64(first.val[i])
	}
	// The second seed is the most frequent member less like the first than
	// the median member is: the least like one is usually an outlier, and
	// seeding with it peels off a handful of words per split.
	sims := make([]float64, len(ms))
	for k, m := range ms {
		sims[k] = vecs[m].dot(cent[0])
	}
	sorted := slices.Clone(sims)
	slices.Sort(sorted)
	median := sorted[len(sorted)/2]
	far := len(ms) - 1
	for k := 1; k < len(ms); k++ {
		if sims[k] < median {
			far = k
			break
		}
	}
	clear(cent[1])
	for i, k := range vecs[ms[far]].idx {
		cent[1][k] = float64(vecs[ms[far]].val[i])
	}
	for range 8 {
		changed := false
		for k, m := range ms {
			s := byte(0)
			if vecs[m].dot(cent[1]) > vecs[m].dot(cent[0]) {
				s = 1
			}
			if s != side[k] {
				side[k], changed = s, true
			}
		}
		clear(cent[0])
		clear(cent[1])
		for k, m := range ms {
			c := cent[side[k]]
			for i, d := range vecs[m].idx {
				c[d] += float64(vecs[m].val[i])
			}
		}
		// Spherical k-means compares directions: unnormalised sums would pull
		// every word to the bigger side.
		for _, c := range cent {
			var norm float64
			for _, x := range c {
				norm += x * x
			}
			if norm > 0 {
				inv := 1 / math.Sqrt(norm)
				for i := range c {
					c[i] *= inv
				}
			}
		}
		if !changed {
			break
		}
	}
	return side
}

// WriteTo writes the clusters as gzip'ed "path<TAB>word" lines sorted by
// word, the form ReadClusters reads.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("write clusters: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var n int64
	for _, word := range slices.Sorted(maps.Keys(c.paths)) {
		k, _ := fmt.Fprintf(bw, "%s\t%s\n", c.paths[word], word)
		n += int64(k)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write clusters: %w", err)
	}
	if err := zw.Close(); err != nil {
		return n, fmt.Errorf("write clusters: %w", err)
	}
	return n, nil
}

// ReadClusters reads what WriteTo wrote.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w: %w", news.ErrInvalid, err)
	}
	paths := map[string]string{}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		path, word, ok := strings.Cut(sc.Text(), "\t")
		if !ok || path == "" || strings.Trim(path, "01") != "" {
			return nil, fmt.Errorf("read clusters: line %d: %w", line, news.ErrInvalid)
		}
		paths[word] = path
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: line %d: %w", line, err)
	}
	return NewClusters(paths), nil
}
