package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/klauspost/compress/gzip"
)

// WARC framing limits: a header line, the fields in one header, and the
// largest record whose block is read rather than skipped.
const (
	maxWARCLine   = 64 << 10
	maxWARCFields = 1000
	maxRecord     = maxDoc
)

var errTruncated = fmt.Errorf("%w: truncated", news.ErrInvalid)

// readWARC reads WARC 1.0/1.1 records. Framing errors (a bad version line,
// a missing Content-Length, a block shorter than it) end the input, since
// the next record cannot be found; a bad page inside an intact record goes
// to sink.Error.
//
// request, metadata, warcinfo, revisit, conversion and continuation records
// are passed over without a word: every crawl has one or more of them per
// page, and counting them would bury the skips worth reading.
func readWARC(ctx context.Context, name string, br *bufio.Reader, sink Sink) error {
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		h, err := readWARCHeader(br)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("warc record %d: %w", n, err)
		}
		cl, err := strconv.ParseInt(strings.TrimSpace(h["content-length"]), 10, 64)
		if err != nil || cl < 0 {
			return fmt.Errorf("warc record %d: %w: bad content-length %q", n, news.ErrInvalid, h["content-length"])
		}
		rname := fmt.Sprintf("%s#record %d", name, n)
		typ := strings.ToLower(strings.TrimSpace(h["warc-type"]))
		if typ != "response" && typ != "resource" || cl > maxRecord {
			if got, err := io.CopyN(io.Discard, br, cl); err != nil {
				return fmt.Errorf("warc record %d: block has %d of %d bytes: %w", n, got, cl, truncation(err))
			}
			if typ == "response" || typ == "resource" {
				sink.skip(rname, "warc: record too large")
			}
			skipRecordEnd(br)
			continue
		}
		// Presize up to 1 MB only: a lying Content-Length must not decide
		// how much memory is taken before the bytes are there.
		var buf bytes.Buffer
		buf.Grow(int(min(cl, 1<<20)) + bytes.MinRead)
		if _, err := buf.ReadFrom(io.LimitReader(br, cl)); err != nil {
			return fmt.Errorf("warc record %d: %w", n, err)
		}
		block := buf.Bytes()
		if int64(len(block)) < cl {
			return fmt.Errorf("warc record %d: block has %d of %d bytes: %w", n, len(block), cl, errTruncated)
		}
		skipRecordEnd(br)

		raw := news.Raw{Name: rname, Format: news.FormatWARC, HTML: true, URL: targetURI(h["warc-target-uri"])}
		var reason string
		if typ == "response" {
			raw.Body, reason, err = httpPage(block, h["content-type"])
		} else {
			raw.Body, reason, err = htmlPage(block, h["content-type"])
		}
		switch {
		case err != nil:
			sink.error(rname, err)
		case reason != "":
			sink.skip(rname, reason)
		default:
			if err := sink.doc(raw); err != nil {
				return err
			}
		}
	}
}

// targetURI cleans WARC-Target-URI: WARC/1.0 examples wrap it in angle
// brackets, and a header is bytes, not necessarily UTF-8.
func targetURI(s string) string {
	return strings.ToValidUTF8(strings.Trim(strings.TrimSpace(s), "<>"), "\uFFFD")
}

// truncation turns the plain EOF of a short copy into errTruncated and
// keeps any other error (a truncated gzip says so itself).
func truncation(err error) error {
	if errors.Is(err, io.EOF) {
		return errTruncated
	}
	return err
}

// readWARCHeader reads a version line and the named fields after it, keys
// lowercased. It returns io.EOF when the input ends cleanly between records.
func readWARCHeader(br *bufio.Reader) (map[string]string, error) {
	var line []byte
	var err error
	for len(line) == 0 {
		line, err = readLine(br, maxWARCLine)
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return nil, io.EOF
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, headerError(err)
		}
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("%w: bad version line %q", news.ErrInvalid, line[:min(len(line), 40)])
	}
	h := make(map[string]string)
	last := ""
	for i := 0; ; i++ {
		if i > maxWARCFields {
			return nil, fmt.Errorf("%w: more than %d header fields", news.ErrInvalid, maxWARCFields)
		}
		line, err := readLine(br, maxWARCLine)
		if err != nil && (!errors.Is(err, io.EOF) || len(line) > 0) {
			return nil, headerError(err)
		}
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("header: %w", errTruncated)
		}
		if len(line) == 0 {
			return h, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			h[last] += " " + string(bytes.TrimSpace(line))
			continue
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return nil, fmt.Errorf("%w: header line without a colon %q", news.ErrInvalid, line[:min(len(line), 40)])
		}
		last = strings.ToLower(string(bytes.TrimSpace(k)))
		h[last] = string(bytes.TrimSpace(v))
	}
}

func headerError(err error) error {
	switch {
	case errors.Is(err, errLongLine):
		return fmt.Errorf("%w: header line longer than %d KB", news.ErrInvalid, maxWARCLine>>10)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("header: %w", errTruncated)
	}
	return err
}

// skipRecordEnd consumes the two line endings that close a record. Writers
// that emit bare LFs or forget them are forgiven: the next header read skips
// blank lines and checks for a version line anyway.
func skipRecordEnd(br *bufio.Reader) {
	for range 2 {
		b, _ := br.Peek(2)
		switch {
		case bytes.HasPrefix(b, []byte("\r\n")):
			br.Discard(2)
		case bytes.HasPrefix(b, []byte("\n")):
			br.Discard(1)
		default:
			return
		}
	}
}

// httpPage takes the HTML page out of a response record's HTTP message.
// It returns a skip reason for anything that is not a 200 HTML page.
func httpPage(block []byte, warcType string) (page []byte, reason string, err error) {
	if mt, _, _ := mime.ParseMediaType(warcType); mt != "application/http" && warcType != "" {
		return nil, "warc: not http", nil
	}
	rest := bytes.NewReader(block)
	tp := textproto.NewReader(bufio.NewReader(rest))
	status, err := tp.ReadLine()
	if err != nil {
		return nil, "", fmt.Errorf("%w: http status line: %v", news.ErrInvalid, err)
	}
	code, err := statusCode(status)
	if err != nil {
		return nil, "", err
	}
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, "", fmt.Errorf("%w: http header: %v", news.ErrInvalid, err)
	}
	if code != http.StatusOK {
		return nil, fmt.Sprintf("warc: http %d", code), nil
	}
	// The body is the rest of the block; slice it rather than copy it.
	b := block[len(block)-rest.Len()-tp.R.Buffered():]
	if strings.Contains(strings.ToLower(hdr.Get("Transfer-Encoding")), "chunked") {
		if b, err = readPartial(httputil.NewChunkedReader(bytes.NewReader(b))); err != nil {
			return nil, "", fmt.Errorf("%w: chunked body: %v", news.ErrInvalid, err)
		}
	}
	switch enc := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip", "deflate":
		if b, err = decompress(enc, b); err != nil {
			return nil, "", fmt.Errorf("%w: content-encoding %s: %v", news.ErrInvalid, enc, err)
		}
	default:
		return nil, "warc: content-encoding " + enc, nil
	}
	if len(b) > maxDoc {
		return nil, "warc: page too large", nil
	}
	return htmlPage(b, hdr.Get("Content-Type"))
}

// htmlPage checks that a payload is HTML and returns it as UTF-8.
func htmlPage(b []byte, contentType string) (page []byte, reason string, err error) {
	mt, _, _ := mime.ParseMediaType(contentType)
	if contentType == "" {
		mt, _, _ = mime.ParseMediaType(http.DetectContentType(b))
	}
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, "warc: not html", nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, "warc: empty page", nil
	}
	page, err = decodeHTML(b, contentType)
	if err != nil {
		return nil, "", err
	}
	return page, "", nil
}

// statusCode reads the code from "HTTP/1.1 200 OK". It accepts "HTTP/2 200"
// too, which net/http's parser refuses and some crawlers write.
func statusCode(line string) (int, error) {
	proto, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return 0, fmt.Errorf("%w: http status line %q", news.ErrInvalid, line[:min(len(line), 40)])
	}
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	n, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 {
		return 0, fmt.Errorf("%w: http status %q", news.ErrInvalid, code)
	}
	return n, nil
}

// readPartial reads up to maxDoc+1 bytes, keeping what came before an
// unexpected end: crawlers cut long pages (WARC-Truncated), and most of a
// page is worth more than none of it.
func readPartial(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxDoc+1))
	if errors.Is(err, io.ErrUnexpectedEOF) && len(b) > 0 {
		return b, nil
	}
	return b, err
}

// decompress undoes a Content-Encoding, bounded by maxDoc. "deflate" is
// zlib-wrapped by the standard and raw in practice, so both are tried.
func decompress(enc string, b []byte) ([]byte, error) {
	var r io.Reader
	switch enc {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		r = zr
	default:
		zr, err := zlib.NewReader(bytes.NewReader(b))
		if err != nil {
			r = flate.NewReader(bytes.NewReader(b))
		} else {
			r = zr
		}
	}
	return readPartial(r)
}
