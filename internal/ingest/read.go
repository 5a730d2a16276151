package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/klauspost/compress/gzip"
)

// A Sink receives what Read finds.
type Sink struct {
	// Doc receives one document; a non-nil error stops Read and is returned.
	Doc func(news.Raw) error
	// Skip hears of a record deliberately skipped ("warc: not html",
	// "warc: http 404", "feed: item without content"); callers count by reason.
	Skip func(name, reason string)
	// Error hears of a bad record that does not stop the input (a malformed
	// JSONL line, a CSV row with the wrong field count).
	Error func(name string, err error)
}

func (s Sink) skip(name, reason string) {
	if s.Skip != nil {
		s.Skip(name, reason)
	}
}

func (s Sink) error(name string, err error) {
	if s.Error != nil {
		s.Error(name, err)
	}
}

func (s Sink) doc(r news.Raw) error {
	if s.Doc == nil {
		return nil
	}
	return s.Doc(r)
}

// Limits. A news article is far below any of them; they exist so that one
// hostile or broken input cannot take all memory.
const (
	// maxDoc caps one whole-file document, one decoded WARC payload and one
	// feed file.
	maxDoc = 64 << 20
	// maxLine caps one JSONL line.
	maxLine = 64 << 20
	// sniffSize is how much of an input format detection looks at.
	sniffSize = 4096
)

var errEmpty = fmt.Errorf("%w: empty input", news.ErrInvalid)

// Read reads one input named name (used for format detection and for
// Raw.Name) from r, and sends its documents to sink. It returns an error
// when the input as a whole is bad (binary file, truncated gzip, truncated
// WARC record, empty file) after sending what it could read. It honours ctx
// between records.
func Read(ctx context.Context, name string, r io.Reader, sink Sink) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	br := bufio.NewReaderSize(r, 64<<10)
	base := name
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", name, err)
	}
	if bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		// klauspost's reader is multistream by default, which is what
		// per-record gzip members (Common Crawl WARCs) need.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: gzip: %w", name, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(&sticky{r: zr}, 64<<10)
		base = strings.TrimSuffix(base, ".gz")
	} else if strings.HasSuffix(strings.ToLower(base), ".gz") {
		// A .gz name without the magic usually means a tool already
		// decompressed it on the way (HTTP clients do); read what is there.
		base = base[:len(base)-3]
	}

	// A read error here (a gzip cut short in its first 4 KB) is met again,
	// in order, by the format reader, which sends the records before it.
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && len(head) == 0 {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(bytes.TrimSpace(head)) == 0 && errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", name, errEmpty)
	}
	f, err := detect(base, head)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if f != news.FormatWARC {
		// WARC payloads are legitimately binary (images, PDFs); every other
		// format is text from its first byte.
		if err := checkText(head); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	switch f {
	case news.FormatText:
		err = readText(name, br, sink)
	case news.FormatHTML:
		err = readHTML(name, br, sink)
	case news.FormatJSONL:
		err = readJSONL(ctx, name, br, sink)
	case news.FormatCSV:
		err = readCSV(ctx, name, br, sink)
	case news.FormatWARC:
		err = readWARC(ctx, name, br, sink)
	case news.FormatFeed:
		err = readFeed(ctx, name, br, sink)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// readAll reads a whole-file document, refusing one above maxDoc.
func readAll(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxDoc+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxDoc {
		return nil, fmt.Errorf("%w: document larger than %d MB", news.ErrUnsupported, maxDoc>>20)
	}
	return b, nil
}

// sticky repeats a reader's first error forever, so that a bufio.Reader
// that swallowed it during a Peek hands it on to the next Read.
type sticky struct {
	r   io.Reader
	err error
}

func (s *sticky) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	s.err = err
	return n, err
}
