package nlp

import (
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// TestWeightsScore checks the batched table against a plain map sum, on a
// table big enough to take huge pages, with runs in and out of their
// slots, absent keys and feature lists across a batch's end.
func TestWeightsScore(t *testing.T) {
	const nclass = 103
	r := rand.New(rand.NewPCG(1, 2))
	plain := map[uint32][]wentry{}
	var feats []wfeat
	for len(feats) < 300_000 {
		key := r.Uint32()
		if key == 0 || plain[key] != nil {
			continue
		}
		n := 1 + r.IntN(4)
		if r.IntN(8) == 0 {
			n = 1 + r.IntN(nclass)
		}
		var es []wentry
		for _, c := range r.Perm(nclass)[:n] {
			es = append(es, wentry{class: uint8(c), w: int16(r.IntN(1<<16) - 1<<15)})
		}
		plain[key] = es
		feats = append(feats, wfeat{key: key, entries: es})
	}
	keys := make([]uint32, 0, len(feats))
	for _, f := range feats {
		keys = append(keys, f.key)
	}
	w := newWeights(nclass, feats, 1)
	for _, n := range []int{0, 1, 64, 119, 192, 193, 1000} {
		t.Run("a list of "+strconv.Itoa(n)+" features sums as a map does", func(t *testing.T) {
			list := make([]uint32, n)
			for i := range list {
				list[i] = keys[r.IntN(len(keys))]
				if r.IntN(5) == 0 {
					list[i] = r.Uint32() | 1 // almost surely absent
				}
			}
			want := make([]int32, nclass)
			for _, f := range list {
				for _, e := range plain[f] {
					want[e.class] += int32(e.w)
				}
			}
			got := make([]int32, nclass)
			w.score(list, got)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("scores (-want +got):\n%s", d)
			}
		})
	}
}

func TestHugeSlots(t *testing.T) {
	for _, n := range []int{1, 1 << 10, 1 << 20, 1<<20 + 3} {
		t.Run("a table of "+strconv.Itoa(n)+" slots is that many zeroed slots", func(t *testing.T) {
			s := hugeSlots(n)
			if len(s) != n || cap(s) != n {
				t.Fatalf("len %d cap %d, want %d", len(s), cap(s), n)
			}
			for i := range s {
				if s[i] != (wslot{}) {
					t.Fatalf("slot %d = %+v, want zero", i, s[i])
				}
			}
			big := n*int(unsafe.Sizeof(wslot{})) >= 8<<20
			if runtime.GOOS == "linux" && big && uintptr(unsafe.Pointer(&s[0]))%(2<<20) != 0 {
				t.Errorf("a large table starts at %p, not on a 2 MB page", &s[0])
			}
		})
	}
}
