package nlp

import (
	"math"
	"slices"
)

// A perceptron is the training-time multiclass averaged perceptron over
// hashed features. Weights move by ±1, so they and their running totals are
// integers and training is exact and reproducible; averaging is lazy: each
// weight remembers the step it last changed at and catches its total up only
// when it changes again (or at the end).
type perceptron struct {
	nclass int
	index  map[uint32]int32 // feature → row in rows
	rows   [][]pweight
	step   int64
}

type pweight struct {
	class int32
	w     int32
	total int64
	at    int64
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, index: make(map[uint32]int32, 1<<18)}
}

// predict returns the best class for feats; ties go to the lower class id so
// the result does not depend on map order.
func (p *perceptron) predict(feats []uint32, scores []int64) int {
	clear(scores)
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.class] += int64(e.w)
		}
	}
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// update counts one training instance; on a mistake it moves weight from the
// guessed class to the true one.
func (p *perceptron) update(truth, guess int, feats []uint32) {
	p.step++
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
		}
		p.bump(r, int32(truth), 1)
		p.bump(r, int32(guess), -1)
	}
}

func (p *perceptron) bump(r int32, class, by int32) {
	row := p.rows[r]
	for i := range row {
		if row[i].class == class {
			e := &row[i]
			e.total += (p.step - e.at) * int64(e.w)
			e.at = p.step
			e.w += by
			return
		}
	}
	p.rows[r] = append(row, pweight{class: class, w: by, at: p.step})
}

// average builds the compact inference weights: averaged, quantised to
// int16 with one scale, and pruned of weights that round to nothing.
func (p *perceptron) average() *weights {
	if p.step == 0 {
		return newWeights(p.nclass, nil, 1)
	}
	var maxAbs float64
	avg := func(e pweight) float64 {
		return float64(e.total+(p.step-e.at)*int64(e.w)) / float64(p.step)
	}
	for _, row := range p.rows {
		for _, e := range row {
			maxAbs = max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = math.MaxInt16 / maxAbs
	}
	feats := make([]wfeat, 0, len(p.index))
	for f, r := range p.index {
		var es []wentry
		for _, e := range p.rows[r] {
			q := math.Round(avg(e) * scale)
			if q == 0 {
				continue
			}
			es = append(es, wentry{class: uint8(e.class), w: int16(q)})
		}
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(a, b wentry) int { return int(a.class) - int(b.class) })
		feats = append(feats, wfeat{key: f, entries: es})
	}
	return newWeights(p.nclass, feats, 1/scale)
}

// weights are the inference-time perceptron: an open-addressed table from
// feature key to a run of (class, int16 weight) entries. A feature with at
// most two entries (three in four of the parser's) keeps them in its slot,
// so its lookup costs one cache miss; longer runs live in entries, a
// second miss. No allocation either: a Go map of slices costs several
// times more per lookup.
type weights struct {
	nclass  int
	scale   float64 // real weight = int16 × scale; argmax does not need it
	mask    uint32
	slots   []wslot
	entries []uint32 // class<<16 | uint16(weight)
	nfeat   int
}

// A wslot's key 0 means empty (feature keys are never 0). With the inline
// bit set, ref is the entry count (at most two) and inl holds the entries;
// otherwise ref packs the first entry's index (bits 8-30) and the count
// (low 8 bits).
type wslot struct {
	key, ref uint32
	inl      [2]uint32
}

const inline = 1 << 31

// run returns the slot's entries.
func (w *weights) run(s *wslot) []uint32 {
	if s.ref&inline != 0 {
		return s.inl[:s.ref&3]
	}
	start, n := s.ref>>8, s.ref&0xff
	return w.entries[start : start+n]
}

type wfeat struct {
	key     uint32
	entries []wentry
}

type wentry struct {
	class uint8
	w     int16
}

// newWeights builds the table; feats need not be sorted.
func newWeights(nclass int, feats []wfeat, scale float64) *weights {
	size := 1
	for size < 2*len(feats)+2 {
		size <<= 1
	}
	w := &weights{
		nclass: nclass,
		scale:  scale,
		mask:   uint32(size - 1),
		slots:  hugeSlots(size),
		nfeat:  len(feats),
	}
	slices.SortFunc(feats, func(a, b wfeat) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	for _, f := range feats {
		slot := wslot{key: f.key, ref: inline | uint32(len(f.entries))}
		if len(f.entries) > len(slot.inl) {
			if len(w.entries) >= 1<<23 {
				panic("nlp: over 8M weight entries do not fit a slot's index")
			}
			slot.ref = uint32(len(w.entries))<<8 | uint32(len(f.entries))
		}
		for j, e := range f.entries {
			v := uint32(e.class)<<16 | uint32(uint16(e.w))
			if slot.ref&inline != 0 {
				slot.inl[j] = v
			} else {
				w.entries = append(w.entries, v)
			}
		}
		i := slotOf(f.key, w.mask)
		for w.slots[i].key != 0 {
			i = (i + 1) & w.mask
		}
		w.slots[i] = slot
	}
	return w
}

// slotOf spreads keys over the table; keys are already hashes, but the
// multiply keeps clustered low bits from piling up.
func slotOf(key, mask uint32) uint32 { return (key * 0x9E3779B1) >> 7 & mask }

// score adds the weights of feats into scores (len nclass). Cache misses
// dominate annotation time once the tables outgrow the cache, so it works
// on a batch of features in three passes, each issuing loads that do not
// depend on one another and so overlap their misses: the first touches
// each feature's home slot, the second probes (now from the cache) and
// fetches the first entry of a run that lives outside its slot, and the
// third adds. Probing straight away stalled on each miss in turn: its
// branches wait for the key. A batch holds a whole parser transition's
// features (119); one of 64 left the rest to a short batch that had few
// misses to overlap.
func (w *weights) score(feats []uint32, scores []int32) {
	var first [192]uint32
	var found [192]wslot
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(first))]
		for j, f := range batch {
			first[j] = w.slots[slotOf(f, w.mask)].key
		}
		for j, f := range batch {
			i := slotOf(f, w.mask)
			k := first[j]
			for k != f && k != 0 {
				i = (i + 1) & w.mask
				k = w.slots[i].key
			}
			s := wslot{ref: inline}
			if k != 0 {
				s = w.slots[i]
				if s.ref&inline == 0 {
					s.inl[0] = w.entries[s.ref>>8] // an out-of-line slot's inl is free
				}
			}
			found[j] = s
		}
		for j := range batch {
			s := &found[j]
			if s.ref&inline != 0 {
				for _, e := range s.inl[:s.ref&3] {
					scores[e>>16] += int32(int16(uint16(e)))
				}
				continue
			}
			e := s.inl[0]
			scores[e>>16] += int32(int16(uint16(e)))
			start, n := s.ref>>8, s.ref&0xff
			for _, e := range w.entries[start+1 : start+n] {
				scores[e>>16] += int32(int16(uint16(e)))
			}
		}
		feats = feats[len(batch):]
	}
}

// features lists the table's contents sorted by key, for saving.
func (w *weights) features() []wfeat {
	out := make([]wfeat, 0, w.nfeat)
	for _, s := range w.slots {
		if s.key == 0 {
			continue
		}
		run := w.run(&s)
		es := make([]wentry, len(run))
		for j, e := range run {
			es[j] = wentry{class: uint8(e >> 16), w: int16(uint16(e))}
		}
		out = append(out, wfeat{key: s.key, entries: es})
	}
	slices.SortFunc(out, func(a, b wfeat) int {
		if a.key < b.key {
			return -1
		}
		return 1
	})
	return out
}
