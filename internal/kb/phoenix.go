package kb

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// A PhoenixEntry is one actor of a Phoenix (PETRARCH/TABARI) actor
// dictionary: its names, head first, and its codes with their date bounds.
type PhoenixEntry struct {
	Names []string    // underscores read as spaces: "ALYAKSANDR LUKASHENKA"
	Codes []news.Role // Code and From/Until; Title is always empty
	// Comment is the text after # on the head line, trimmed ("CountryInfo.txt").
	Comment string
	Line    int // of the head line, 1-based
}

var codeRe = regexp.MustCompile(`\[([^\]]*)\]`)

// ReadPhoenix reads a Phoenix actor dictionary. The format is loose in the
// wild, so the reader is tolerant: a head line (NAME_, optionally with codes
// after it), "+SYNONYM_" lines and "[CODE date]" lines in any order, "#"
// comments anywhere. Heads that arrive before any code are names of the
// same actor (the dictionary lists spelling groups that way); a blank line
// ends an entry. A code whose date it cannot read ("9008223") is dropped
// rather than widened to an open range. Only read errors are returned.
func ReadPhoenix(r io.Reader) ([]PhoenixEntry, error) {
	var out []PhoenixEntry
	var cur *PhoenixEntry
	end := func() {
		if cur != nil && len(cur.Names) > 0 {
			out = append(out, *cur)
		}
		cur = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line, comment, _ := strings.Cut(sc.Text(), "#")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			if strings.TrimSpace(comment) == "" {
				end() // a blank line, not a comment line
			}
			continue
		case strings.HasPrefix(trimmed, "+"):
			if cur == nil {
				continue // a synonym of nothing
			}
			name, codes := splitCodes(trimmed[1:])
			if name != "" {
				cur.Names = append(cur.Names, name)
			}
			cur.Codes = append(cur.Codes, codes...)
		case strings.HasPrefix(trimmed, "["):
			if cur == nil {
				continue
			}
			_, codes := splitCodes(trimmed)
			cur.Codes = append(cur.Codes, codes...)
		default:
			name, codes := splitCodes(trimmed)
			if cur == nil || len(cur.Codes) > 0 {
				end()
				cur = &PhoenixEntry{Line: n, Comment: strings.TrimSpace(comment)}
			}
			if name != "" {
				cur.Names = append(cur.Names, name)
			}
			cur.Codes = append(cur.Codes, codes...)
		}
	}
	end()
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("phoenix line %d: %w", n+1, err)
	}
	return out, nil
}

// splitCodes separates "NAME_ [C1 d] [C2]" into the name and its codes.
func splitCodes(s string) (string, []news.Role) {
	name := s
	if i := strings.IndexByte(s, '['); i >= 0 {
		name = s[:i]
	}
	name = strings.Join(strings.Fields(strings.ReplaceAll(name, "_", " ")), " ")
	var codes []news.Role
	for _, m := range codeRe.FindAllStringSubmatch(s, -1) {
		f := strings.Fields(m[1])
		if len(f) == 0 {
			continue
		}
		r := news.Role{Code: f[0]}
		if len(f) > 1 {
			var ok bool
			if r.From, r.Until, ok = phoenixRange(strings.Join(f[1:], "")); !ok {
				continue
			}
		}
		codes = append(codes, r)
	}
	return name, codes
}

// phoenixRange reads ">YYMMDD" (from), "<YYMMDD" (until) and
// "YYMMDD-YYMMDD"; eight-digit years are read as they stand.
func phoenixRange(s string) (from, until time.Time, ok bool) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, ok = phoenixDate(s[1:])
		return from, time.Time{}, ok
	case strings.HasPrefix(s, "<"):
		until, ok = phoenixDate(s[1:])
		return time.Time{}, until, ok
	}
	a, b, found := strings.Cut(s, "-")
	if !found {
		return time.Time{}, time.Time{}, false
	}
	from, ok1 := phoenixDate(a)
	until, ok2 := phoenixDate(b)
	if !ok1 || !ok2 || until.Before(from) {
		return time.Time{}, time.Time{}, false
	}
	return from, until, true
}

// phoenixDate reads YYMMDD or YYYYMMDD. Two-digit years up to 30 are this
// century: the dictionaries date from 2014 and reach back to 1921 only with
// four-digit years.
func phoenixDate(s string) (time.Time, bool) {
	var y int
	switch len(s) {
	case 6:
		yy, err := strconv.Atoi(s[:2])
		if err != nil {
			return time.Time{}, false
		}
		y = 1900 + yy
		if yy <= 30 {
			y = 2000 + yy
		}
		s = s[2:]
	case 8:
		var err error
		if y, err = strconv.Atoi(s[:4]); err != nil {
			return time.Time{}, false
		}
		s = s[4:]
	default:
		return time.Time{}, false
	}
	m, err1 := strconv.Atoi(s[:2])
	d, err2 := strconv.Atoi(s[2:4])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 February
	}
	return t, true
}
