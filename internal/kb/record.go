package kb

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// A record is one actor as written in a KB file, before its aliases are
// expanded: Cyrillic forms are kept by language so they can be romanised
// with the right schemes.
type record struct {
	actor    news.Actor
	cyrillic map[string][]string // "ru", "be", "uk" → forms
	// places and capitals are the record's aliases that name a place in
	// its country rather than the actor itself (see Place).
	places, capitals []string
	// locals are names the actor goes by only in its country's news.
	locals []string
	line   int
	// written and derived are a country's names as the files give them
	// and the demonyms derived from each (set by expand).
	written []string
	derived [][]string
}

// kinds are the actor kinds a file may declare.
var kinds = []string{"country", "organisation", "person", "group"}

// words are a file's lines that name no actor: agent nouns with their
// sector codes, and language names.
type words struct {
	agents    map[string]string
	languages map[string]bool
}

// parseFile reads the KB line format (see the package doc) into records and
// words. Errors name the line and wrap news.ErrInvalid.
func parseFile(r io.Reader) ([]*record, words, error) {
	var recs []*record
	w := words{agents: map[string]string{}, languages: map[string]bool{}}
	var cur *record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		key, val, _ := strings.Cut(line, " ")
		val = strings.TrimSpace(val)
		if err := cur.set(key, val, &recs, &cur, w, n); err != nil {
			return nil, words{}, fmt.Errorf("kb line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, words{}, fmt.Errorf("kb line %d: %w", n+1, err)
	}
	return recs, w, nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), news.ErrInvalid)
}

// set applies one "key value" line to the current record (nil before the
// first actor line).
func (cur *record) set(key, val string, recs *[]*record, next **record, w words, line int) error {
	switch key {
	case "actor":
		f := strings.Fields(val)
		if len(f) != 2 {
			return invalid("actor wants an id and a kind, got %q", val)
		}
		if !slices.Contains(kinds, f[1]) {
			return invalid("unknown kind %q", f[1])
		}
		rec := &record{actor: news.Actor{ID: news.ActorID(f[0]), Kind: f[1]}, line: line}
		*recs = append(*recs, rec)
		*next = rec
		return nil
	case "agent":
		f := strings.Fields(val)
		if len(f) < 2 {
			return invalid("agent wants nouns and a sector code, got %q", val)
		}
		code := f[len(f)-1]
		for _, noun := range splitList(strings.Join(f[:len(f)-1], " ")) {
			w.agents[Key(noun)] = code
		}
		return nil
	case "language":
		if val == "" {
			return invalid("language wants a name")
		}
		for _, name := range splitList(val) {
			w.languages[Key(name)] = true
		}
		return nil
	}
	if cur == nil {
		return invalid("%q before any actor line", key)
	}
	a := &cur.actor
	switch key {
	case "name":
		a.Name = val
	case "code":
		a.Code = val
	case "country":
		a.Country = val
	case "sector":
		a.Sector = val
	case "descriptor":
		a.Descriptor = val
	case "alias", "adj", "en", "pl", "de", "fr":
		a.Aliases = append(a.Aliases, splitList(val)...)
	case "place":
		cur.places = append(cur.places, splitList(val)...)
		a.Aliases = append(a.Aliases, splitList(val)...)
	case "capital":
		cur.capitals = append(cur.capitals, splitList(val)...)
		a.Aliases = append(a.Aliases, splitList(val)...)
	case "local":
		cur.locals = append(cur.locals, splitList(val)...)
	case "ru", "be", "uk":
		if cur.cyrillic == nil {
			cur.cyrillic = map[string][]string{}
		}
		cur.cyrillic[key] = append(cur.cyrillic[key], splitList(val)...)
	case "member":
		for _, m := range splitList(val) {
			a.Members = append(a.Members, news.ActorID(m))
		}
	case "role":
		r, err := parseRole(val)
		if err != nil {
			return err
		}
		a.Roles = append(a.Roles, r)
	default:
		return invalid("unknown key %q", key)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseRole reads "CODE FROM..UNTIL Title words"; either date may be empty.
func parseRole(s string) (news.Role, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return news.Role{}, invalid("role wants a code and a date range, got %q", s)
	}
	from, until, ok := strings.Cut(f[1], "..")
	if !ok {
		return news.Role{}, invalid("role dates %q lack ..", f[1])
	}
	r := news.Role{Code: f[0], Title: strings.Join(f[2:], " ")}
	var err error
	if r.From, err = parseDay(from); err != nil {
		return news.Role{}, err
	}
	if r.Until, err = parseDay(until); err != nil {
		return news.Role{}, err
	}
	if !r.From.IsZero() && !r.Until.IsZero() && r.Until.Before(r.From) {
		return news.Role{}, invalid("role ends %s before it starts %s", until, from)
	}
	return r, nil
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY (month or year precision
// where the exact day is not known); "" is the zero time.
func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, invalid("bad date %q", s)
}

// formatRole writes a role back in the file syntax.
func formatRole(r news.Role) string {
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	}
	s := r.Code + " " + day(r.From) + ".." + day(r.Until)
	if r.Title != "" {
		s += " " + r.Title
	}
	return s
}
