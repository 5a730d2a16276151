package ingest

import (
	"bytes"
	"fmt"
	"io"

	"github.com/entente-news/entente/internal/news"
	"golang.org/x/text/encoding/unicode"
)

// readText reads a whole file as one plain-text article.
func readText(name string, r io.Reader, sink Sink) error {
	b, err := readAll(r)
	if err != nil {
		return err
	}
	if b, err = fromBOM(b); err != nil {
		return err
	}
	if i := invalidUTF8(b); i >= 0 {
		return fmt.Errorf("%w: invalid utf-8 at byte %d", news.ErrInvalid, i)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return errEmpty
	}
	return sink.doc(news.Raw{Name: name, Format: news.FormatText, Body: b})
}

// fromBOM strips a UTF-8 byte-order mark and transcodes UTF-16 marked by
// one; other content is returned as it is.
func fromBOM(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		return b[len(utf8BOM):], nil
	case hasUTF16BOM(b):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: utf-16: %v", news.ErrInvalid, err)
		}
		return out, nil
	}
	return b, nil
}
