package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Scraped plain text keeps its publication date, if anywhere, in the header
// lines the cleaner drops: bylines ("By X | 14 September 2020, 20:10"),
// meta lines ("Energy | 25.11.2011 | Views: 2 904") and datelines. The
// patterns below read the forms news sites print; they are few and explicit
// because a wrong date is worse than none, and a general date parser would
// also read the dates an article talks about.
var (
	dateDMY     = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b`)
	dateISO     = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)
	dateDayName = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(\p{L}+)\.?,?\s+((?:19|20)\d\d)\b`)
	dateNameDay = regexp.MustCompile(`(?i)\b(\p{L}+)\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`)
	clock       = regexp.MustCompile(`\b([01]?\d|2[0-3]):([0-5]\d)\b`)
)

// months maps month names and their common abbreviations, in English and
// in Russian, Belarusian and Ukrainian genitive (as dates print them), to
// their number.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	add := func(n time.Month, names ...string) {
		for _, s := range names {
			m[s] = n
		}
	}
	add(1, "january", "jan", "января", "студзеня", "січня")
	add(2, "february", "feb", "февраля", "лютага", "лютого")
	add(3, "march", "mar", "марта", "сакавіка", "березня")
	add(4, "april", "apr", "апреля", "красавіка", "квітня")
	add(5, "may", "мая", "мая", "травня")
	add(6, "june", "jun", "июня", "чэрвеня", "червня")
	add(7, "july", "jul", "июля", "ліпеня", "липня")
	add(8, "august", "aug", "августа", "жніўня", "серпня")
	add(9, "september", "sep", "sept", "сентября", "верасня", "вересня")
	add(10, "october", "oct", "октября", "кастрычніка", "жовтня")
	add(11, "november", "nov", "ноября", "лістапада", "листопада")
	add(12, "december", "dec", "декабря", "снежня", "грудня")
	return m
}()

// dateline finds a publication date in one header line. The time of day is
// kept when the line prints one; the zone is taken as UTC.
func dateline(s string) (time.Time, bool) {
	y, mo, d, ok := findDate(s)
	if !ok {
		return time.Time{}, false
	}
	h, mi := 0, 0
	if m := clock.FindStringSubmatch(s); m != nil {
		h, _ = strconv.Atoi(m[1])
		mi, _ = strconv.Atoi(m[2])
	}
	t := time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != mo { // 31.02.2020 rolled over: not a date
		return time.Time{}, false
	}
	return t, true
}

func findDate(s string) (y int, mo time.Month, d int, ok bool) {
	atoi := func(v string) int { n, _ := strconv.Atoi(v); return n }
	if m := dateISO.FindStringSubmatch(s); m != nil {
		return atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), valid(atoi(m[2]))
	}
	if m := dateDMY.FindStringSubmatch(s); m != nil {
		return atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]), valid(atoi(m[2]))
	}
	if m := dateDayName.FindStringSubmatch(s); m != nil {
		if n, found := months[strings.ToLower(m[2])]; found {
			return atoi(m[3]), n, atoi(m[1]), true
		}
	}
	if m := dateNameDay.FindStringSubmatch(s); m != nil {
		if n, found := months[strings.ToLower(m[1])]; found {
			return atoi(m[3]), n, atoi(m[2]), true
		}
	}
	return 0, 0, 0, false
}

func valid(month int) bool { return month >= 1 && month <= 12 }
