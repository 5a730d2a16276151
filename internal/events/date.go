package events

import (
	"strconv"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/nlp"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// Date resolves the first date expression among words against the
// publication date: "yesterday", "today", "on Thursday" (the last Thursday
// on or before the publication day), "May 16" and "16 May" (the nearest
// such day to the publication day, before or after it: in a report of 30
// December "January 3" is next year's), "from 14 to 25 September" (its
// first day), "May 16, 2019", "last week" (seven days before), "last
// month" and "last year" (the same day a month or year before), "earlier
// this month" (the first of the month), "in 2010" (1 January of that
// year), "in May" (the 1st of the nearest May). Expressions that point
// forward ("next week") keep the publication date, like sentences with no
// expression. A zero publication date gives a zero date.
func Date(words []string, published time.Time) time.Time {
	if published.IsZero() {
		return published
	}
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, published.Location())
	lw := make([]string, len(words))
	for i, w := range words {
		lw[i] = strings.ToLower(strings.TrimSuffix(w, "."))
	}
	at := func(i int) string {
		if i >= 0 && i < len(lw) {
			return lw[i]
		}
		return ""
	}
	for i, w := range lw {
		switch {
		case w == "yesterday":
			return day.AddDate(0, 0, -1)
		case w == "today" || w == "tonight":
			return day
		case w == "week" && at(i-1) == "last":
			return day.AddDate(0, 0, -7)
		case w == "month" && at(i-1) == "last":
			return day.AddDate(0, -1, 0)
		case w == "year" && at(i-1) == "last":
			return day.AddDate(-1, 0, 0)
		case w == "month" && at(i-1) == "this" && at(i-2) == "earlier":
			return time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, day.Location())
		case w == "week" && at(i-1) == "this" && at(i-2) == "earlier":
			return day.AddDate(0, 0, -int(day.Weekday()+6)%7)
		}
		if wd, ok := weekdays[w]; ok {
			if at(i-1) == "next" || at(i-1) == "coming" {
				return day
			}
			back := (int(day.Weekday()) - int(wd) + 7) % 7
			if at(i-1) == "last" && back == 0 {
				back = 7
			}
			return day.AddDate(0, 0, -back)
		}
		if m, ok := months[w]; ok {
			// "may" is mostly the modal: only a capitalised May next to a
			// day or year, or after "in", is the month.
			if w == "may" && !strings.HasPrefix(words[i], "M") {
				continue
			}
			if d, ok := dayNumber(at(i + 1)); ok {
				y, ok := year(at(i+2), at(i+3))
				return monthDay(day, m, d, y, ok)
			}
			if d, ok := dayNumber(at(i - 1)); ok {
				// "from 14 to 25 September" starts on the 14th.
				if r := at(i - 2); r == "to" || r == "-" || r == "–" || r == "and" || r == "until" {
					if d0, ok := dayNumber(at(i - 3)); ok && d0 < d {
						d = d0
					}
				}
				y, ok := year(at(i+1), at(i+2))
				return monthDay(day, m, d, y, ok)
			}
			if y, ok := year(at(i+1), ""); ok {
				return time.Date(y, m, 1, 0, 0, 0, 0, day.Location())
			}
			if at(i-1) == "in" || at(i-1) == "since" || at(i-1) == "last" {
				return monthDay(day, m, 1, 0, false)
			}
		}
		if (w == "in" || w == "since") && i+1 < len(lw) {
			if y, ok := year(lw[i+1], ""); ok && y <= day.Year() {
				return time.Date(y, 1, 1, 0, 0, 0, 0, day.Location())
			}
		}
	}
	return day
}

// monthDay builds month m, day d of year y or, without a year, of the year
// that brings it nearest the publication day: news reports what has just
// happened and what is scheduled, so "January 3" in late December is
// next year's.
func monthDay(day time.Time, m time.Month, d, y int, haveYear bool) time.Time {
	if !haveYear {
		y = day.Year()
		best := time.Duration(1<<63 - 1)
		for _, c := range []int{day.Year() - 1, day.Year(), day.Year() + 1} {
			t := time.Date(c, m, d, 0, 0, 0, 0, day.Location())
			if dist := t.Sub(day).Abs(); dist < best {
				y, best = c, dist
			}
		}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, day.Location())
	if t.Month() != m { // 31 April
		return day
	}
	return t
}

func dayNumber(w string) (int, bool) {
	w = strings.TrimRight(w, "stndrh,")
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31
}

// year reads a four-digit year, skipping one comma token before it.
func year(w, next string) (int, bool) {
	if w == "," {
		w = next
	}
	if len(w) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil && y >= 1900 && y <= 2100
}

// sentenceDate is Date over a sentence's tokens.
func sentenceDate(s *nlp.Sentence, published time.Time) time.Time {
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i] = t.Text
	}
	return Date(words, published)
}
