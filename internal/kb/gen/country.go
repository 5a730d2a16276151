package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/entente-news/entente/internal/kb"
)

// A capital is one row of capitals.tsv.
type capital struct {
	names     []string
	adjs      []string
	metonyms  []string
	cyrillic  map[string][]string // lang → forms of the capital
	iso3, raw string
}

func readCapitals(path string) (map[string]*capital, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]*capital{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("%s:%d: want 5 columns, got %d", path, n, len(cols))
		}
		list := func(s string) []string {
			if s == "-" {
				return nil
			}
			return strings.Split(s, "|")
		}
		c := &capital{iso3: cols[0], names: list(cols[1]), adjs: list(cols[2]), metonyms: list(cols[3]),
			cyrillic: map[string][]string{}, raw: line}
		if cols[4] != "-" {
			for _, f := range strings.Fields(cols[4]) {
				lang, form, ok := strings.Cut(f, ":")
				if !ok {
					return nil, fmt.Errorf("%s:%d: bad Cyrillic form %q", path, n, f)
				}
				c.cyrillic[lang] = append(c.cyrillic[lang], form)
			}
		}
		if _, dup := out[c.iso3]; dup {
			return nil, fmt.Errorf("%s:%d: %s twice", path, n, c.iso3)
		}
		out[c.iso3] = c
	}
	return out, sc.Err()
}

type isoCountry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Numeric      string `json:"numeric"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

var langs = []string{"ru", "uk", "be", "pl", "de", "fr"}

// buildCountries joins ISO 3166-1, its translations, x/text display names,
// the capitals table and Phoenix's country synonyms into country and
// government blocks.
func buildCountries(isoPath, localeDir string, caps map[string]*capital, phoenix []kb.PhoenixEntry) ([]*block, error) {
	b, err := os.ReadFile(isoPath)
	if err != nil {
		return nil, err
	}
	var doc map[string][]isoCountry
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", isoPath, err)
	}
	isos := doc["3166-1"]
	if len(isos) < 200 {
		return nil, fmt.Errorf("%s: only %d countries", isoPath, len(isos))
	}
	trans := map[string]map[string]string{}
	for _, l := range langs {
		m, err := readMO(filepath.Join(localeDir, l, "LC_MESSAGES", "iso_3166-1.mo"))
		if err != nil {
			return nil, err
		}
		trans[l] = m
	}
	syn := phoenixCountries(phoenix, isos)
	var out []*block
	for _, c := range isos {
		names := []string{c.CommonName, c.Name, c.OfficialName}
		short := c.Name
		if r, err := language.ParseRegion(c.Alpha2); err == nil {
			if n := display.English.Regions().Name(r); n != "" && !strings.Contains(n, "(") {
				short = n
			}
		}
		if c.CommonName != "" {
			short = c.CommonName
		}
		cb := &block{id: c.Alpha3, kind: "country"}
		cb.add("name", short)
		// A country's code is its ISO alpha-3 even where Phoenix keeps an
		// older CAMEO one (TMP for Timor-Leste): the news and PLOVER use
		// ISO, and Phoenix's people still map through alt.
		code := c.Alpha3
		if s := syn[c.Alpha3]; s != nil && s.code != "" {
			cb.alt = append(cb.alt, s.code)
		}
		cb.add("code", code)
		cb.add("country", c.Alpha3)
		cb.add("alias", uniq(append(names, inverted(names)...), short)...)
		for _, l := range langs {
			var forms []string
			for _, n := range names {
				if t := trans[l][n]; t != "" {
					forms = append(forms, t)
				}
			}
			if r, err := language.ParseRegion(c.Alpha2); err == nil {
				if n := display.Regions(language.MustParse(l)).Name(r); n != "" && !strings.Contains(n, "(") {
					forms = append(forms, n)
				}
			}
			cb.add(l, uniq(forms, "")...)
		}
		cp := caps[c.Alpha3]
		if cp != nil {
			cb.add("adj", cp.adjs...)
		}
		if s := syn[c.Alpha3]; s != nil {
			own := append(append([]string{short}, names...), s.names[0])
			if cp != nil {
				own = append(own, cp.adjs...)
			}
			var keep, places []string
			for _, n := range s.names {
				switch {
				case cp != nil && containsKey(append(cp.names, cp.metonyms...), n):
					// the capital names the government, not the country
				case isCountrySpelling(n, own):
					keep = append(keep, titleCase(n))
				default:
					places = append(places, titleCase(n))
				}
			}
			cb.add("alias", uniq(keep, "")...)
			cb.add("place", uniq(places, "")...)
		}
		out = append(out, cb)
		if cp != nil {
			out = append(out, government(c.Alpha3, short, code, cp))
		}
	}
	return out, nil
}

// government builds the CODE+GOV actor a capital stands for in the news:
// "Minsk said", "the Kremlin denied".
func government(iso3, name, code string, cp *capital) *block {
	g := &block{id: iso3 + "GOV", kind: "organisation"}
	g.add("name", "Government of "+name)
	g.add("code", code+"GOV")
	g.add("country", iso3)
	g.add("sector", "GOV")
	g.add("capital", cp.names...)
	var al []string
	al = append(al, cp.metonyms...)
	al = append(al, name+" government", "government of "+name)
	if len(cp.adjs) > 0 {
		// The first adjective is the attributive one (Belarusian, not
		// Belarusians).
		al = append(al, cp.adjs[0]+" government", cp.adjs[0]+" authorities")
	}
	g.add("alias", uniq(al, "")...)
	for _, l := range []string{"ru", "be", "uk"} {
		g.add(l, cp.cyrillic[l]...)
	}
	return g
}

// inverted turns ISO's "Korea, Republic of" into "Republic of Korea".
func inverted(names []string) []string {
	var out []string
	for _, n := range names {
		if a, b, ok := strings.Cut(n, ", "); ok && !strings.Contains(b, ",") {
			out = append(out, b+" "+a)
		}
	}
	return out
}

// uniq drops empty names, names Key-equal to an earlier one and names
// Key-equal to skip (already the actor's name).
func uniq(names []string, skip string) []string {
	seen := map[string]bool{kb.Key(skip): true}
	var out []string
	for _, n := range names {
		k := kb.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

func containsKey(names []string, n string) bool {
	k := kb.Key(n)
	for _, m := range names {
		if kb.Key(m) == k {
			return true
		}
	}
	return false
}

type phoenixCountry struct {
	code  string // CAMEO code where it differs from ISO
	names []string
}

// phoenixCountries finds the Phoenix entries that are countries — their
// current code is three letters — and maps them to ISO alpha-3, by code or
// else by name (Phoenix codes Romania ROM where ISO has ROU).
func phoenixCountries(entries []kb.PhoenixEntry, isos []isoCountry) map[string]*phoenixCountry {
	byCode := map[string]string{}
	byName := map[string]string{}
	for _, c := range isos {
		byCode[c.Alpha3] = c.Alpha3
		for _, n := range append([]string{c.Name, c.OfficialName, c.CommonName}, inverted([]string{c.Name})...) {
			if n != "" {
				byName[kb.Key(n)] = c.Alpha3
			}
		}
	}
	out := map[string]*phoenixCountry{}
	for _, e := range entries {
		code := ""
		for _, r := range e.Codes {
			if len(r.Code) == 3 && r.Until.IsZero() {
				code = r.Code
			}
		}
		if code == "" {
			continue
		}
		iso, ok := byCode[code]
		if !ok {
			if iso, ok = byName[kb.Key(e.Names[0])]; !ok {
				continue
			}
		}
		pc := out[iso]
		if pc == nil {
			pc = &phoenixCountry{}
			out[iso] = pc
		}
		if code != iso {
			pc.code = code
		}
		pc.names = append(pc.names, e.Names...)
	}
	return out
}

// countryCodes maps every country code the generated countries answer to
// (ISO and CAMEO) to the ISO alpha-3.
func countryCodes(blocks []*block) map[string]string {
	out := map[string]string{}
	for _, b := range blocks {
		if b.kind != "country" {
			continue
		}
		out[b.id] = b.id
		for _, c := range b.alt {
			out[c] = b.id
		}
		for _, l := range b.lines {
			if l[0] == "code" {
				out[l[1]] = b.id
			}
		}
	}
	return out
}
