package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/entente-news/entente/internal/dedup"
	"github.com/entente-news/entente/internal/extract"
	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// signed reads a demo text article, extracts and signs it as the pipeline
// does: the raw files keep adverts and tag lines that extraction drops.
func signed(tb testing.TB, name string) *news.Article {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "demo", "corpus", "text", name))
	if err != nil {
		tb.Fatal(err)
	}
	a, err := extract.Article(news.Raw{Name: name, Format: news.FormatText, Body: b})
	if err != nil {
		tb.Fatalf("extract %s: %v", name, err)
	}
	a.Hash = name
	return sign(a)
}

func sign(a *news.Article) *news.Article {
	sig := dedup.Signature(a.Text)
	a.Signature, a.Bands = sig[:], sig.Bands()
	return a
}

func TestNearDuplicateIsDedupThreshold(t *testing.T) {
	if nearDuplicate != dedup.Threshold {
		t.Errorf("nearDuplicate = %v, dedup.Threshold = %v", nearDuplicate, dedup.Threshold)
	}
}

func TestCluster(t *testing.T) {
	ctx := context.Background()
	const (
		sochi  = "2020-09-14-sochi-loan.txt"
		repost = "2020-09-15-sochi-loan-repost.txt"
		other  = "2020-08-17-lukashenko-mzkt-workers.txt"
	)
	tests := []struct {
		name    string
		batches [][]*news.Article
		// want[i] is the index (in put order) of article i's cluster founder.
		want []int
	}{
		{
			name:    "a repost put in the same batch joins its original's cluster",
			batches: [][]*news.Article{{signed(t, sochi), signed(t, repost), signed(t, other)}},
			want:    []int{0, 0, 2},
		},
		{
			name:    "a repost put in a later batch joins its original's cluster",
			batches: [][]*news.Article{{signed(t, sochi)}, {signed(t, other)}, {signed(t, repost)}},
			want:    []int{0, 1, 0},
		},
		{
			name:    "an unrelated article founds its own cluster",
			batches: [][]*news.Article{{signed(t, other), signed(t, sochi)}},
			want:    []int{0, 1},
		},
		{
			name: "articles without bands never cluster, even with equal texts",
			batches: [][]*news.Article{{
				{Title: "a", Text: "...", Hash: "a"},
				{Title: "b", Text: "...", Hash: "b"},
			}},
			want: []int{0, 1},
		},
		{
			name: "a shared band alone is not enough: the signature must agree",
			batches: [][]*news.Article{{
				sign(&news.Article{Text: "one two three four five six seven", Hash: "x"}),
				func() *news.Article {
					a := sign(&news.Article{Text: "eight nine ten eleven twelve thirteen", Hash: "y"})
					a.Bands = append([]uint64(nil), a.Bands...)
					a.Bands[0] = dedup.Signature("one two three four five six seven").Bands()[0]
					return a
				}(),
			}},
			want: []int{0, 1},
		},
		{
			name:    "an exact duplicate keeps the stored article's cluster",
			batches: [][]*news.Article{{signed(t, sochi)}, {signed(t, other)}, {signed(t, sochi)}},
			want:    []int{0, 1, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			var all []*news.Article
			for _, b := range tt.batches {
				if _, err := db.Put(ctx, b); err != nil {
					t.Fatal(err)
				}
				all = append(all, b...)
			}
			var got, want []int64
			for i, a := range all {
				got = append(got, a.Cluster)
				want = append(want, all[tt.want[i]].ID)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("clusters (-want +got):\n%s", d)
			}
			// Copies agrees with the clusters Put reported.
			for _, a := range all {
				var wantCopies []int64
				seen := map[int64]bool{a.ID: true}
				for _, b := range all {
					if b.Cluster == a.Cluster && !seen[b.ID] {
						seen[b.ID] = true
						wantCopies = append(wantCopies, b.ID)
					}
				}
				copies, err := db.Copies(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(wantCopies, copies); d != "" {
					t.Errorf("Copies(%d) (-want +got):\n%s", a.ID, d)
				}
			}
		})
	}
}

func TestCopiesOfAMissingArticle(t *testing.T) {
	db := MustOpenDB(t)
	if _, err := db.Copies(context.Background(), 42); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("Copies(42) error = %v, want ErrNotFound", err)
	}
}

func TestAgreementMatchesDedup(t *testing.T) {
	a, b := dedup.Signature("Russia will lend Belarus a loan of one and a half billion dollars"), dedup.Signature("Russia will lend Belarus a loan of two billion dollars soon")
	tests := []struct {
		name   string
		sig    []uint64
		stored []uint64
	}{
		{"equal signatures agree fully", a[:], a[:]},
		{"different texts agree as dedup says", a[:], b[:]},
		{"a missing stored signature agrees on nothing", a[:], nil},
		{"a shorter stored signature disagrees past its end", a[:], a[:64]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := agreement(tt.sig, encodeSignature(tt.stored)), dedup.Agreement(tt.sig, tt.stored); got != want {
				t.Errorf("agreement = %v, dedup.Agreement = %v", got, want)
			}
		})
	}
}

// BenchmarkPutCluster puts the demo's text articles again and again under
// fresh hashes, signed and unsigned: the difference is what clustering
// costs. Every copy shares all its bands with the earlier ones, so this is
// the worst case for the candidate lookup.
func BenchmarkPutCluster(b *testing.B) {
	names, err := filepath.Glob(filepath.Join("..", "demo", "corpus", "text", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, signedRun := range []bool{true, false} {
		b.Run(map[bool]string{true: "signed", false: "unsigned"}[signedRun], func(b *testing.B) {
			ctx := context.Background()
			db := MustOpenDB(b)
			var base []*news.Article
			for _, n := range names {
				a := signed(b, filepath.Base(n))
				if !signedRun {
					a.Signature, a.Bands = nil, nil
				}
				base = append(base, a)
			}
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				// Fresh hashes so every Put stores and clusters, not skips.
				batch := make([]*news.Article, len(base))
				for i, a := range base {
					c := *a
					c.Hash = fmt.Sprintf("%s#%d", a.Hash, n)
					batch[i] = &c
				}
				n++
				if _, err := db.Put(ctx, batch); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
