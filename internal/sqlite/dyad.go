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
	s := &news.DyadSeries{A: q.A, B: q.B, By: q.By, Direction: q.Direction, Periods: []news.DyadPeriod{}}
	if err := db.dyadRows(ctx, w, s); err != nil {
		return nil, fmt.Errorf("dyad %s %s: %w", q.A, q.B, err)
	}
	for i := range s.Periods {
		for j := range s.Periods[i].Evidence {
			if err := db.sentence(ctx, &s.Periods[i].Evidence[j]); err != nil {
				return nil, fmt.Errorf("dyad %s %s: %w", q.A, q.B, err)
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
	goldstein       float64
	tone            float64
	articles, toned map[int64]bool
	sources         map[string]bool
}

// dyadRows streams the matching events, oldest first, into s's periods.
func (db *DB) dyadRows(ctx context.Context, w clause, s *news.DyadSeries) error {
	q := "SELECT " + eventColumns + ", " + hitColumns + ", a.source_key, t.tone" +
		" FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN tones t ON t.article_id = a.id" +
		w.sql() + " ORDER BY e.date, a.id, e.start, e.rowid"
	rows, err := db.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var cur *tally
	flush := func() {
		if cur == nil {
			return
		}
		p := cur.DyadPeriod
		if p.Events > 0 {
			p.Goldstein = cur.goldstein / float64(p.Events)
		}
		if p.ToneArticles > 0 {
			p.Tone = cur.tone / float64(p.ToneArticles)
		}
		p.Articles, p.Sources = len(cur.articles), len(cur.sources)
		s.Periods = append(s.Periods, p)
	}
	for rows.Next() {
		h := news.EventHit{Article: new(news.Article)}
		var (
			key  string
			tone *float64
		)
		fields := append(eventFields(&h.Event), hitFields(h.Article)...)
		if err := rows.Scan(append(fields, &key, &tone)...); err != nil {
			return err
		}
		if h.Event.Date.IsZero() {
			s.Undated++
			continue
		}
		name, start, _ := period(s.By, h.Event.Date)
		if cur == nil || cur.Period != name {
			flush()
			cur = &tally{
				DyadPeriod: news.DyadPeriod{Period: name, Start: start, Types: map[string]int{}, Evidence: []news.EventHit{}},
				articles:   map[int64]bool{}, toned: map[int64]bool{}, sources: map[string]bool{},
			}
		}
		cur.add(h, key, tone)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	flush()
	return nil
}

// add counts one event of the period.
func (t *tally) add(h news.EventHit, sourceKey string, tone *float64) {
	e := h.Event
	if !e.Realized {
		t.Unrealized++
		return
	}
	t.Events++
	if e.QuadClass >= 1 && e.QuadClass <= 4 {
		t.Quad[e.QuadClass-1]++
	}
	t.Types[e.Type]++
	t.goldstein += e.Goldstein
	t.articles[h.Article.ID] = true
	if sourceKey != "" {
		t.sources[sourceKey] = true
	}
	if tone != nil && !t.toned[h.Article.ID] {
		t.toned[h.Article.ID] = true
		t.tone += *tone
		t.ToneArticles++
	}
	// Rows come oldest first, so among equal |Goldstein| the earliest
	// report stays: a stable insert keeps it ahead.
	i, _ := slices.BinarySearchFunc(t.Evidence, h, func(x, y news.EventHit) int {
		if c := cmp.Compare(math.Abs(y.Event.Goldstein), math.Abs(x.Event.Goldstein)); c != 0 {
			return c
		}
		return -1
	})
	if i < evidencePerPeriod {
		t.Evidence = slices.Insert(t.Evidence, i, h)
		if len(t.Evidence) > evidencePerPeriod {
			t.Evidence = t.Evidence[:evidencePerPeriod]
		}
	}
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
