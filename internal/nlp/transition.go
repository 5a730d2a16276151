package nlp

// The parser's transition system is arc-hybrid (Kuhlmann et al. 2011) with
// the artificial root at the end of the buffer (Ballesteros & Nivre 2013):
//
//   - shift moves the buffer's front b0 onto the stack;
//   - left makes b0 the head of the stack's top s0 and pops s0;
//   - right makes s1 the head of s0 and pops s0.
//
// Every word is popped exactly once, so every word gets exactly one head,
// and heads always point at a word still to be popped, so there are no
// cycles. Left onto the root is only allowed when s0 is the last word on
// the stack, which gives exactly one root. Arc-hybrid was chosen over
// arc-eager because its dynamic oracle (Goldberg & Nivre 2013) is three
// counting rules with no reduce bookkeeping.

const (
	moveShift = iota
	moveLeft
	moveRight
)

// classOf packs a move and a label id into one perceptron class: 0 is shift,
// then left and right alternate per label.
func classOf(move, label int) int {
	if move == moveShift {
		return 0
	}
	return 1 + 2*label + move - moveLeft
}

// moveOf unpacks classOf.
func moveOf(class int) (move, label int) {
	if class == 0 {
		return moveShift, 0
	}
	return moveLeft + (class-1)%2, (class - 1) / 2
}

// A state is a parser configuration over n words; index n is the root,
// which sits at the end of the buffer. Child and valency arrays let the
// features see the partial tree in constant time.
type state struct {
	n     int
	stack []int32
	b     int // the buffer's front; b == n is the root
	head  []int32
	label []int16
	// lc1/lc2 are the leftmost and second-leftmost children, rc1/rc2 the
	// rightmost ones; -1 when absent.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8  // left and right valency
	lset, rset         []uint64 // bit (label mod 64) per attached child
	inStack            []bool
}

// reset prepares s for n words, reusing its memory.
func (s *state) reset(n int) {
	s.n, s.b = n, 0
	s.stack = s.stack[:0]
	m := n + 1
	s.head = grow(s.head, m, -1)
	s.lc1, s.lc2 = grow(s.lc1, m, -1), grow(s.lc2, m, -1)
	s.rc1, s.rc2 = grow(s.rc1, m, -1), grow(s.rc2, m, -1)
	s.label = growZero(s.label, m)
	s.nl, s.nr = growZero(s.nl, m), growZero(s.nr, m)
	s.lset, s.rset = growZero(s.lset, m), growZero(s.rset, m)
	s.inStack = growZero(s.inStack, m)
}

func grow(a []int32, n int, fill int32) []int32 {
	if cap(a) < n {
		a = make([]int32, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = fill
	}
	return a
}

func growZero[T any](a []T, n int) []T {
	if cap(a) < n {
		return make([]T, n)
	}
	a = a[:n]
	clear(a)
	return a
}

// peek returns the i-th stack item from the top, or -1.
func (s *state) peek(i int) int {
	if i >= len(s.stack) {
		return -1
	}
	return int(s.stack[len(s.stack)-1-i])
}

func (s *state) done() bool { return s.b == s.n && len(s.stack) == 0 }

// legal reports whether move may be applied.
func (s *state) legal(move int) bool {
	switch move {
	case moveShift:
		return s.b < s.n
	case moveLeft:
		return len(s.stack) >= 1 && (s.b < s.n || len(s.stack) == 1)
	default:
		return len(s.stack) >= 2
	}
}

// apply performs a legal move with label id lab.
func (s *state) apply(move, lab int) {
	switch move {
	case moveShift:
		s.stack = append(s.stack, int32(s.b))
		s.inStack[s.b] = true
		s.b++
	case moveLeft:
		s.attach(s.b, s.pop(), lab)
	default:
		d := s.pop()
		s.attach(int(s.stack[len(s.stack)-1]), d, lab)
	}
}

func (s *state) pop() int {
	d := int(s.stack[len(s.stack)-1])
	s.stack = s.stack[:len(s.stack)-1]
	s.inStack[d] = false
	return d
}

func (s *state) attach(h, d, lab int) {
	s.head[d], s.label[d] = int32(h), int16(lab)
	bit := uint64(1) << (uint(lab) & 63)
	d32 := int32(d)
	if d < h {
		s.nl[h] = min(s.nl[h]+1, 255)
		s.lset[h] |= bit
		switch {
		case s.lc1[h] < 0 || d32 < s.lc1[h]:
			s.lc2[h], s.lc1[h] = s.lc1[h], d32
		case s.lc2[h] < 0 || d32 < s.lc2[h]:
			s.lc2[h] = d32
		}
		return
	}
	s.nr[h] = min(s.nr[h]+1, 255)
	s.rset[h] |= bit
	switch {
	case s.rc1[h] < 0 || d32 > s.rc1[h]:
		s.rc2[h], s.rc1[h] = s.rc1[h], d32
	case s.rc2[h] < 0 || d32 > s.rc2[h]:
		s.rc2[h] = d32
	}
}

// costs returns how many gold arcs each move makes unreachable (the dynamic
// oracle of Goldberg & Nivre 2013 for arc-hybrid), given gold heads with n
// for the root; an illegal move costs -1. The counts are exact for
// projective gold trees and a close lower bound for the rest.
func (s *state) costs(gold []int32) (shift, left, right int) {
	shift, left, right = -1, -1, -1
	s0, s1 := s.peek(0), s.peek(1)
	if s.legal(moveShift) {
		c := 0
		b0 := s.b
		for _, d := range s.stack {
			if gold[d] == int32(b0) {
				c++
			}
		}
		if h := int(gold[b0]); h != s0 && h < s.n && s.inStack[h] {
			c++
		}
		shift = c
	}
	if s0 < 0 {
		return shift, left, right
	}
	// Both pops lose s0's children still in the buffer.
	kids := 0
	for d := s.b; d < s.n; d++ {
		if gold[d] == int32(s0) {
			kids++
		}
	}
	h := int(gold[s0])
	if s.legal(moveLeft) {
		left = kids
		if h != s.b && (h == s1 || h > s.b) {
			left++
		}
	}
	if s.legal(moveRight) {
		right = kids
		if h != s1 && h >= s.b {
			right++
		}
	}
	return shift, left, right
}
