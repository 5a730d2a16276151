package main

import (
	"context"

	"github.com/entente-news/entente/internal/eval"
)

func init() {
	evalTasks = append(evalTasks, evalTask{"ner", "Entity P/R/F1 (conlleval) on CoNLL-2003 testb", "ner/conll2003/eng.testb",
		func(ctx context.Context, file string, baseline bool) (report, error) {
			return eval.NER(ctx, file, baseline)
		}})
}
