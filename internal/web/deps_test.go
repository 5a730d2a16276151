package web

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyRule holds the architecture: the pages reach the rest of
// Entente only through news and the interfaces declared here.
func TestDependencyRule(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	const internal = "github.com/entente-news/entente/internal/"
	for _, p := range strings.Fields(string(out)) {
		if strings.HasPrefix(p, internal) && p != internal+"news" && p != internal+"web" {
			t.Errorf("web depends on %s; it may import only internal/news", p)
		}
	}
}
