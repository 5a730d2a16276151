package events

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
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
// month" and "last year" (the first day of that month or year), "earlier
// this month" (the first of the month), "in 2010" and "in 2020-21" (1
// January of the first year), "in May" (the 1st of the nearest May),
// "three days ago", "six months ago", "twenty years ago" or "earlier", "a
// decade ago" (counted back from the publication day), "in the 1990s"
// (1 January 1990). Expressions that point forward ("next week") keep the
// publication date, like sentences with no expression. "Twenty years
// after X signed ..." dates the signing, not the sentence: Date skips it
// (see When). The date is midnight UTC of the calendar day, whatever the
// publication's time zone: an event is dated by the day the article
// names, which a conversion to UTC would shift for a report from Minsk
// (+03:00) stored as UTC. A zero publication date gives a zero date.
func Date(words []string, published time.Time) time.Time {
	t, _ := When(words, published, -1, false)
	return t
}

// When is Date with the date's precision (news.PrecisionDay, Month, Year
// or Decade: "in 2010" is known to the year only, and its 1 January is no
// day of the event), for the event whose trigger is words[at]. A trigger
// inside "N years after ..." (up to the clause's comma) happened N years
// before publication, to the year; any other trigger skips that clause,
// whose date is not its own ("Twenty years after Yeltsin and Lukashenka
// signed the treaty, the leaders met on Saturday": the signing is
// publication minus twenty years, the meeting on Saturday). at < 0 is
// the sentence's main clause. past says the event's verb is in a past
// tense: a day or month without a year is then the latest one on or
// before the publication day ("the withdrawal was completed in October",
// read in June, is last October's), not the nearest.
func When(words []string, published time.Time, at int, past bool) (time.Time, string) {
	if published.IsZero() {
		return published, ""
	}
	// The calendar day of the publication where it was published.
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	lw := make([]string, len(words))
	for i, w := range words {
		lw[i] = strings.ToLower(strings.TrimSuffix(w, "."))
	}
	at1 := func(i int) string {
		if i >= 0 && i < len(lw) {
			return lw[i]
		}
		return ""
	}
	// A trigger inside "N years after ..." takes that clause's date,
	// wherever the clause stands.
	for i := range lw {
		if t, prec, end, ok := ago(lw, i, day); ok && end >= 0 && at > i && at < end {
			return t, prec
		}
	}
	for i := 0; i < len(lw); i++ {
		w := lw[i]
		switch {
		case w == "yesterday":
			return day.AddDate(0, 0, -1), news.PrecisionDay
		case w == "today" || w == "tonight":
			return day, news.PrecisionDay
		case w == "week" && at1(i-1) == "last":
			return day.AddDate(0, 0, -7), news.PrecisionDay
		case w == "month" && at1(i-1) == "last":
			return firstOfMonth(day.AddDate(0, 0, -day.Day())), news.PrecisionMonth
		case w == "year" && at1(i-1) == "last":
			return time.Date(day.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), news.PrecisionYear
		case w == "month" && at1(i-1) == "this" && at1(i-2) == "earlier":
			return firstOfMonth(day), news.PrecisionMonth
		case w == "year" && at1(i-1) == "this" && at1(i-2) == "earlier":
			return time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC), news.PrecisionYear
		case w == "week" && at1(i-1) == "this" && at1(i-2) == "earlier":
			return day.AddDate(0, 0, -int(day.Weekday()+6)%7), news.PrecisionDay
		}
		if t, prec, end, ok := ago(lw, i, day); ok {
			if end < 0 {
				return t, prec
			}
			i = end // the clause's dates are its own, not the trigger's
			continue
		}
		if wd, ok := weekdays[w]; ok {
			if at1(i-1) == "next" || at1(i-1) == "coming" {
				return day, news.PrecisionDay
			}
			back := (int(day.Weekday()) - int(wd) + 7) % 7
			if at1(i-1) == "last" && back == 0 {
				back = 7
			}
			return day.AddDate(0, 0, -back), news.PrecisionDay
		}
		if m, ok := months[w]; ok {
			// "may" is mostly the modal: only a capitalised May next to a
			// day or year, or after "in", is the month.
			if w == "may" && !strings.HasPrefix(words[i], "M") {
				continue
			}
			if d, ok := dayNumber(at1(i + 1)); ok {
				y, ok := year(at1(i+2), at1(i+3))
				return monthDay(day, m, d, y, ok, past)
			}
			if d, ok := dayNumber(at1(i - 1)); ok {
				// "from 14 to 25 September" starts on the 14th.
				if r := at1(i - 2); r == "to" || r == "-" || r == "–" || r == "and" || r == "until" {
					if d0, ok := dayNumber(at1(i - 3)); ok && d0 < d {
						d = d0
					}
				}
				y, ok := year(at1(i+1), at1(i+2))
				return monthDay(day, m, d, y, ok, past)
			}
			if y, ok := year(at1(i+1), ""); ok {
				return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), news.PrecisionMonth
			}
			if at1(i-1) == "in" || at1(i-1) == "since" || at1(i-1) == "last" {
				// "since July" and "last July" look back, whatever the tense.
				t, _ := monthDay(day, m, 1, 0, false, past || at1(i-1) != "in")
				return t, news.PrecisionMonth
			}
		}
		if (w == "in" || w == "since" || w == "during") && i+1 < len(lw) {
			if y, ok := yearSpan(lw[i+1]); ok {
				return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), news.PrecisionYear
			}
			// "since the 1990s" tells when a state began, not an event's time.
			if y, ok := decade(lw, i+1); ok && w != "since" {
				return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), news.PrecisionDecade
			}
		}
	}
	return day, news.PrecisionDay
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// monthDay builds month m, day d of year y or, without a year, of the year
// that brings it nearest the publication day: news reports what has just
// happened and what is scheduled, so "January 3" in late December is
// next year's. What is told in a past tense has happened: its day is the
// latest one on or before the publication day.
func monthDay(day time.Time, m time.Month, d, y int, haveYear, past bool) (time.Time, string) {
	if !haveYear {
		y = day.Year()
		best := time.Duration(1<<63 - 1)
		for _, c := range []int{day.Year() - 1, day.Year(), day.Year() + 1} {
			t := time.Date(c, m, d, 0, 0, 0, 0, time.UTC)
			if past && t.After(day) {
				continue
			}
			if dist := t.Sub(day).Abs(); dist < best {
				y, best = c, dist
			}
		}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Month() != m { // 31 April
		return day, news.PrecisionDay
	}
	return t, news.PrecisionDay
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

// dated sets the date and precision of e, triggered at token v of s, by
// When over the sentence's tokens, and makes an event the text dates
// after its publication day unrealised: what is scheduled for next month
// has not happened, whatever the tense of the verb reporting the plan
// ("the election scheduled for 26 January 2025"). Its PLOVER type stays
// the verb's: the fold into AGREE or THREATEN follows words of modality
// ("will", "threatened to"), and a date says when, not how the actor
// stands to the act.
//
// A date ahead that hangs on another word than the event's verb is
// another act's ("Transneft has warned of reduced deliveries in
// September", "accuses Minsk of retaliating for the diversion in May"):
// the event is the report's news, dated like a sentence without a date.
// What is told in a past tense has happened, so a date ahead that is its
// verb's is last year's (the yearless "the withdrawal was completed in
// October", read in June).
func dated(e *news.Event, s *nlp.Sentence, v int, published time.Time) {
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		if !aside(s, i, v) {
			words[i] = t.Text
		}
	}
	t, prec := When(words, published, v, false)
	if !published.IsZero() {
		day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
		if tv, past := pastTense(s, v); t.After(day) {
			switch {
			case !attached(s, dateToken(words), tv):
				t, prec = day, news.PrecisionDay
			case past:
				t, prec = When(words, published, v, true)
			}
		}
		if e.Realized && t.After(day) {
			e.Realized, e.Modality = false, "future"
		}
	}
	e.Date, e.DatePrecision = t, prec
}

// aside reports whether token i lies in a relative clause that does not
// hold the trigger v: "officers who helped plan the invasion from
// territory where forces had gathered in February", "changes to the
// doctrine approved in November". Such a clause tells of another act,
// and its date is that act's. A clause of time ("when they met in May")
// may date the trigger and is kept.
func aside(s *nlp.Sentence, i, v int) bool {
	for k, n := i, 0; k >= 0 && n <= len(s.Tokens); k, n = s.Tokens[k].Head, n+1 {
		if k == v {
			return false
		}
		if relative(s, k) && !dominates(s, k, v) {
			return true
		}
	}
	return false
}

// relative reports a clause headed at k that modifies a noun (acl,
// acl:relcl), or an adverbial clause the parser hung where a relative
// word opens it ("territory, where forces had gathered").
func relative(s *nlp.Sentence, k int) bool {
	switch r := s.Tokens[k].Rel; {
	case r == "acl" || r == "acl:relcl":
		return true
	case r != "advcl":
		return false
	}
	for j := range k {
		t := s.Tokens[j]
		if t.Head == k && (t.XPOS == "WDT" || t.XPOS == "WP" || t.XPOS == "WP$" || t.XPOS == "WRB" && strings.ToLower(t.Text) == "where") {
			return true
		}
	}
	return false
}

// dominates reports whether v lies in the subtree of k.
func dominates(s *nlp.Sentence, k, v int) bool {
	for n := 0; v >= 0 && n <= len(s.Tokens); v, n = s.Tokens[v].Head, n+1 {
		if v == k {
			return true
		}
	}
	return false
}

// dateToken is the first month name or year among words, where a date
// ahead of publication is told; -1 when there is none.
func dateToken(words []string) int {
	return slices.IndexFunc(words, func(w string) bool {
		_, month := months[strings.ToLower(w)]
		_, y := yearSpan(w)
		return month && w != "may" || y
	})
}

// attached reports whether the date at token d hangs on the verb tv: its
// heads reach tv before any other verb or noun (a month or year reaches
// its verb through prepositions and day numbers, "in October", "on 3 May").
func attached(s *nlp.Sentence, d, tv int) bool {
	for range 4 {
		if d < 0 || d >= len(s.Tokens) {
			return false
		}
		h := s.Tokens[d].Head
		if h == tv {
			return true
		}
		if h < 0 || s.Tokens[h].UPOS == "VERB" || s.Tokens[h].UPOS == "NOUN" {
			return false
		}
		d = h
	}
	return false
}

// pastTense reports whether the event at token v is told in a past tense,
// and by which verb: its own, or for a noun ("the withdrawal was
// completed") the sentence's root. A simple past ("signed"), a past
// auxiliary ("was completed", "had signed") and a present perfect ("have
// killed"), which tells what has already happened, are past.
func pastTense(s *nlp.Sentence, v int) (int, bool) {
	if s.Tokens[v].UPOS != "VERB" {
		v = slices.IndexFunc(s.Tokens, func(t nlp.Token) bool { return t.Head < 0 })
		if v < 0 {
			return v, false
		}
	}
	if s.Tokens[v].XPOS == "VBD" {
		return v, true
	}
	for _, t := range s.Tokens {
		if t.Head == v && strings.HasPrefix(t.Rel, "aux") && (t.XPOS == "VBD" || t.Lemma == "have") {
			return v, true
		}
	}
	return v, false
}
