package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

var (
	errLineTooLong = fmt.Errorf("%w: line longer than %d MB", news.ErrUnsupported, maxLine>>20)
	// errLongLine is readLine's signal; callers say which limit it was.
	errLongLine = errors.New("line too long")
)

// readJSONL reads one JSON object per line. A bad line goes to sink.Error
// and reading goes on; a read error (a truncated gzip) ends the input, and
// the partial line before it is dropped rather than half-read.
func readJSONL(ctx context.Context, name string, br *bufio.Reader, sink Sink) error {
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(br, maxLine)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errLongLine) {
			return fmt.Errorf("line %d: %w", n, err)
		}
		lname := fmt.Sprintf("%s#line %d", name, n)
		if errors.Is(err, errLongLine) {
			sink.error(lname, errLineTooLong)
			continue
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			raw, perr := jsonRecord(lname, line)
			switch {
			case perr != nil:
				sink.error(lname, perr)
			case raw.Body == nil:
				sink.skip(lname, "jsonl: record without text")
			default:
				if derr := sink.doc(raw); derr != nil {
					return derr
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine returns the next line without its line ending. A line over max
// bytes is consumed to its end and reported as errLongLine without being
// kept; io.EOF comes with the last line.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong && (err == nil || errors.Is(err, io.EOF)) {
			return nil, errLongLine
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, err
	}
}

// jsonRecord maps one JSON object onto a Raw; Body is nil when it has no
// text. Keys match case-insensitively; of two keys differing only in case
// the lowercase one wins, then the lexically first.
func jsonRecord(name string, line []byte) (news.Raw, error) {
	// One decode into generic values: decoding to json.RawMessage and then
	// each value again scanned the body twice.
	if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return news.Raw{}, fmt.Errorf("%w: json value is not an object", news.ErrInvalid)
	}
	var obj map[string]any
	if err := json.Unmarshal(line, &obj); err != nil {
		return news.Raw{}, fmt.Errorf("%w: %v", news.ErrInvalid, err)
	}
	fields := make(map[string]any, len(obj))
	keys := make(map[string]string, len(obj))
	for k, v := range obj {
		lk := strings.ToLower(k)
		prev, seen := keys[lk]
		if !seen || prev != lk && (k == lk || k < prev) {
			fields[lk], keys[lk] = v, k
		}
	}
	raw, _ := record(name, news.FormatJSONL, func(key string) string {
		sep := "\n\n"
		if slices.Contains(authorKeys, key) {
			sep = ", "
		}
		return jsonText(fields[key], sep, 0)
	})
	return raw, nil
}

// jsonText flattens a JSON value to text: strings as they are, numbers as
// written, arrays joined by sep (paragraph lists, author lists), and objects
// by their "name" (NewsAPI's {"id":…, "name":…} source, author objects).
// Nesting deeper than an array of author objects is ignored: no dataset
// needs it.
func jsonText(v any, sep string, depth int) string {
	if depth > 2 {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []any:
		parts := make([]string, 0, len(v))
		for _, it := range v {
			if s := strings.TrimSpace(jsonText(it, sep, depth+1)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, sep)
	case map[string]any:
		for k, x := range v {
			if strings.EqualFold(k, "name") {
				return jsonText(x, sep, depth+1)
			}
		}
	}
	return ""
}
