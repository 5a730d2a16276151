package kb

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// A Match is a name from the KB found in a text.
type Match struct {
	Span   news.Span      // byte offsets into the text
	Actors []news.ActorID // candidates, sorted; more than one when ambiguous
	// Surname is set when only a person's last name matched ("Putin"),
	// which the resolver should confirm against a full mention nearby.
	Surname bool
}

// maxWords bounds the longest name Match tries, in words.
const maxWords = 8

// A matcher knows which keys are acronyms, so that "US" matches but "us"
// and "Us" do not.
type matcher struct {
	acronym map[string]bool // keys of aliases of three letters or fewer written in capitals
}

func (k *KB) matcher() *matcher {
	k.matchOnce.Do(func() {
		m := &matcher{acronym: map[string]bool{}}
		for _, a := range k.actors {
			for _, n := range a.Aliases {
				if isAcronym(n) {
					m.acronym[Key(n)] = true
				}
			}
		}
		k.match = m
	})
	return k.match
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 3
}

// A word is a token's byte span, with End trimmed of a possessive 's.
type word struct{ start, end int }

// Match finds KB names in text, longest first and left to right: at each
// word it tries the next eight words down to one, comparing by Key, so
// "Alexander Lukashenko's" yields one match for the full name and "Minsk"
// in "Minsk Tractor Works" yields nothing if the KB knows the longer name.
// Matches start with a capital letter (names are proper nouns) or an
// Arabic article before one ("al-Qaeda"); acronyms of
// up to three letters must be all capitals; dotted forms (U.N., U.S.) are
// the same name. A word joined by a hyphen to a participle of agency
// ("U.S.-led", "Kremlin-backed", not "Minsk-based") matches without it. Returned spans are ordered and do
// not overlap.
//
// Matching by word windows rather than an Aho–Corasick automaton over the
// raw text keeps one normalisation (Key) for Lookup and Match: the folds
// Key applies (diacritics, dots, hyphens) change byte lengths, which an
// automaton over raw bytes cannot follow.
func (k *KB) Match(text string) []Match {
	m := k.matcher()
	words := splitWords(text)
	var out []Match
	for i := 0; i < len(words); {
		if !capitalised(text[words[i].start:words[i].end]) {
			i++
			continue
		}
		matched := false
		for n := min(maxWords, len(words)-i); n >= 1 && !matched; n-- {
			last := words[i+n-1]
			ends := []int{last.end}
			// "U.S.-led", "Kremlin-backed": the name before a modifier of
			// agency is a mention of its own; "Minsk-based" is a place.
			if h := strings.IndexByte(text[last.start:last.end], '-'); h > 0 && agency[strings.ToLower(text[last.start+h+1:last.end])] {
				ends = append(ends, trimWord(text, last.start, last.start+h).end)
			}
			for _, end := range ends {
				if mt, ok := k.matchAt(m, text, news.Span{Start: words[i].start, End: end}, n == 1); ok {
					out = append(out, mt)
					i += n
					matched = true
					break
				}
			}
			if !matched && n == 3 {
				if mt, ok := k.middleName(text, words[i:i+3]); ok {
					out = append(out, mt)
					i += n
					matched = true
				}
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

// capitalised reports whether a word starts a name: a capital letter, or
// an Arabic article before one ("al-Qaeda", "el-Sisi"), which the press
// writes in lower case.
func capitalised(w string) bool {
	if art, rest, ok := strings.Cut(w, "-"); ok && particles[strings.ToLower(art)] && !unicode.IsUpper(rune(art[0])) {
		w = rest
	}
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first)
}

// agency holds the participles after a hyphen that make the name before
// it an actor: whoever leads, backs or holds something.
var agency = map[string]bool{}

func init() {
	for _, w := range strings.Fields("led backed brokered sponsored funded financed supported controlled run owned allied aligned imposed installed appointed held linked affiliated organised organized mediated armed trained allied proposed drafted") {
		agency[w] = true
	}
}

// matchAt matches the name at span, a person's surname too when it is one
// word.
func (k *KB) matchAt(m *matcher, text string, span news.Span, oneWord bool) (Match, bool) {
	if span.End <= span.Start {
		return Match{}, false
	}
	s := text[span.Start:span.End]
	key := Key(s)
	ids, surname := k.names[key], false
	if len(ids) == 0 && oneWord {
		ids, surname = k.surnames[key], true
	}
	if len(ids) == 0 || (m.acronym[key] && !isAcronym(s)) {
		return Match{}, false
	}
	return Match{Span: span, Actors: sortedIDs(ids), Surname: surname}, true
}

// middleName matches three capitalised words as a person's name of two
// with a middle name the KB lacks: "Omar Hassan al-Bashir" is Omar
// al-Bashir, as shortName drops the middle of the names the KB holds.
func (k *KB) middleName(text string, w []word) (Match, bool) {
	for _, x := range w[:2] {
		if r, _ := utf8.DecodeRuneInString(text[x.start:]); !unicode.IsUpper(r) {
			return Match{}, false
		}
	}
	key := Key(text[w[0].start:w[0].end]) + " " + Key(text[w[2].start:w[2].end])
	// "President François Hollande": the last two words are the name and
	// match by themselves; the first is a title, not a given name.
	tail := k.names[Key(text[w[1].start:w[2].end])]
	var ids []news.ActorID
	for _, id := range k.names[key] {
		if k.actors[id].Kind == "person" && !slices.Contains(tail, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return Match{}, false
	}
	return Match{Span: news.Span{Start: w[0].start, End: w[2].end}, Actors: sortedIDs(ids)}, true
}

func sortedIDs(ids []news.ActorID) []news.ActorID {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

// splitWords cuts text into words: runs of letters and digits joined by
// inner dots, hyphens and apostrophes ("U.N", "Ter-Petrosyan", "O'Brien").
// A trailing possessive 's is left out of the word.
func splitWords(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		inner := r == '.' || r == '-' || r == '\'' || r == '’'
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		case inner && start >= 0:
		default:
			if start >= 0 {
				out = append(out, trimWord(text, start, i))
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, trimWord(text, start, len(text)))
	}
	return out
}

func trimWord(text string, start, end int) word {
	w := text[start:end]
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			w = w[:len(w)-len(s)]
		}
	}
	w = strings.TrimRight(w, ".-'’")
	return word{start, start + len(w)}
}
