package events

import (
	"strconv"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// ago reads a span of time counted back from the publication day at
// lw[i], its unit: "three days ago", "six months earlier", "twenty years
// after ...", "a decade since ...". News counts such spans from the day it
// is written, so each is resolved against day, to the unit's precision
// (a month of months, a year of years and decades: "twenty years ago" is
// no particular day). For "after" and "since" the span dates the clause
// that follows, up to its comma, and end is where that clause ends; for
// "ago" and "earlier" it dates the sentence and end is -1. "Later" and
// "before" count from a time the text tells, not from publication ("two
// years before the war"), and are left alone.
func ago(lw []string, i int, day time.Time) (t time.Time, prec string, end int, ok bool) {
	if i == 0 || i+1 >= len(lw) {
		return t, "", 0, false
	}
	n, ok := count(lw[i-1])
	if !ok {
		return t, "", 0, false
	}
	switch strings.TrimSuffix(lw[i], "s") {
	case "day":
		t, prec = day.AddDate(0, 0, -n), news.PrecisionDay
	case "week":
		t, prec = day.AddDate(0, 0, -7*n), news.PrecisionDay
	case "month":
		t, prec = firstOfMonth(day).AddDate(0, -n, 0), news.PrecisionMonth
	case "year":
		t, prec = time.Date(day.Year()-n, 1, 1, 0, 0, 0, 0, time.UTC), news.PrecisionYear
	case "decade":
		t, prec = time.Date(day.Year()-10*n, 1, 1, 0, 0, 0, 0, time.UTC), news.PrecisionYear
	default:
		return t, "", 0, false
	}
	switch lw[i+1] {
	case "ago", "earlier":
		return t, prec, -1, true
	case "after", "since":
		end = i + 2
		for end < len(lw) && lw[end] != "," && lw[end] != ";" && lw[end] != ":" {
			end++
		}
		return t, prec, end, true
	}
	return t, "", 0, false
}

var numbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// count reads a small cardinal: "3", "three", "twenty-five", "a".
func count(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil {
		return n, n > 0 && n < 1000
	}
	tens, ones, hyphen := strings.Cut(w, "-")
	n, ok := numbers[tens]
	if !hyphen {
		return n, ok
	}
	m, ok2 := numbers[ones]
	return n + m, ok && ok2 && n >= 20 && n%10 == 0 && m < 10
}

// yearSpan reads a year or a span of years by its first: "2010",
// "2020-2021", "2020–21" (a span the tokenizer splits, "2020 – 21", is
// read by its first token alone).
func yearSpan(w string) (int, bool) {
	first, rest, span := strings.Cut(strings.ReplaceAll(w, "–", "-"), "-")
	y, ok := year(first, "")
	if !ok || !span {
		return y, ok
	}
	if _, err := strconv.Atoi(rest); err != nil || len(rest) != 2 && len(rest) != 4 {
		return 0, false
	}
	return y, true
}

// decade reads "the 1990s", "the early 2000s", "the mid-1990s" at
// lw[i:], by the decade's first year.
func decade(lw []string, i int) (int, bool) {
	if i >= len(lw) || lw[i] != "the" {
		return 0, false
	}
	i++
	if i < len(lw) && (lw[i] == "early" || lw[i] == "late" || lw[i] == "mid") {
		i++
	}
	if i >= len(lw) {
		return 0, false
	}
	w := lw[i]
	for _, p := range []string{"early-", "late-", "mid-"} {
		w = strings.TrimPrefix(w, p)
	}
	if len(w) != 5 || !strings.HasSuffix(w, "0s") {
		return 0, false
	}
	y, ok := year(w[:4], "")
	return y, ok
}
