package nlp

import (
	"bufio"
	"compress/gzip"
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
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.bytes([]byte(parserMagic))
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
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	if e.err != nil {
		return fmt.Errorf("save parser: %w", e.err)
	}
	return nil
}

// LoadParser reads a parser written by Save. A corrupt or foreign file is an
// error wrapping news.ErrInvalid.
func LoadParser(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load parser: %w: %w", news.ErrInvalid, err)
	}
	d := &decoder{r: bufio.NewReader(zr)}
	if string(d.bytes(len(parserMagic))) != parserMagic {
		return nil, fmt.Errorf("load parser: not a parser model: %w", news.ErrInvalid)
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
