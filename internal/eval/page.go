package eval

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// readPage reads a gzipped HTML file and returns it as UTF-8, as an ingest
// reader would hand it on: valid UTF-8 stays as it is, anything else is
// transcoded from its declared charset (BOM, <meta>), windows-1252 when it
// declares none.
func readPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gzip %s: %w", path, err)
	}
	body, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("gzip %s: %w", path, err)
	}
	return toUTF8(body)
}

func toUTF8(body []byte) ([]byte, error) {
	if utf8.Valid(body) {
		return body, nil
	}
	enc, name, _ := charset.DetermineEncoding(body, "")
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(body)))
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}
