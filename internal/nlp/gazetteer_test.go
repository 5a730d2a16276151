package nlp

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func gzipped(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// gazClasses returns each of g's names with its classes' names.
func gazClasses(g *Gazetteer) map[string][]string {
	out := map[string][]string{}
	for name, bits := range g.names {
		for c, class := range g.classes {
			if bits&(1<<c) != 0 {
				out[name] = append(out[name], class)
			}
		}
	}
	return out
}

func TestReadGazetteer(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string][]string
		invalid  bool
	}{
		{
			name: "a name listed under two classes gets both",
			in:   "# comment\ncity\tParis\nperson\tParis\ncity\tNew York\n",
			want: map[string][]string{"Paris": {"city", "person"}, "New York": {"city"}},
		},
		{
			name: "a leading article is dropped as NewGazetteer drops it",
			in:   "organisation\tThe European Union\n",
			want: map[string][]string{"European Union": {"organisation"}},
		},
		{name: "a line without a tab is invalid", in: "city Paris\n", invalid: true},
		{name: "a line without a name is invalid", in: "city\t \n", invalid: true},
		{name: "a ninth class is invalid", in: "a\tA\nb\tB\nc\tC\nd\tD\ne\tE\nf\tF\ng\tG\nh\tH\ni\tI\n", invalid: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ReadGazetteer(bytes.NewReader(gzipped(t, tt.in)))
			if tt.invalid {
				if !errors.Is(err, news.ErrInvalid) {
					t.Fatalf("err = %v, want news.ErrInvalid", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, gazClasses(g)); diff != "" {
				t.Errorf("names (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("a file that is not gzip'ed is invalid", func(t *testing.T) {
		if _, err := ReadGazetteer(strings.NewReader("city\tParis\n")); !errors.Is(err, news.ErrInvalid) {
			t.Errorf("err = %v, want news.ErrInvalid", err)
		}
	})
}

// TestShippedGazetteer checks that the generated file reads and that a
// few names sit under the classes gazgen documents.
func TestShippedGazetteer(t *testing.T) {
	f, err := os.Open(filepath.Join("models", "gazetteer.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGazetteer(f)
	if err != nil {
		t.Fatal(err)
	}
	for name, class := range map[string]string{
		"Sao Paulo":       "city",
		"Germany":         "location",
		"Abraham Lincoln": "person",
		"Lincoln":         "surname",
		"Margaret":        "first name",
		"German":          "nationality",
	} {
		t.Run(name+" is a "+class, func(t *testing.T) {
			if got := gazClasses(g)[name]; !strings.Contains(strings.Join(got, ","), class) {
				t.Errorf("classes of %q = %v, want %q among them", name, got, class)
			}
		})
	}
}

func TestNERKeepsItsExternalGazetteer(t *testing.T) {
	docs, err := ReadCoNLL2003(context.Background(), strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	ext := NewGazetteer([]GazetteerEntry{{Name: "Anna Berg", Class: "person"}, {Name: "Paris", Class: "city"}})
	n, err := TrainNER(context.Background(), docs, docs, nil, nil, nil, NEROptions{Epochs: 2, Seed: 1, External: ext}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := n.Save(&b); err != nil {
		t.Fatal(err)
	}
	m, err := LoadNER(&b)
	if err != nil {
		t.Fatal(err)
	}
	if m.ext == nil {
		t.Fatal("loaded recogniser has no external gazetteer")
	}
	if diff := cmp.Diff(gazClasses(ext), gazClasses(m.ext)); diff != "" {
		t.Errorf("external names (-saved +loaded):\n%s", diff)
	}
}

func TestExternalMatchesMarkTokens(t *testing.T) {
	s := newNERScratch()
	ext := NewGazetteer([]GazetteerEntry{{Name: "New York", Class: "city"}})
	sents := []Sentence{{Tokens: []Token{{Text: "in"}, {Text: "New"}, {Text: "York"}, {Text: "today"}}}}
	s.describe(sents, nil, nil, nil)
	s.matchExternal(ext)
	var got []uint32
	for _, w := range s.words {
		got = append(got, w.ext)
	}
	// class 0: begin is bit 0, last bit 2.
	if diff := cmp.Diff([]uint32{0, 1 << 0, 1 << 2, 0}, got); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
}

func FuzzReadGazetteer(f *testing.F) {
	f.Add(gzipped(f, "city\tParis\nperson\tAnna Berg\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		g, err := ReadGazetteer(bytes.NewReader(in))
		if err != nil {
			if !errors.Is(err, news.ErrInvalid) && !strings.Contains(err.Error(), "read gazetteer") {
				t.Fatalf("error %v has no context", err)
			}
			return
		}
		if len(g.classes) > gazMaxClasses {
			t.Fatalf("%d classes", len(g.classes))
		}
		for name, bits := range g.names {
			if name == "" || bits == 0 || bits >= 1<<len(g.classes) {
				t.Fatalf("name %q has bits %b of %d classes", name, bits, len(g.classes))
			}
		}
	})
}
