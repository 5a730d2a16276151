package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

// articleText is a made-up article of about n bytes whose words vary with
// seed, so that compression ratios stay near those of real news.
func articleText(seed, n int) string {
	words := strings.Fields("the council ferry harbour quay river market vote mayor bridge tram depot winter repairs county office strike dockworkers festival crowds forecast weekend pilot crane barge")
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[(seed*7+i*13+i*i)%len(words)])
		if i%17 == 16 {
			b.WriteString(fmt.Sprintf(" %d.\n", seed+i))
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func benchRead(b *testing.B, name string, in []byte, wantDocs int) {
	b.Helper()
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		docs := 0
		err := Read(b.Context(), name, bytes.NewReader(in), Sink{Doc: func(news.Raw) error { docs++; return nil }})
		if err != nil {
			b.Fatal(err)
		}
		if docs != wantDocs {
			b.Fatalf("read %d documents, want %d", docs, wantDocs)
		}
	}
}

// BenchmarkReadWARC reads a gzipped WARC of 200 pages of about 20 KB, each
// behind a request record, as Common Crawl lays them out. MB/s counts
// compressed input bytes.
func BenchmarkReadWARC(b *testing.B) {
	var recs []warcRecord
	for i := range 200 {
		uri := fmt.Sprintf("https://paper.example/story/%d", i)
		body := "<html><head><title>Story</title></head><body><p>" + articleText(i, 20<<10) + "</p></body></html>"
		recs = append(recs,
			warcRecord{Type: "request", URI: uri, ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\n\r\n")},
			response(uri, httpResponse("200 OK", []byte(body), "Content-Type: text/html; charset=utf-8")))
	}
	benchRead(b, "bench.warc.gz", warcFile(b, true, recs...), 200)
}

// BenchmarkReadJSONL reads 2,000 JSONL articles of about 3 KB.
func BenchmarkReadJSONL(b *testing.B) {
	var in bytes.Buffer
	for i := range 2000 {
		fmt.Fprintf(&in, `{"url":"https://wire.example/%d","title":"Story %d","maintext":%q,"date_publish":"2024-07-20 05:00:00","source_domain":"wire.example","language":"en","authors":["Desk staff","Nia Brandt"]}`+"\n",
			i, i, articleText(i, 3<<10))
	}
	benchRead(b, "bench.jsonl", in.Bytes(), 2000)
}
