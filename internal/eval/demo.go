package eval

import (
	"context"
	"io/fs"
	"strings"

	"github.com/entente-news/entente/internal/demo"
	"github.com/entente-news/entente/internal/extract"
	"github.com/entente-news/entente/internal/ingest"
	"github.com/entente-news/entente/internal/news"
)

// demoCorpus reads the demo corpus as the pipeline does: ingest.Read,
// then extract.Article; documents that are not articles are left out.
func demoCorpus(ctx context.Context) ([]*news.Article, error) {
	c := demo.Corpus()
	var out []*news.Article
	err := fs.WalkDir(c, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".md") {
			return err
		}
		f, err := c.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		return ingest.Read(ctx, path, f, ingest.Sink{Doc: func(raw news.Raw) error {
			a, err := extract.Article(raw)
			if err != nil {
				return nil // not an article: the pipeline skips it, and no gold names it
			}
			a.Origin = raw.Name
			out = append(out, a)
			return nil
		}})
	})
	return out, err
}
