package eval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestGoldSector(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plain sector is kept", "GOV", "GOV"},
		{"an ethnic suffix is dropped", "CVLalb", "CVL"},
		{"a stacked code keeps its primary sector", "REFKUR", "REF"},
		{"the unknown marker gives no sector", "***", ""},
		{"an empty sector gives none", "", ""},
		{"PLOVER's health sector stays MED, as the profile speaks PLOVER", "MED", "MED"},
		{"PLOVER's journalists stay JRN", "JRN", "JRN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goldSector(tt.in); got != tt.want {
				t.Errorf("goldSector(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAsGoldVersion(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"the UN is an IGO in the gold's version", "UNOMIL", "IGOMIL"},
		{"the EU is an IGO in the gold's version", "EUR", "IGO"},
		{"a country code is kept", "EGYCVLOPP", "EGYCVLOPP"},
		{"no code stays none", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asGoldVersion(tt.in); got != tt.want {
				t.Errorf("asGoldVersion(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHasSector(t *testing.T) {
	tests := []struct {
		name, code, sector string
		want               bool
	}{
		{"a country-sector code holds its sector", "BLRGOV", "GOV", true},
		{"a stacked code holds its second sector", "BLROPPMED", "MED", true},
		{"the country part is not a sector", "GOVXYZ", "GOV", false},
		{"a bare country holds none", "RUS", "GOV", false},
		{"groups are read at three-letter boundaries", "USAXGOVX", "GOV", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasSector(tt.code, tt.sector); got != tt.want {
				t.Errorf("hasSector(%q, %q) = %v", tt.code, tt.sector, got)
			}
		})
	}
}

func TestHeldOut(t *testing.T) {
	t.Run("the same ID always falls in the same half", func(t *testing.T) {
		for _, id := range []string{"PLOVER-GSR01-AGREE-0001", "x", ""} {
			if HeldOut(id) != HeldOut(id) {
				t.Errorf("HeldOut(%q) changed between calls", id)
			}
		}
	})
	t.Run("a thousand IDs split near half and half", func(t *testing.T) {
		held := 0
		for i := range 1000 {
			held += hit(HeldOut(fmt.Sprintf("PLOVER-GSR01-AGREE-%04d", i)))
		}
		if held < 400 || held > 600 {
			t.Errorf("%d of 1000 held out", held)
		}
	})
}

func TestActorCodingAdd(t *testing.T) {
	tests := []struct {
		name, want, sector, got string
		ok                      bool
		reason                  string
	}{
		{"a code with the gold country and sector is right", "BLR", "GOV", "BLRGOV", true, ""},
		{"a country alone is right when the gold has no sector", "RUS", "", "RUSGOV", true, ""},
		{"nothing found is unresolved", "RUS", "", "", false, "unresolved"},
		{"another country is wrong whatever the sector", "RUS", "GOV", "UKRGOV", true, "country"},
		{"the right country without the gold sector lacks the sector", "RUS", "MIL", "RUSGOV", true, "sector"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c ActorCoding
			if got := c.add(tt.want, tt.sector, tt.got, tt.ok); got != tt.reason {
				t.Errorf("add = %q, want %q", got, tt.reason)
			}
			c.finish()
			if right := c.Code == 1; right != (tt.reason == "") {
				t.Errorf("code accuracy %v for reason %q", c.Code, tt.reason)
			}
		})
	}
}

func TestCodeFor(t *testing.T) {
	text := "Senior Hungarian officials met Russian troops."
	ms := []news.Mention{
		{Span: news.Span{Start: 7, End: 26}, Code: "HUNGOV"},
		{Span: news.Span{Start: 31, End: 45}, Code: "RUSMIL"},
	}
	tests := []struct {
		name, actor, want string
		ok                bool
	}{
		{"the mention overlapping the actor text gives the code", "Hungarian", "HUNGOV", true},
		{"case is ignored when the exact text is absent", "russian troops", "RUSMIL", true},
		{"an actor text no mention overlaps is unresolved", "Senior", "", false},
		{"an actor text absent from the sentence is unresolved", "Poland", "", false},
		{"a gapped actor text is found by its first word", "Hungarian troops", "HUNGOV", true},
		{"a gapped actor text after a possessor is found by its last word", "Hungary's troops", "RUSMIL", true},
		{"a first word inside another word does not count", "Russ troops", "", false},
		{"an elided actor text is found by its first part", "Hungarian ... troops", "HUNGOV", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := codeFor(text, tt.actor, ms, func(m news.Mention) string { return m.Code })
			if got != tt.want || ok != tt.ok {
				t.Errorf("codeFor(%q) = %q, %v; want %q, %v", tt.actor, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestNthIndex(t *testing.T) {
	tests := []struct {
		name, sub string
		n         int
		want      news.Span
		err       bool
	}{
		{"the first occurrence", "Minsk", 1, news.Span{Start: 0, End: 5}, false},
		{"a later occurrence counts substrings too", "Minsk", 2, news.Span{Start: 16, End: 21}, false},
		{"a missing occurrence is an error", "Minsk", 4, news.Span{}, true},
	}
	const s = "Minsk said that Minsk's Minsk"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := nthIndex(s, tt.sub, tt.n)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("span (-want +got):\n%s", diff)
			}
		})
	}
}

// TestActors runs the evaluation on the shared data and the demo gold; it
// checks the report is whole and every gold mention was located, not the
// figures, which the report is for.
func TestActors(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "events", "plover")); err != nil {
		t.Skip("shared data absent")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	r, err := Actors(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if r.PLOVER == nil || r.PLOVER.Actors < 600 || r.PLOVER.Country <= 0 ||
		r.PLOVER.Dev.Actors+r.PLOVER.Held.Actors != r.PLOVER.Actors || r.PLOVER.Held.Actors == 0 {
		t.Errorf("PLOVER part = %+v", r.PLOVER)
	}
	if r.Demo == nil || r.Demo.Score.Gold < 100 || r.Demo.Articles == 0 || r.Demo.Score.F1 <= 0 {
		t.Fatalf("demo part = %+v", r.Demo)
	}
	var b bytes.Buffer
	if err := r.Text(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "linking") {
		t.Errorf("text report lacks the linking table:\n%s", b.String())
	}
}
