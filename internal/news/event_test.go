package news_test

import (
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
)

func TestDateText(t *testing.T) {
	d := time.Date(1999, 12, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		date      time.Time
		precision string
		want      string
	}{
		{"a day is written in full", d, news.PrecisionDay, "1999-12-08"},
		{"an old event without a precision is a day", d, "", "1999-12-08"},
		{"a month drops the day", d, news.PrecisionMonth, "1999-12"},
		{"a year is the year alone", d, news.PrecisionYear, "1999"},
		{"a decade is its first year and s", d, news.PrecisionDecade, "1990s"},
		{"no date is empty", time.Time{}, news.PrecisionYear, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := news.Event{Date: tt.date, DatePrecision: tt.precision}
			if got := e.DateText(); got != tt.want {
				t.Errorf("DateText() = %q, want %q", got, tt.want)
			}
		})
	}
}
