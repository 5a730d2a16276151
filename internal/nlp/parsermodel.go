package nlp

import (
	_ "embed"
	"fmt"
	"io"

	"github.com/entente-news/entente/internal/news"
)

// The parser ships as models/parser.bin.gz: the magic line, the label list,
// the perceptron's weights (int16, keys delta-coded, as the tagger's) and
// the word clusters it was trained with (none: an empty map).
// A different feature set or layout must change parserMagic.
const parserMagic = "entente-parser 2\n"

// maxLabels bounds the relations: shift plus a left and a right class per
// label must fit the weights' one-byte class.
const maxLabels = 127

//go:embed models/parser.bin.gz
var parserModel []byte

// Save writes the parser, gzip'ed.
func (p *Parser) Save(w io.Writer) error {
	return writeModel(w, "parser", parserMagic, func(e *encoder) {
		e.uvarint(uint64(len(p.labels)))
		for _, l := range p.labels {
			e.str(l)
		}
		e.weights(p.w)
		var paths map[string]string
		if p.clusters != nil {
			paths = p.clusters.paths
		}
		e.strMap(paths)
	})
}

// LoadParser reads a parser written by Save. A corrupt or foreign file is an
// error wrapping news.ErrInvalid.
func LoadParser(r io.Reader) (*Parser, error) {
	d, _, err := readModel(r, "parser", parserMagic)
	if err != nil {
		return nil, err
	}
	p := &Parser{}
	n := d.count(maxLabels)
	if n == 0 {
		d.fail("no labels")
	}
	for range n {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		p.labels = append(p.labels, d.str())
	}
	p.w = d.weights(1 + 2*n)
	if paths := d.strMap(); len(paths) > 0 {
		p.clusters = NewClusters(paths)
	}
	if d.err == nil && p.w == nil {
		d.fail("no weights")
	}
	if d.err != nil {
		return nil, fmt.Errorf("load parser: %w: %w", news.ErrInvalid, d.err)
	}
	return p, nil
}
