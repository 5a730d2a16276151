package dedup

import (
	"encoding/binary"
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/unicode/norm"
)

// The signature's shape; see the package doc for why these values.
const (
	Perms     = 128 // MinHash permutations
	Bands     = 32  // LSH bands
	Rows      = Perms / Bands
	Shingle   = 5   // words per shingle
	Threshold = 0.5 // estimated Jaccard at or above which two texts are near-duplicates
)

// A Sig is a text's MinHash signature: the least hash of its shingles under
// each permutation. A text without words has every entry math.MaxUint64.
type Sig [Perms]uint64

// seeds holds a fixed odd seed per permutation, so signatures computed by
// different runs and binaries compare.
var seeds = func() (s [Perms]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	for i := range s {
		x += 0x9E3779B97F4A7C15
		s[i] = avalanche(x) | 1
	}
	return s
}()

// adds holds the permutations' addends, drawn like seeds.
var adds = func() (s [Perms]uint64) {
	x := uint64(0xD1B54A32D192ED03)
	for i := range s {
		x += 0x9E3779B97F4A7C15
		s[i] = avalanche(x)
	}
	return s
}()

// avalanche is xxhash64's finaliser: every input bit flips about half the
// output bits.
func avalanche(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xC2B2AE3D27D4EB4F
	h ^= h >> 29
	h *= 0x165667B19E3779F9
	h ^= h >> 32
	return h
}

// Signature returns the MinHash signature of text's five-word shingles. A
// text of fewer than five words is one shingle.
func Signature(text string) Sig {
	var s Sig
	for i := range s {
		s[i] = math.MaxUint64
	}
	text = norm.NFC.String(text)
	var (
		ring  [Shingle]uint64 // the last Shingle word hashes
		n     int             // words seen
		word  [64]byte        // the current word, lowercased; longer words are hashed in pieces
		wl    int
		wh    = xxhash.New()
		long  bool
		inWrd bool
	)
	endWord := func() {
		var h uint64
		if long {
			wh.Write(word[:wl])
			h = wh.Sum64()
			wh.Reset()
			long = false
		} else {
			h = xxhash.Sum64(word[:wl])
		}
		wl, inWrd = 0, false
		ring[n%Shingle] = h
		n++
		if n >= Shingle {
			s.add(shingleHash(&ring, n))
		}
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if inWrd {
				endWord()
			}
			continue
		}
		inWrd = true
		r = unicode.ToLower(r)
		if wl+utf8.UTFMax > len(word) {
			wh.Write(word[:wl])
			wl, long = 0, true
		}
		wl += utf8.EncodeRune(word[wl:], r)
	}
	if inWrd {
		endWord()
	}
	if n > 0 && n < Shingle {
		s.add(shingleHash(&ring, n))
	}
	return s
}

// shingleHash hashes the last min(n, Shingle) words in text order.
func shingleHash(ring *[Shingle]uint64, n int) uint64 {
	var b [Shingle * 8]byte
	k := min(n, Shingle)
	for i := range k {
		binary.LittleEndian.PutUint64(b[i*8:], ring[(n-k+i)%Shingle])
	}
	return xxhash.Sum64(b[:k*8])
}

// add folds one shingle hash into the signature. Permutation i is
// multiply-add with the odd multiplier seeds[i] and the addend adds[i]:
// Dietzfelbinger's multiply-add-shift family, whose high bits (which decide
// the minimum) are universal over the already-avalanched shingle hash.
func (s *Sig) add(h uint64) {
	for i, seed := range seeds {
		if v := h*seed + adds[i]; v < s[i] {
			s[i] = v
		}
	}
}

// Empty reports whether the signature is of a text without words.
func (s Sig) Empty() bool { return s[0] == math.MaxUint64 && s[1] == math.MaxUint64 }

// Bands returns one hash per LSH band: two texts are candidates for
// near-duplicates when any of their band hashes agree. The band's index is
// hashed in, so equal rows in different bands do not collide. A signature
// without words has no bands.
func (s Sig) Bands() []uint64 {
	if s.Empty() {
		return nil
	}
	out := make([]uint64, Bands)
	var b [8 + Rows*8]byte
	for i := range Bands {
		binary.LittleEndian.PutUint64(b[:], uint64(i))
		for j := range Rows {
			binary.LittleEndian.PutUint64(b[8+j*8:], s[i*Rows+j])
		}
		out[i] = xxhash.Sum64(b[:])
	}
	return out
}

// Similarity estimates the Jaccard similarity of the two texts' shingle
// sets: the share of permutations whose minima agree.
func Similarity(a, b Sig) float64 {
	return Agreement(a[:], b[:])
}

// Agreement is Similarity over signatures as stored, such as
// news.Article.Signature; entries past the shorter one count as disagreeing.
func Agreement(a, b []uint64) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 0
	}
	same := 0
	for i := range min(len(a), len(b)) {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(n)
}
