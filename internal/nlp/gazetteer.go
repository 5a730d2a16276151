package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// gazMaxClasses bounds a gazetteer's classes: a token's matches are a bit
// per (class, position in the name) in one uint32.
const gazMaxClasses = 8

// gazPrefix marks a token sequence that begins a longer name, so matching
// can stop as soon as a sequence is neither a name nor a prefix of one.
const gazPrefix = 1 << 15

// A Gazetteer is a list of known names, each with a class ("person",
// "country", ...), matched against token sequences case-insensitively. The
// recogniser gets matches as features, not answers: a name list knows
// "Jordan" is a country but not whether this Jordan is.
type Gazetteer struct {
	classes []string
	names   map[string]uint16 // for saving: name (tokens joined by " ") → class bits
	seq     map[uint64]uint16 // hash of lowercased token sequence → class bits | gazPrefix
	maxLen  int
}

// A GazetteerEntry is one name and its class.
type GazetteerEntry struct {
	Name, Class string
}

// NewGazetteer builds a gazetteer; names are tokenised like article text.
// Classes beyond the eighth distinct one are dropped.
func NewGazetteer(entries []GazetteerEntry) *Gazetteer {
	g := &Gazetteer{names: map[string]uint16{}, seq: map[uint64]uint16{}}
	for _, e := range entries {
		c := slices.Index(g.classes, e.Class)
		if c < 0 {
			if len(g.classes) == gazMaxClasses {
				continue
			}
			g.classes = append(g.classes, e.Class)
			c = len(g.classes) - 1
		}
		var words []string
		for _, t := range Tokenize(e.Name) {
			words = append(words, t.Text)
		}
		// A leading article is not part of a name as news annotation marks
		// it ("the [European Union]"); kept, it would pull sentence-initial
		// "The" into entities.
		if len(words) > 1 && strings.EqualFold(words[0], "the") {
			words = words[1:]
		}
		if len(words) == 0 || len(words) > 6 {
			continue
		}
		g.addWords(strings.Join(words, " "), uint16(1)<<c)
	}
	return g
}

// GazetteerFromActors lists actors' names and aliases under their Kind
// ("country", "organisation", "person", "group"), and people's first and
// last words as "given name" and "surname". Cyrillic names are left
// out: the recogniser is trained on English text.
func GazetteerFromActors(actors []*news.Actor) *Gazetteer {
	var es []GazetteerEntry
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if n == "" || hasCyrillic(n) {
				continue
			}
			es = append(es, GazetteerEntry{Name: n, Class: a.Kind})
			// People's first and last names on their own let an unknown
			// "Vladimir Smirnov" or "Ms Putin" look like a person.
			if f := strings.Fields(n); a.Kind == "person" && len(f) > 1 {
				es = append(es, GazetteerEntry{Name: f[0], Class: "given name"},
					GazetteerEntry{Name: f[len(f)-1], Class: "surname"})
			}
		}
	}
	return NewGazetteer(es)
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// addWords adds a name given as space-joined tokens.
func (g *Gazetteer) addWords(joined string, bits uint16) {
	g.names[joined] |= bits
	words := strings.Split(joined, " ")
	g.maxLen = max(g.maxLen, len(words))
	var buf []byte
	h := uint64(hashSeed)
	for i, w := range words {
		buf = appendLower(buf[:0], w)
		h = gazExtend(h, buf, i)
		if i == len(words)-1 {
			g.seq[h] |= bits
		} else {
			g.seq[h] |= gazPrefix
		}
	}
}

// gazExtend extends the hash of a token sequence by one lowercased token.
func gazExtend(h uint64, lower []byte, i int) uint64 {
	if i > 0 {
		h = (h ^ ' ') * 0x100000001b3
	}
	for _, c := range lower {
		h = (h ^ uint64(c)) * 0x100000001b3
	}
	return h
}

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// match marks, left to right, the longest name starting at each
// capitalised token not inside an earlier name: each token gets the classes
// of the name covering it, as bits class*4+position with
// position 0 begin, 1 inside, 2 last, 3 a one-token name. lowers holds the
// tokens' lowercased forms and caps whether each starts with a capital or
// digit; marks must be len(lowers) and zeroed.
func (g *Gazetteer) match(lowers [][]byte, caps []bool, marks []uint32) {
	if g == nil || len(g.seq) == 0 {
		return
	}
	for i := 0; i < len(lowers); i++ {
		if !caps[i] {
			continue
		}
		h := uint64(hashSeed)
		best, bestBits := 0, uint16(0)
		for n := 1; n <= g.maxLen && i+n <= len(lowers); n++ {
			h = gazExtend(h, lowers[i+n-1], n-1)
			v, ok := g.seq[h]
			if !ok {
				break
			}
			if v&^gazPrefix != 0 {
				best, bestBits = n, v&^gazPrefix
			}
			if v&gazPrefix == 0 {
				break
			}
		}
		if best == 0 {
			continue
		}
		for c := range len(g.classes) {
			if bestBits&(1<<c) == 0 {
				continue
			}
			if best == 1 {
				marks[i] |= 1 << (c*4 + 3)
				continue
			}
			marks[i] |= 1 << (c * 4)
			for k := i + 1; k < i+best-1; k++ {
				marks[k] |= 1 << (c*4 + 1)
			}
			marks[i+best-1] |= 1 << (c*4 + 2)
		}
		i += best - 1 // names do not overlap: York in New York is not a city of its own
	}
}

// Len returns the number of distinct names.
func (g *Gazetteer) Len() int { return len(g.names) }
