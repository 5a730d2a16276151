package pipeline

import (
	"io"
	"io/fs"
	"os"
	"path"

	"github.com/entente-news/entente/internal/ingest"
)

// An Input is one thing to read: a file, stdin, or a file in an fs.FS.
type Input struct {
	Name string
	Size int64 // bytes, 0 when unknown (stdin)
	Open func() (io.ReadCloser, error)
}

// Files turns command-line arguments into inputs; "-" reads stdin.
func Files(args []string, stdin io.Reader) ([]Input, error) {
	names, err := ingest.Expand(args)
	if err != nil {
		return nil, err
	}
	ins := make([]Input, 0, len(names))
	for _, name := range names {
		if name == "-" {
			ins = append(ins, Input{Name: "-", Open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
			continue
		}
		var size int64
		if fi, err := os.Stat(name); err == nil {
			size = fi.Size()
		}
		ins = append(ins, Input{Name: name, Size: size, Open: func() (io.ReadCloser, error) { return os.Open(name) }})
	}
	return ins, nil
}

// FS lists every regular file under root in fsys, in lexical order, skipping
// README files (a corpus documents itself; the README is not an article).
func FS(fsys fs.FS, root string) ([]Input, error) {
	var ins []Input
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Base(p) == "README.md" {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		ins = append(ins, Input{Name: p, Size: fi.Size(), Open: func() (io.ReadCloser, error) { return fsys.Open(p) }})
		return nil
	})
	return ins, err
}
