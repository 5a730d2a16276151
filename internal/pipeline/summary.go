package pipeline

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Progress is a snapshot of a running ingest.
type Progress struct {
	Files, FilesTotal int
	Articles          int   // extracted so far
	Bytes, BytesTotal int64 // input bytes read
	Elapsed           time.Duration
}

// A Problem is one input, or one record in it, that could not be read.
type Problem struct {
	Name string `json:"name"`
	Err  string `json:"error"`
}

// A Summary is what an ingest did.
type Summary struct {
	Files      int            `json:"files"`
	Bytes      int64          `json:"bytes"`
	Stored     int            `json:"ingested"`
	Duplicates int            `json:"duplicates"`
	Skipped    map[string]int `json:"skipped"` // by reason
	Errors     []Problem      `json:"errors"`
	Elapsed    time.Duration  `json:"elapsed_ns"`
}

// SkippedTotal adds up the skips over all reasons.
func (s *Summary) SkippedTotal() int {
	n := 0
	for _, c := range s.Skipped {
		n += c
	}
	return n
}

// String is the one-line summary the CLI prints.
func (s *Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ingested %d, duplicates %d, skipped %d", s.Stored, s.Duplicates, s.SkippedTotal())
	if len(s.Skipped) > 0 {
		reasons := make([]string, 0, len(s.Skipped))
		for r, c := range s.Skipped {
			reasons = append(reasons, fmt.Sprintf("%s: %d", r, c))
		}
		sort.Strings(reasons)
		fmt.Fprintf(&b, " (%s)", strings.Join(reasons, ", "))
	}
	fmt.Fprintf(&b, ", errors %d from %d files in %s", len(s.Errors), s.Files, s.Elapsed.Round(time.Millisecond))
	return b.String()
}
