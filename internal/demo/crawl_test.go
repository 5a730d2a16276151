package demo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite corpus/crawl.warc.gz from warcsrc/")

const crawlPath = "corpus/crawl.warc.gz"

// crawlStart is the fixed WARC-Date of the first record; each later record is
// one second on, so the file is byte-for-byte reproducible.
var crawlStart = time.Date(2024, 12, 9, 8, 0, 0, 0, time.UTC)

// A record is one WARC record: its header lines in order and its block.
type record struct {
	Header [][2]string
	Block  string
}

func (r record) get(name string) string {
	for _, h := range r.Header {
		if strings.EqualFold(h[0], name) {
			return h[1]
		}
	}
	return ""
}

// A capture is one HTTP exchange the crawl holds.
type capture struct {
	URI         string
	Status      string // "200 OK"
	ContentType string
	Body        []byte
}

var canonical = regexp.MustCompile(`<link rel="canonical" href="([^"]+)"`)

// captures lists what the crawl must hold: every warcsrc page, plus a 404 and
// a JPEG that ingest has to skip, in a fixed order.
func captures(t testing.TB) []capture {
	t.Helper()
	paths, err := filepath.Glob("warcsrc/*.html")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Fatal("no pages in warcsrc/")
	}
	var cs []capture
	for i, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m := canonical.FindSubmatch(body)
		if m == nil {
			t.Fatalf("%s: no canonical link to use as the target URI", p)
		}
		cs = append(cs, capture{URI: string(m[1]), Status: "200 OK", ContentType: "text/html; charset=utf-8", Body: body})
		if i == 2 {
			cs = append(cs, capture{
				URI:         "https://demo.entente.example/news/2021/belarus-border-live-updates-page-7",
				Status:      "404 Not Found",
				ContentType: "text/html; charset=utf-8",
				Body:        []byte("<!DOCTYPE html>\n<html lang=\"en\"><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The page you requested could not be found.</p></body></html>\n"),
			})
		}
	}
	cs = append(cs, capture{
		URI:         "https://demo.entente.example/media/2024/minsk-independence-avenue.jpg",
		Status:      "200 OK",
		ContentType: "image/jpeg",
		Body:        tinyJPEG(t),
	})
	return cs
}

// tinyJPEG encodes a small gradient; image/jpeg output is deterministic.
func tinyJPEG(t testing.TB) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 16, 16))
	for y := range 16 {
		for x := range 16 {
			img.Set(x, y, color.RGBA{uint8(x * 16), uint8(y * 16), 128, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 60}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// recordID derives a stable urn:uuid from what the record is about.
func recordID(parts ...string) string {
	s := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	s[6] = s[6]&0x0f | 0x50 // version 5: name-based, SHA-1
	s[8] = s[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", s[0:4], s[4:6], s[6:8], s[8:10], s[10:16])
}

func digest(b []byte) string {
	s := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(s[:])
}

// crawlRecords turns the captures into the WARC records of the crawl.
func crawlRecords(cs []capture) []record {
	n := 0
	date := func() string {
		d := crawlStart.Add(time.Duration(n) * time.Second).Format(time.RFC3339)
		n++
		return d
	}
	info := "software: entente demo corpus builder (internal/demo)\r\n" +
		"format: WARC File Format 1.1\r\n" +
		"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
		"description: demonstration crawl written for the Entente project; not real reporting\r\n" +
		"operator: entente-demo\r\n"
	infoID := recordID("warcinfo", "crawl.warc.gz")
	rs := []record{{
		Header: [][2]string{
			{"WARC-Type", "warcinfo"},
			{"WARC-Record-ID", infoID},
			{"WARC-Date", date()},
			{"WARC-Filename", "crawl.warc.gz"},
			{"Content-Type", "application/warc-fields"},
			{"Content-Length", strconv.Itoa(len(info))},
		},
		Block: info,
	}}
	for _, c := range cs {
		host, path := splitURI(c.URI)
		req := "GET " + path + " HTTP/1.1\r\n" +
			"Host: " + host + "\r\n" +
			"User-Agent: entente-demo-crawler/1.0 (+https://demo.entente.example/about)\r\n" +
			"Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n" +
			"Accept-Language: en,ru;q=0.8,be;q=0.6\r\n\r\n"
		reqID, respID := recordID("request", c.URI), recordID("response", c.URI)
		d := date()
		rs = append(rs, record{
			Header: [][2]string{
				{"WARC-Type", "request"},
				{"WARC-Record-ID", reqID},
				{"WARC-Date", d},
				{"WARC-Target-URI", c.URI},
				{"WARC-Concurrent-To", respID},
				{"WARC-Warcinfo-ID", infoID},
				{"Content-Type", "application/http;msgtype=request"},
				{"WARC-Block-Digest", digest([]byte(req))},
				{"Content-Length", strconv.Itoa(len(req))},
			},
			Block: req,
		})
		resp := "HTTP/1.1 " + c.Status + "\r\n" +
			"Date: " + crawlStart.Format(http1123) + "\r\n" +
			"Server: nginx\r\n" +
			"Content-Type: " + c.ContentType + "\r\n" +
			"Content-Length: " + strconv.Itoa(len(c.Body)) + "\r\n" +
			"Connection: close\r\n\r\n" + string(c.Body)
		rs = append(rs, record{
			Header: [][2]string{
				{"WARC-Type", "response"},
				{"WARC-Record-ID", respID},
				{"WARC-Date", d},
				{"WARC-Target-URI", c.URI},
				{"WARC-Warcinfo-ID", infoID},
				{"Content-Type", "application/http;msgtype=response"},
				{"WARC-Payload-Digest", digest(c.Body)},
				{"WARC-Block-Digest", digest([]byte(resp))},
				{"Content-Length", strconv.Itoa(len(resp))},
			},
			Block: resp,
		})
	}
	return rs
}

const http1123 = "Mon, 02 Jan 2006 15:04:05 GMT"

func splitURI(uri string) (host, path string) {
	rest := strings.TrimPrefix(strings.TrimPrefix(uri, "https://"), "http://")
	host, path, _ = strings.Cut(rest, "/")
	return host, "/" + path
}

// writeWARC writes one gzip member per record, as WARC readers expect for
// random access.
func writeWARC(w io.Writer, rs []record) error {
	for i, r := range rs {
		z, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return err
		}
		var b bytes.Buffer
		b.WriteString("WARC/1.1\r\n")
		for _, h := range r.Header {
			b.WriteString(h[0] + ": " + h[1] + "\r\n")
		}
		b.WriteString("\r\n" + r.Block + "\r\n\r\n")
		if _, err := z.Write(b.Bytes()); err != nil {
			return fmt.Errorf("warc record %d: %w", i, err)
		}
		if err := z.Close(); err != nil {
			return fmt.Errorf("warc record %d: %w", i, err)
		}
	}
	return nil
}

// readWARC reads a WARC file back, insisting on one record per gzip member.
func readWARC(data []byte) ([]record, error) {
	br := bufio.NewReader(bytes.NewReader(data))
	var rs []record
	for n := 0; ; n++ {
		if _, err := br.Peek(1); errors.Is(err, io.EOF) {
			return rs, nil
		}
		z, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc record %d: %w", n, err)
		}
		z.Multistream(false)
		member, err := io.ReadAll(z)
		if err != nil {
			return nil, fmt.Errorf("warc record %d: %w", n, err)
		}
		r, rest, err := parseRecord(member)
		if err != nil {
			return nil, fmt.Errorf("warc record %d: %w", n, err)
		}
		if len(rest) != 0 {
			return nil, fmt.Errorf("warc record %d: %d bytes after the record in its gzip member", n, len(rest))
		}
		rs = append(rs, r)
	}
}

func parseRecord(b []byte) (record, []byte, error) {
	head, body, ok := bytes.Cut(b, []byte("\r\n\r\n"))
	if !ok {
		return record{}, nil, errors.New("no end of header")
	}
	lines := strings.Split(string(head), "\r\n")
	if lines[0] != "WARC/1.1" {
		return record{}, nil, fmt.Errorf("version line %q", lines[0])
	}
	var r record
	for _, l := range lines[1:] {
		k, v, ok := strings.Cut(l, ": ")
		if !ok {
			return record{}, nil, fmt.Errorf("header line %q", l)
		}
		r.Header = append(r.Header, [2]string{k, v})
	}
	n, err := strconv.Atoi(r.get("Content-Length"))
	if err != nil || n > len(body) {
		return record{}, nil, fmt.Errorf("content length %q", r.get("Content-Length"))
	}
	r.Block = string(body[:n])
	rest, ok := bytes.CutPrefix(body[n:], []byte("\r\n\r\n"))
	if !ok {
		return record{}, nil, errors.New("record does not end in CRLF CRLF")
	}
	return r, rest, nil
}

func TestCrawl(t *testing.T) {
	want := crawlRecords(captures(t))
	if *update {
		var b bytes.Buffer
		if err := writeWARC(&b, want); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crawlPath, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(crawlPath)
	if err != nil {
		t.Fatalf("%v (rebuild it with go test ./internal/demo -update)", err)
	}
	got, err := readWARC(data)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the committed crawl holds exactly the warcsrc pages, a 404 and a JPEG", func(t *testing.T) {
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("crawl.warc.gz is stale; run go test ./internal/demo -update (-want +got):\n%s", diff)
		}
	})
	t.Run("every block matches its digest and every request pairs with a response", func(t *testing.T) {
		for i, r := range got {
			if d := r.get("WARC-Block-Digest"); d != "" && d != digest([]byte(r.Block)) {
				t.Errorf("record %d: block digest %s does not match", i, d)
			}
			if r.get("WARC-Type") == "request" {
				if i+1 >= len(got) || got[i+1].get("WARC-Record-ID") != r.get("WARC-Concurrent-To") {
					t.Errorf("record %d: request not followed by its response", i)
				}
			}
		}
	})
}

func TestReadWARCRejectsTwoRecordsInOneMember(t *testing.T) {
	rs := crawlRecords(nil)
	var one bytes.Buffer
	if err := writeWARC(&one, rs); err != nil {
		t.Fatal(err)
	}
	member, err := gzip.NewReader(&one)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(member)
	if err != nil {
		t.Fatal(err)
	}
	var doubled bytes.Buffer
	z := gzip.NewWriter(&doubled)
	z.Write(append(plain, plain...))
	z.Close()
	if _, err := readWARC(doubled.Bytes()); err == nil {
		t.Error("readWARC accepted a gzip member holding two records")
	}
}

// FuzzReadWARC checks the test's own WARC reader never panics and that what it
// accepts survives a write and a second read unchanged.
func FuzzReadWARC(f *testing.F) {
	var b bytes.Buffer
	if err := writeWARC(&b, crawlRecords(nil)); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := readWARC(data)
		if err != nil {
			return
		}
		var again bytes.Buffer
		if err := writeWARC(&again, rs); err != nil {
			t.Fatal(err)
		}
		rs2, err := readWARC(again.Bytes())
		if err != nil {
			t.Fatalf("rewritten WARC does not read back: %v", err)
		}
		if diff := cmp.Diff(rs, rs2); diff != "" {
			t.Errorf("round trip changed the records (-first +second):\n%s", diff)
		}
	})
}
