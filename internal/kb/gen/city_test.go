package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/kb"
)

func TestBuildCities(t *testing.T) {
	known, err := kb.Load(strings.NewReader("actor UKR country\n  place Kharkiv\nactor JOHN_BEREG person\n  name John Bereg\n  country USA\n"))
	if err != nil {
		t.Fatal(err)
	}
	rows := []string{
		"# name\tcountry\tpopulation",
		"Mariupol\tUA\t481626",    // a city of a state in a conflict zone
		"Kramators’k\tUA\t173700", // its soft sign's mark goes, as the press writes it
		"Kharkiv\tUA\t1430885",    // known to the KB: its record wins
		"Tripoli\tLY\t1150989",    // two states' cities share the name
		"Tripoli\tLB\t229398",
		"Bereg\tUA\t60000",      // a person's surname
		"Smallton\tUA\t20000",   // too small
		"Turbo\tCO\t120000",     // an English word
		"Delmas 73\tHT\t395260", // a number is no press form of a town
		"Lyon\tFR\t472317",      // a state in no conflict zone
		"Taganrog\tRU\t250000",  // a town of the region
		"Kirov\tRU\t470000",     // a Russian town shaped like a surname
	}
	path := filepath.Join(t.TempDir(), "cities.tsv")
	if err := os.WriteFile(path, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	blocks, err := buildCities(path, known)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, b := range blocks {
		for _, l := range b.lines {
			got[b.id] = append(got[b.id], l[0]+" "+l[1])
		}
	}
	want := map[string][]string{"UKR": {"place Kramatorsk | Mariupol"}, "RUS": {"place Taganrog"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("buildCities (-want +got):\n%s", diff)
	}
}
