package ingest

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name string
		in   string
		want time.Time // zero when the date must not be read
	}{
		{"RFC 3339 with an offset keeps the instant", "2024-03-04T08:30:00+01:00", utc(2024, 3, 4, 7, 30)},
		{"RFC 3339 with fractional seconds", "2024-03-04T07:30:00.250Z", utc(2024, 3, 4, 7, 30).Add(250 * time.Millisecond)},
		{"a bare date is midnight UTC", "2024-02-29", utc(2024, 2, 29, 0, 0)},
		{"a space-separated date and time is UTC", "2024-01-15 06:45:00", utc(2024, 1, 15, 6, 45)},
		{"an RFC 1123 date with a numeric zone", "Mon, 02 Sep 2024 10:00:00 +0200", utc(2024, 9, 2, 8, 0)},
		{"an RFC 1123 date with a one-digit day", "Mon, 2 Sep 2024 10:00:00 +0000", utc(2024, 9, 2, 10, 0)},
		{"Unix seconds", "1709541000", utc(2024, 3, 4, 8, 30)},
		{"Unix milliseconds", "1709541000000", utc(2024, 3, 4, 8, 30)},
		{"a compact date", "20240304", utc(2024, 3, 4, 0, 0)},
		{"a written-out date", "March 4, 2024", utc(2024, 3, 4, 0, 0)},
		{"an ambiguous slashed date is not guessed", "03/04/2024", time.Time{}},
		{"words are not a date", "sometime last week", time.Time{}},
		{"a short number is not a date", "2024", time.Time{}},
		{"blank is not a date", "  ", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDate(tt.in)
			if tt.want.IsZero() {
				if err == nil {
					t.Errorf("parseDate(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil || !got.Equal(tt.want) {
				t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}
