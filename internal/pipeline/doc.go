// Package pipeline runs the ingest stages: inputs → ingest.Read → extract.Article
// → batched Store.Put. It is the only package that starts goroutines: one
// reader walks the inputs in order, a pool of workers extracts in parallel,
// and one writer commits batches, so a crash loses at most the open batch and
// a re-run stores the rest (the Store skips what it already has).
//
// An article whose input declares no language gets the one its text's
// trigrams reliably show (language.go), so language filters find it.
//
// It reports progress through a callback and returns a Summary of what was
// stored, skipped and rejected. It does not render progress or decide what is
// fatal beyond store and context errors: a bad file is an entry in the Summary.
package pipeline
