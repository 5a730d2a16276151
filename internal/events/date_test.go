package events_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/events"
	"github.com/entente-news/entente/internal/news"
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
		{"last month is its first day", "Minsk signed last month .", day(2021, 5, 1)},
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
		{"last July read in March is last year's, though this year's is nearer", "Strikes have killed eight since last July .", day(2021, 3, 2), day(2020, 7, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := events.Date(strings.Fields(tt.text), tt.published); !got.Equal(tt.want) {
				t.Errorf("Date(%q, %s) = %s, want %s", tt.text, tt.published.Format(time.DateOnly), got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
			}
		})
	}
}

func TestWhen(t *testing.T) {
	pub := time.Date(2019, 12, 7, 15, 30, 0, 0, time.UTC) // a Saturday
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, text string
		trigger    string // the event's verb; "" for the main clause
		want       time.Time
		precision  string
	}{
		{"a plain sentence is known to the day", "Minsk signed the deal .", "", day(2019, 12, 7), news.PrecisionDay},
		{"a weekday is known to the day", "Minsk signed on Tuesday .", "", day(2019, 12, 3), news.PrecisionDay},
		{"a year alone is known to the year", "Moscow lent Minsk $1 billion in 2017 .", "", day(2017, 1, 1), news.PrecisionYear},
		{"a span of years is its first year", "Moscow lent Minsk money in 2017-2018 .", "", day(2017, 1, 1), news.PrecisionYear},
		{"a span of years with an en dash and two digits", "Moscow lent Minsk money in 2016–17 .", "", day(2016, 1, 1), news.PrecisionYear},
		{"a month and year are known to the month", "Minsk signed in March 2015 .", "", day(2015, 3, 1), news.PrecisionMonth},
		{"in a month is known to the month", "Minsk signed in October .", "", day(2019, 10, 1), news.PrecisionMonth},
		{"last year is known to the year", "Minsk signed last year .", "", day(2018, 1, 1), news.PrecisionYear},
		{"earlier this year is known to the year", "Minsk signed earlier this year .", "", day(2019, 1, 1), news.PrecisionYear},
		{"earlier this month is known to the month", "Minsk signed earlier this month .", "", day(2019, 12, 1), news.PrecisionMonth},
		{"years ago count back from publication", "Ten years ago Moscow cut gas to Minsk .", "", day(2009, 1, 1), news.PrecisionYear},
		{"hyphenated numbers count", "Twenty-five years ago Moscow cut gas to Minsk .", "", day(1994, 1, 1), news.PrecisionYear},
		{"years earlier count back from publication", "Three years earlier , Moscow had cut gas .", "", day(2016, 1, 1), news.PrecisionYear},
		{"a decade ago is ten years back, to the year", "A decade ago Moscow cut gas .", "", day(2009, 1, 1), news.PrecisionYear},
		{"two decades ago is twenty years back", "Two decades ago Moscow cut gas .", "", day(1999, 1, 1), news.PrecisionYear},
		{"months ago are known to the month", "Six months ago Moscow cut gas .", "", day(2019, 6, 1), news.PrecisionMonth},
		{"days ago are known to the day", "Moscow cut gas three days ago .", "", day(2019, 12, 4), news.PrecisionDay},
		{"a decade is known to the decade", "Moscow cut gas to Minsk in the 1990s .", "", day(1990, 1, 1), news.PrecisionDecade},
		{"part of a decade is still the decade", "Moscow cut gas to Minsk in the mid-1990s .", "", day(1990, 1, 1), news.PrecisionDecade},
		{"the event inside years after dates from publication back",
			"Twenty years after Yeltsin and Lukashenka signed the treaty , the leaders met on Saturday .", "signed", day(1999, 1, 1), news.PrecisionYear},
		{"the main clause after years after keeps its own date",
			"Twenty years after Yeltsin and Lukashenka signed the treaty , the leaders met on Friday .", "met", day(2019, 12, 6), news.PrecisionDay},
		{"a trailing years since dates its clause",
			"The leaders met on Friday , twenty years since Yeltsin signed the treaty .", "signed", day(1999, 1, 1), news.PrecisionYear},
		{"years before count from the text's time, not publication", "Two years before the war Moscow cut gas .", "", day(2019, 12, 7), news.PrecisionDay},
		{"several years is no count", "Several years ago Moscow cut gas .", "", day(2019, 12, 7), news.PrecisionDay},
		{"a future year is known to the year", "The pipeline opens in 2021 .", "", day(2021, 1, 1), news.PrecisionYear},
		{"last and a month is the latest one before", "Strikes have killed eight since last October .", "", day(2019, 10, 1), news.PrecisionMonth},
		{"since a month is the latest one before", "Strikes have killed eight since October .", "", day(2019, 10, 1), news.PrecisionMonth},
		{"a span the tokenizer splits is its first year", "Moscow lent Minsk money in 2016 – 17 .", "", day(2016, 1, 1), news.PrecisionYear},
		{"since a decade is not the decade", "Moscow has lent Minsk money since the 1990s .", "", day(2019, 12, 7), news.PrecisionDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.text)
			at := slices.Index(words, tt.trigger)
			if tt.trigger == "" {
				at = -1
			}
			got, prec := events.When(words, pub, at, false)
			if !got.Equal(tt.want) || prec != tt.precision {
				t.Errorf("When(%q, %d) = %s %s, want %s %s", tt.text, at, got.Format(time.DateOnly), prec, tt.want.Format(time.DateOnly), tt.precision)
			}
		})
	}
}

// A report from Minsk (+03:00) written after midnight names its local
// day; stored as UTC the day must not slip to the one before.
func TestWhenKeepsTheLocalDay(t *testing.T) {
	minsk := time.FixedZone("MSK", 3*60*60)
	pub := time.Date(2024, 12, 6, 1, 30, 0, 0, minsk)
	tests := []struct {
		name, text string
		want       time.Time
	}{
		{"a named day is that calendar day in UTC", "The election is scheduled for 26 January 2025 .", time.Date(2025, 1, 26, 0, 0, 0, 0, time.UTC)},
		{"today is the local publication day", "Minsk signed today .", time.Date(2024, 12, 6, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := events.When(strings.Fields(tt.text), pub, -1, false)
			if !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("When(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFutureDates(t *testing.T) {
	an, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		realized   bool
		modality   string
		precision  string
	}{
		{"a deal signed on a named past day is realised", "Russia signed an agreement with Belarus on 2 June .", true, "", news.PrecisionDay},
		{"a deal dated after publication is not yet realised", "Russia signed an agreement with Belarus for 26 January 2025 .", false, "future", news.PrecisionDay},
		{"a deal dated to a later year is not yet realised", "Russia signed an agreement with Belarus in 2023 .", false, "future", news.PrecisionYear},
		{"a deal dated to this year is realised", "Russia signed an agreement with Belarus in 2021 .", true, "", news.PrecisionYear},
		{"a past-tense deal on a yearless day ahead is last year's, realised", "Russia signed an agreement with Belarus on 25 August .", true, "", news.PrecisionDay},
		{"a past-tense deal in a yearless month ahead is last year's, realised", "In October Russia signed an agreement with Belarus .", true, "", news.PrecisionMonth},
		{"a past-tense warning of cuts in a month ahead is the report's news, realised", "Russia has warned Belarus of reduced deliveries in August .", true, "", news.PrecisionDay},
		{"a present-perfect deal on a yearless day ahead is last year's, realised", "Russia has signed an agreement with Belarus on 25 August .", true, "", news.PrecisionDay},
		{"a present accusation over a month ahead that is another act's is the report's news, realised", "Poland accuses Belarus of revenge for the sanctions in August .", true, "", news.PrecisionDay},
		{"a scheduled deal on a yearless day ahead is this year's, not realised", "Russia will sign an agreement with Belarus on 25 August .", false, "future", news.PrecisionDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Annotate(tt.text)
			evs := events.Code(doc, resolver().Resolve(doc, published), published)
			if len(evs) == 0 {
				t.Fatalf("no event in %q", tt.text)
			}
			e := evs[0]
			if e.Realized != tt.realized || e.Modality != tt.modality || e.DatePrecision != tt.precision {
				t.Errorf("%q: realized %v modality %q precision %q, want %v %q %q", tt.text, e.Realized, e.Modality, e.DatePrecision, tt.realized, tt.modality, tt.precision)
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

func FuzzWhen(f *testing.F) {
	f.Add("Twenty years after Yeltsin signed the treaty , the leaders met on Saturday .", int64(1575676800), 4, false)
	f.Add("Moscow lent Minsk money in 2016–17 and in the mid-1990s .", int64(1622764800), -1, true)
	f.Add("Six months ago Moscow cut gas since last July .", int64(1609286400), 2, true)
	f.Fuzz(func(t *testing.T, text string, unix int64, at int, past bool) {
		pub := time.Unix(unix%(1<<33), 0).UTC()
		got, prec := events.When(strings.Fields(text), pub, at, past)
		if got.IsZero() || got.Location() != time.UTC || got.Hour() != 0 || got.Minute() != 0 || got.Second() != 0 {
			t.Fatalf("When(%q, %v) = %v, want midnight UTC of a day", text, pub, got)
		}
		first := map[string]bool{
			news.PrecisionDay:    true,
			news.PrecisionMonth:  got.Day() == 1,
			news.PrecisionYear:   got.Day() == 1 && got.Month() == 1,
			news.PrecisionDecade: got.Day() == 1 && got.Month() == 1 && got.Year()%10 == 0,
		}
		if ok, known := first[prec]; !known || !ok {
			t.Fatalf("When(%q, %v) = %v at precision %q: not the first day of its period", text, pub, got, prec)
		}
	})
}

// TestRelativeClauseDates: a date in a relative clause is the clause's
// own act's, not the date of a trigger outside it.
func TestRelativeClauseDates(t *testing.T) {
	an, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2021, 6, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, trigger string
		want                time.Time
	}{
		{"a sanction is not dated by the relative clause on whom it falls",
			"The European Union imposed sanctions on Belarusian officers who helped the Russian troops that gathered near Ukraine in February.",
			"imposed", day},
		{"the relative clause's own act keeps its date",
			"The European Union imposed sanctions on Belarusian officers who helped the Russian troops that gathered near Ukraine in February.",
			"gathered", time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC)},
		{"a criticism is not dated by the participle clause of its topic",
			"Russia criticised changes to the treaty approved in March.",
			"criticised", day},
		{"a date in the trigger's own clause still dates it",
			"Russia signed a treaty with Belarus in May.",
			"signed", time.Date(2021, 5, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Annotate(tt.text)
			evs := events.Code(doc, resolver().Resolve(doc, published), published)
			i := slices.IndexFunc(evs, func(e news.Event) bool { return tt.text[e.Trigger.Start:e.Trigger.End] == tt.trigger })
			if i < 0 {
				t.Fatalf("no event triggered by %q in %q", tt.trigger, tt.text)
			}
			if got := evs[i].Date; !got.Equal(tt.want) {
				t.Errorf("%q: %s dated %s, want %s", tt.text, tt.trigger, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
			}
		})
	}
}
