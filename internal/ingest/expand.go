package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Expand turns command-line arguments into inputs: files as given,
// directories walked recursively (sorted, hidden files and dirs skipped),
// globs expanded, "-" kept as stdin. A missing path is an error naming it.
// A path reached twice (a file inside a directory also named) is kept once,
// at its first place.
func Expand(args []string) ([]string, error) {
	var out []string
	seen := make(map[string]bool)
	add := func(p string) {
		if p == "-" || !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add(arg)
			continue
		}
		paths := []string{arg}
		if strings.ContainsAny(arg, "*?[") {
			if _, err := os.Lstat(arg); err != nil {
				m, err := filepath.Glob(arg)
				if err != nil {
					return nil, fmt.Errorf("input %q: %w", arg, err)
				}
				if len(m) == 0 {
					return nil, fmt.Errorf("input %q: no file matches", arg)
				}
				paths = m
			}
		}
		for _, p := range paths {
			if err := expandPath(p, add); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func expandPath(p string, add func(string)) error {
	info, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("input %q: %w", p, err)
	}
	if !info.IsDir() {
		add(p)
		return nil
	}
	// WalkDir visits entries in lexical order, which makes runs repeatable.
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("input %q: %w", path, err)
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case d.Type().IsRegular():
			add(path)
		case d.Type()&fs.ModeSymlink != 0:
			// WalkDir does not follow links; a link to a file is still an
			// input, a link to a directory is not walked (no cycles).
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				add(path)
			}
		}
		return nil
	})
}
