package actors_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// linked is one article's mentions of known actors. New actors are left
// out: they follow the NER model, which is retrained apart.
type linked struct {
	File     string   `json:"file"`
	Mentions []string `json:"mentions"` // "text → actor code how"
}

func TestResolveGolden(t *testing.T) {
	an, r := setup(t)
	docs, dates, names := demoDocs(t, an)
	var got []linked
	for i, d := range docs {
		l := linked{File: names[i]}
		for _, m := range r.Resolve(d, dates[i]) {
			if m.How != "new" {
				l.Mentions = append(l.Mentions, m.Text+" → "+string(m.Actor)+" "+m.Code+" "+m.How)
			}
		}
		got = append(got, l)
	}
	path := filepath.Join("testdata", "demo.golden.json")
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	var want []linked
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("demo mentions (-want +got), review and rerun with -update:\n%s", diff)
	}
}
