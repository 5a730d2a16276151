package ingest

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms news datasets and feeds write, most common
// first. Layouts without a zone read as UTC; fractional seconds are
// accepted after any seconds field. Ambiguous numeric forms
// (01/02/2006) are left out on purpose: guessing day or month wrong is worse
// than leaving Published zero for extraction to find.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"20060102",
}

var errDate = errors.New("unrecognised date")

// parseDate reads a published date. All-digit values of 9–10 digits are
// Unix seconds and of 12–13 digits Unix milliseconds; eight digits are
// YYYYMMDD.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errDate
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) != 8 {
		switch {
		case len(s) == 9 || len(s) == 10:
			return time.Unix(n, 0).UTC(), nil
		case len(s) == 12 || len(s) == 13:
			return time.UnixMilli(n).UTC(), nil
		}
		return time.Time{}, errDate
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errDate
}
