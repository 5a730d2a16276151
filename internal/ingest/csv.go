package ingest

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

var errNoTextColumn = fmt.Errorf("%w: csv header names no text column", news.ErrUnsupported)

// readCSV reads a CSV file whose first row names the columns. Rows are
// numbered from 1 after the header. A row with the wrong field count, a
// badly quoted row or one that is not UTF-8 goes to sink.Error and reading
// goes on.
func readCSV(ctx context.Context, name string, r io.Reader, sink Sink) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return fmt.Errorf("%w: csv header: %v", news.ErrInvalid, err)
	}
	header = lowerAll(header)
	if _, _, ok := bodyColumn(header); !ok {
		return errNoTextColumn
	}
	col := make(map[string]int, len(header))
	for i := len(header) - 1; i >= 0; i-- {
		col[header[i]] = i // the leftmost of repeated names wins
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		rname := fmt.Sprintf("%s#row %d", name, n)
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			// encoding/csv resumes at the next record after a parse
			// error, so one bad row costs only itself.
			sink.error(rname, fmt.Errorf("%w: %v", news.ErrInvalid, err))
			continue
		}
		if err != nil {
			return fmt.Errorf("row %d: %w", n, err)
		}
		if !validRow(row) {
			sink.error(rname, fmt.Errorf("%w: invalid utf-8", news.ErrInvalid))
			continue
		}
		raw, ok := record(rname, news.FormatCSV, func(key string) string {
			if i, ok := col[key]; ok && i < len(row) {
				return row[i]
			}
			return ""
		})
		if !ok {
			sink.skip(rname, "csv: row without text")
			continue
		}
		if err := sink.doc(raw); err != nil {
			return err
		}
	}
}

func validRow(row []string) bool {
	for _, f := range row {
		if !utf8.ValidString(f) {
			return false
		}
	}
	return true
}
