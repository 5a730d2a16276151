package main

import (
	"context"

	"github.com/entente-news/entente/internal/eval"
)

func init() {
	evalTasks = append(evalTasks, evalTask{"events", "PLOVER event-type accuracy and (source, type, target) F1 on the PLOVER gold records", "",
		func(ctx context.Context, root string, _ bool) (report, error) { return eval.Events(ctx, root) }})
}
