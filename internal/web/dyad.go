package web

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// evidenceLimit bounds the events a period's drill-down lists per direction.
const evidenceLimit = 100

// busiestPairs is how many pairs the empty dyad form suggests.
const busiestPairs = 12

// quadNames are the quad classes in order, as the chart and tables label them.
var quadNames = [4]string{"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

// A dyadForm is the dyad page's query string, echoed back into the form.
type dyadForm struct {
	A, B, By, Dir, From, To, Period string
}

// link is the URL of the dyad page for f, with changes applied as
// name=value pairs; an empty value drops the parameter.
func (f dyadForm) link(changes ...string) string {
	v := url.Values{}
	for k, s := range map[string]string{"a": f.A, "b": f.B, "by": f.By, "dir": f.Dir, "from": f.From, "to": f.To, "period": f.Period} {
		if s != "" {
			v.Set(k, s)
		}
	}
	for i := 0; i+1 < len(changes); i += 2 {
		if changes[i+1] == "" {
			v.Del(changes[i])
		} else {
			v.Set(changes[i], changes[i+1])
		}
	}
	return "/dyads?" + v.Encode()
}

// A dyadRow is one period of the series, for the table under the chart.
type dyadRow struct {
	news.DyadPeriod
	Href     string // the period's drill-down; empty for a period without events
	Selected bool
}

// A direction is one of the three ways to read a dyad, for the switch.
type direction struct {
	Label, Href string
	Current     bool
}

// An evidence line is one event of a drilled-down period.
type evidence struct {
	news.EventHit
	Source, Target named
	Quad           string
}

type dyadPage struct {
	Form   dyadForm
	A, B   named
	Series *news.DyadSeries
	Rows   []dyadRow
	// Coarse are the events dated less precisely than a period of the
	// series (Series.Coarse), each linked to the year view when it has one.
	Coarse []dyadRow
	Dirs   []direction
	// Chart is the series as JSON for app.js; empty without periods.
	Chart string
	// Evidence lists the events of Form.Period when one is asked for;
	// More says a direction had more than evidenceLimit of them.
	Evidence []evidence
	More     bool
	// Only is "evidence" when htmx asks for that fragment alone.
	Only string
	// Pairs suggests the busiest pairs when the form is empty.
	Pairs []networkEdge
	// Error says why the actors typed could not be found.
	Error string
}

func (s *Server) dyad(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	form := dyadForm{A: strings.TrimSpace(v.Get("a")), B: strings.TrimSpace(v.Get("b")), By: v.Get("by"), Dir: v.Get("dir"),
		From: v.Get("from"), To: v.Get("to"), Period: v.Get("period")}
	if form.By == "" {
		form.By = "year"
	}
	if form.Dir == "" {
		form.Dir = "both"
	}
	if !slices.Contains([]string{"year", "quarter", "month"}, form.By) {
		return fmt.Errorf("dyad: period %q: want year, quarter or month: %w", form.By, news.ErrInvalid)
	}
	if !slices.Contains([]string{"ab", "ba", "both"}, form.Dir) {
		return fmt.Errorf("dyad: direction %q: want ab, ba or both: %w", form.Dir, news.ErrInvalid)
	}
	if len(form.A) > 200 || len(form.B) > 200 {
		return fmt.Errorf("dyad: actor longer than 200 bytes: %w", news.ErrInvalid)
	}
	q := news.DyadQuery{By: form.By, Direction: form.Dir}
	var err error
	if q.From, err = news.ParseDate(form.From); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if q.To, err = news.ParseDate(form.To); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	page := dyadPage{Form: form}
	ctx := r.Context()
	if form.A == "" && form.B == "" {
		if s.Network != nil {
			n, err := s.Network.Network(ctx, news.NetworkQuery{From: q.From, To: q.To})
			if err != nil {
				return err
			}
			page.Pairs = s.networkEdges(n)
			page.Pairs = page.Pairs[:min(len(page.Pairs), busiestPairs)]
		}
		return s.render(w, r, http.StatusOK, "dyad", page)
	}
	if form.A == "" || form.B == "" {
		// Half a pair is the user's to complete: the form stays with what
		// they typed, as for a name nobody goes by.
		page.Error = "Two actors needed: type the other one."
		return s.render(w, r, http.StatusBadRequest, "dyad", page)
	}
	q.A, err = s.resolve(r, "a", form.A)
	if err == nil {
		q.B, err = s.resolve(r, "b", form.B)
	}
	switch {
	case err != nil && news.Status(err) < 500:
		// A name nobody goes by is the user's to retype: the form stays.
		page.Error = err.Error()
		return s.render(w, r, news.Status(err), "dyad", page)
	case err != nil:
		return err
	}
	if page.A, err = s.stored(r, q.A); err != nil {
		return err
	}
	if page.B, err = s.stored(r, q.B); err != nil {
		return err
	}
	if page.Series, err = s.Events.Dyad(ctx, q); err != nil {
		return err
	}
	if form.Period != "" {
		from, to, err := periodDays(form.By, form.Period)
		if err != nil {
			return fmt.Errorf("dyad: %w", err)
		}
		if page.Evidence, page.More, err = s.evidence(r, q, later(from, q.From), earlier(to, q.To)); err != nil {
			return err
		}
	}
	page.Rows = dyadRows(page.Series, form)
	for _, p := range page.Series.Coarse {
		row := dyadRow{DyadPeriod: p}
		if len(p.Period) == 4 && p.Events+p.Unrealized > 0 { // a year, not a month or decade
			row.Href = form.link("by", "year", "period", p.Period)
		}
		page.Coarse = append(page.Coarse, row)
	}
	if page.Chart, err = dyadChart(page.Rows); err != nil {
		return err
	}
	for _, d := range []struct{ dir, label string }{
		{"ab", page.A.Name + " → " + page.B.Name}, {"ba", page.B.Name + " → " + page.A.Name}, {"both", "Both ways"},
	} {
		page.Dirs = append(page.Dirs, direction{Label: d.label, Href: form.link("dir", d.dir, "period", ""), Current: d.dir == form.Dir})
	}
	if partial(r) && r.Header.Get("HX-Target") == "evidence" {
		page.Only = "evidence"
	}
	return s.render(w, r, http.StatusOK, "dyad", page)
}

// resolve turns what the form says into an actor ID: through s.Resolve
// when set, else taken as an ID as typed.
func (s *Server) resolve(r *http.Request, param, v string) (news.ActorID, error) {
	if s.Resolve == nil {
		return news.ActorID(v), nil
	}
	id, err := s.Resolve(r.Context(), v)
	if err != nil {
		return "", fmt.Errorf("%s: %w", param, err)
	}
	return id, nil
}

// stored names id, asking the store for the name of an actor the
// knowledge base lacks; an actor the store does not know keeps its ID.
func (s *Server) stored(r *http.Request, id news.ActorID) (named, error) {
	if s.Actors == nil || !strings.HasPrefix(string(id), "NEW:") {
		return s.name(id, ""), nil
	}
	info, err := s.Actors.ActorDetail(r.Context(), id)
	switch {
	case errors.Is(err, news.ErrNotFound):
		return s.name(id, ""), nil
	case err != nil:
		return named{}, err
	case info.New != nil:
		return s.name(id, info.New.Name), nil
	}
	return s.name(id, info.Name), nil
}

// evidence lists the events of q's pair between from and to, oldest
// first; both directions take two queries, as an EventFilter has one.
func (s *Server) evidence(r *http.Request, q news.DyadQuery, from, to time.Time) ([]evidence, bool, error) {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return []evidence{}, false, nil // the period lies outside the form's dates
	}
	var pairs [][2]news.ActorID
	if q.Direction != "ba" {
		pairs = append(pairs, [2]news.ActorID{q.A, q.B})
	}
	if q.Direction != "ab" {
		pairs = append(pairs, [2]news.ActorID{q.B, q.A})
	}
	var hits []news.EventHit
	more := false
	for _, p := range pairs {
		hs, err := s.Events.Events(r.Context(), news.EventFilter{Source: p[0], Target: p[1],
			Filter: news.Filter{From: from, To: to, Limit: evidenceLimit}})
		if err != nil {
			return nil, false, err
		}
		more = more || len(hs) == evidenceLimit
		hits = append(hits, hs...)
	}
	slices.SortStableFunc(hits, func(x, y news.EventHit) int {
		return cmp.Or(x.Event.Date.Compare(y.Event.Date), cmp.Compare(x.Article.ID, y.Article.ID),
			cmp.Compare(x.Event.Span.Start, y.Event.Span.Start))
	})
	out := make([]evidence, 0, len(hits))
	for _, h := range hits {
		if !h.Event.Fits(q.By) {
			continue // dated only to its year, it is in no quarter of it
		}
		e := evidence{EventHit: h, Source: s.name(h.Event.Source, ""), Target: s.name(h.Event.Target, "")}
		if c := h.Event.QuadClass; c >= 1 && c <= 4 {
			e.Quad = quadNames[c-1]
		}
		out = append(out, e)
	}
	return out, more, nil
}

// periodDays returns the first and last day of the period named name.
func periodDays(by, name string) (time.Time, time.Time, error) {
	bad := fmt.Errorf("period %q is not a %s: %w", name, by, news.ErrInvalid)
	var start time.Time
	var months int
	var err error
	switch by {
	case "year":
		start, err = time.Parse("2006", name)
		months = 12
	case "quarter":
		y, q, ok := strings.Cut(name, "-Q")
		if !ok || len(q) != 1 || q < "1" || q > "4" {
			return time.Time{}, time.Time{}, bad
		}
		start, err = time.Parse("2006-01", fmt.Sprintf("%s-%02d", y, 3*int(q[0]-'0')-2))
		months = 3
	case "month":
		start, err = time.Parse("2006-01", name)
		months = 1
	default:
		return time.Time{}, time.Time{}, bad
	}
	if err != nil {
		return time.Time{}, time.Time{}, bad
	}
	return start, start.AddDate(0, months, -1), nil
}

// periodName names the period of kind by starting at t, as the store does.
func periodName(by string, t time.Time) string {
	switch by {
	case "year":
		return t.Format("2006")
	case "quarter":
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	}
	return t.Format("2006-01")
}

// periodStep is the length of a period of kind by.
func periodStep(by string) (years, months int) {
	switch by {
	case "year":
		return 1, 0
	case "quarter":
		return 0, 3
	}
	return 0, 1
}

// dyadRows fills the periods missing between the series' first and last
// with empty ones, so the chart's x axis is even time, and links each
// period with events to its drill-down.
func dyadRows(sr *news.DyadSeries, f dyadForm) []dyadRow {
	if len(sr.Periods) == 0 {
		return nil
	}
	byName := make(map[string]news.DyadPeriod, len(sr.Periods))
	for _, p := range sr.Periods {
		byName[p.Period] = p
	}
	y, m := periodStep(sr.By)
	first, last := sr.Periods[0].Start, sr.Periods[len(sr.Periods)-1].Start
	var out []dyadRow
	for t := first; !t.After(last); t = t.AddDate(y, m, 0) {
		name := periodName(sr.By, t)
		p, ok := byName[name]
		if !ok {
			p = news.DyadPeriod{Period: name, Start: t}
		}
		row := dyadRow{DyadPeriod: p, Selected: name == f.Period}
		if p.Events+p.Unrealized > 0 {
			row.Href = f.link("period", name)
		}
		out = append(out, row)
	}
	return out
}

// dyadChart is the series app.js draws: per period its quad-class counts
// (conflict negative, to stack below zero), mean Goldstein and tone (null
// where nothing was measured) and its drill-down link.
func dyadChart(rows []dyadRow) (string, error) {
	c := struct {
		Periods   []string   `json:"periods"`
		Quads     [4][]int   `json:"quads"`
		Names     [4]string  `json:"names"`
		Goldstein []*float64 `json:"goldstein"`
		Tone      []*float64 `json:"tone"`
		Links     []string   `json:"links"`
	}{Periods: []string{}, Names: quadNames, Goldstein: []*float64{}, Tone: []*float64{}, Links: []string{}}
	for i := range c.Quads {
		c.Quads[i] = []int{}
	}
	round := func(f float64) *float64 { r := math.Round(f*100) / 100; return &r }
	for _, r := range rows {
		c.Periods = append(c.Periods, r.Period)
		for i := range c.Quads {
			n := r.Quad[i]
			if i >= 2 {
				n = -n
			}
			c.Quads[i] = append(c.Quads[i], n)
		}
		var g, t *float64
		if r.Events > 0 {
			g = round(r.Goldstein)
		}
		if r.ToneArticles > 0 {
			t = round(r.Tone)
		}
		c.Goldstein, c.Tone = append(c.Goldstein, g), append(c.Tone, t)
		c.Links = append(c.Links, r.Href)
	}
	b, err := json.Marshal(c)
	if err != nil {
		return "", fmt.Errorf("dyad chart: %w", err)
	}
	return string(b), nil
}

// later and earlier pick a bound; a zero time is no bound.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

// dyadHref is the dyad page of a and b by year, in both directions.
func dyadHref(a, b news.ActorID) string {
	return "/dyads?" + url.Values{"a": {string(a)}, "b": {string(b)}, "by": {"year"}}.Encode()
}
