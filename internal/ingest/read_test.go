package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// page is a small HTML page that Read accepts, numbered to tell pages apart.
func page(i int) []byte {
	return fmt.Appendf(nil, "<html><body><p>Story number %d about the Lesk river.</p></body></html>", i)
}

func htmlResponse(i int) warcRecord {
	return response(fmt.Sprintf("https://paper.example/%d", i), httpResponse("200 OK", page(i), "Content-Type: text/html; charset=utf-8"))
}

func jsonLines(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, `{"url":"https://wire.example/%d","text":"Line %d of the wire feed, with some words to compress."}`+"\n", i, i)
	}
	return b.Bytes()
}

func TestReadBadInput(t *testing.T) {
	warc3 := warcFile(t, false, htmlResponse(1), htmlResponse(2), htmlResponse(3))
	warc3gz := warcFile(t, true, htmlResponse(1), htmlResponse(2), htmlResponse(3))
	jsonlGz := gzipBytes(t, jsonLines(2000))
	tests := []struct {
		name     string
		file     string
		in       []byte
		wantIs   error  // nil when the error wraps no sentinel
		wantText string // a piece of the error message
		wantDocs int
	}{
		{"a file with NUL bytes is refused as binary", "photo.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"), news.ErrUnsupported, "binary", 0},
		{"a text file full of control bytes is refused as binary", "notes.txt", bytes.Repeat([]byte("a\x01\x02\x03"), 100), news.ErrUnsupported, "binary", 0},
		{"a text file that is not UTF-8 is invalid", "notes.txt", []byte("Caf\xe9 opens on the quay"), news.ErrInvalid, "invalid utf-8 at byte 3", 0},
		{"an HTML page that is not UTF-8 and declares no charset is invalid", "page.html", []byte("<html><body>Caf\xe9</body></html>"), news.ErrInvalid, "no declared charset", 0},
		{"an empty file is invalid", "empty.txt", nil, news.ErrInvalid, "empty", 0},
		{"a file of blank lines is invalid", "blank.jsonl", []byte("\n\n  \n"), news.ErrInvalid, "empty", 0},
		{"an empty gzip stream is invalid", "empty.jsonl.gz", gzipBytes(t, nil), news.ErrInvalid, "empty", 0},
		{"a gzip stream cut short fails after the lines before it", "wire.jsonl.gz", jsonlGz[:len(jsonlGz)/2], nil, "unexpected EOF", -1},
		{"a WARC cut inside its third record names that record", "crawl.warc", warc3[:len(warc3)-40], news.ErrInvalid, "warc record 3", 2},
		{"a gzipped WARC cut inside its third record names that record", "crawl.warc.gz", warc3gz[:len(warc3gz)-20], nil, "warc record 3", 2},
		{"a WARC cut inside a header says the header is truncated", "crawl.warc", warc3[:len(htmlResponse(1).bytes())+30], news.ErrInvalid, "warc record 2: header", 1},
		{"a WARC record without Content-Length is invalid", "crawl.warc", []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\nabc"), news.ErrInvalid, "content-length", 0},
		{"text after a WARC record where a version line should be is invalid", "crawl.warc", append(htmlResponse(1).bytes(), "garbage\r\n"...), news.ErrInvalid, "warc record 2: invalid input: bad version line", 1},
		{"an XML file that is not a feed is unsupported", "sitemap.xml", []byte(`<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>`), news.ErrUnsupported, "not an RSS or Atom feed", 0},
		{"a feed that does not parse is invalid", "broken.rss", []byte(`<rss version="2.0"><channel><item><title>a</ti`), news.ErrInvalid, "feed", 0},
		{"a JSON array dump is unsupported with a hint", "dump.json", []byte("[\n  {\"text\": \"a\"}\n]\n"), news.ErrUnsupported, "jq -c", 0},
		{"a CSV whose header names no text column is unsupported", "prices.csv", []byte("item,price\nbread,2\n"), news.ErrUnsupported, "no text column", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := 0
			err := Read(t.Context(), tt.file, bytes.NewReader(tt.in), Sink{Doc: func(news.Raw) error { docs++; return nil }})
			if err == nil {
				t.Fatalf("Read(%s) = nil error, want one containing %q", tt.file, tt.wantText)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Read(%s) = %v, want it to wrap %v", tt.file, err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.wantText) || !strings.HasPrefix(err.Error(), tt.file+": ") {
				t.Errorf("Read(%s) = %q, want it to name the file and contain %q", tt.file, err, tt.wantText)
			}
			switch {
			case tt.wantDocs < 0 && docs == 0:
				t.Errorf("Read(%s) sent no documents before failing, want some", tt.file)
			case tt.wantDocs >= 0 && docs != tt.wantDocs:
				t.Errorf("Read(%s) sent %d documents, want %d", tt.file, docs, tt.wantDocs)
			}
		})
	}
}

func TestReadSniffsFormat(t *testing.T) {
	tests := []struct {
		name string
		file string
		head string
		want news.Format
	}{
		{"stdin starting with a brace is JSONL", "-", `{"text":"a"}`, news.FormatJSONL},
		{"stdin starting with an RSS root is a feed", "-", `<?xml version="1.0"?>` + "\n<!-- c --><rss version=\"2.0\">", news.FormatFeed},
		{"stdin starting with an RDF root is a feed", "-", `<rdf:RDF xmlns:rdf="x">`, news.FormatFeed},
		{"a name without extension holding a doctype is HTML", "page", "\n  <!DOCTYPE html><html>", news.FormatHTML},
		{"XHTML with an XML declaration is HTML", "-", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, news.FormatHTML},
		{"a bare paragraph tag is HTML", "-", "<p>Hello</p>", news.FormatHTML},
		{"prose starting with a heart is text", "-", "<3 the new ferry", news.FormatText},
		{"prose with commas is text", "-", "Rain, wind, and more rain, said the forecast.", news.FormatText},
		{"a header row naming a text column is CSV", "-", "title,text,url\nA,B,C\n", news.FormatCSV},
		{"a WARC version line wins over a .txt name", "crawl.txt", "WARC/1.0\r\n", news.FormatWARC},
		{"a .txt name wins over markup inside", "notes.txt", "<p>not parsed</p>", news.FormatText},
		{"an .xml name holding an Atom feed is a feed", "news.XML", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, news.FormatFeed},
		{"an .ndjson name is JSONL", "dump.ndjson", `{}`, news.FormatJSONL},
		{"a .htm name is HTML", "old.htm", "hello", news.FormatHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := detect(tt.file, []byte(tt.head))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("detect(%q, %q) = %s, want %s", tt.file, tt.head, got, tt.want)
			}
		})
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want []string
	}{
		{"gzipped JSONL on stdin is unpacked and named by line", gzipBytes(t, jsonLines(2)), []string{"-#line 1", "-#line 2"}},
		{"HTML on stdin is one page named -", []byte("<html><body>Quay news</body></html>"), []string{"-"}},
		{"a gzipped WARC on stdin is named by record", warcFile(t, true, htmlResponse(1)), []string{"-#record 1"}},
		{"UTF-16 text with a byte-order mark is read", []byte("\xff\xfeH\x00i\x00\n\x00"), []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := Read(t.Context(), "-", bytes.NewReader(tt.in), Sink{Doc: func(r news.Raw) error {
				got = append(got, r.Name)
				return nil
			}})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("names mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	t.Run("an error from Doc stops Read and is returned", func(t *testing.T) {
		docs := 0
		err := Read(t.Context(), "wire.jsonl", bytes.NewReader(jsonLines(5)), Sink{Doc: func(news.Raw) error {
			docs++
			return stop
		}})
		if !errors.Is(err, stop) || docs != 1 {
			t.Errorf("Read = %v after %d documents, want stop after 1", err, docs)
		}
	})
	t.Run("a cancelled context stops Read between records", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		docs := 0
		err := Read(ctx, "crawl.warc", bytes.NewReader(warcFile(t, false, htmlResponse(1), htmlResponse(2), htmlResponse(3))), Sink{Doc: func(news.Raw) error {
			docs++
			cancel()
			return nil
		}})
		if !errors.Is(err, context.Canceled) || docs != 1 {
			t.Errorf("Read = %v after %d documents, want context.Canceled after 1", err, docs)
		}
	})
}

// repeat is an endless reader of one byte, so a huge line costs no input
// buffer.
type repeat byte

func (r repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func TestReadLongLines(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50 and 65 MB lines")
	}
	t.Run("a 50 MB JSONL line is read whole", func(t *testing.T) {
		const size = 50 << 20
		in := io.MultiReader(strings.NewReader(`{"text":"`), io.LimitReader(repeat('a'), size), strings.NewReader("\"}\n"))
		var bodies []int
		err := Read(t.Context(), "big.jsonl", in, Sink{Doc: func(r news.Raw) error {
			bodies = append(bodies, len(r.Body))
			return nil
		}})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{size}, bodies); diff != "" {
			t.Errorf("body sizes mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("a line over 64 MB is reported and the next line still read", func(t *testing.T) {
		in := io.MultiReader(strings.NewReader(`{"text":"`), io.LimitReader(repeat('a'), 65<<20), strings.NewReader("\"}\n"+`{"text":"short"}`+"\n"))
		var names, bad []string
		err := Read(t.Context(), "big.jsonl", in, Sink{
			Doc:   func(r news.Raw) error { names = append(names, r.Name); return nil },
			Error: func(name string, err error) { bad = append(bad, fmt.Sprintf("%s: %v", name, err)) },
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"big.jsonl#line 1: unsupported input: line longer than 64 MB"}
		if diff := cmp.Diff(want, bad); diff != "" {
			t.Errorf("errors mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"big.jsonl#line 2"}, names); diff != "" {
			t.Errorf("documents mismatch (-want +got):\n%s", diff)
		}
	})
}
