package web

import (
	"html/template"
	"time"
)

// funcs are the template helpers. None returns template.HTML: whatever they
// produce is escaped like any other value.
var funcs = template.FuncMap{
	// date is how pages show a publication date; undated articles say so.
	"date": func(t time.Time) string {
		if t.IsZero() {
			return "undated"
		}
		return t.UTC().Format("2 Jan 2006")
	},
	// iso is the machine-readable date for <time datetime>.
	"iso": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
}
