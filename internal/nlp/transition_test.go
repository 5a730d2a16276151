package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// oracleParse follows the first zero-cost move (shift, left, right) from the
// empty configuration and returns the heads it builds, CoNLL style (0 for
// the root, else 1-based), and whether some move always cost nothing.
func oracleParse(heads []int) (got []int, alwaysFree bool) {
	n := len(heads)
	gold := make([]int32, n)
	for i, h := range heads {
		gold[i] = int32(h - 1)
		if h == 0 {
			gold[i] = int32(n)
		}
	}
	var st state
	st.reset(n)
	alwaysFree = true
	for !st.done() {
		cs, cl, cr := st.costs(gold)
		switch {
		case cs == 0:
			st.apply(moveShift, 0)
		case cl == 0:
			st.apply(moveLeft, 0)
		case cr == 0:
			st.apply(moveRight, 0)
		default:
			alwaysFree = false
			switch {
			case cl >= 0:
				st.apply(moveLeft, 0)
			case cr >= 0:
				st.apply(moveRight, 0)
			default:
				st.apply(moveShift, 0)
			}
		}
	}
	got = make([]int, n)
	for i, h := range st.head[:n] {
		got[i] = int(h) + 1
		if int(h) == n {
			got[i] = 0
		}
	}
	return got, alwaysFree
}

func TestOracleReproducesProjectiveTrees(t *testing.T) {
	tests := []struct {
		name  string
		heads []int // CoNLL heads: 0 is the root
	}{
		{"a single word is the root", []int{0}},
		{"a subject attaches left of its verb", []int{2, 0}},
		{"an object attaches right of its verb", []int{0, 1}},
		{"a verb takes a subject, an object and a final period", []int{2, 0, 4, 2, 2}},
		{"a chain to the right reaches the end", []int{0, 1, 2, 3, 4}},
		{"a chain to the left reaches the start", []int{2, 3, 4, 5, 0}},
		{"the root is in the middle with children both sides", []int{3, 3, 0, 5, 3, 3}},
		{"a prepositional phrase nests inside an object", []int{2, 0, 4, 2, 7, 7, 4, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, free := oracleParse(tt.heads)
			if !free {
				t.Error("some configuration had no zero-cost move")
			}
			if diff := cmp.Diff(tt.heads, got); diff != "" {
				t.Errorf("heads (-gold +oracle):\n%s", diff)
			}
		})
	}
}

func TestOracleStillBuildsATreeForNonProjectiveGold(t *testing.T) {
	heads := []int{3, 4, 0, 3} // 1→3 and 2→4 cross
	got, _ := oracleParse(heads)
	checkTree(t, got)
}

func TestOracleOnEWTTrain(t *testing.T) {
	sents := readEWT(t, "train")
	var proj, wrong int
	for _, s := range sents {
		heads := make([]int, len(s.Words))
		for i, w := range s.Words {
			heads[i] = w.Head
		}
		if !projective(heads) {
			continue
		}
		proj++
		if got, _ := oracleParse(heads); !cmp.Equal(got, heads) {
			wrong++
		}
	}
	if proj < 10000 || wrong > 0 {
		t.Errorf("oracle failed on %d of %d projective training trees", wrong, proj)
	}
}

// projective reports whether no two arcs cross (the root arc included).
func projective(heads []int) bool {
	for d, h := range heads {
		a, b := min(d+1, h), max(d+1, h)
		for d2, h2 := range heads {
			c, e := min(d2+1, h2), max(d2+1, h2)
			if (a < c && c < b && b < e) || (c < a && a < e && e < b) {
				return false
			}
		}
	}
	return true
}

// checkTree fails unless heads (CoNLL style) form one tree: heads in
// range, exactly one root, no cycles.
func checkTree(t testing.TB, heads []int) {
	t.Helper()
	roots := 0
	for d, h := range heads {
		if h < 0 || h > len(heads) || h == d+1 {
			t.Fatalf("word %d has head %d", d+1, h)
		}
		if h == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
	for d := range heads {
		seen := 0
		for h := heads[d]; h != 0; h = heads[h-1] {
			if seen++; seen > len(heads) {
				t.Fatalf("word %d is on a cycle in %v", d+1, heads)
			}
		}
	}
}

func TestMoveClassRoundTrips(t *testing.T) {
	for c := range 21 {
		m, l := moveOf(c)
		if got := classOf(m, l); got != c {
			t.Errorf("class %d → (%d, %d) → %d", c, m, l, got)
		}
	}
}
