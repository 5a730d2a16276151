package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/entente-news/entente/internal/news"
)

// checkRead runs Read on fuzzed input and checks what must hold for any
// input: no panic, every document named after its input and UTF-8.
func checkRead(t *testing.T, name string, b []byte) {
	t.Helper()
	docs := 0
	err := Read(context.Background(), name, bytes.NewReader(b), Sink{
		Doc: func(r news.Raw) error {
			docs++
			if r.Name != name && !strings.HasPrefix(r.Name, name+"#") {
				t.Errorf("document named %q from input %q", r.Name, name)
			}
			if !utf8.Valid(r.Body) {
				t.Errorf("%s: body is not UTF-8: %q", r.Name, r.Body[:min(len(r.Body), 80)])
			}
			for _, s := range []string{r.URL, r.Title, r.Author, r.Source, r.Language} {
				if !utf8.ValidString(s) {
					t.Errorf("%s: metadata is not UTF-8: %q", r.Name, s)
				}
			}
			return nil
		},
		Skip:  func(string, string) {},
		Error: func(string, error) {},
	})
	// Every document comes from at least one input byte; more means a loop
	// that invents records.
	if docs > len(b) {
		t.Errorf("%d documents from %d bytes", docs, len(b))
	}
	if err != nil && !strings.HasPrefix(err.Error(), name+": ") {
		t.Errorf("error %q does not name input %q", err, name)
	}
}

// addTestdata seeds a fuzz target with the golden inputs whose names end in
// one of exts.
func addTestdata(f *testing.F, exts ...string) {
	paths, _ := filepath.Glob("testdata/*")
	for _, p := range paths {
		for _, ext := range exts {
			if strings.HasSuffix(p, ext) {
				b, err := os.ReadFile(p)
				if err != nil {
					f.Fatal(err)
				}
				f.Add(b)
			}
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	addTestdata(f, ".jsonl")
	f.Add([]byte(`{"TEXT":["a",1,{"name":"b"}],"authors":[{"name":"x"}],"date":1e99}` + "\n"))
	f.Add([]byte("{\"text\":\"\xff\xfe\"}\r\n{}"))
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, "f.jsonl", b) })
}

func FuzzReadCSV(f *testing.F) {
	addTestdata(f, ".csv")
	f.Add([]byte("text,title\n\"a\"\"b\",c\nd\n\"unterminated\n"))
	f.Add([]byte("\ufeffBody,Body,url\n\xe9,x,y\n"))
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, "f.csv", b) })
}

func FuzzReadWARC(f *testing.F) {
	f.Add(warcFile(f, false, htmlResponse(1), htmlResponse(2)))
	f.Add(warcFile(f, false,
		response("u", httpResponse("200 OK", chunked(page(3), 7), "Content-Type: text/html", "Transfer-Encoding: chunked")),
		response("u", httpResponse("200 OK", gzipBytes(f, page(4)), "Content-Type: text/html; charset=koi8-r", "Content-Encoding: deflate")),
		warcRecord{Type: "resource", URI: "<u>", ContentType: "text/html", Block: page(5)},
	))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\nWARC-Type: response\n folded\nContent-Length: 0\n\n\n\nWARC/1.0\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, "f.warc", b) })
}

// FuzzRead feeds sniffed input of any kind, gzip included.
func FuzzRead(f *testing.F) {
	addTestdata(f, ".txt", ".html", ".rss", ".atom", ".gz")
	f.Add([]byte("<rss><channel><item><description>x</description></item></channel></rss>"))
	f.Add([]byte("title,text\na,b\n"))
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, "-", b) })
}
