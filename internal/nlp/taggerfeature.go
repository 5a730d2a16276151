package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed, never built as strings: each template mixes a fixed
// template id with precomputed 64-bit hashes of the word's parts, and folds
// the result to the 32-bit key the weight table uses. hashSeed is fixed so a
// saved model keeps meaning the same features.
const hashSeed = 0x5bd1e9955bd1e995

// Template ids. The numbering is part of the model format: never reuse or
// renumber, only append.
const (
	fBias = iota + 1
	fLower
	fForm
	fSuffix1
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix1
	fPrefix2
	fPrefix3
	fShape
	fFlags
	fPrev1
	fPrev2
	fPrev12
	fPrev1Lower
	fLowerM1
	fLowerM2
	fLowerP1
	fLowerP2
	fSuffix3M1
	fSuffix3P1
	fAmb
	fAmbP1
	fAmbP2
	fLowerLowerP1
	fLowerM1Lower
	fPrev1Amb
	fShapeM1
	fShapeP1
	fPrev1Suffix3
	fFlagsM1
	fFlagsP1
	fFormAmb
	fHeadlineFlags
	fPrev1Flags
	fPass1
	fRight1
	fRight2
	fRight12
	fPrev1Right1
	fLowerRight1
	fPass1Lower
)

// Word flag bits.
const (
	flagHyphen = 1 << iota
	flagDigit
	flagUpperInitial
	flagAllUpper
	flagFirst
	flagPunct
)

// A wordInfo holds the hashes of one word's parts, computed once per
// sentence so the per-tag features cost only mixing.
type wordInfo struct {
	lower, form, shape uint64
	suffix             [4]uint64
	prefix             [3]uint64
	flags              uint64
	amb                uint64 // tags of the lowercased word in training
	formAmb            uint64 // tags of the exact form in training
}

// Sentinels for positions outside the sentence.
var (
	padStart = wordInfo{lower: 1, form: 1, shape: 1, suffix: [4]uint64{1, 1, 1, 1}, amb: 1, formAmb: 1}
	padEnd   = wordInfo{lower: 2, form: 2, shape: 2, suffix: [4]uint64{2, 2, 2, 2}, amb: 2, formAmb: 2}
)

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// hashBytes is FNV-1a from the seed; fmix in feat repairs its weak avalanche.
func hashBytes(b []byte) uint64 {
	h := uint64(hashSeed)
	for _, c := range b {
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return h
}

func hashString(b string) uint64 {
	h := uint64(hashSeed)
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 0x100000001b3
	}
	return h
}

func feat(template, a uint64) uint32 {
	h := fmix(a*0x9E3779B97F4A7C15 ^ template<<56 ^ hashSeed)
	k := uint32(h) ^ uint32(h>>32)
	if k == 0 {
		k = 1
	}
	return k
}

func feat2(template, a, b uint64) uint32 {
	return feat(template, a^fmix(b+0x632BE59BD9B4E019))
}

// wordScratch is the reusable per-call memory of the tagger.
type wordScratch struct {
	lower []byte
	key   []byte
	words []wordInfo
	// headline is set when most words are capitalised, as in titles, where
	// a capital says little about a proper noun.
	headline uint64
	feats    []uint32
	scores   []int32
	class    []uint8
	right    []uint8
	forms    []string
	cache    []int32 // second-pass scores of tag-free features, per word
}

// describe fills s.words for forms. amb maps a lowercased word to the hash of
// the set of tags it had in training.
func (s *wordScratch) describe(forms []string, amb map[string]uint64) {
	s.words = s.words[:0]
	caps, letters := 0, 0
	for i, f := range forms {
		w := s.word(f, i == 0, amb)
		if w.flags&flagUpperInitial != 0 {
			caps++
		}
		if w.flags&(flagPunct|flagDigit) == 0 {
			letters++
		}
		s.words = append(s.words, w)
	}
	s.headline = 0
	if letters >= 3 && caps*4 >= letters*3 {
		s.headline = 1
	}
}

func (s *wordScratch) word(form string, first bool, amb map[string]uint64) wordInfo {
	var (
		wi     wordInfo
		starts [5]int // byte starts of the last runes in s.lower, ring
		nr     int
		upper  int
		letter int
		shape       = uint64(hashSeed)
		last   rune = -1
	)
	s.lower = s.lower[:0]
	for _, r := range form {
		starts[nr%5] = len(s.lower)
		nr++
		lr := r
		var sc rune
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'A' <= r && r <= 'Z':
				lr = r + 'a' - 'A'
				sc, upper, letter = 'X', upper+1, letter+1
			case 'a' <= r && r <= 'z':
				sc, letter = 'x', letter+1
			case '0' <= r && r <= '9':
				sc = 'd'
				wi.flags |= flagDigit
			default:
				sc = r
			}
			s.lower = append(s.lower, byte(lr))
		default:
			switch {
			case unicode.IsUpper(r):
				lr = unicode.ToLower(r)
				sc, upper, letter = 'X', upper+1, letter+1
			case unicode.IsLetter(r):
				sc, letter = 'x', letter+1
			case unicode.IsDigit(r):
				sc = 'd'
				wi.flags |= flagDigit
			default:
				sc = r
			}
			s.lower = utf8.AppendRune(s.lower, lr)
		}
		if r == '-' {
			wi.flags |= flagHyphen
		}
		if nr == 1 && sc == 'X' {
			wi.flags |= flagUpperInitial
		}
		if sc != last {
			shape = (shape ^ uint64(sc)) * 0x100000001b3
			last = sc
		}
		if nr <= 3 {
			wi.prefix[nr-1] = hashBytes(s.lower)
		}
	}
	for k := nr; k < 3; k++ {
		wi.prefix[k] = wi.prefix[max(nr-1, 0)]
	}
	for k := 1; k <= 4; k++ {
		start := 0
		if k < nr {
			start = starts[(nr-k)%5]
		}
		wi.suffix[k-1] = hashBytes(s.lower[start:])
	}
	if upper > 1 && upper == letter {
		wi.flags |= flagAllUpper
	}
	if letter == 0 && wi.flags&flagDigit == 0 {
		wi.flags |= flagPunct
	}
	if first {
		wi.flags |= flagFirst
	}
	wi.lower = hashBytes(s.lower)
	wi.form = hashString(form)
	wi.shape = shape
	wi.amb, wi.formAmb = 3, 3
	s.key = append(append(s.key[:0], 1), s.lower...)
	if a, ok := amb[string(s.key)]; ok {
		wi.amb = a
	}
	if a, ok := amb[form]; ok {
		wi.formAmb = a
	}
	return wi
}

// features lists the features of word i given the two previous classes
// (p1 nearest; -1 and -2 mark the sentence start) and, in the second pass,
// the first pass's classes for the whole sentence (right; nil in the first).
func (s *wordScratch) features(i int, p1, p2 int, right []uint8) []uint32 {
	s.feats = s.dynamic(s.static(s.feats[:0], i), i, p1, p2, right)
	return s.feats
}

func (s *wordScratch) at(j int) *wordInfo {
	switch {
	case j < 0:
		return &padStart
	case j >= len(s.words):
		return &padEnd
	}
	return &s.words[j]
}

// static appends word i's features that depend on no tag: tagging looks
// them up once for both passes.
func (s *wordScratch) static(dst []uint32, i int) []uint32 {
	w, m1, m2, n1, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	return append(dst,
		feat(fBias, 0),
		feat(fLower, w.lower),
		feat(fForm, w.form),
		feat(fSuffix1, w.suffix[0]),
		feat(fSuffix2, w.suffix[1]),
		feat(fSuffix3, w.suffix[2]),
		feat(fSuffix4, w.suffix[3]),
		feat(fPrefix1, w.prefix[0]),
		feat(fPrefix2, w.prefix[1]),
		feat(fPrefix3, w.prefix[2]),
		feat(fShape, w.shape),
		feat(fFlags, w.flags),
		feat(fLowerM1, m1.lower),
		feat(fLowerM2, m2.lower),
		feat(fLowerP1, n1.lower),
		feat(fLowerP2, n2.lower),
		feat(fSuffix3M1, m1.suffix[2]),
		feat(fSuffix3P1, n1.suffix[2]),
		feat(fAmb, w.amb),
		feat(fAmbP1, n1.amb),
		feat(fAmbP2, n2.amb),
		feat(fFormAmb, w.formAmb),
		feat2(fLowerLowerP1, w.lower, n1.lower),
		feat2(fLowerM1Lower, m1.lower, w.lower),
		feat(fShapeM1, m1.shape),
		feat(fShapeP1, n1.shape),
		feat(fFlagsM1, m1.flags),
		feat(fFlagsP1, n1.flags),
		feat2(fHeadlineFlags, s.headline, w.flags),
	)
}

// dynamic appends word i's features that depend on the tags before it and,
// when right is not nil, on the first pass's tags.
func (s *wordScratch) dynamic(dst []uint32, i int, p1, p2 int, right []uint8) []uint32 {
	w := s.at(i)
	t1, t2 := uint64(p1+3), uint64(p2+3)
	dst = append(dst,
		feat(fPrev1, t1),
		feat(fPrev2, t2),
		feat2(fPrev12, t1, t2),
		feat2(fPrev1Lower, t1, w.lower),
		feat2(fPrev1Amb, t1, w.amb),
		feat2(fPrev1Suffix3, t1, w.suffix[2]),
		feat2(fPrev1Flags, t1, w.flags),
	)
	if right == nil {
		return dst
	}
	tag := func(j int) uint64 {
		if j >= len(right) {
			return 1
		}
		return uint64(right[j]) + 3
	}
	r0, r1, r2 := tag(i), tag(i+1), tag(i+2)
	return append(dst,
		feat(fPass1, r0),
		feat(fRight1, r1),
		feat(fRight2, r2),
		feat2(fRight12, r1, r2),
		feat2(fPrev1Right1, t1, r1),
		feat2(fLowerRight1, w.lower, r1),
		feat2(fPass1Lower, r0, w.lower),
	)
}
