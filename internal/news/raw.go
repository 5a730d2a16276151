package news

import "time"

// Format names the container a raw document came from.
type Format string

// The input formats Entente reads.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatCSV   Format = "csv"
	FormatWARC  Format = "warc"
	FormatFeed  Format = "feed"
)

// A Raw is one document as an input reader found it, before extraction.
// Metadata fields are what the container itself carried (JSONL columns, a
// feed item's link and date, a WARC target URI); extraction fills the rest.
type Raw struct {
	Name   string // where it came from: a path, plus "#line 12" or "#record 3"
	Format Format // the container
	HTML   bool   // Body is HTML rather than plain text
	Body   []byte // UTF-8 (readers transcode declared charsets)

	URL       string
	Title     string
	Author    string
	Source    string
	Language  string
	Published time.Time // zero when unknown
}
