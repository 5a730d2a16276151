package main

import (
	"context"

	"github.com/entente-news/entente/internal/eval"
)

func init() {
	evalTasks = append(evalTasks, evalTask{
		"actors", "Actor coding accuracy on PLOVER through the PLOVER profile (dev, held-out and all records) and linking P/R/F1 on the demo gold", "",
		func(ctx context.Context, root string, _ bool) (report, error) { return eval.Actors(ctx, root) },
	})
}
