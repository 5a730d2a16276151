package nlp

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"

	"github.com/entente-news/entente/internal/news"
)

// nerMagic names the format; version 4 added the embedding clusters at
// the end, version 3 the second stage's weights after the first's; version
// 2 and 3 files still load.
const (
	nerMagic   = "entente-ner 4\n"
	nerMagicV3 = "entente-ner 3\n"
	nerMagicV2 = "entente-ner 2\n"
)

// Save writes the recogniser, its gazetteer and its clusters, gzip'ed.
func (n *NER) Save(w io.Writer) error {
	return writeModel(w, "ner", nerMagic, func(e *encoder) {
		e.uvarint(uint64(len(n.types)))
		for _, t := range n.types {
			e.str(t)
		}
		e.gazetteer(n.gaz)
		var paths map[string]string
		if n.clusters != nil {
			paths = n.clusters.paths
		}
		e.strMap(paths)
		e.uvarint(uint64(len(n.known)))
		for _, k := range slices.Sorted(maps.Keys(n.known)) {
			e.str(k)
		}
		e.weights(n.w)
		e.weights(n.w2)
		e.gazetteer(n.names)
		var embed map[string]string
		if n.embed != nil {
			embed = n.embed.paths
		}
		e.strMap(embed)
	})
}

// LoadNER reads a recogniser written by Save. A corrupt or foreign file is
// an error wrapping news.ErrInvalid.
func LoadNER(r io.Reader) (*NER, error) {
	d, magic, err := readModel(r, "ner", nerMagic, nerMagicV3, nerMagicV2)
	if err != nil {
		return nil, err
	}
	var types []string
	for range d.count(maxNERTypes) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		types = append(types, d.str())
	}
	if len(types) == 0 {
		d.fail("no entity types")
	}
	g := d.gazetteer()
	var clusters *Clusters
	if paths := d.strMap(); len(paths) > 0 {
		clusters = NewClusters(paths)
	}
	n := newNER(types, g, clusters)
	if nk := d.count(1 << 24); nk > 0 {
		n.known = make(map[string]bool, min(nk, 1<<16))
		for range nk {
			if d.err != nil {
				break // a corrupt count must not spin
			}
			n.known[d.str()] = true
		}
	}
	n.w = d.weights(n.nclass())
	if magic != nerMagicV2 {
		n.w2 = d.weights(n.nclass())
		if n.w2 != nil && n.w != nil {
			n.both = merge(n.w, n.w2)
		}
		if names := d.gazetteer(); names.Len() > 0 {
			n.names = names
		}
	}
	if magic == nerMagic {
		if paths := d.strMap(); len(paths) > 0 {
			n.embed = NewClusters(paths)
		}
	}
	if d.err == nil && n.w == nil {
		d.fail("no weights")
	}
	if d.err != nil {
		return nil, fmt.Errorf("load ner: %w: %w", news.ErrInvalid, d.err)
	}
	return n, nil
}

// gazetteer writes g's classes and names; nil writes an empty one.
func (e *encoder) gazetteer(g *Gazetteer) {
	if g == nil {
		g = NewGazetteer(nil)
	}
	e.uvarint(uint64(len(g.classes)))
	for _, c := range g.classes {
		e.str(c)
	}
	e.uvarint(uint64(len(g.names)))
	for _, k := range slices.Sorted(maps.Keys(g.names)) {
		e.str(k)
		e.uvarint(uint64(g.names[k]))
	}
}

// gazetteer reads what encoder.gazetteer wrote.
func (d *decoder) gazetteer() *Gazetteer {
	g := &Gazetteer{names: map[string]uint16{}, seq: map[uint64]uint16{}}
	for range d.count(gazMaxClasses) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		g.classes = append(g.classes, d.str())
	}
	for range d.count(1 << 24) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		k := d.str()
		bits := d.count(1<<len(g.classes) - 1)
		if k == "" {
			d.fail("empty gazetteer name")
			break
		}
		g.addWords(k, uint16(bits))
	}
	return g
}

//go:embed models/ner.bin.gz
var nerModel []byte

var defaultNER = sync.OnceValues(func() (*NER, error) {
	n, err := LoadNER(bytes.NewReader(nerModel))
	if err != nil {
		return nil, fmt.Errorf("embedded ner: %w", err)
	}
	return n, nil
})

// DefaultNER returns the shipped English recogniser (trained on CoNLL-2003),
// decoding it on the first call; later calls return the same NER.
func DefaultNER() (*NER, error) { return defaultNER() }
