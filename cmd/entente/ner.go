package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"time"

	"github.com/entente-news/entente/internal/eval"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/nlp"
)

func init() {
	evalTasks = append(evalTasks, evalTask{"ner", "Entity P/R/F1 (conlleval) on CoNLL-2003 testb", "ner/conll2003/eng.testb",
		func(ctx context.Context, file string, baseline bool) (report, error) {
			return eval.NER(ctx, file, baseline)
		}})
	trainTasks = append(trainTasks, trainTask{"ner", "Named-entity recogniser on CoNLL-2003 (eng.train; epochs picked on eng.testa)",
		"internal/nlp/models/ner.bin.gz", trainNER})
}

// trainNER trains on eng.train with the shipped tagger's POS tags, the
// knowledge base's names as a gazetteer and the clusters named by the
// flags (the shipped ones by default; `go test ./internal/nlp -run
// TestBuildShippedClusters -build-clusters` and TestBuildEmbedClusters
// rebuild them), choosing the epoch on eng.testa; eng.testb is never read.
func trainNER(ctx context.Context, f trainFlags) error {
	read := func(split string) ([]nlp.NERDoc, error) {
		p, err := datasetPath(f.data, "ner/conll2003/eng."+split)
		if err != nil {
			return nil, err
		}
		r, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		return nlp.ReadCoNLL2003(ctx, r)
	}
	train, err := read("train")
	if err != nil {
		return err
	}
	dev, err := read("testa")
	if err != nil {
		return err
	}
	tg, err := nlp.DefaultTagger()
	if err != nil {
		return err
	}
	clusters, err := readClusters(f.nerClusters)
	if err != nil {
		return err
	}
	embed, err := readClusters(f.embedClusters)
	if err != nil {
		return err
	}
	gaz := nlp.GazetteerFromActors(kb.Default().Actors())
	opts := nlp.NEROptions{Epochs: cmp.Or(f.epochs, 20), Seed: f.seed, SecondStage: true, TrainNames: true, Embed: embed}
	n, err := nlp.TrainNER(ctx, train, dev, tg, gaz, clusters, opts,
		func(epoch int, f1 float64, elapsed time.Duration) {
			stage := 1
			if epoch > opts.Epochs {
				stage, epoch = 2, epoch-opts.Epochs
			}
			fmt.Fprintf(f.stdout, "stage %d epoch %2d  %8s  testa F1 %.4f\n", stage, epoch, elapsed.Round(time.Second), f1)
		})
	if err != nil {
		return err
	}
	return writeModel(f.out, n.Save)
}

// readClusters reads a cluster file; "" is none.
func readClusters(path string) (*nlp.Clusters, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("clusters (run from the module root): %w", err)
	}
	defer f.Close()
	return nlp.ReadClusters(f)
}
