// Package eval measures Entente's stages on the shared datasets: a data
// root (../shared/data) in, JSON-tagged reports with a text table out. It
// is what `entente eval` runs.
//
// Extraction scores extract.HTML, and go-trafilatura alone as an anchor, on
// the ScrapingHub article-extraction benchmark (its own 4-token shingle
// metric, means over pages) and on trafilatura's evaluation set (segments
// that must or must not appear, pooled counts). Dates scores the
// publication day extract.HTML finds on htmldate-mediacloud. Pages are
// decoded as ingest readers decode them (gzip, declared charset) and go
// through the same code users run.
//
// The metrics are reimplemented here rather than run from the benchmarks'
// Python scripts so that `entente eval` needs nothing but the binary; the
// tests pin them on hand-worked examples, and the ScrapingHub metric gives
// the benchmark's published go-trafilatura figure (0.960) for the
// benchmark's own go-trafilatura runner.
//
// Eval does not train or tune anything, and it never copies dataset text
// into the project.
package eval
