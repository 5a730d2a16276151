package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"golang.org/x/text/language"

	"github.com/entente-news/entente/internal/kb"
)

// Reports of wars name their provinces and regions ("shelling in
// Kherson", "clashes in Anbar"), which the Phoenix dictionary lists only
// in part. ISO 3166-2 (Debian iso-codes) names every first-level
// subdivision, but in national romanisations: Khersonska oblast, Al
// Anbār, Ma’rib. subdivisionNames turns those into the forms the press
// writes, and the generator adds them as places of their country in the
// states of conflictZones. Other states' subdivisions are left out: a
// municipality or département shares its name with a person or an
// English word ("Var", "Bay", "Delta") too often to be read as a place
// without a gazetteer's population figures.

// conflictZones are the ISO 3166-1 alpha-2 codes of the states with an
// armed conflict on their soil in the press of the last decades, whose
// regions are named in reports of fighting. Russia is not one: its
// regions' ISO names are adjectives whose stems are surnames and given
// names (Ivanovskaja → Ivanov, Brjanskaja → Bryan).
var conflictZones = strings.Fields(`UA GE AZ AM SY IQ YE LB PS IR TR AF PK
	SD SS LY SO ET ER ML NE BF TD CF CM NG CD BI MZ MM CO HT`)

// notPlaces are subdivision names that are also English words, brands,
// given names or surnames, or name a region across several states
// (Sahel), which a capital letter does not tell apart from the place:
// "Delta", "Unity" and "Meta" in a report are seldom Nigeria's, South
// Sudan's or Colombia's.
var notPlaces = map[string]bool{}

func init() {
	for _, w := range strings.Split(`delta|plateau|rivers|cross river|unity|lakes|littoral|cascades|far north|
		south-west|sahel|bari|chin|amara|sila|salamat|batman|meta|santander|bolivar|cesar|magdalena|caldas|
		amazonas|kanem|afar|harari people|gambela peoples|mon|shan`, "|") {
		notPlaces[strings.TrimSpace(w)] = true
	}
}

type isoSubdivision struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Parent string `json:"parent"`
}

// buildSubdivisions returns one block per state of conflictZones with
// the press forms of its first-level subdivisions on a "place" line,
// leaving out a form the hand-written or derived KB already knows (its
// record wins), an agent noun, or one two states' subdivisions share.
func buildSubdivisions(path string, known *kb.KB) ([]*block, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Subdivisions []isoSubdivision `json:"3166-2"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	zone := map[string]bool{}
	for _, c := range conflictZones {
		zone[c] = true
	}
	places := map[string][]string{} // alpha-2 → forms
	owners := map[string]map[string]bool{}
	for _, s := range doc.Subdivisions {
		cc, _, _ := strings.Cut(s.Code, "-")
		if s.Parent != "" {
			continue
		}
		// Every state's subdivisions count for owners, so that Punjab,
		// which India has too, is no place of Pakistan's alone.
		for _, n := range subdivisionNames(s.Name) {
			k := kb.Key(n)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][cc] = true
			if zone[cc] && usable(n, known) {
				places[cc] = append(places[cc], n)
			}
		}
	}
	return placeBlocks(places, owners)
}

// placeBlocks returns one country block per alpha-2 code of places with
// its forms on a "place" line, in the order given, leaving out a form
// whose key owners gives to more than one state.
func placeBlocks(places map[string][]string, owners map[string]map[string]bool) ([]*block, error) {
	var out []*block
	for cc, ns := range places {
		region, err := language.ParseRegion(cc)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cc, err)
		}
		var keep []string
		seen := map[string]bool{}
		for _, n := range ns {
			if k := kb.Key(n); len(owners[k]) == 1 && !seen[k] {
				seen[k] = true
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			continue
		}
		b := &block{id: region.ISO3(), kind: "country"}
		b.add("place", keep...)
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// usable reports whether form may name a place: four letters at least,
// capitalised, not a compass or part word alone ("Northern"), and unknown
// to the KB as a name, place or agent noun.
func usable(form string, known *kb.KB) bool {
	k := kb.Key(form)
	if len(k) < 4 || form == strings.ToLower(form) || partWords[k] || notPlaces[k] {
		return false
	}
	if len(known.Lookup(form)) > 0 {
		return false
	}
	if _, ok := known.Place(form); ok {
		return false
	}
	_, agent := known.Sector(strings.ToLower(form))
	return !agent
}

// subdivisionNames returns the press forms of an ISO 3166-2 name: without
// the marks of ayn and hamza (Ma’rib → Marib), without a bracketed note,
// the Arabic article dropped (Al Anbār → Anbār) and a final -ah written -a
// (Ar Raqqah → Raqqa); a Ukrainian region's adjective turned into its
// city (Khersonska oblast → Kherson, Luhanska oblast → Luhansk).
func subdivisionNames(name string) []string {
	if i := strings.Index(name, "["); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	name = strings.NewReplacer("’", "", "‘", "", "ʻ", "", "'", "", "`", "").Replace(name)
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	words := strings.Fields(name)
	if len(words) == 2 && slavicUnit[strings.ToLower(words[1])] {
		// Ukrainian forms its region's adjective with -ska: Kherson →
		// Khersonska, but Luhansk → Luhanska; a stem in -ov or -an is a
		// city in -sk (Dnipropetrovsk, Luhansk). A stem in a vowel or -t
		// lost the city's ending (Vinnytsia → Vinnytska, Cherkasy →
		// Cherkaska), which no rule restores: it is left out.
		stem, ok := strings.CutSuffix(words[0], "ska")
		switch {
		case !ok:
		case strings.HasSuffix(stem, "ov") || strings.HasSuffix(stem, "an"):
			add(stem + "sk")
		case !strings.ContainsAny(stem[len(stem)-1:], "aeiouyt"):
			add(stem)
		}
		return out
	}
	add(name)
	if len(words) > 1 && arabicArticle[strings.ToLower(words[0])] {
		name = strings.Join(words[1:], " ")
		add(name)
	}
	if strings.HasSuffix(name, "ah") && len(name) > 5 {
		add(strings.TrimSuffix(name, "h"))
	}
	return out
}

// slavicUnit names a Ukrainian region after its adjective.
var slavicUnit = map[string]bool{"oblast": true}

// arabicArticle is the article of an Arabic place name, assimilated to
// its first letter as ISO 3166-2 writes it (Ar Raqqah, As Suwaydā').
var arabicArticle = map[string]bool{"al": true, "ar": true, "as": true, "an": true, "ad": true, "aḑ": true, "at": true, "az": true, "ash": true, "aş": true, "aţ": true}
