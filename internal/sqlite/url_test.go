package sqlite

import "testing"

func TestURLKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"an empty URL has no key", "", ""},
		{"blank space has no key", "  \t", ""},
		{"scheme and host are lowercased but the path is not", "HTTPS://News.Example.ORG/Politics/A", "https://news.example.org/Politics/A"},
		{"a trailing slash is dropped", "https://a.example/story/", "https://a.example/story"},
		{"a bare host loses its slash", "https://a.example/", "https://a.example"},
		{"a fragment is dropped", "https://a.example/story#comments", "https://a.example/story"},
		{"utm parameters are dropped", "https://a.example/story?utm_source=tw&utm_Medium=social", "https://a.example/story"},
		{"other parameters keep their order", "https://a.example/story?id=7&UTM_CAMPAIGN=x&page=2", "https://a.example/story?id=7&page=2"},
		{"a lone question mark is dropped", "https://a.example/story?", "https://a.example/story"},
		{"surrounding space is trimmed", "  https://a.example/story  ", "https://a.example/story"},
		{"escapes in the path survive", "https://a.example/a%2Fb/", "https://a.example/a%2Fb"},
		{"a string that is not a URL is keyed as written", "http://[::1", "http://[::1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := urlKey(tt.in); got != tt.want {
				t.Errorf("urlKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzURLKey checks that a key is its own key: re-keying a stored key (as a
// second ingest of the stored URL does) must not move it.
func FuzzURLKey(f *testing.F) {
	for _, s := range []string{
		"https://a.example/story/?utm_source=x#top",
		"HTTP://A.example//",
		"a.example/story",
		"mailto:someone@example.org",
		"https://a.example/a%2Fb/?&&utm_=1",
		"//a.example/x",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := urlKey(s)
		if again := urlKey(k); again != k {
			t.Errorf("urlKey(%q) = %q, but urlKey of that is %q", s, k, again)
		}
	})
}
