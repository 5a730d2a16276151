package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

var _ news.EventStore = (*DB)(nil)

// insertEvent stores an event with its own day (see "Events" in doc.go):
// that of its date, else of its article's publication, else "#" and the
// article id. An event dated only to a month, year or decade has that
// period for its day ("2020-01", "2020", "1990s"): "in 2020" is not the
// same event as one told on 1 January 2020. ?1 is the article id, ?12 the
// date and ?18 its precision.
const insertEvent = `
INSERT INTO events (article_id, source, target, source_code, target_code, type, cameo,
	quad_class, goldstein, realized, modality, date, start, "end", trigger_start, trigger_end, sentence,
	date_precision, day)
VALUES (?1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?12, ?, ?, ?, ?, ?, ?18,
	coalesce(CASE ?18 WHEN 'month' THEN substr(?12, 1, 7) WHEN 'year' THEN substr(?12, 1, 4)
		WHEN 'decade' THEN substr(?12, 1, 3) || '0s' ELSE substr(?12, 1, 10) END,
		(SELECT substr(published, 1, 10) FROM articles WHERE id = ?1), '#' || ?1))`

// eventColumns are an event's columns, read by eventFields.
const eventColumns = `e.source, e.target, e.source_code, e.target_code, e.type, e.cameo,
	e.quad_class, e.goldstein, e.realized, e.modality, e.date, e.start, e."end",
	e.trigger_start, e.trigger_end, e.sentence, e.date_precision`

func eventFields(e *news.Event) []any {
	return []any{&e.Source, &e.Target, &e.SourceCode, &e.TargetCode, &e.Type, &e.CAMEO,
		&e.QuadClass, &e.Goldstein, &e.Realized, &e.Modality, storedTime{&e.Date},
		&e.Span.Start, &e.Span.End, &e.Trigger.Start, &e.Trigger.End, &e.Sentence, &e.DatePrecision}
}

// sentenceColumn is the evidence sentence cut from the article by bytes:
// substr on TEXT counts characters, on a BLOB bytes.
const sentenceColumn = `CAST(substr(CAST(a.text AS BLOB), e.start + 1, e."end" - e.start) AS TEXT)`

func checkEvents(a *news.Article) error {
	for i, e := range a.Events {
		if err := checkSpan("event", i, e.Span, a.Text); err != nil {
			return err
		}
		if err := checkSpan("event trigger", i, e.Trigger, a.Text); err != nil {
			return err
		}
		if e.QuadClass < 0 || e.QuadClass > 4 {
			return fmt.Errorf("event %d: quad class %d: %w", i, e.QuadClass, news.ErrInvalid)
		}
	}
	return nil
}

func putEvents(ctx context.Context, stmt *sql.Stmt, id int64, es []news.Event) error {
	for i, e := range es {
		if _, err := stmt.ExecContext(ctx, id, string(e.Source), string(e.Target), e.SourceCode, e.TargetCode,
			e.Type, e.CAMEO, e.QuadClass, e.Goldstein, e.Realized, e.Modality, formatTime(e.Date),
			e.Span.Start, e.Span.End, e.Trigger.Start, e.Trigger.End, e.Sentence, precision(e)); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	return nil
}

// precision is e's date precision as stored: an event dated without one,
// as every event was before precisions, is dated to the day.
func precision(e news.Event) string {
	switch {
	case e.Date.IsZero():
		return ""
	case e.DatePrecision == "":
		return news.PrecisionDay
	}
	return e.DatePrecision
}

func readEvents(ctx context.Context, db *sql.DB, id int64) ([]news.Event, error) {
	rows, err := db.QueryContext(ctx,
		"SELECT "+eventColumns+" FROM events e WHERE e.article_id = ? ORDER BY e.id", id)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []news.Event
	for rows.Next() {
		var e news.Event
		if err := rows.Scan(eventFields(&e)...); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// ploverOrder is PLOVER's sixteen event types, in the ontology's order
// from cooperation to conflict: the only values an event's type takes.
var ploverOrder = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Events returns the events matching f, newest event first, undated last,
// then by article id and position in the text. Source and Language filter
// the articles, From and To the events' dates; paging works as in List.
//
// By default each event is one hit, its first stored telling that matches f;
// with f.Mentions every matching telling is a hit. Either way the counts are
// those of the event's every stored telling, whatever f leaves out, as
// GDELT's are.
func (db *DB) Events(ctx context.Context, f news.EventFilter) ([]news.EventHit, error) {
	w, err := eventWhere(f.Filter)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if f.Actor != "" {
		src, args := actorCond("source", f.Actor)
		tgt, more := actorCond("target", f.Actor)
		w.addN("("+src+" OR "+tgt+")", append(args, more...)...)
	}
	if f.Source != "" {
		c, args := actorCond("source", f.Source)
		w.addN(c, args...)
	}
	if f.Target != "" {
		c, args := actorCond("target", f.Target)
		w.addN(c, args...)
	}
	if t := strings.TrimSpace(f.Type); t != "" {
		switch {
		case strings.Trim(t, "0123456789") == "" && len(t) >= 2 && len(t) <= 4:
			w.add("e.cameo GLOB ?", t+"*")
		case slices.Contains(ploverOrder, strings.ToUpper(t)):
			w.add("e.type = ?", strings.ToUpper(t))
		default:
			// A misspelt type matching nothing would read as "no such
			// events", which is a finding; say it is a typo instead.
			return nil, fmt.Errorf("events: type %q: want a PLOVER type (%s) or a CAMEO code of 2 to 4 digits: %w",
				t, strings.Join(ploverOrder, ", "), news.ErrInvalid)
		}
	}
	if f.Realized {
		w.conds = append(w.conds, "e.realized")
	}
	const from = " FROM events e JOIN articles a ON a.id = e.article_id"
	q := "SELECT e.id, e.day, " + eventColumns + ", " + sentenceColumn + ", " + hitColumns + from
	if f.Mentions {
		q += w.sql()
	} else {
		// The lowest id is the telling stored first; grouping before the
		// join back keeps the sort and the paging to one row per event.
		// Without an article filter the grouping reads events_identity
		// alone (45 ms instead of 390 ms on 100,000 events).
		sub := " FROM events e"
		if f.Filter.Source != "" || f.Language != "" {
			sub = from
		}
		q += " WHERE e.id IN (SELECT min(e.id)" + sub + w.sql() + " GROUP BY " + keyColumns + ")"
	}
	q += " ORDER BY e.date IS NULL, e.date DESC, a.id, e.start, e.id LIMIT ? OFFSET ?"
	rows, err := db.db.QueryContext(ctx, q, append(w.args, w.limit, w.offset)...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	out := []news.EventHit{}
	var keys []eventKey
	for rows.Next() {
		h := news.EventHit{Article: new(news.Article)}
		var day string
		fields := append([]any{&h.ID, &day}, eventFields(&h.Event)...)
		fields = append(fields, &h.Sentence)
		if err := rows.Scan(append(fields, hitFields(h.Article)...)...); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, h)
		keys = append(keys, keyOf(h.Event, day))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := db.countTellings(ctx, out, keys); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// An eventKey is what identifies an event (see "Events" in doc.go): its
// tellings share it.
type eventKey struct {
	source, target, cameo string
	realized              bool
	day                   string
}

// keyColumns are an eventKey's columns, read by fields.
const keyColumns = "e.source, e.target, e.cameo, e.realized, e.day"

func (k *eventKey) fields() []any {
	return []any{&k.source, &k.target, &k.cameo, &k.realized, &k.day}
}

// keyOf is the key of e stored with day.
func keyOf(e news.Event, day string) eventKey {
	return eventKey{string(e.Source), string(e.Target), e.CAMEO, e.Realized, day}
}

func (k eventKey) args() []any { return []any{k.source, k.target, k.cameo, k.realized, k.day} }

// countTellings fills in the counts of hits, whose events are keys.
func (db *DB) countTellings(ctx context.Context, hits []news.EventHit, keys []eventKey) error {
	counts, err := readTellings(ctx, db.db, keys, eventKey.args, (*eventKey).fields, func(values string) string {
		return "SELECT " + keyColumns + ", " + tellingCounts("e") + " FROM " + values +
			" CROSS JOIN events e ON e.source = k.column1 AND e.target = k.column2 AND e.cameo = k.column3" +
			" AND e.realized = k.column4 AND e.day = k.column5" +
			" JOIN articles a ON a.id = e.article_id GROUP BY " + keyColumns
	})
	if err != nil {
		return err
	}
	for i, k := range keys {
		c := counts[k]
		hits[i].NumMentions, hits[i].NumArticles, hits[i].NumSources = c.mentions, c.articles, c.sources
	}
	return nil
}

// eventWhere is where(f) with the date bounds moved from the articles'
// publication to the events' own dates.
func eventWhere(f news.Filter) (clause, error) {
	from, to := f.From, f.To
	f.From, f.To = time.Time{}, time.Time{}
	w, err := where(f)
	if err != nil {
		return w, err
	}
	return w, w.dates("e.date", from, to)
}

// dates bounds col as where bounds a.published: a To without a time of day
// means the whole of that day.
func (c *clause) dates(col string, from, to time.Time) error {
	if !from.IsZero() {
		c.add(col+" >= ?", from.UTC().Format(timeLayout))
	}
	if to.IsZero() {
		return nil
	}
	op := "<="
	if isDate(to) {
		to, op = to.AddDate(0, 0, 1), "<"
	}
	if !from.IsZero() && (from.After(to) || op == "<" && from.Equal(to)) {
		return fmt.Errorf("from %s is after to %s: %w", from.Format(time.RFC3339), to.Format(time.RFC3339), news.ErrInvalid)
	}
	c.add(col+" "+op+" ?", to.UTC().Format(timeLayout))
	return nil
}

func (c *clause) addN(cond string, args ...any) {
	c.conds = append(c.conds, cond)
	c.args = append(c.args, args...)
}

// actorCond matches an event whose side ("source" or "target") is id, or,
// when id is a country, any actor coded in that country: GLOB rather than
// LIKE because it is case-sensitive and so can use the code indexes.
func actorCond(side string, id news.ActorID) (string, []any) {
	if isCountry(id) {
		return "(e." + side + " = ? OR e." + side + "_code GLOB ?)", []any{string(id), string(id) + "*"}
	}
	return "e." + side + " = ?", []any{string(id)}
}

// isCountry reports whether id is a three-letter CAMEO country code.
func isCountry(id news.ActorID) bool {
	if len(id) != 3 {
		return false
	}
	for _, r := range id {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
