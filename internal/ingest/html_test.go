package ingest

import (
	"errors"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		contentType string
		want        string
		wantErr     error
	}{
		{"UTF-8 without a declaration is kept", "<p>Café</p>", "", "<p>Café</p>", nil},
		{"a meta charset is honoured", "<meta charset=windows-1252><p>Caf\xe9</p>", "", "<meta charset=windows-1252><p>Café</p>", nil},
		{"a single-quoted http-equiv charset is honoured", "<meta http-equiv='content-type' content='text/html;charset=koi8-r'><p>\xf0\xc1\xd2\xcf\xcd</p>", "", "<meta http-equiv='content-type' content='text/html;charset=koi8-r'><p>Паром</p>", nil},
		{"the HTTP charset wins over the page's", "<meta charset=utf-8><p>Caf\xe9</p>", "text/html; charset=iso-8859-1", "<meta charset=utf-8><p>Café</p>", nil},
		{"an XML declaration's encoding is honoured", "<?xml version='1.0' encoding='iso-8859-1'?><p>\xe0</p>", "", "<?xml version='1.0' encoding='iso-8859-1'?><p>à</p>", nil},
		{"a charset declared after body is ignored", "<body><meta charset=latin1><p>Caf\xe9</p>", "", "", news.ErrInvalid},
		{"a declared UTF-8 page with a stray byte keeps its text", "<meta charset=utf-8><p>Caf\xe9 ok</p>", "", "<meta charset=utf-8><p>Caf\uFFFD ok</p>", nil},
		{"a page declaring latin-1 but written in UTF-8 is kept as UTF-8", "<meta charset=iso-8859-1><p>Café</p>", "", "<meta charset=iso-8859-1><p>Café</p>", nil},
		{"an unknown charset on valid UTF-8 is ignored", "<meta charset=klingon><p>ok</p>", "", "<meta charset=klingon><p>ok</p>", nil},
		{"an unknown charset on other bytes is unsupported", "<meta charset=klingon><p>\xe9</p>", "", "", news.ErrUnsupported},
		{"a UTF-8 byte-order mark is dropped", "\xef\xbb\xbf<p>ok</p>", "", "<p>ok</p>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeHTML([]byte(tt.in), tt.contentType)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("decodeHTML(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if string(got) != tt.want {
				t.Errorf("decodeHTML(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
