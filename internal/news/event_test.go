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

func TestFits(t *testing.T) {
	tests := []struct {
		name, precision, by string
		want                bool
	}{
		{"a day fits a day", news.PrecisionDay, "day", true},
		{"an old event without a precision fits a day", "", "day", true},
		{"a month fits no week", news.PrecisionMonth, "week", false},
		{"a month fits its month", news.PrecisionMonth, "month", true},
		{"a month fits its quarter", news.PrecisionMonth, "quarter", true},
		{"a year fits no quarter", news.PrecisionYear, "quarter", false},
		{"a year fits its year", news.PrecisionYear, "year", true},
		{"a decade fits no year", news.PrecisionDecade, "year", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (news.Event{DatePrecision: tt.precision}).Fits(tt.by); got != tt.want {
				t.Errorf("Fits(%q) with precision %q = %v, want %v", tt.by, tt.precision, got, tt.want)
			}
		})
	}
}
