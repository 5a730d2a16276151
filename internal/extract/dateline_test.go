package extract

import (
	"testing"
	"time"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		name, line string
		want       string // RFC 3339, "" when no date
	}{
		{"a byline with day, month name and time", "By Pavel Hrytsevich | 14 September 2020, 20:10 | 9,842 views", "2020-09-14T20:10:00Z"},
		{"a meta line with a dotted date", "Energy | 25.11.2011 | Views: 2 904", "2011-11-25T00:00:00Z"},
		{"a Russian meta line with a dotted date and time", "Просмотров: 12 480 | 12.02.2015, 14:37", "2015-02-12T14:37:00Z"},
		{"an American date", "December 8, 2019 · 6 min read · 4,771 views", "2019-12-08T00:00:00Z"},
		{"an abbreviated month", "Sept. 14, 2020", "2020-09-14T00:00:00Z"},
		{"an ISO date", "Posted 2021-11-08 23:14", "2021-11-08T23:14:00Z"},
		{"a Russian genitive month", "12 февраля 2015", "2015-02-12T00:00:00Z"},
		{"a Belarusian genitive month", "25 лютага 2024", "2024-02-25T00:00:00Z"},
		{"the first of two dates wins", "Published: 4 June 2011 | Updated: 5 June 2011", "2011-06-04T00:00:00Z"},
		{"a day that does not exist is no date", "31.02.2020", ""},
		{"a month number out of range is no date", "12.13.2020", ""},
		{"a word that is not a month is no date", "3 Views 2020", ""},
		{"a bare year is no date", "In 2020 the economy shrank", ""},
		{"a view counter alone is no date", "9,842 views", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := dateline(tt.line)
			s := ""
			if ok {
				s = got.Format(time.RFC3339)
			}
			if s != tt.want {
				t.Errorf("dateline(%q) = %q, want %q", tt.line, s, tt.want)
			}
		})
	}
}

func TestCleanTakesTheDateFromTheHeaderOnly(t *testing.T) {
	text := "Talks resume in Minsk\n\nEnergy | 25.11.2011 | Views: 2 904\n\n" +
		"Delegations met in Minsk on Friday, officials said, and agreed to meet again on 3 December 2011 to settle the gas price.\n\n" +
		"The talks on 1.12.2011 were cancelled later that week, officials said in a statement to reporters.\n"
	c := Clean(text)
	if got := c.Published.Format("2006-01-02"); got != "2011-11-25" {
		t.Errorf("Published = %s, want 2011-11-25 from the meta line", got)
	}
	if len(c.Removed) != 1 || c.Removed[0].Rule != "dateline" {
		t.Errorf("Removed = %v, want the meta line as dateline", c.Removed)
	}
}
