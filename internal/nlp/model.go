package nlp

// Models and retraining
//
// The tagger and lemmatiser ship as one gzip'ed binary file,
// models/tagger.bin.gz, embedded and loaded on first use. It is trained on
// Universal Dependencies English EWT (CC BY-SA 4.0): train for the weights,
// dev to pick the epoch; test is only ever reported. To retrain it from the
// module root, with the treebank in ../shared/data/syntax/ud-english-ewt:
//
//	go test ./internal/nlp -run TestRetrainShippedModel -retrain -timeout 20m
//
// (or `entente train pos --data DIR --out internal/nlp/models/tagger.bin.gz`
// once the CLI wires TrainTagger). It takes about a minute on one core: 12
// epochs of the first pass, five stacking folds of as many epochs as the
// first pass needed to peak on dev, and 12 of the second.
// Training is deterministic: the same data and seed give the same bytes.
//
// The file holds the (UPOS, XPOS) class list, the tag dictionary, the
// ambiguity classes, both passes' weights (int16, keys delta-coded) and the
// lemmatiser's tables; a different layout must change modelMagic.

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/entente-news/entente/internal/news"
)

const modelMagic = "entente-tagger 1\n"

// maxClasses bounds the (UPOS, XPOS) pairs: both passes' classes share one
// byte in the merged weights.
const maxClasses = 127

//go:embed models/tagger.bin.gz
var taggerModel []byte

var defaultTagger = sync.OnceValues(func() (*Tagger, error) {
	t, err := LoadTagger(bytes.NewReader(taggerModel))
	if err != nil {
		return nil, fmt.Errorf("embedded tagger: %w", err)
	}
	return t, nil
})

// DefaultTagger returns the shipped English tagger, decoding it on the first
// call (about 0.1 s); later calls return the same Tagger.
func DefaultTagger() (*Tagger, error) { return defaultTagger() }

// Save writes the tagger and its lemmatiser, gzip'ed.
func (t *Tagger) Save(w io.Writer) error {
	return writeModel(w, "tagger", modelMagic, func(e *encoder) {
		e.uvarint(uint64(len(t.upos)))
		for i := range t.upos {
			e.str(t.upos[i])
			e.str(t.xpos[i])
		}
		e.uvarint(uint64(len(t.dict)))
		for _, k := range slices.Sorted(maps.Keys(t.dict)) {
			e.str(k)
			e.bytes([]byte{t.dict[k]})
		}
		e.uvarint(uint64(len(t.amb)))
		for _, k := range slices.Sorted(maps.Keys(t.amb)) {
			e.str(k)
			e.u64(t.amb[k])
		}
		e.weights(t.w)
		e.weights(t.w2)
		l := t.lemmas
		e.strMap(l.seen)
		e.strMap(l.lower)
		e.uvarint(uint64(len(l.rules)))
		for _, k := range slices.Sorted(maps.Keys(l.rules)) {
			e.str(k)
			e.uvarint(uint64(len(l.rules[k])))
			for _, r := range l.rules[k] {
				e.uvarint(uint64(r.strip))
				e.str(r.add)
			}
		}
		e.uvarint(uint64(len(l.known)))
		for _, k := range slices.Sorted(maps.Keys(l.known)) {
			e.str(k)
		}
		e.uvarint(uint64(len(l.cases)))
		for _, k := range slices.Sorted(maps.Keys(l.cases)) {
			e.str(k)
			e.bytes([]byte{l.cases[k]})
		}
	})
}

// LoadTagger reads a tagger written by Save. A corrupt or foreign file is an
// error wrapping news.ErrInvalid.
func LoadTagger(r io.Reader) (*Tagger, error) {
	d, _, err := readModel(r, "tagger", modelMagic)
	if err != nil {
		return nil, err
	}
	t := &Tagger{dict: map[string]uint8{}, amb: map[string]uint64{}}
	nclass := d.count(maxClasses)
	if nclass == 0 {
		d.fail("no classes")
	}
	for range nclass {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		t.upos = append(t.upos, d.str())
		t.xpos = append(t.xpos, d.str())
	}
	for range d.count(1 << 24) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		k := d.str()
		t.dict[k] = d.class(nclass)
	}
	for range d.count(1 << 24) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		k := d.str()
		t.amb[k] = d.u64()
	}
	t.w = d.weights(nclass)
	t.w2 = d.weights(nclass)
	l := &Lemmatizer{seen: d.strMap(), lower: d.strMap(), rules: map[string][]lemmaRule{}, cases: map[string]byte{}, known: map[string]bool{}}
	for range d.count(1 << 24) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		k := d.str()
		for range d.count(maxRules) {
			if d.err != nil {
				break // a corrupt count must not spin
			}
			l.rules[k] = append(l.rules[k], lemmaRule{strip: d.count(1 << 16), add: d.str()})
		}
	}
	for range d.count(1 << 24) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		l.known[d.str()] = true
	}
	for range d.count(1 << 24) {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		k := d.str()
		c := d.bytes(1)[0]
		if c > caseTitle {
			d.fail("bad case rule")
		}
		l.cases[k] = c
	}
	t.lemmas = l
	if d.err == nil && t.w == nil {
		d.fail("no weights")
	}
	if d.err != nil {
		return nil, fmt.Errorf("load tagger: %w: %w", news.ErrInvalid, d.err)
	}
	t.both = merge(t.w, t.w2)
	return t, nil
}

// weights writes w (nil as zero features), keys delta-coded in order.
func (e *encoder) weights(w *weights) {
	if w == nil {
		w = newWeights(0, nil, 1)
	}
	e.u64(math.Float64bits(w.scale))
	feats := w.features()
	e.uvarint(uint64(len(feats)))
	prev := uint32(0)
	for _, f := range feats {
		e.uvarint(uint64(f.key - prev))
		prev = f.key
		e.bytes([]byte{byte(len(f.entries))})
		for _, en := range f.entries {
			e.bytes([]byte{en.class, byte(uint16(en.w)), byte(uint16(en.w) >> 8)})
		}
	}
}

// weights reads what encoder.weights wrote; zero features read as nil.
func (d *decoder) weights(nclass int) *weights {
	scale := math.Float64frombits(d.u64())
	nfeat := d.count(1 << 26)
	if nfeat == 0 {
		return nil
	}
	feats := make([]wfeat, 0, min(nfeat, 1<<20))
	key := uint32(0)
	for range nfeat {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		key += uint32(d.uvarint())
		es := make([]wentry, d.count(nclass))
		for j := range es {
			b := d.bytes(3)
			es[j] = wentry{class: b[0], w: int16(uint16(b[1]) | uint16(b[2])<<8)}
			if int(b[0]) >= nclass {
				d.fail("class out of range")
			}
		}
		if d.err != nil {
			return nil
		}
		feats = append(feats, wfeat{key: key, entries: es})
	}
	return newWeights(nclass, feats, scale)
}

// writeModel writes the frame every model file shares: gzip, a magic line
// naming the format, then what body encodes; what names the model in errors.
func writeModel(w io.Writer, what, magic string, body func(*encoder)) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save %s: %w", what, err)
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.bytes([]byte(magic))
	body(e)
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	if e.err != nil {
		return fmt.Errorf("save %s: %w", what, e.err)
	}
	return nil
}

// readModel opens what writeModel wrote and returns the decoder after the
// magic line, which must be one of magics (all of one length); a foreign
// or corrupt frame wraps news.ErrInvalid.
func readModel(r io.Reader, what string, magics ...string) (*decoder, string, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, "", fmt.Errorf("load %s: %w: %w", what, news.ErrInvalid, err)
	}
	d := &decoder{r: bufio.NewReader(zr)}
	magic := string(d.bytes(len(magics[0])))
	if !slices.Contains(magics, magic) {
		return nil, "", fmt.Errorf("load %s: not a %s model: %w", what, what, news.ErrInvalid)
	}
	return d, magic, nil
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uvarint(v uint64) { e.bytes(binary.AppendUvarint(e.buf[:0], v)) }
func (e *encoder) u64(v uint64)     { e.bytes(binary.LittleEndian.AppendUint64(e.buf[:0], v)) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) strMap(m map[string]string) {
	e.uvarint(uint64(len(m)))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		e.str(k)
		e.str(m[k])
	}
}

// A decoder reads until its first error and then returns zero values, so
// LoadTagger checks once at the end; counts are bounded so a corrupt file
// cannot ask for gigabytes.
type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
}

func (d *decoder) bytes(n int) []byte {
	b := make([]byte, n)
	if d.err != nil {
		return b
	}
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = cmp.Or(err, d.err)
	}
	return b
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = err
	}
	return v
}

func (d *decoder) u64() uint64 { return binary.LittleEndian.Uint64(d.bytes(8)) }

func (d *decoder) count(limit int) int {
	v := d.uvarint()
	if v > uint64(limit) {
		d.fail("count out of range")
		return 0
	}
	return int(v)
}

func (d *decoder) class(nclass int) uint8 {
	c := d.bytes(1)[0]
	if int(c) >= nclass {
		d.fail("class out of range")
		return 0
	}
	return c
}

func (d *decoder) str() string {
	n := d.count(1 << 20)
	return string(d.bytes(n))
}

func (d *decoder) strMap() map[string]string {
	n := d.count(1 << 24)
	m := make(map[string]string, min(n, 1<<16))
	for range n {
		if d.err != nil {
			break // a corrupt count must not spin
		}
		k := d.str()
		m[k] = d.str()
	}
	return m
}
