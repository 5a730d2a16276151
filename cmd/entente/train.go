package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente-news/entente/internal/eval"
	"github.com/entente-news/entente/internal/nlp"
)

func init() {
	commands = append(commands, newTrainCmd)
	evalTasks = append(evalTasks, evalTask{"parse", "Dependency UAS/LAS (CoNLL 2018) on UD English EWT test", "syntax/ud-english-ewt/en_ewt-ud-test.conllu",
		func(ctx context.Context, file string, _ bool) (report, error) { return eval.Parse(ctx, file) }})
}

// trainFlags are the flags every train task shares.
type trainFlags struct {
	data, out string
	clusters  string
	// ner: the context clusters and the embedding clusters it trains
	// with; "" for none.
	nerClusters, embedClusters string
	epochs                     int
	seed                       uint64
	seeds                      []uint // parse: one model per seed, averaged
	stdout                     io.Writer
}

// A trainTask is one `entente train` subcommand: it trains a model from
// the data root and writes it to out. Other files add tasks in init.
type trainTask struct {
	name, short string
	out         string // the shipped model's path from the module root
	run         func(ctx context.Context, f trainFlags) error
}

var trainTasks = []trainTask{
	{"pos", "UPOS+XPOS tagger and lemmatiser on UD English EWT", "internal/nlp/models/tagger.bin.gz", trainPOS},
	{"parse", "Dependency parser on UD English EWT, over the shipped tagger's tags", "internal/nlp/models/parser.bin.gz", trainParse},
	{"sentences", "Sentence-boundary model on UD English EWT running text", "internal/nlp/models/sentence.bin.gz", trainSentences},
}

func newTrainCmd(e *env) *cobra.Command {
	var f trainFlags
	cmd := &cobra.Command{
		Use:   "train TASK",
		Short: "Retrain a shipped NLP model from the shared datasets",
		Long: `Train one model on its treebank's train split, score it on dev after every
epoch (printing the time so far and the dev score), keep the best epoch and
write the model to --out. Training is deterministic: the same data, epochs
and seed give the same file. Test splits are never read; see entente eval.`,
		Example: `  entente train pos
  entente train parse --epochs 8 --out /tmp/parser.bin.gz
  entente train parse --seeds 1,2 --out /tmp/parser.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var names []string
			for _, t := range trainTasks {
				names = append(names, t.name)
			}
			return fmt.Errorf("name a task: %s", strings.Join(names, ", "))
		},
	}
	cmd.PersistentFlags().StringVar(&f.data, "data", defaultData(), "shared data root (env ENTENTE_DATA)")
	cmd.PersistentFlags().StringVar(&f.out, "out", "", "model file to write (default: the shipped model's path)")
	cmd.PersistentFlags().StringVar(&f.clusters, "clusters", "internal/nlp/models/embedclusters.txt.gz", "word clusters for parse's features (absent: none)")
	cmd.PersistentFlags().StringVar(&f.nerClusters, "ner-clusters", "", `ner: context word clusters, e.g. internal/nlp/models/nerclusters.txt.gz (default none: the embedding clusters replace them)`)
	cmd.PersistentFlags().StringVar(&f.embedClusters, "embed-clusters", "internal/nlp/models/embedclusters.txt.gz", `ner: word-embedding clusters ("": none)`)
	cmd.PersistentFlags().IntVar(&f.epochs, "epochs", 0, "training epochs (0: the model's default)")
	cmd.PersistentFlags().Uint64Var(&f.seed, "seed", 1, "shuffling seed")
	cmd.PersistentFlags().UintSliceVar(&f.seeds, "seeds", nil, "parse: train one model per seed and write their average (default: --seed alone)")
	for _, task := range trainTasks {
		cmd.AddCommand(&cobra.Command{
			Use:   task.name,
			Short: task.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				g := f
				if g.out == "" {
					g.out = task.out
				}
				g.stdout = e.stdout
				if err := task.run(cmd.Context(), g); err != nil {
					return fmt.Errorf("train %s: %w", task.name, err)
				}
				return nil
			},
		})
	}
	return cmd
}

// readEWT reads the train and dev splits of UD English EWT under root.
func readEWT(ctx context.Context, root string) (train, dev []nlp.ConllSentence, err error) {
	read := func(split string) ([]nlp.ConllSentence, error) {
		p, err := datasetPath(root, "syntax/ud-english-ewt/en_ewt-ud-"+split+".conllu")
		if err != nil {
			return nil, err
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return nlp.ReadConllu(ctx, f)
	}
	if train, err = read("train"); err != nil {
		return nil, nil, err
	}
	if dev, err = read("dev"); err != nil {
		return nil, nil, err
	}
	return train, dev, nil
}

func trainPOS(ctx context.Context, f trainFlags) error {
	train, dev, err := readEWT(ctx, f.data)
	if err != nil {
		return err
	}
	t, err := nlp.TrainTagger(ctx, train, dev, nlp.TrainOptions{Epochs: f.epochs, Seed: f.seed},
		func(epoch int, score float64, elapsed time.Duration) {
			fmt.Fprintf(f.stdout, "epoch %2d  %8s  dev UPOS %.4f\n", epoch, elapsed.Round(time.Second), score)
		})
	if err != nil {
		return err
	}
	return writeModel(f.out, t.Save)
}

func trainParse(ctx context.Context, f trainFlags) error {
	train, dev, err := readEWT(ctx, f.data)
	if err != nil {
		return err
	}
	tg, err := nlp.DefaultTagger()
	if err != nil {
		return err
	}
	var cl *nlp.Clusters
	if c, err := os.Open(f.clusters); err == nil {
		cl, err = nlp.ReadClusters(c)
		c.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(f.stdout, "%d word clusters from %s\n", cl.Len(), f.clusters)
	}
	seeds := []uint64{f.seed}
	if len(f.seeds) > 0 {
		seeds = nil
		for _, s := range f.seeds {
			seeds = append(seeds, uint64(s))
		}
	}
	// Five jack-knife folds: the shipped tagger learnt train, so its tags
	// there are better than the parser will ever see.
	opts := nlp.ParserOptions{Epochs: f.epochs, Seeds: seeds, Tagger: tg, TagFolds: 5, Clusters: cl}
	p, err := nlp.TrainParser(ctx, train, dev, opts,
		func(e nlp.ParserEpoch) {
			what := fmt.Sprintf("seed %d epoch %2d", e.Seed, e.Epoch)
			if e.Epoch == 0 {
				what = fmt.Sprintf("average of %d seeds", len(seeds))
			}
			fmt.Fprintf(f.stdout, "%-19s  %8s  dev UAS %.2f  LAS %.2f\n", what, e.Elapsed.Round(time.Second), e.UAS, e.LAS)
		})
	if err != nil {
		return err
	}
	return writeModel(f.out, p.Save)
}

func trainSentences(ctx context.Context, f trainFlags) error {
	train, dev, err := readEWT(ctx, f.data)
	if err != nil {
		return err
	}
	t0 := time.Now()
	m, err := nlp.TrainSentenceModel(ctx, train, dev, nlp.SentenceTraining{Epochs: f.epochs, Seed: f.seed,
		Logf: func(format string, args ...any) {
			fmt.Fprintf(f.stdout, "%8s  "+format+"\n", append([]any{time.Since(t0).Round(time.Second)}, args...)...)
		}})
	if err != nil {
		return err
	}
	return writeModel(f.out, m.Save)
}

// writeModel saves through a temporary file so an interrupted run never
// leaves a half-written model in place.
func writeModel(path string, save func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := save(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
