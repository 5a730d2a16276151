package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestOverlap(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		{"identical quotes overlap fully", "We will not give up,", "We will not give up,", 1},
		{"punctuation and case do not count", "We will NOT give up", "we will not give up.", 1},
		{"a quote half as long overlaps by half", "We will not give up the fight", "give up the fight", 4.0 / 7},
		{"disjoint quotes do not overlap", "yes", "no", 0},
		{"Cyrillic words count", "Перадайце ім, што пайду", "Перадайце ім", 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := overlap(tt.a, tt.b); got != tt.want {
				t.Errorf("overlap(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestQuotesOnTheDemoGold(t *testing.T) {
	gold := filepath.Join("..", "demo", "gold", "quotes.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("no gold quotes")
	}
	if testing.Short() {
		t.Skip("runs the whole demo corpus")
	}
	r, err := Quotes(context.Background(), gold)
	if err != nil {
		t.Fatal(err)
	}
	if r.All.Quotes.Gold < 80 || r.All.Articles == 0 {
		t.Fatalf("read %d gold quotes over %d articles", r.All.Quotes.Gold, r.All.Articles)
	}
	if r.All.Quotes.Correct > r.All.Quotes.Predicted || r.All.Speakers.Correct > r.All.Quotes.Correct {
		t.Errorf("inconsistent counts: %+v %+v", r.All.Quotes, r.All.Speakers)
	}
	// A floor well under the measured figures, so that a regression that
	// breaks attribution fails here rather than only in the CLI output.
	if r.All.Speakers.F1 < 0.5 {
		t.Errorf("speaker F1 %.3f, want at least 0.5", r.All.Speakers.F1)
	}
	if testing.Verbose() {
		r.Text(os.Stdout)
	}
}
