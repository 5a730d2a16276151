package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// The inputs below are generated rather than committed as written because
// they hold bytes an editor would mangle: legacy charsets and gzip. They
// are rewritten with -update, beside the golden files.

const cyrillicPage = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Паром снова ходит</title></head>
<body><h1>Паром снова ходит</h1>
<p>Паромная переправа через реку Леск возобновила работу в понедельник после ремонта.</p>
</body></html>
`

const latinPage = `<!doctype html><html><head><meta charset="ISO-8859-1">
<title>Fête du village à Dunmere</title></head>
<body><p>La fête du village a réuni près de deux mille visiteurs samedi, selon la mairie.</p></body></html>
`

const wireJSONL = `{"url":"https://wire.example/b/1","title":"Grain harvest early","maintext":"Farmers in the lower valley began the grain harvest a week early.","date_publish":"2024-07-20 05:00:00","source_domain":"wire.example","language":"en","authors":["Desk staff"]}
{"url":"https://wire.example/b/2","title":"Heat warning","maintext":"Forecasters issued a heat warning for the weekend.","date_publish":"2024-07-21 05:00:00","source_domain":"wire.example","language":"en"}
`

func encode(tb testing.TB, cm *charmap.Charmap, s string) []byte {
	tb.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// crawlWARC is a small crawl: every record kind the reader handles or
// passes over, once.
func crawlWARC(tb testing.TB) []byte {
	tb.Helper()
	ru := encode(tb, charmap.Windows1251, cyrillicPage)
	plain := []byte(`<html><head><title>Tram depot market</title></head><body><p>The tram depot market opens on Saturday with forty stalls.</p></body></html>`)
	return warcFile(tb, true,
		warcRecord{Type: "warcinfo", ContentType: "application/warc-fields", Block: []byte("software: entente-test\r\nformat: WARC File Format 1.1\r\n")},
		warcRecord{Type: "request", URI: "https://paper.example/ferry", ContentType: "application/http; msgtype=request", Block: []byte("GET /ferry HTTP/1.1\r\nHost: paper.example\r\n\r\n")},
		response("https://paper.example/ferry", httpResponse("200 OK", gzipBytes(tb, ru),
			"Content-Type: text/html; charset=windows-1251", "Content-Encoding: gzip")),
		warcRecord{Type: "metadata", URI: "https://paper.example/ferry", ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 120\r\n")},
		response("https://paper.example/gone", httpResponse("404 Not Found", []byte("<html><body>Not found</body></html>"), "Content-Type: text/html")),
		response("https://paper.example/logo.png", httpResponse("200 OK", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "Content-Type: image/png")),
		response("https://paper.example/market", httpResponse("200 OK", chunked(plain, 40),
			"Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked")),
		warcRecord{Type: "revisit", URI: "https://paper.example/market", ContentType: "application/http; msgtype=response", Block: []byte("HTTP/1.1 304 Not Modified\r\n\r\n")},
		warcRecord{Type: "resource", URI: "file:///archive/notice.html", ContentType: "text/html", Block: []byte("<p>Notice: the archive reading room is closed on Mondays.</p>")},
		response("https://paper.example/old", httpResponse("301 Moved Permanently", nil, "Location: https://paper.example/new")),
	)
}

// writeGenerated rewrites the generated inputs under testdata.
func writeGenerated(t *testing.T) {
	t.Helper()
	files := map[string][]byte{
		"cyrillic.html": encode(t, charmap.Windows1251, cyrillicPage),
		"latin1.html":   encode(t, charmap.ISO8859_1, latinPage),
		"wire.jsonl.gz": gzipBytes(t, []byte(wireJSONL)),
		"crawl.warc.gz": crawlWARC(t),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join("testdata", name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
