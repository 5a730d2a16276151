package kb_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

func TestLanguageNames(t *testing.T) {
	own, err := kb.Load(strings.NewReader("language Ruthenian | Old Church Slavonic\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		k    *kb.KB
		word string
		want bool
	}{
		{"a language of a file's language line is a language", own, "Ruthenian", true},
		{"case does not matter", own, "ruthenian", true},
		{"a name of several words is one entry", own, "Old Church Slavonic", true},
		{"a word no line names is not a language", own, "Lukashenko", false},
		{"the embedded KB knows English from CLDR", kb.Default(), "English", true},
		{"and Belarusian", kb.Default(), "Belarusian", true},
		{"but no surname", kb.Default(), "Putin", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.k.Language(tt.word); got != tt.want {
				t.Errorf("Language(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestLanguageLineWantsAName(t *testing.T) {
	if _, err := kb.Load(strings.NewReader("language\n")); !errors.Is(err, news.ErrInvalid) {
		t.Errorf("Load(bare language line) error = %v, want ErrInvalid", err)
	}
}
