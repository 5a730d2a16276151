package news

import (
	"strconv"
	"time"
)

// An Event is one coded interaction between two actors, read from one
// sentence: who did what to whom, in CAMEO and PLOVER terms.
type Event struct {
	Source     ActorID `json:"source,omitempty"`
	Target     ActorID `json:"target,omitempty"` // zero when the event has none
	SourceCode string  `json:"source_code,omitempty"`
	TargetCode string  `json:"target_code,omitempty"` // CAMEO country+sector, e.g. "BLRGOV"
	// Type is the PLOVER type ("AGREE", "ACCUSE", "SANCTION", "ASSAULT");
	// empty for CAMEO statements and appeals, which PLOVER drops.
	Type  string `json:"type,omitempty"`
	CAMEO string `json:"cameo"` // e.g. "057"
	// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
	// conflict, 4 material conflict.
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	// Realized is false for events the sentence denies or only envisages;
	// Modality says which: "negated", "hypothetical", "threat", "promise",
	// "future" or "" when realised.
	Realized bool      `json:"realized"`
	Modality string    `json:"modality,omitempty"`
	Date     time.Time `json:"date,omitzero"` // midnight UTC of the calendar day
	// DatePrecision says how much of Date the text gave: "day", or
	// "month", "year" or "decade" when Date is only the first day of the
	// month, year or decade the text named ("in May", "in 2020", "in the
	// 1990s"); empty with a zero Date. GDELT has no such field: a dyad
	// counts an event only in periods at least as coarse as its precision.
	DatePrecision string `json:"date_precision,omitempty"`
	Span          Span   `json:"span"`    // the evidence sentence
	Trigger       Span   `json:"trigger"` // the verb
	Sentence      int    `json:"sentence"`
}

// The values of Event.DatePrecision, finest first.
const (
	PrecisionDay    = "day"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
	PrecisionDecade = "decade"
)

// DateText writes Date no more precisely than the text gave it:
// "2020-09-14", "2020-09", "2020" or "1990s"; "" for a zero Date.
func (e Event) DateText() string {
	if e.Date.IsZero() {
		return ""
	}
	d := e.Date.UTC()
	switch e.DatePrecision {
	case PrecisionMonth:
		return d.Format("2006-01")
	case PrecisionYear:
		return d.Format("2006")
	case PrecisionDecade:
		return strconv.Itoa(d.Year()/10*10) + "s"
	}
	return d.Format(time.DateOnly)
}

// fineness orders period kinds and date precisions, finest first.
var fineness = map[string]int{"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, PrecisionDecade: 5}

// Fits reports whether e is dated precisely enough to stand in one period
// of kind by ("day", "week", "month", "quarter" or "year"): an event known
// only to 2020 is in no quarter of it, and one known to a month is in no
// week. An event without a precision is dated to the day.
func (e Event) Fits(by string) bool {
	p, ok := fineness[e.DatePrecision]
	return !ok || p <= fineness[by]
}
