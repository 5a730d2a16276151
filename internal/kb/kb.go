package kb

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// A KB is a set of actors indexed by the normalised form of every name they
// go by, plus the agent nouns that signal a sector. It is read-only once
// built, so one KB may serve many goroutines.
type KB struct {
	actors map[news.ActorID]*news.Actor
	// names maps Key(alias) to the actors that go by it; surnames maps a
	// person's last name, used only when no full name matches.
	names    map[string][]news.ActorID
	surnames map[string][]news.ActorID
	// lastNames maps every person's last name, the dictionary's thousands
	// too, for a surname a title vouches for ("President Mugabe").
	lastNames map[string][]news.ActorID
	agents    map[string]string
	languages map[string]bool // Key of each language's English name
	places    map[string]Place
	// placeIn maps a place's key to every country it names a place in
	// ("Tripoli": Libya's capital, a Lebanese port).
	placeIn map[string][]Place
	// locals maps the key of a name a body goes by in its own country's
	// news to the bodies that do (see Local).
	locals map[string][]news.ActorID
	// written maps a key a country's record spells out to the country;
	// derived lists each country's derived demonyms, by the name they
	// come from (see settleDemonyms).
	written map[string][]news.ActorID
	derived map[news.ActorID][][]string

	matchOnce sync.Once
	match     *matcher
	typoOnce  sync.Once
	typo      typoIndex
	// given holds the keys of the people's given names (see Given).
	givenOnce sync.Once
	given     map[string]bool
}

//go:embed data
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the knowledge base embedded in the binary, built on first
// use. It panics if the embedded files do not parse, which the package's
// tests rule out.
func Default() *KB {
	defaultOnce.Do(func() {
		k, err := loadFS(dataFS, "data")
		if err != nil {
			panic(fmt.Sprintf("kb: embedded data: %v", err))
		}
		defaultKB = k
	})
	return defaultKB
}

// loadFS merges the files under dir/derived, then those under dir, each
// group in name order.
func loadFS(fsys fs.FS, dir string) (*KB, error) {
	// Derived files first: hand-written ones extend and correct them.
	derived, err := fs.Glob(fsys, dir+"/derived/*.txt")
	if err != nil {
		return nil, err
	}
	hand, err := fs.Glob(fsys, dir+"/*.txt")
	if err != nil {
		return nil, err
	}
	files := append(derived, hand...)
	k := newKB()
	for _, name := range files {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if err := k.read(bytes.NewReader(b), !strings.Contains(name, "/derived/")); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	k.settleDemonyms()
	return k, nil
}

func newKB() *KB {
	return &KB{
		actors:    make(map[news.ActorID]*news.Actor, 1<<15),
		names:     make(map[string][]news.ActorID, 1<<16),
		surnames:  make(map[string][]news.ActorID, 1<<15),
		lastNames: make(map[string][]news.ActorID, 1<<15),
		agents:    map[string]string{},
		languages: map[string]bool{},
		places:    map[string]Place{},
		placeIn:   map[string][]Place{},
		locals:    map[string][]news.ActorID{},
		written:   map[string][]news.ActorID{},
		derived:   map[news.ActorID][][]string{},
	}
}

// Load reads a KB file in the format the package doc describes — a user's
// extension file or one of the embedded ones — and expands each actor's
// aliases: Cyrillic forms are romanised and people's Latin names get their
// press variants. A record naming an ID twice in one file is merged.
func Load(r io.Reader) (*KB, error) {
	k := newKB()
	if err := k.read(r, true); err != nil {
		return nil, err
	}
	k.settleDemonyms()
	return k, nil
}

// read parses one file into k, merging records into actors already there.
// A hand-written file's country aliases are the state's names even where
// a generated file made them places (unplace).
func (k *KB) read(r io.Reader, hand bool) error {
	recs, w, err := parseFile(r)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		a, keys := rec.expand()
		k.add(&a, keys)
		k.noteDemonyms(a.ID, rec)
		if hand && rec.actor.Kind == "country" {
			k.unplace(rec)
		}
		k.addPlaces(rec)
		k.addLocals(rec)
	}
	for noun, code := range w.agents {
		k.agents[noun] = code
	}
	for name := range w.languages {
		k.languages[name] = true
	}
	return nil
}

// expand turns a record into an actor whose Aliases hold every spelling it
// answers to, deduplicated by Key, the written ones first.
func (rec *record) expand() (news.Actor, []string) {
	a := rec.actor
	var names []string
	if a.Name != "" {
		names = append(names, a.Name)
	}
	names = append(names, a.Aliases...)
	person := a.Kind == "person"
	var cyr []string
	for _, lang := range []string{"ru", "be", "uk"} {
		for _, c := range rec.cyrillic[lang] {
			cyr = append(cyr, c)
			if !person && isAcronymish(c) {
				continue // ЕС would romanise to a junk "ES"
			}
			for _, l := range Romanize(lang, c) {
				if person {
					names = append(names, Variants(l)...)
				} else {
					names = append(names, l)
				}
			}
		}
	}
	if person {
		names = append(names, shortName(a.Name))
	}
	if person && (len(cyr) > 0 || postSoviet[a.Country]) {
		for _, n := range slices.Clone(names) {
			names = append(names, Variants(n)...)
		}
	}
	if person && arabic[a.Country] {
		for _, n := range slices.Clone(names) {
			if isLatinName(n) {
				names = append(names, ArabicVariants(n)...)
			}
		}
	}
	if a.Kind == "country" {
		rec.written = slices.Clone(names)
		rec.derived = demonymGroups(names)
		names = append(names, demonyms(names)...)
	}
	names = append(names, cyr...)
	var keys []string
	a.Aliases, keys = dedupe(names)
	a.Roles = settleRoles(a.Roles)
	return a, keys
}

// demonyms adds the plural of each Latin name of a country that reads as a
// demonym (Liberian → Liberians, Iraqi → Iraqis, Central African →
// Central Africans, Nigerien → Nigeriens, Frenchman → Frenchmen), so the people
// are named wherever the data lists only the adjective, and the regular
// adjective of a name ending in -a or -e (Kampuchea → Kampuchean, Costa
// Rica → Costa Rican, Sierra Leone → Sierra Leonean, Cape Verde → Cape
// Verdean) with its plural. A name that happens to end the same way gains
// a harmless "Japans" or "Canadan" nobody writes.
func demonyms(names []string) []string {
	var out []string
	for _, g := range demonymGroups(names) {
		out = append(out, g...)
	}
	return out
}

// demonymGroups is demonyms, the forms derived from each name apart.
func demonymGroups(names []string) [][]string {
	var out [][]string
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) == 0 || len(words) > 3 || strings.ContainsAny(n, "-.'&(") || !isLatinName(n) || !startsUpperWord(n) {
			continue
		}
		switch {
		case len(words) == 1 && strings.HasSuffix(n, "man"):
			out = append(out, []string{n[:len(n)-3] + "men"}) // Frenchman → Frenchmen
		case strings.HasSuffix(n, "an") || (len(words) == 1 && (strings.HasSuffix(n, "i") || strings.HasSuffix(n, "en") || strings.HasSuffix(n, "er"))):
			out = append(out, []string{n + "s"}) // Central African, Nigerien, Luxembourger
		case strings.HasSuffix(n, "a") && len(words[len(words)-1]) > 3:
			out = append(out, []string{n + "n", n + "ns"})
		case strings.HasSuffix(n, "e") && len(words[len(words)-1]) > 3:
			out = append(out, []string{n + "an", n + "ans"})
		}
	}
	return out
}

func startsUpperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isLatinName reports whether s holds no letter outside the Latin script.
func isLatinName(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func isLatinWord(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return s != ""
}

// shortName is a name of three words without its middle one, as the press
// shortens it: Carlos Saul Menem → Carlos Menem. Longer names are often
// Spanish or Portuguese ones with two surnames, where the first surname is
// the one used (Juan Manuel Santos Calderón); names with a lower-case
// particle (Ursula von der Leyen) or an initial keep their form too. It
// returns "" for those, which dedupe drops.
func shortName(name string) string {
	f := strings.Fields(name)
	if len(f) != 3 {
		return ""
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.HasSuffix(w, ".") || utf8.RuneCountInString(w) < 2 {
			return ""
		}
	}
	return f[0] + " " + f[len(f)-1]
}

// isAcronymish reports whether s is a short all-capitals word (ОДКБ, НАТО).
func isAcronymish(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsSpace(r) {
			return false
		}
		n++
	}
	return n <= 6
}

// postSoviet lists the countries whose people's Latin names come from
// Cyrillic (or were romanised from it), so Latin variants apply to them
// even when the file has no Cyrillic form.
var postSoviet = map[string]bool{
	"RUS": true, "BLR": true, "UKR": true, "KAZ": true, "KGZ": true, "TJK": true,
	"UZB": true, "TKM": true, "MDA": true, "ARM": true, "GEO": true, "AZE": true,
	"USR": true,
}

// dedupe drops names whose Key is empty or repeats an earlier one, and
// returns the keys of those it keeps.
func dedupe(names []string) ([]string, []string) {
	out := make([]string, 0, len(names))
	keys := make([]string, 0, len(names))
	for _, n := range names {
		k := Key(n)
		if k == "" || slices.Contains(keys, k) {
			continue
		}
		keys = append(keys, k)
		out = append(out, n)
	}
	return out, keys
}

// add inserts a, whose aliases have the given keys, into the indexes,
// merging it into an actor of the same ID.
func (k *KB) add(a *news.Actor, keys []string) {
	if old, ok := k.actors[a.ID]; ok {
		mergeActor(old, a)
		a = old
	} else {
		if a.Name == "" && len(a.Aliases) > 0 {
			// A record that only extends another file's actor has no name
			// of its own; if it stands alone its first alias serves.
			a.Name = a.Aliases[0]
		}
		k.actors[a.ID] = a
	}
	person := a.Kind == "person"
	surnames := person && curated(a)
	if person && a.Name != "" {
		// The name's last word only: aliases hold titles and nicknames.
		key := Key(a.Name)
		if i := strings.LastIndexByte(key, ' '); i >= 0 && utf8.RuneCountInString(key[i+1:]) > 2 {
			addID(k.lastNames, key[i+1:], a.ID)
		}
	}
	for _, key := range keys {
		addID(k.names, key, a.ID)
		if i := strings.LastIndexByte(key, ' '); surnames && i >= 0 {
			if s := key[i+1:]; utf8.RuneCountInString(s) > 2 && !notSurnames[s] {
				addID(k.surnames, s, a.ID)
			}
		}
	}
}

// curated reports whether a person comes from a hand-written record (a
// titled role or a Cyrillic name). Only their surnames are indexed: the
// Phoenix dictionary's thousands of people would make every "Brown",
// "National" or "An" a candidate.
func curated(a *news.Actor) bool {
	if slices.ContainsFunc(a.Roles, func(r news.Role) bool { return r.Title != "" }) {
		return true
	}
	return slices.ContainsFunc(a.Aliases, func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.Is(unicode.Cyrillic, r)
	})
}

// notSurnames are words that are people's surnames but far more often
// something else in news text (Theresa May, the month).
var notSurnames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

func addID(m map[string][]news.ActorID, key string, id news.ActorID) {
	if key == "" || slices.Contains(m[key], id) {
		return
	}
	m[key] = append(m[key], id)
}

// Actor returns the actor with the given ID. A country's sector code the
// files do not list ("BLRMIL") is an actor too, named after the country
// and its sectors ("Belarus military").
func (k *KB) Actor(id news.ActorID) (*news.Actor, bool) {
	if a, ok := k.actors[id]; ok {
		return a, true
	}
	return k.sectorActor(id)
}

// Lookup returns the actors that go by name, compared by Key, sorted by ID.
// When no full name matches, a single word is tried as a person's surname,
// which may return several people ("Medvedev"). The caller picks among
// candidates, for instance by who held a role at the article's date.
func (k *KB) Lookup(name string) []*news.Actor {
	key := Key(name)
	ids := k.names[key]
	if len(ids) == 0 && !strings.Contains(key, " ") {
		ids = k.surnames[key]
	}
	return k.resolve(ids)
}

// Titled returns every person whose name ends in surname, those of the
// Phoenix dictionary too, sorted by ID. Lookup leaves the dictionary's
// surnames out because a bare "Brown" is too loose; after a title
// ("President Mugabe", "King Hussein") the surname is a person's, and the
// caller picks among candidates by role and date.
func (k *KB) Titled(surname string) []*news.Actor {
	key := Key(surname)
	if strings.Contains(key, " ") {
		return nil
	}
	return k.resolve(k.lastNames[key])
}

func (k *KB) resolve(ids []news.ActorID) []*news.Actor {
	if len(ids) == 0 {
		return nil
	}
	out := make([]*news.Actor, 0, len(ids))
	for _, id := range ids {
		out = append(out, k.actors[id])
	}
	slices.SortFunc(out, func(a, b *news.Actor) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}

// Actors returns every actor, sorted by ID.
func (k *KB) Actors() []*news.Actor {
	out := make([]*news.Actor, 0, len(k.actors))
	for _, a := range k.actors {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *news.Actor) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}
