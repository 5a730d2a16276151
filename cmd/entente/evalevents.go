package main

import (
	"context"

	"github.com/entente-news/entente/internal/eval"
)

func init() {
	evalTasks = append(evalTasks, evalTask{"events", "PLOVER type accuracy and (source, type, target) F1, PETRARCH2 (source, target, CAMEO) F1; dev, held-out and all; dev misses by kind (missing, extra, type, source, target)", "",
		func(ctx context.Context, root string, _ bool) (report, error) { return eval.Events(ctx, root) }})
}
