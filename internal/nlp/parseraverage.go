package nlp

import (
	"fmt"
	"math"

	"github.com/entente-news/entente/internal/news"
)

// averageWeights averages perceptrons trained on the same features and
// classes (with different seeds) feature by feature, and quantises the
// mean again. Each model was quantised with its own scale, so the sum is
// taken over real weights (int16 × scale), not over the int16s. A feature
// missing from a model counts as zero there, so the mean can hold more
// features than any one model. The mean is pruned as it is built (as
// prune does, below minWeight of 32767), because several unpruned models'
// union can outgrow the table's 8M entries.
func averageWeights(ws []*weights, minWeight int) (*weights, error) {
	if len(ws) == 1 {
		return prune(ws[0], minWeight), nil
	}
	nclass := ws[0].nclass
	lists := make([][]wfeat, len(ws))
	for i, w := range ws {
		lists[i] = w.features()
	}
	sum := make([]float64, nclass)
	// merge walks the models' sorted features in key order and calls f
	// with each key and its real weights summed over the models.
	merge := func(f func(key uint32, sum []float64)) {
		pos := make([]int, len(lists))
		for {
			key, found := uint32(0), false
			for i, l := range lists {
				if pos[i] < len(l) && (!found || l[pos[i]].key < key) {
					key, found = l[pos[i]].key, true
				}
			}
			if !found {
				return
			}
			clear(sum)
			for i, l := range lists {
				if pos[i] < len(l) && l[pos[i]].key == key {
					for _, e := range l[pos[i]].entries {
						sum[e.class] += float64(e.w) * ws[i].scale
					}
					pos[i]++
				}
			}
			f(key, sum)
		}
	}
	var maxAbs float64
	merge(func(_ uint32, sum []float64) {
		for _, v := range sum {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	})
	if maxAbs == 0 {
		return newWeights(nclass, nil, 1), nil
	}
	scale := math.MaxInt16 / maxAbs
	var feats []wfeat
	n := 0
	merge(func(key uint32, sum []float64) {
		var es []wentry
		for c, v := range sum {
			if q := math.Round(v * scale); q != 0 && math.Abs(q) >= float64(minWeight) {
				es = append(es, wentry{class: uint8(c), w: int16(q)})
			}
		}
		if len(es) > 0 {
			feats = append(feats, wfeat{key: key, entries: es})
			n += len(es)
		}
	})
	if n > maxWeightEntries {
		return nil, fmt.Errorf("average of %d models: %d weights, at most %d: raise the pruning: %w", len(ws), n, maxWeightEntries, news.ErrInvalid)
	}
	return newWeights(nclass, feats, 1/scale/float64(len(ws))), nil
}

// maxWeightEntries is a safe bound on a weights table's entries: the
// table indexes at most 8M entries held outside the slots, and every
// entry counted here might be one of them.
const maxWeightEntries = 1 << 23
