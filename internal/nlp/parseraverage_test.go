package nlp

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// realWeights lists w's weights as real numbers by feature key and class.
func realWeights(w *weights) map[uint32]map[uint8]float64 {
	out := map[uint32]map[uint8]float64{}
	for _, f := range w.features() {
		out[f.key] = map[uint8]float64{}
		for _, e := range f.entries {
			out[f.key][e.class] = float64(e.w) * w.scale
		}
	}
	return out
}

func TestAverageWeights(t *testing.T) {
	// a's real weights are 1 and -0.5 on feature 7, b's 3 on feature 7
	// and 2 on feature 9: b's int16s are the same size on a coarser scale.
	a := newWeights(3, []wfeat{{key: 7, entries: []wentry{{1, 1000}, {2, -500}}}}, 0.001)
	b := newWeights(3, []wfeat{{key: 7, entries: []wentry{{1, 1500}}}, {key: 9, entries: []wentry{{0, 1000}}}}, 0.002)
	tests := []struct {
		name      string
		in        []*weights
		minWeight int
		want      map[uint32]map[uint8]float64
	}{
		{"one model is its own average", []*weights{a}, -1, map[uint32]map[uint8]float64{7: {1: 1, 2: -0.5}}},
		{"two models average their real weights, not their int16s", []*weights{a, b}, -1,
			map[uint32]map[uint8]float64{7: {1: 2, 2: -0.25}, 9: {0: 1}}},
		{"a model averaged with itself keeps its weights", []*weights{b, b}, -1,
			map[uint32]map[uint8]float64{7: {1: 3}, 9: {0: 2}}},
		// The mean's largest weight, 2, becomes 32767, so -0.25 is 4096.
		{"weights of the mean below minWeight are pruned", []*weights{a, b}, 5000,
			map[uint32]map[uint8]float64{7: {1: 2}, 9: {0: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			avg, err := averageWeights(tt.in, tt.minWeight)
			if err != nil {
				t.Fatal(err)
			}
			got := realWeights(avg)
			if d := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-3)); d != "" {
				t.Errorf("average (-want +got):\n%s", d)
			}
		})
	}
}

func TestTrainParserAveragesSeeds(t *testing.T) {
	train, dev := smallTreebank(t)
	var got []ParserEpoch
	p, err := TrainParser(context.Background(), train, dev, ParserOptions{Epochs: 2, Seeds: []uint64{3, 4}}, func(e ParserEpoch) {
		e.Elapsed = 0
		got = append(got, e)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("every seed's epochs and then the average are reported", func(t *testing.T) {
		var steps [][2]uint64
		for _, e := range got {
			steps = append(steps, [2]uint64{e.Seed, uint64(e.Epoch)})
		}
		want := [][2]uint64{{3, 1}, {3, 2}, {4, 1}, {4, 2}, {0, 0}}
		if d := cmp.Diff(want, steps); d != "" {
			t.Errorf("progress (-want +got):\n%s", d)
		}
	})
	t.Run("the average parses dev as well as its seeds do, less a point", func(t *testing.T) {
		// Averaging usually helps; on 600 sentences and two epochs it
		// must at least not break the model.
		best := 0.0
		for _, e := range got[:len(got)-1] {
			best = max(best, e.LAS)
		}
		if avg := got[len(got)-1].LAS; avg < best-1 {
			t.Errorf("average's dev LAS %.2f, its seeds' best %.2f", avg, best)
		}
	})
	t.Run("the same seeds give the same model bytes", func(t *testing.T) {
		again, err := TrainParser(context.Background(), train, dev, ParserOptions{Epochs: 2, Seeds: []uint64{3, 4}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var x, y bytes.Buffer
		if err := p.Save(&x); err != nil {
			t.Fatal(err)
		}
		if err := again.Save(&y); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x.Bytes(), y.Bytes()) {
			t.Error("two runs with the same seeds differ")
		}
	})
}
