package sqlite

import (
	"net/url"
	"strings"
)

// urlKey returns the key under which an article URL is unique: scheme and
// host lowercased, fragment, trailing slashes and utm_* parameters dropped,
// so the same story reached from a newsletter or a share button is one
// article. Other parameters keep their order, since some sites route on them.
// A string that does not parse as a URL is keyed as written, trimmed. The
// empty string means "no URL".
func urlKey(raw string) string {
	s := strings.TrimSpace(raw)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" {
		return s
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		u.RawQuery = dropTracking(u.RawQuery)
	}
	u.ForceQuery = false
	// Trimming RawPath as well keeps escaped paths ("a%2Fb/") consistent.
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = strings.TrimRight(u.RawPath, "/")
	if u.RawPath != "" && u.EscapedPath() != u.RawPath {
		u.RawPath = ""
	}
	// A raw query may end in blanks, which the next call would trim.
	return strings.TrimSpace(u.String())
}

// dropTracking removes utm_* parameters from a raw query, leaving the rest
// byte for byte: url.Values would re-encode and reorder them.
func dropTracking(rawQuery string) string {
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		name, _, _ := strings.Cut(p, "=")
		if strings.TrimSpace(p) == "" || strings.HasPrefix(strings.ToLower(name), "utm_") {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}
