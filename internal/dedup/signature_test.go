package dedup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/extract"
	"github.com/entente-news/entente/internal/news"
)

// demoText reads one article of the embedded demo corpus and cleans it as
// the pipeline does before signing: the raw files keep adverts, tag lines
// and bylines that extraction drops.
func demoText(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "demo", "corpus", "text", name))
	if err != nil {
		tb.Fatal(err)
	}
	a, err := extract.Article(news.Raw{Name: name, Format: news.FormatText, Body: b})
	if err != nil {
		tb.Fatalf("extract %s: %v", name, err)
	}
	return a.Text
}

func demoNames(tb testing.TB) []string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join("..", "demo", "corpus", "text", "*.txt"))
	if err != nil || len(names) == 0 {
		tb.Fatalf("demo corpus: %v (%d files)", err, len(names))
	}
	for i, n := range names {
		names[i] = filepath.Base(n)
	}
	return names
}

const (
	sochi  = "2020-09-14-sochi-loan.txt"
	repost = "2020-09-15-sochi-loan-repost.txt"
)

func TestSimilarity(t *testing.T) {
	story := demoText(t, sochi)
	paras := strings.Split(story, "\n")
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical texts are fully similar", story, story, 1, 1},
		{"case, punctuation and spacing do not matter", "Russia will lend Belarus $1.5 billion, Putin said.", "russia WILL lend  belarus 1 5 billion -- putin said", 1, 1},
		{"composed and decomposed accents are the same text", "Café Grodno talks resume today in Minsk", "Cafe\u0301 Grodno talks resume today in Minsk", 1, 1},
		{"the demo's content-farm repost is a near-duplicate", story, demoText(t, repost), Threshold, 1},
		{"a copy with an edited tail is still matched", story,
			strings.Join(paras[:len(paras)*2/3], "\n") + "\nTags: belarus, russia, loans, news today, forex, crypto, breaking news, world news, latest", Threshold, 1},
		{"a copy with a word changed in every paragraph is still matched", story,
			strings.NewReplacer(" said ", " stated ", " Minsk", " the capital").Replace(story), Threshold, 1},
		{"two demo articles on the same Sochi-era story are not", story, demoText(t, "2020-08-17-lukashenko-mzkt-workers.txt"), 0, Threshold},
		{"a short text shares nothing with an unrelated one", "Gas talks stall", "Minsk protocol ceasefire signed", 0, 0},
		{"two texts without words are alike, though their lack of bands keeps a store from pairing them", "", "!!! ...", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(Signature(tt.a), Signature(tt.b))
			if got < tt.min || got > tt.max {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
			if back := Similarity(Signature(tt.b), Signature(tt.a)); back != got {
				t.Errorf("Similarity is not symmetric: %.3f vs %.3f", got, back)
			}
		})
	}
}

// TestDemoPairs checks every pair of demo text articles: only the planned
// Sochi pair reaches the threshold, and it shares a band.
func TestDemoPairs(t *testing.T) {
	names := demoNames(t)
	sigs := make([]Sig, len(names))
	for i, n := range names {
		sigs[i] = Signature(demoText(t, n))
	}
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			sim := Similarity(sigs[i], sigs[j])
			want := names[i] == sochi && names[j] == repost
			t.Logf("%.3f %s %s", sim, names[i], names[j])
			if (sim >= Threshold) != want {
				t.Errorf("%s ~ %s: similarity %.3f, near-duplicate = %v, want %v", names[i], names[j], sim, sim >= Threshold, want)
			}
			if want && !shareBand(sigs[i].Bands(), sigs[j].Bands()) {
				t.Errorf("%s ~ %s: no band in common, the store would never compare them", names[i], names[j])
			}
		}
	}
}

func shareBand(a, b []uint64) bool {
	for i := range a {
		if i < len(b) && a[i] == b[i] {
			return true
		}
	}
	return false
}

func TestBands(t *testing.T) {
	t.Run("a text without words has no bands", func(t *testing.T) {
		if got := Signature(" \n--").Bands(); got != nil {
			t.Errorf("Bands = %v, want nil", got)
		}
	})
	t.Run("a text has one band hash per band, distinct across bands", func(t *testing.T) {
		got := Signature(demoText(t, sochi)).Bands()
		if len(got) != Bands {
			t.Fatalf("len(Bands) = %d, want %d", len(got), Bands)
		}
		seen := map[uint64]bool{}
		for _, h := range got {
			if seen[h] {
				t.Errorf("band hash %x repeats", h)
			}
			seen[h] = true
		}
	})
	t.Run("equal signatures have equal bands", func(t *testing.T) {
		a, b := Signature("one two three four five six"), Signature("One, two; three four five SIX.")
		if !shareBand(a.Bands(), b.Bands()) || a.Bands()[Bands-1] != b.Bands()[Bands-1] {
			t.Error("bands of equal texts differ")
		}
	})
}

func TestAgreement(t *testing.T) {
	tests := []struct {
		name string
		a, b []uint64
		want float64
	}{
		{"no signatures agree on nothing", nil, nil, 0},
		{"half the entries agree", []uint64{1, 2, 3, 4}, []uint64{1, 2, 0, 0}, 0.5},
		{"a shorter signature disagrees past its end", []uint64{1, 2}, []uint64{1, 2, 3, 4}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Agreement(tt.a, tt.b); got != tt.want {
				t.Errorf("Agreement = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzSignature(f *testing.F) {
	f.Add("Russia will lend Belarus $1.5 billion", "RUSSIA will lend belarus")
	f.Add("", "x")
	f.Add(strings.Repeat("é", 100)+" a b c d e", "\xff\xfe a b")
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Signature(a), Signature(b)
		s := Similarity(sa, sb)
		if s < 0 || s > 1 {
			t.Fatalf("Similarity = %v, out of [0,1]", s)
		}
		if back := Similarity(sb, sa); back != s {
			t.Fatalf("Similarity not symmetric: %v vs %v", s, back)
		}
		if Similarity(sa, Signature(a)) != 1 {
			t.Fatal("a text is not fully similar to itself")
		}
		if bs := sa.Bands(); bs != nil && len(bs) != Bands {
			t.Fatalf("len(Bands) = %d", len(bs))
		}
	})
}

func BenchmarkSignature(b *testing.B) {
	var texts []string
	size := 0
	for _, n := range demoNames(b) {
		s := demoText(b, n)
		texts = append(texts, s)
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			_ = Signature(s).Bands()
		}
	}
}
