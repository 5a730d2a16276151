package ingest

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/klauspost/compress/gzip"
)

// A warcRecord is one record for tests to write.
type warcRecord struct {
	Type, URI, ContentType string
	Block                  []byte
}

// bytes renders the record in WARC/1.1 framing.
func (r warcRecord) bytes() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%x>\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n", r.Type, len(r.Block))
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	if r.ContentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ContentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(r.Block))
	b.Write(r.Block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// warcFile writes records, one gzip member each when zip is set, as Common
// Crawl does.
func warcFile(tb testing.TB, zip bool, recs ...warcRecord) []byte {
	tb.Helper()
	var out bytes.Buffer
	for _, r := range recs {
		if !zip {
			out.Write(r.bytes())
			continue
		}
		out.Write(gzipBytes(tb, r.bytes()))
	}
	return out.Bytes()
}

func gzipBytes(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// httpResponse renders an HTTP/1.1 response with the given header lines.
func httpResponse(status string, body []byte, header ...string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", status)
	for _, h := range header {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

func response(uri string, http []byte) warcRecord {
	return warcRecord{Type: "response", URI: uri, ContentType: "application/http; msgtype=response", Block: http}
}

// chunked encodes body in HTTP chunks of at most n bytes.
func chunked(body []byte, n int) []byte {
	var b bytes.Buffer
	for len(body) > 0 {
		c := body[:min(n, len(body))]
		fmt.Fprintf(&b, "%x\r\n%s\r\n", len(c), c)
		body = body[len(c):]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}
