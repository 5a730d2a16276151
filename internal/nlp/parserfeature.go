package nlp

// The parser's features follow Zhang & Nivre (2011), "Transition-based
// dependency parsing with rich non-local features", moved from arc-eager's
// positions to arc-hybrid's: words (lowercased), Penn tags and lemmas of
// s0, s1, s2, b0, b1, b2; their pairs and triples; the leftmost and
// rightmost children of s0 and s1 and the leftmost children of b0, with
// their labels; the distance between s0 and b0 and between s1 and s0;
// left and right valency; and the sets of labels already attached to s0
// and b0. Beyond Zhang & Nivre, a greedy parser that cannot revise a move
// looks further ahead: b3's tag, b0-b2's UPOS, b0 and b1's words with s0,
// and how many words are still to come. Each template's values are hashed
// into one uint32 key, so no feature is ever a string.

// A ptok is one word's hashed parts, computed once per sentence.
type ptok struct {
	w, t, l, u  uint64 // lowercased form, Penn tag, lemma, UPOS
	c4, c8, c16 uint64 // word-cluster path prefixes; 0 for a word without one
}

// Sentinels for the root (at index n) and for absent positions.
var (
	ptokRoot = ptok{w: 3, t: 3, l: 3, u: 3}
	ptokNone = ptok{w: 4, t: 4, l: 4, u: 4}
)

// hashLower hashes s with ASCII letters lowered, so "The" and "the" share
// word features without allocating a lowered copy.
func hashLower(s string) uint64 {
	h := uint64(hashSeed)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return h
}

func feat3(template, a, b, c uint64) uint32 {
	return feat(template, a^fmix(b+0x632BE59BD9B4E019)^fmix(c+0x2545F4914F6CDD1D))
}

// distBucket maps a distance in words to a small class.
func distBucket(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	default:
		return 6
	}
}

// at returns the hashed word at index i: the root at n, none outside.
func at(toks []ptok, i int) ptok {
	if i < 0 || i >= len(toks) {
		return ptokNone
	}
	return toks[i]
}

// child returns a child index from arr, or -1 when i is absent.
func child(arr []int32, i int) int {
	if i < 0 {
		return -1
	}
	return int(arr[i])
}

// labelOf returns the label id + 1 of an attached word, 0 when absent.
func labelOf(s *state, i int) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(s.label[i]) + 1
}

// parserFeatures appends the keys describing st to dst; toks has one entry
// per word and the root last.
func parserFeatures(dst []uint32, st *state, toks []ptok) []uint32 {
	i0, i1, i2 := st.peek(0), st.peek(1), st.peek(2)
	j0 := st.b
	s0, s1, s2 := at(toks, i0), at(toks, i1), at(toks, i2)
	b0, b1, b2, b3 := at(toks, j0), at(toks, j0+1), at(toks, j0+2), at(toks, j0+3)
	left := distBucket(st.n - j0) // words still to come, the root excluded
	s0wt, s1wt, b0wt := s0.w^s0.t*31, s1.w^s1.t*31, b0.w^b0.t*31

	s0l1, s0l2 := child(st.lc1, i0), child(st.lc2, i0)
	s0r1, s0r2 := child(st.rc1, i0), child(st.rc2, i0)
	s1l1, s1r1, s1r2 := child(st.lc1, i1), child(st.rc1, i1), child(st.rc2, i1)
	b0l1, b0l2 := child(st.lc1, j0), child(st.lc2, j0)
	tl1, tl2 := at(toks, s0l1), at(toks, s0l2)
	tr1, tr2 := at(toks, s0r1), at(toks, s0r2)
	tb1, tb2 := at(toks, b0l1), at(toks, b0l2)
	ts1r1, ts1r2 := at(toks, s1r1), at(toks, s1r2)

	var d, d2 uint64 = 7, 7 // 7: one side is missing
	if i0 >= 0 {
		d = distBucket(j0 - i0)
	}
	if i1 >= 0 {
		d2 = distBucket(i0 - i1)
	}
	var s0vl, s0vr, b0vl, s1vr uint64 = 9, 9, 9, 9
	var s0ls, s0rs, b0ls uint64 = 1, 1, 1
	if i0 >= 0 {
		s0vl, s0vr, s0ls, s0rs = uint64(st.nl[i0]), uint64(st.nr[i0]), st.lset[i0], st.rset[i0]
	}
	if i1 >= 0 {
		s1vr = uint64(st.nr[i1])
	}
	b0vl, b0ls = uint64(st.nl[j0]), st.lset[j0]

	return append(dst,
		// single words
		feat(1, s0.w), feat(2, s0.t), feat(3, s0wt),
		feat(4, s1.w), feat(5, s1.t), feat(6, s1wt),
		feat(7, b0.w), feat(8, b0.t), feat(9, b0wt),
		feat(10, b1.w), feat(11, b1.t), feat(12, b1.w^b1.t*31),
		feat(13, b2.w), feat(14, b2.t), feat(15, s2.t),
		feat(16, s0.l), feat(17, b0.l), feat(18, s1.l),
		// UPOS tells AUX from VERB and PROPN from NOUN where Penn tags do not
		feat(19, s0.u), feat2(34, s0.u, b0.u), feat2(35, s0.u, s1.u),
		feat3(36, s1.u, s0.u, b0.u), feat2(37, b0.u, b1.u), feat2(38, s0.w, b0.u),
		feat2(39, s0.u, b0.w),
		// word clusters generalise from seen words to unseen ones
		feat(121, s0.c16), feat(122, b0.c16), feat(123, s1.c8), feat(124, b1.c8),
		feat2(125, s0.c4, b0.c4), feat2(126, s0.c8, b0.c8), feat2(127, s0.c8, b0.t),
		feat2(128, s0.t, b0.c8), feat2(129, s1.c4, s0.c4), feat3(130, s1.c4, s0.c4, b0.c4),
		// pairs
		feat2(20, s0wt, b0wt), feat2(21, s0wt, b0.w), feat2(22, s0.w, b0wt),
		feat2(23, s0wt, b0.t), feat2(24, s0.t, b0wt), feat2(25, s0.w, b0.w),
		feat2(26, s0.t, b0.t), feat2(27, b0.t, b1.t), feat2(28, s0.t, s1.t),
		feat2(29, s0.w, s1.w), feat2(30, s1.t, b0.t), feat2(31, s0.l, b0.l),
		feat2(32, s0wt, s1.t), feat2(33, s0.t, s1wt),
		// triples
		feat3(40, b0.t, b1.t, b2.t), feat3(41, s0.t, b0.t, b1.t),
		feat3(42, s1.t, s0.t, b0.t), feat3(43, s2.t, s1.t, s0.t),
		feat3(44, s0.t, tl1.t, b0.t), feat3(45, s0.t, tr1.t, b0.t),
		feat3(46, s0.t, b0.t, tb1.t), feat3(47, s1.t, ts1r1.t, s0.t),
		feat3(48, s1.t, s0.t, tr1.t), feat3(49, s1.t, s0.t, tl1.t),
		// distance
		feat2(50, s0.w, d), feat2(51, s0.t, d), feat2(52, b0.w, d),
		feat2(53, b0.t, d), feat3(54, s0.w, b0.w, d), feat3(55, s0.t, b0.t, d),
		feat3(56, s0.t, s1.t, d2), feat3(57, s0.w, s1.w, d2),
		// valency
		feat2(60, s0.w, s0vr), feat2(61, s0.t, s0vr), feat2(62, s0.w, s0vl),
		feat2(63, s0.t, s0vl), feat2(64, b0.w, b0vl), feat2(65, b0.t, b0vl),
		feat2(66, s1.t, s1vr),
		// children
		feat(70, tl1.w), feat(71, tl1.t), feat(72, labelOf(st, s0l1)),
		feat(73, tr1.w), feat(74, tr1.t), feat(75, labelOf(st, s0r1)),
		feat(76, tb1.w), feat(77, tb1.t), feat(78, labelOf(st, b0l1)),
		feat(79, tl2.w), feat(80, tl2.t), feat(81, labelOf(st, s0l2)),
		feat(82, tr2.w), feat(83, tr2.t), feat(84, labelOf(st, s0r2)),
		feat(85, tb2.w), feat(86, tb2.t), feat(87, labelOf(st, b0l2)),
		feat2(88, at(toks, s1l1).t, labelOf(st, s1l1)), feat2(89, ts1r1.t, labelOf(st, s1r1)),
		feat2(90, s0.t, labelOf(st, s0l1)*64+labelOf(st, s0r1)),
		feat2(91, b0.t, labelOf(st, b0l1)),
		// third order
		feat3(100, s0.t, tl1.t, tl2.t), feat3(101, s0.t, tr1.t, tr2.t),
		feat3(102, b0.t, tb1.t, tb2.t), feat3(103, s1.t, ts1r1.t, ts1r2.t),
		feat3(104, s0.t, labelOf(st, s0l1), labelOf(st, s0l2)),
		feat3(105, s0.t, labelOf(st, s0r1), labelOf(st, s0r2)),
		feat3(106, b0.t, labelOf(st, b0l1), labelOf(st, b0l2)),
		// label sets
		feat2(110, s0.w, s0rs), feat2(111, s0.t, s0rs), feat2(112, s0.w, s0ls),
		feat2(113, s0.t, s0ls), feat2(114, b0.w, b0ls), feat2(115, b0.t, b0ls),
		// lookahead: a greedy parser cannot revise, so it must see further
		feat(140, b3.t), feat3(141, b0.u, b1.u, b2.u), feat2(142, b0.w, b1.w),
		feat3(143, s0.t, b0.t, b1.w), feat3(144, s0.t, b0.w, b1.t), feat2(145, b0.t, left),
		feat3(146, s0.t, b0.t, left), feat3(147, b1.t, b2.t, b3.t), feat2(148, b1.l, b0.t),
		// how much is left
		feat(120, uint64(min(len(st.stack), 3))*2+boolU64(j0 == st.n)),
	)
}

func boolU64(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// newPtok hashes one word; lower is scratch space for the cluster lookup.
func newPtok(form, upos, xpos, lemma string, c *Clusters, lower []byte) (ptok, []byte) {
	t := ptok{w: hashLower(form), t: hashString(xpos), l: hashString(lemma), u: hashString(upos)}
	if c != nil {
		lower = lower[:0]
		for i := 0; i < len(form); i++ {
			b := form[i]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			lower = append(lower, b)
		}
		p := c.prefixes(lower)
		t.c4, t.c8, t.c16 = p[0], p[1], p[2]
	}
	return t, lower
}
