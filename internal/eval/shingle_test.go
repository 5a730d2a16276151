package eval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var approx = cmpopts.EquateApprox(0, 1e-12)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"punctuation and spaces split words", "Hello, world! It's 3.5%.", []string{"Hello", "world", "It", "s", "3", "5"}},
		{"letters of any script and the underscore are word characters", "naïve Ünï_x Київ 東京", []string{"naïve", "Ünï_x", "Київ", "東京"}},
		{"a combining mark is not a word character, as in Python", "cafe\u0301 au lait", []string{"cafe", "au", "lait"}},
		{"an empty text has no tokens", " .,; ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tokens(tt.in), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("tokens(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestShingleMatch(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        Confusion
	}{
		{"an exact extraction is all true positives", "a b c d e", "a b, c. d e", Confusion{TP: 1}},
		{"a missing last word loses one of two shingles", "a b c d e", "a b c d", Confusion{TP: 0.5, FN: 0.5}},
		{"two extra words add two false shingles to one true", "a b c d", "a b c d x y", Confusion{TP: 1.0 / 3, FP: 2.0 / 3}},
		{"texts shorter than four tokens are one shingle each", "hello world", "hello world", Confusion{TP: 1}},
		{"a short text that differs is one false positive and one false negative", "hello world", "hello", Confusion{FP: 0.5, FN: 0.5}},
		{"an empty extraction is all false negatives", "a b c d e", "", Confusion{FN: 1}},
		{"two empty texts score nothing", "", "", Confusion{}},
		{"shingles are counted as a multiset", "a b c d a b c d", "a b c d", Confusion{TP: 0.2, FN: 0.8}},
		{"case is kept", "A b c d", "a b c d", Confusion{FP: 0.5, FN: 0.5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ShingleMatch(tt.truth, tt.pred), approx); diff != "" {
				t.Errorf("ShingleMatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPageMeans(t *testing.T) {
	perfect := Confusion{TP: 1}
	halfMissed := Confusion{TP: 0.5, FN: 0.5}
	empty := Confusion{FN: 1}
	nothing := Confusion{}
	padded := Confusion{TP: 1.0 / 3, FP: 2.0 / 3}
	tests := []struct {
		name  string
		pages []Confusion
		want  Scores
	}{
		{"a perfect page scores 1", []Confusion{perfect}, Scores{1, 1, 1}},
		{
			"a page without output counts for recall only and one without either is left out",
			[]Confusion{perfect, halfMissed, empty, nothing},
			// P = (1 + 1) / 2; R = (1 + 0.5 + 0) / 3; F1 = 2·1·0.5 / 1.5
			Scores{Precision: 1, Recall: 0.5, F1: 2.0 / 3},
		},
		{
			"precision and recall are means over pages, not pooled counts",
			[]Confusion{perfect, padded},
			// P = (1 + 1/3) / 2; R = 1; F1 = 2·(2/3) / (5/3)
			Scores{Precision: 2.0 / 3, Recall: 1, F1: 0.8},
		},
		{"no pages score zero", nil, Scores{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, PageMeans(tt.pages), approx); diff != "" {
				t.Errorf("PageMeans (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSameTokens(t *testing.T) {
	if !SameTokens("One, two:\n\nthree.", "One two three") {
		t.Error("texts differing only in punctuation and spacing should match")
	}
	if SameTokens("One two three", "One two") {
		t.Error("texts with different tokens should not match")
	}
}

func TestHarmonic(t *testing.T) {
	if got := harmonic(0, 0); got != 0 || math.IsNaN(got) {
		t.Errorf("harmonic(0, 0) = %v, want 0", got)
	}
}
