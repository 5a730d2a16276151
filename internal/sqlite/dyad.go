package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// evidencePerPeriod is how many sentences a dyad period cites.
const evidencePerPeriod = 3

// Dyad aggregates the events between q.A and q.B per period in Go rather
// than in SQL: periods (ISO weeks, quarters) and distinct-article tone
// means are awkward in SQLite, and a dyad's events are few enough to stream.
func (db *DB) Dyad(ctx context.Context, q news.DyadQuery) (*news.DyadSeries, error) {
	if q.A == "" || q.B == "" {
		return nil, fmt.Errorf("dyad: two actors needed, got %q and %q: %w", q.A, q.B, news.ErrInvalid)
	}
	if q.By == "" {
		q.By = "month"
	}
	if q.Direction == "" {
		q.Direction = "both"
	}
	if _, _, err := period(q.By, time.Time{}); err != nil {
		return nil, fmt.Errorf("dyad: %w", err)
	}
	var w clause
	ab, args := pairCond(q.A, q.B)
	switch q.Direction {
	case "ab":
		w.addN(ab, args...)
	case "ba":
		ba, args := pairCond(q.B, q.A)
		w.addN(ba, args...)
	case "both":
		ba, more := pairCond(q.B, q.A)
		w.addN("("+ab+" OR "+ba+")", append(args, more...)...)
	default:
		return nil, fmt.Errorf("dyad: direction %q: want ab, ba or both: %w", q.Direction, news.ErrInvalid)
	}
	if err := w.dates("e.date", q.From, q.To); err != nil {
		return nil, fmt.Errorf("dyad: %w", err)
	}
	s := &news.DyadSeries{A: q.A, B: q.B, By: q.By, Direction: q.Direction, Periods: []news.DyadPeriod{}, Coarse: []news.DyadPeriod{}}
	if err := db.dyadRows(ctx, w, s); err != nil {
		return nil, fmt.Errorf("dyad %s %s: %w", q.A, q.B, err)
	}
	for _, ps := range [][]news.DyadPeriod{s.Periods, s.Coarse} {
		for i := range ps {
			for j := range ps[i].Evidence {
				if err := db.sentence(ctx, &ps[i].Evidence[j]); err != nil {
					return nil, fmt.Errorf("dyad %s %s: %w", q.A, q.B, err)
				}
			}
		}
	}
	return s, nil
}

// pairCond matches events from src to tgt.
func pairCond(src, tgt news.ActorID) (string, []any) {
	s, args := actorCond("source", src)
	t, more := actorCond("target", tgt)
	return "(" + s + " AND " + t + ")", append(args, more...)
}

// tally is a period being summed.
type tally struct {
	news.DyadPeriod
	tone            float64
	articles, toned map[int64]bool
	sources         map[string]bool
	events          []*dyadEvent // in the order their first dated telling came
	coarse          bool         // a period of events dated less precisely than the series
}

// dyadEvent is one event of a dyad and the tellings of it the query matched.
// Most events have one or two tellings: slices cost less than maps here.
type dyadEvent struct {
	hit      news.EventHit // its first stored telling
	period   *tally
	articles []int64
	sources  []string
}

// dyadRows streams the matching tellings, oldest first, into s's periods.
// An event belongs to the period of its earliest dated telling; its later
// tellings add their articles to that period, not to their own.
func (db *DB) dyadRows(ctx context.Context, w clause, s *news.DyadSeries) error {
	q := "SELECT e.id, e.day, " + eventColumns + ", " + hitColumns + ", a.source_key, t.tone" +
		" FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN tones t ON t.article_id = a.id" +
		w.sql() + " ORDER BY e.date, a.id, e.start, e.id"
	rows, err := db.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var periods []*tally
	byName := map[string]*tally{}
	events := map[eventKey]*dyadEvent{}
	// Undated tellings come first (NULL sorts low); they count with their
	// event once its dated tellings have placed it in a period.
	type telling struct {
		key    eventKey
		hit    news.EventHit
		source string
		tone   *float64
	}
	var undated []telling
	for rows.Next() {
		h := news.EventHit{Article: new(news.Article)}
		var (
			day, source string
			tone        *float64
		)
		fields := append([]any{&h.ID, &day}, eventFields(&h.Event)...)
		fields = append(fields, hitFields(h.Article)...)
		if err := rows.Scan(append(fields, &source, &tone)...); err != nil {
			return err
		}
		event := keyOf(h.Event, day)
		if h.Event.Date.IsZero() {
			undated = append(undated, telling{event, h, source, tone})
			continue
		}
		ev := events[event]
		if ev == nil {
			name, start, fits := place(s.By, h.Event)
			p := byName[name]
			if p == nil {
				p = &tally{
					DyadPeriod: news.DyadPeriod{Period: name, Start: start, Types: map[string]int{}, Evidence: []news.EventHit{}},
					articles:   map[int64]bool{}, toned: map[int64]bool{}, sources: map[string]bool{},
					coarse: !fits,
				}
				byName[name] = p
				periods = append(periods, p)
			}
			ev = &dyadEvent{hit: h, period: p}
			events[event] = ev
			p.events = append(p.events, ev)
		}
		ev.add(h, source)
		if h.Event.Realized {
			ev.period.add(h.Article.ID, source, tone)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	alone := map[eventKey]bool{}
	for _, u := range undated {
		ev := events[u.key]
		if ev == nil {
			alone[u.key] = true
			continue
		}
		ev.add(u.hit, u.source)
		if u.hit.Event.Realized {
			ev.period.add(u.hit.Article.ID, u.source, u.tone)
		}
	}
	s.Undated = len(alone)
	for _, p := range periods {
		if p.coarse {
			s.Coarse = append(s.Coarse, p.sum())
		} else {
			s.Periods = append(s.Periods, p.sum())
		}
	}
	return nil
}

// place names the period of kind by that holds e, and the time it starts.
// An event known only to a month, year or decade (its 1 January is no day
// of it) is in no finer period: it stands in the period it is known to
// ("2020", "1990s"), which fits is false for, rather than silently
// swelling the first week or quarter of that period.
func place(by string, e news.Event) (name string, start time.Time, fits bool) {
	if e.Fits(by) {
		name, start, _ = period(by, e.Date)
		return name, start, true
	}
	if e.DatePrecision == news.PrecisionDecade {
		y := e.Date.UTC().Year() / 10 * 10
		return fmt.Sprintf("%04ds", y), time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), false
	}
	name, start, _ = period(e.DatePrecision, e.Date)
	return name, start, false
}

// add counts one telling of the event.
func (ev *dyadEvent) add(h news.EventHit, sourceKey string) {
	ev.hit.NumMentions++
	if !slices.Contains(ev.articles, h.Article.ID) {
		ev.articles = append(ev.articles, h.Article.ID)
	}
	if sourceKey != "" && !slices.Contains(ev.sources, sourceKey) {
		ev.sources = append(ev.sources, sourceKey)
	}
	ev.hit.NumArticles, ev.hit.NumSources = len(ev.articles), len(ev.sources)
	if h.ID < ev.hit.ID {
		h.NumMentions, h.NumArticles, h.NumSources = ev.hit.NumMentions, ev.hit.NumArticles, ev.hit.NumSources
		ev.hit = h
	}
}

// add counts the article of one realised telling in the period.
func (t *tally) add(article int64, sourceKey string, tone *float64) {
	t.articles[article] = true
	if sourceKey != "" {
		t.sources[sourceKey] = true
	}
	if tone != nil && !t.toned[article] {
		t.toned[article] = true
		t.tone += *tone
		t.ToneArticles++
	}
}

// sum counts the period's distinct events and picks its evidence: the
// realised events told by the most articles, then with the strongest
// |Goldstein|, then the earliest; one sentence per event.
func (t *tally) sum() news.DyadPeriod {
	p := t.DyadPeriod
	var realized []news.EventHit
	goldstein := 0.0
	for _, ev := range t.events {
		e := ev.hit.Event
		if !e.Realized {
			p.Unrealized++
			continue
		}
		p.Events++
		if e.QuadClass >= 1 && e.QuadClass <= 4 {
			p.Quad[e.QuadClass-1]++
		}
		p.Types[e.Type]++
		goldstein += e.Goldstein
		realized = append(realized, ev.hit)
	}
	if p.Events > 0 {
		p.Goldstein = goldstein / float64(p.Events)
	}
	if p.ToneArticles > 0 {
		p.Tone = t.tone / float64(p.ToneArticles)
	}
	p.Articles, p.Sources = len(t.articles), len(t.sources)
	slices.SortStableFunc(realized, func(x, y news.EventHit) int {
		if c := cmp.Compare(y.NumArticles, x.NumArticles); c != 0 {
			return c
		}
		return cmp.Compare(math.Abs(y.Event.Goldstein), math.Abs(x.Event.Goldstein))
	})
	p.Evidence = append(p.Evidence, realized[:min(len(realized), evidencePerPeriod)]...)
	return p
}

// sentence fills in h's evidence sentence from its article's text.
func (db *DB) sentence(ctx context.Context, h *news.EventHit) error {
	e := h.Event
	err := db.db.QueryRowContext(ctx,
		"SELECT CAST(substr(CAST(text AS BLOB), ?, ?) AS TEXT) FROM articles WHERE id = ?",
		e.Span.Start+1, e.Span.End-e.Span.Start, h.Article.ID).Scan(&h.Sentence)
	if err != nil {
		return fmt.Errorf("evidence in article %d: %w", h.Article.ID, err)
	}
	return nil
}

// period names the period of kind by that holds t, and the time it starts.
func period(by string, t time.Time) (string, time.Time, error) {
	t = t.UTC()
	y, m, d := t.Date()
	switch by {
	case "day":
		return t.Format("2006-01-02"), time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	case "week":
		wy, wk := t.ISOWeek()
		monday := time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%04d-W%02d", wy, wk), monday, nil
	case "month":
		return t.Format("2006-01"), time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), nil
	case "quarter":
		q := (int(m)-1)/3 + 1
		return fmt.Sprintf("%04d-Q%d", y, q), time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC), nil
	case "year":
		return fmt.Sprintf("%04d", y), time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), nil
	}
	return "", time.Time{}, fmt.Errorf("period %q: want day, week, month, quarter or year: %w", by, news.ErrInvalid)
}
