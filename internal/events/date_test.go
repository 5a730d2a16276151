package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/events"
)

func TestDate(t *testing.T) {
	pub := time.Date(2021, 6, 4, 15, 30, 0, 0, time.UTC) // a Friday
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, text string
		want       time.Time
	}{
		{"a sentence without a date keeps the publication day", "Minsk signed the deal .", day(2021, 6, 4)},
		{"yesterday is the day before", "Minsk signed the deal yesterday .", day(2021, 6, 3)},
		{"on Thursday is the last Thursday", "Minsk signed the deal on Thursday .", day(2021, 6, 3)},
		{"on Friday is the publication day itself", "Minsk signed on Friday .", day(2021, 6, 4)},
		{"on Saturday is the Saturday before", "Minsk signed on Saturday .", day(2021, 5, 29)},
		{"a month and day fall in the publication year", "Minsk signed on May 16 .", day(2021, 5, 16)},
		{"a day and month read the same", "Minsk signed on 16 May .", day(2021, 5, 16)},
		{"a month and day a few months ahead are this year's", "Minsk will sign on September 25 .", day(2021, 9, 25)},
		{"of two December firsts the nearer, this year's, wins", "Minsk signed on December 1 .", day(2021, 12, 1)},
		{"a full date keeps its year", "Minsk signed on May 16 , 2019 .", day(2019, 5, 16)},
		{"last week is seven days before", "Minsk signed last week .", day(2021, 5, 28)},
		{"in a year is its first day", "Minsk signed in 2010 .", day(2010, 1, 1)},
		{"earlier this month is the first of the month", "Minsk signed earlier this month .", day(2021, 6, 1)},
		{"the modal may is no month", "Minsk may sign 16 treaties .", day(2021, 6, 4)},
		{"next week points forward and keeps the publication day", "Minsk will sign next Monday .", day(2021, 6, 4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := events.Date(strings.Fields(tt.text), pub); !got.Equal(tt.want) {
				t.Errorf("Date(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
	t.Run("a zero publication date gives a zero date", func(t *testing.T) {
		if got := events.Date([]string{"yesterday"}, time.Time{}); !got.IsZero() {
			t.Errorf("got %v", got)
		}
	})
}

func TestDateNearYearEnds(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, text string
		published  time.Time
		want       time.Time
	}{
		{"early January in late December is next year's", "The talks resume on January 3 .", day(2020, 12, 30), day(2021, 1, 3)},
		{"late December in early January is last year's", "The talks ended on December 28 .", day(2021, 1, 2), day(2020, 12, 28)},
		{"New Year's Eve read on New Year's Day is the day before", "Minsk signed on 31 December .", day(2022, 1, 1), day(2021, 12, 31)},
		{"New Year's Day read on New Year's Eve is the day after", "The tariff starts on 1 January .", day(2021, 12, 31), day(2022, 1, 1)},
		{"a range of days starts on its first", "Drills are scheduled from 14 to 25 September .", day(2020, 9, 14), day(2020, 9, 14)},
		{"a range read before it starts is this year's", "Drills are planned from 20 to 25 September .", day(2020, 9, 1), day(2020, 9, 20)},
		{"a stated year wins over nearness", "Minsk signed on 3 January 2020 .", day(2020, 12, 30), day(2020, 1, 3)},
		{"29 February takes a leap year's", "Minsk signed on 29 February .", day(2024, 3, 10), day(2024, 2, 29)},
		{"a month a few weeks ahead is this year's", "Deliveries fall in September .", day(2013, 8, 20), day(2013, 9, 1)},
		{"a month of last winter read in spring is last year's", "Prices rose in December .", day(2014, 3, 2), day(2013, 12, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := events.Date(strings.Fields(tt.text), tt.published); !got.Equal(tt.want) {
				t.Errorf("Date(%q, %s) = %s, want %s", tt.text, tt.published.Format(time.DateOnly), got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
			}
		})
	}
}

func TestLexicon(t *testing.T) {
	lx, err := events.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lemma string
		following   []string
		code, typ   string
		quad        int
		goldstein   float64
	}{
		{"a bare verb takes its own code", "accuse", []string{"poland"}, "112", "ACCUSE", 3, -2},
		{"a pattern with its object takes the pattern's code", "impose", []string{"sanction", "on", "belarus"}, "163", "SANCTION", 4, -6.5},
		{"a pattern through a synonym set matches", "sign", []string{"peace", "treaty"}, "057", "SUPPORT", 1, 8},
		{"an attack is an assault", "attack", nil, "190", "ASSAULT", 4, -10},
		{"an unknown verb codes nothing", "frobnicate", nil, "", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := lx.Match(tt.lemma, tt.following)
			if code != tt.code || lx.Plover(code) != tt.typ || events.QuadClass(code) != tt.quad || lx.Goldstein(code) != tt.goldstein {
				t.Errorf("Match(%q, %q) = %q %q quad %d goldstein %v, want %q %q %d %v", tt.lemma, tt.following,
					code, lx.Plover(code), events.QuadClass(code), lx.Goldstein(code), tt.code, tt.typ, tt.quad, tt.goldstein)
			}
		})
	}
}
