package news_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyRule enforces the architecture: news imports nothing of
// ours; storage and the HTTP layers import only news; stages never import
// storage, HTTP or the pipeline.
func TestDependencyRule(t *testing.T) {
	const mod = "github.com/entente-news/entente/internal/"
	tests := []struct {
		pkg     string
		allowed []string
	}{
		{"news", nil},
		{"sqlite", []string{"news"}},
		{"api", []string{"news"}},
		{"web", []string{"news"}},
		{"ingest", []string{"news"}},
		{"extract", []string{"news"}},
		{"nlp", []string{"news"}},
		{"kb", []string{"news"}},
		{"actors", []string{"news", "nlp", "kb"}},
		{"quotes", []string{"news", "nlp"}},
		{"amounts", []string{"news", "nlp"}},
		{"tone", []string{"news", "nlp"}},
		{"events", []string{"news", "nlp"}},
	}
	for _, tt := range tests {
		t.Run(tt.pkg+" imports only what the rule allows", func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", "../"+tt.pkg).CombinedOutput()
			if err != nil {
				t.Skipf("go list: %v\n%s", err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				name, ok := strings.CutPrefix(dep, mod)
				if !ok || name == tt.pkg {
					continue
				}
				allowed := false
				for _, a := range tt.allowed {
					allowed = allowed || name == a
				}
				if !allowed {
					t.Errorf("%s imports internal/%s", tt.pkg, name)
				}
			}
		})
	}
}
