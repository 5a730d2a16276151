package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII is unchanged", `He said "no" -- twice.`, `He said "no" -- twice.`},
		{"curly and angle double quotes become ASCII", "“a” „b“ «c» ″", `"a" "b" "c" "`},
		{"curly single quotes and the modifier apostrophe become ASCII", "‘a’ ‚b‛ ʼ ‹c›", "'a' 'b' ' 'c'"},
		{"en and em dashes stay", "a–b—c", "a–b—c"},
		{"exotic dashes fold into the common ones", "a\u2010b\u2011c\u2212d\u2012e\u2015f", "a-b-c-d–e—f"},
		{"the ellipsis becomes three periods", "so…", "so..."},
		{"non-breaking, thin and zero-width spaces vanish", "1\u00a0500\u2009000\u202f1\u200b2", "150000012"},
		{"soft hyphens and byte-order marks vanish", "\ufeffLuka\u00adshenko", "Lukashenko"},
		{"decomposed letters compose", "cafe\u0301 \u0415\u0308", "caf\u00e9 \u0401"},
		{"a mark after an ASCII letter composes with it", "cafe\u0301", "caf\u00e9"},
		{"a mark after a dropped soft hyphen composes", "e\u00ad\u0301", "\u00e9"},
		{"Cyrillic is unchanged", "Лукашэнка", "Лукашэнка"},
		{"case is kept", "MINSK Minsk", "MINSK Minsk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"“a”", "e\u00ad\u0301", "1\u00a0500", "…", "ʼ", "\xff", "Ё\u0308ǍẠ\u0483"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, again)
		}
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(n) {
			t.Fatalf("%q normalises to %q, not NFC", s, n)
		}
		if strings.ContainsFunc(n, removable) {
			t.Fatalf("%q keeps a removable rune: %q", s, n)
		}
		if isASCII(s) && n != s {
			t.Fatalf("ASCII %q changed to %q", s, n)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func BenchmarkNormalize(b *testing.B) {
	words := strings.Fields("Лукашэнка «сказаў» don’t 1\u00a0500 café Minsk U.S. e\u0301")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Normalize(w)
		}
	}
}
