package export

import (
	"io"

	"github.com/parquet-go/parquet-go"
)

// parquetBatch is how many rows are handed to the writer at once: enough
// to amortise its per-call work, few enough to stay small beside a page.
const parquetBatch = 256

// parquetRows writes rows of type Row as one zstd-compressed Parquet file.
type parquetRows[R, Row any] struct {
	w     *parquet.GenericWriter[Row]
	toRow func(R) Row
	buf   []Row
}

// parquetSink writes rows in row groups of at most rowsPerGroup: a writer
// keeps a whole row group in memory (a column chunk must be contiguous in
// the file), so the groups bound what a large export holds at once.
func parquetSink[R, Row any](toRow func(R) Row, rowsPerGroup int64) func(io.Writer) (sink[R], error) {
	return func(w io.Writer) (sink[R], error) {
		pw := parquet.NewGenericWriter[Row](w, parquet.Compression(&parquet.Zstd),
			parquet.MaxRowsPerRowGroup(rowsPerGroup), parquet.CreatedBy("entente", "", ""))
		return &parquetRows[R, Row]{w: pw, toRow: toRow, buf: make([]Row, 0, parquetBatch)}, nil
	}
}

func (p *parquetRows[R, Row]) write(r R) (bool, error) {
	p.buf = append(p.buf, p.toRow(r))
	if len(p.buf) < parquetBatch {
		return true, nil
	}
	return true, p.flush()
}

func (p *parquetRows[R, Row]) flush() error {
	_, err := p.w.Write(p.buf)
	clear(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetRows[R, Row]) close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}
