package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

func readPhoenixFile(path string) ([]kb.PhoenixEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	es, err := kb.ReadPhoenix(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return es, nil
}

// loadHand reads the hand-written KB files (data/*.txt), whose IDs Phoenix
// entries of the same name should reuse.
func loadHand(dir string) (*kb.KB, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	all, _ := kb.Load(strings.NewReader(""))
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		k, err := kb.Load(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		all.Merge(k)
	}
	return all, nil
}

// buildPhoenix turns the non-country entries of the country dictionary,
// the IGO and NGO entries of the international one and the armed groups
// of the non-state one into actor blocks. countries maps country codes
// (ISO and CAMEO) to ISO alpha-3.
func buildPhoenix(national, intl, militant []kb.PhoenixEntry, countries map[string]string, hand *kb.KB) []*block {
	byID := map[news.ActorID]*block{}
	var order []news.ActorID
	emit := func(e kb.PhoenixEntry, international bool) {
		roles := usableCodes(e.Codes)
		if len(roles) == 0 {
			return
		}
		if !international && isCountryEntry(roles) {
			return
		}
		e.Names = withoutThe(e.Names)
		if c := countryNamed(e.Names, hand); c != nil {
			// The country file owns countries and their codes. Phoenix
			// files some as "rulers" with dated codes (SERBIA: YUGSRB,
			// SCGSRB) and territories under their sovereign's code
			// (PUERTO_RICO: USAPRI); only their spellings are kept.
			b := byID[c.ID]
			if b == nil {
				b = &block{id: string(c.ID), kind: c.Kind}
				byID[c.ID] = b
				order = append(order, c.ID)
			}
			var al []string
			for _, n := range e.Names {
				if namesOther(n, c, hand) {
					continue // Vilnius is Lithuania's government, not the country
				}
				al = append(al, titleCase(n))
			}
			b.add("alias", al...)
			return
		}
		person := false
		for _, r := range roles {
			if !r.From.IsZero() || !r.Until.IsZero() {
				person = true
			}
		}
		if strings.Contains(e.Comment, "CountryInfo") || strings.Contains(e.Comment, "rulers") {
			person = true
		}
		if international && !person && !strings.HasPrefix(roles[0].Code, "IGO") && !strings.HasPrefix(roles[0].Code, "NGO") {
			return // companies: outside this KB's scope for now
		}
		kind := "group"
		switch {
		case person:
			kind = "person"
		case strings.HasPrefix(roles[0].Code, "IGO") || strings.HasPrefix(roles[0].Code, "NGO"):
			kind = "organisation"
		}
		id, known := handID(e.Names, kind, hand), true
		if id == nil {
			id, known = &news.Actor{ID: phoenixID(e.Names[0]), Kind: kind}, false
		}
		if id.ID == "" {
			return
		}
		b := byID[id.ID]
		if b == nil {
			b = &block{id: string(id.ID), kind: id.Kind}
			byID[id.ID] = b
			order = append(order, id.ID)
			if known {
				// Keep the known actor's name; Phoenix's head becomes an alias.
				b.add("alias", titleCase(e.Names[0]))
			} else {
				b.add("name", titleCase(e.Names[0]))
			}
		}
		latest := latestRole(roles)
		// A known actor's code stands: KNESSET [ISRGOVLEG] is a name of
		// Israel's government, which stays ISRGOV.
		keep := known && id.Code != "" && kind != "person"
		if kind != "person" && !keep {
			b.add("code", latest.Code)
		}
		if c, ok := countries[prefix(latest.Code)]; ok && !keep {
			b.add("country", c)
			if len(latest.Code) >= 6 {
				b.add("sector", latest.Code[3:6])
			}
		}
		var al []string
		for _, n := range e.Names[1:] {
			al = append(al, titleCase(n))
		}
		b.add("alias", uniq(al, e.Names[0])...)
		if kind == "person" {
			// An organisation's code is its identity, not a role it holds.
			for _, r := range roles {
				b.add("role", roleLine(r))
			}
		}
	}
	for _, e := range national {
		emit(e, false)
	}
	for _, e := range intl {
		if rs := usableCodes(e.Codes); len(rs) > 0 && strings.HasPrefix(rs[0].Code, "NGO") {
			if e.Names = phrases(e.Names, hand); len(e.Names) == 0 {
				continue
			}
		}
		emit(e, true)
	}
	for _, e := range militant {
		// The non-state file codes many groups to a region (SASREB,
		// MEAREB); only a state's or a transnational group's code (IMG)
		// is one PLOVER has.
		if roles := usableCodes(e.Codes); len(roles) > 0 {
			p := prefix(latestRole(roles).Code)
			if e.Names = phrases(e.Names, hand); len(e.Names) > 0 {
				if _, ok := countries[p]; ok || p == "IMG" {
					emit(e, false)
				}
			}
		}
	}
	out := make([]*block, 0, len(order))
	for _, id := range order {
		out = append(out, dedupeLines(byID[id]))
	}
	return out
}

// usableCodes drops Phoenix's null code "---" and agent codes.
func usableCodes(rs []news.Role) []news.Role {
	var out []news.Role
	for _, r := range rs {
		if r.Code == "" || strings.ContainsAny(r.Code, "-~") {
			continue
		}
		out = append(out, r)
	}
	return out
}

// phrases keeps the names of several words, and one-word names the
// hand-written files know: the NGO and non-state files list bare words
// ("YOUTH", "ZERO", "TIGERS") and acronyms in the same capitals, and a
// word would match every sentence that uses it.
func phrases(names []string, hand *kb.KB) []string {
	var out []string
	for _, n := range withoutThe(names) {
		if strings.Contains(strings.TrimSpace(n), " ") || handNames(n, hand) {
			out = append(out, n)
		}
	}
	return out
}

// handNames reports whether a hand-written actor goes by name exactly (a
// lookup forgives typos and variants).
func handNames(name string, hand *kb.KB) bool {
	key := kb.Key(name)
	for _, a := range hand.Lookup(name) {
		if kb.Key(a.Name) == key {
			return true
		}
		for _, al := range a.Aliases {
			if kb.Key(al) == key {
				return true
			}
		}
	}
	return false
}

// isCountryEntry reports whether every code is a bare country code, which
// the country file has already taken.
func isCountryEntry(rs []news.Role) bool {
	for _, r := range rs {
		if len(r.Code) != 3 && !strings.HasSuffix(r.Code, "UNR") && !strings.HasPrefix(r.Code, "USR") {
			return false
		}
	}
	return true
}

func prefix(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

// latestRole is the role that began last, preferring open-ended ones: the
// actor's current code.
func latestRole(rs []news.Role) news.Role {
	best := rs[0]
	for _, r := range rs[1:] {
		if r.From.After(best.From) || (!best.Until.IsZero() && r.Until.IsZero() && !r.From.Before(best.From)) {
			best = r
		}
	}
	return best
}

func roleLine(r news.Role) string {
	from, until := "", ""
	if !r.From.IsZero() {
		from = r.From.Format("2006-01-02")
	}
	if !r.Until.IsZero() {
		until = r.Until.Format("2006-01-02")
	}
	return r.Code + " " + from + ".." + until
}

// handID returns the hand-written or country actor that goes by
// one of names, a person for a person and a non-person otherwise
// (Phoenix's KREMLIN group is our RUSGOV). Only multi-word names count,
// except for non-persons: a lone surname is too loose, a lone "Kremlin" is
// not.
func handID(names []string, kind string, hand *kb.KB) *news.Actor {
	for _, n := range names {
		if kind == "person" && !strings.Contains(strings.TrimSpace(n), " ") {
			continue
		}
		cands := hand.Lookup(n)
		// A country's code is its own ISO code: an institution that shares
		// a name with it (KURDISTAN REGIONAL GOVERNMENT, alias IRAQI
		// KURDISTAN) must not lend it a sector code.
		if len(cands) == 1 && cands[0].Kind != "country" && (cands[0].Kind == "person") == (kind == "person") {
			return cands[0]
		}
	}
	return nil
}

// withoutThe drops a leading article from each name: Phoenix files THE_UN
// beside UNITED_NATIONS, and the article, which the text may or may not
// capitalise, would keep it from merging with the UN the files know.
func withoutThe(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if rest, ok := strings.CutPrefix(n, "THE "); ok && strings.TrimSpace(rest) != "" {
			n = rest
		}
		out = append(out, n)
	}
	return out
}

// countryNamed returns the country a Phoenix entry is: the one its head
// names, or the one whose own name is among its other names
// (FAEROE_ISLANDS, +FAROE_ISLANDS). A country's alias further down does
// not count: IRAQI_KURDISTAN is an alias of Iraq and of the KRG.
func countryNamed(names []string, hand *kb.KB) *news.Actor {
	for i, n := range names {
		for _, a := range hand.Lookup(n) {
			if a.Kind == "country" && (i == 0 || kb.Key(a.Name) == kb.Key(n)) {
				return a
			}
		}
	}
	return nil
}

// namesOther reports whether name already stands for an actor other than
// c, such as the government a capital names.
func namesOther(name string, c *news.Actor, hand *kb.KB) bool {
	for _, a := range hand.Lookup(name) {
		if a.ID != c.ID {
			return true
		}
	}
	return false
}

// phoenixID turns "B. LYNN PASCOE" into "B_LYNN_PASCOE".
func phoenixID(name string) news.ActorID {
	var b strings.Builder
	for _, r := range strings.ToUpper(name) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case r == ' ' || r == '-':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
		}
	}
	return news.ActorID(strings.TrimSuffix(b.String(), "_"))
}

// dedupeLines drops repeated lines an actor collected from several
// entries; of the one-valued keys (name, code, country, sector) the first
// wins.
func dedupeLines(b *block) *block {
	seen := map[[2]string]bool{}
	var lines [][2]string
	for _, l := range b.lines {
		key := l
		if l[0] != "alias" && l[0] != "role" {
			key = [2]string{l[0]}
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		lines = append(lines, l)
	}
	b.lines = lines
	return b
}

func writeAgents(src, dst string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	agents, err := kb.ReadAgents(f)
	if err != nil {
		return err
	}
	nouns := make([]string, 0, len(agents))
	for n := range agents {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	fmt.Fprint(w, "# Generated by go run ./internal/kb/gen — do not edit.\n# Agent nouns and the CAMEO sector they signal, from Phoenix.agents.txt (MIT).\n\n")
	for _, n := range nouns {
		fmt.Fprintf(w, "agent %s %s\n", n, agents[n])
	}
	if err := w.Flush(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
