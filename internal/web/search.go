package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// pageSize is how many results one page shows.
const pageSize = 20

// maxQuery bounds the query a form may send; the store has its own bound.
const maxQuery = 1000

// A searchForm is the search page's query string, echoed back into the form.
type searchForm struct {
	Q, From, To, Source, Lang string
	Offset                    int
}

// A result is one line of the result list.
type result struct {
	Article *news.Article
	Snippet []piece
}

type searchPage struct {
	Form    searchForm
	Results []result
	// Recent is set when there is no query and the list shows the newest articles.
	Recent bool
	// Chart is the attention-over-time series as JSON for app.js; Buckets
	// is the same series for the table that stands in for the chart
	// without JavaScript or sight.
	Chart   string
	Buckets []news.Bucket
	Total   int // matching articles over all periods
	First   string
	Last    string
	Prev    string
	Next    string
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	form := searchForm{Q: v.Get("q"), From: v.Get("from"), To: v.Get("to"), Source: v.Get("source"), Lang: v.Get("lang")}
	if len(form.Q) > maxQuery {
		return fmt.Errorf("search: query longer than %d bytes: %w", maxQuery, news.ErrInvalid)
	}
	var err error
	if o := v.Get("offset"); o != "" {
		if form.Offset, err = strconv.Atoi(o); err != nil || form.Offset < 0 {
			return fmt.Errorf("offset %q: want a non-negative integer: %w", o, news.ErrInvalid)
		}
	}
	f := news.Filter{Source: form.Source, Language: form.Lang, Limit: pageSize, Offset: form.Offset}
	if f.From, err = news.ParseDate(form.From); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if f.To, err = news.ParseDate(form.To); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	page := searchPage{Form: form, Recent: form.Q == ""}
	ctx := r.Context()
	if page.Recent {
		as, err := s.Store.List(ctx, f)
		if err != nil {
			return err
		}
		for _, a := range as {
			page.Results = append(page.Results, result{Article: a})
		}
	} else {
		hits, err := s.Store.Search(ctx, news.Query{Text: form.Q, Filter: f})
		if err != nil {
			return err
		}
		for _, h := range hits {
			page.Results = append(page.Results, result{Article: h.Article, Snippet: marks(h.Snippet)})
		}
	}
	if s.Timeline != nil {
		bs, err := s.Timeline.Counts(ctx, news.Query{Text: form.Q, Filter: f}, "month")
		if err != nil {
			return err
		}
		page.Buckets = months(bs)
		if n := len(page.Buckets); n > 0 {
			page.First, page.Last = page.Buckets[0].Period, page.Buckets[n-1].Period
		}
		for _, b := range bs {
			page.Total += b.Count
		}
		page.Chart, err = chartJSON(page.Buckets)
		if err != nil {
			return err
		}
	}
	if form.Offset > 0 {
		page.Prev = form.link(max(form.Offset-pageSize, 0))
	}
	if len(page.Results) == pageSize {
		page.Next = form.link(form.Offset + pageSize)
	}
	return s.render(w, r, http.StatusOK, "search", page)
}

// link is the URL of the same search at another offset.
func (f searchForm) link(offset int) string {
	v := url.Values{}
	for k, s := range map[string]string{"q": f.Q, "from": f.From, "to": f.To, "source": f.Source, "lang": f.Lang} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// months fills the months missing between the first and last bucket with
// zeros, so a chart's x axis is even time and a quiet month shows as a dip
// rather than vanishing. Periods must be "YYYY-MM", oldest first.
func months(bs []news.Bucket) []news.Bucket {
	if len(bs) == 0 {
		return nil
	}
	first, err1 := time.Parse("2006-01", bs[0].Period)
	last, err2 := time.Parse("2006-01", bs[len(bs)-1].Period)
	if err1 != nil || err2 != nil || last.Before(first) {
		return bs
	}
	out := make([]news.Bucket, 0, len(bs))
	i := 0
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		p := m.Format("2006-01")
		n := 0
		if i < len(bs) && bs[i].Period == p {
			n = bs[i].Count
			i++
		}
		out = append(out, news.Bucket{Period: p, Count: n})
	}
	return out
}

// chartJSON is the series app.js draws: {"periods": [...], "counts": [...]}.
func chartJSON(bs []news.Bucket) (string, error) {
	c := struct {
		Periods []string `json:"periods"`
		Counts  []int    `json:"counts"`
	}{Periods: []string{}, Counts: []int{}}
	for _, b := range bs {
		c.Periods = append(c.Periods, b.Period)
		c.Counts = append(c.Counts, b.Count)
	}
	b, err := json.Marshal(c)
	if err != nil {
		return "", fmt.Errorf("chart: %w", err)
	}
	return string(b), nil
}
