package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIngestReportsBadFilesAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(`{"title":"x","text":"cut off"}`+"\n", 200)))
	zw.Close()
	write("good.txt", []byte("Minsk hosts talks\n\nDelegations from four countries met in Minsk on Wednesday to discuss a ceasefire.\n"))
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe})
	write("latin1.txt", []byte("Caf\xe9 talks \xe0 Minsk were \xff\xfe held today.\n"))
	write("truncated.jsonl.gz", gz.Bytes()[:gz.Len()/2])
	write("empty.html", nil)
	write("truncated.warc", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"))

	var out, errOut bytes.Buffer
	db := filepath.Join(dir, "bad.db")
	err := run(context.Background(), []string{"ingest", "--db", db, dir}, nil, &out, &errOut)
	if err != nil {
		t.Fatalf("ingest failed on bad files: %v", err)
	}
	if !strings.Contains(out.String(), "ingested 1,") {
		t.Errorf("summary %q: want the good article ingested", out.String())
	}
	for _, name := range []string{"binary.txt", "latin1.txt", "truncated.jsonl.gz", "empty.html", "truncated.warc"} {
		if !strings.Contains(errOut.String(), name) {
			t.Errorf("no error reported for %s; stderr:\n%s", name, errOut.String())
		}
	}
}

func TestIngestReadsStdin(t *testing.T) {
	var out, errOut bytes.Buffer
	db := filepath.Join(t.TempDir(), "stdin.db")
	in := strings.NewReader(`{"url":"https://example.org/a","headline":"Gas deal signed","maintext":"Gazprom and Minsk signed a gas deal on Friday."}` + "\n")
	if err := run(context.Background(), []string{"ingest", "--db", db, "-"}, in, &out, &errOut); err != nil {
		t.Fatalf("ingest -: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "ingested 1,") {
		t.Errorf("summary %q", out.String())
	}
}
