package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// searchPage checks the search page: its attention chart, and a query
// typed and sent without reloading the page.
func (b *browser) searchPage(t *testing.T) {
	t.Run("the search page charts attention over several years", func(t *testing.T) {
		b.do(t, chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(css(`#attention[data-drawn]`)))
		years := b.chartYears(t, "attention")
		rows := js[int](t, b.ctx, `document.querySelectorAll('ol.hits li').length`)
		b.shot(t, "search-latest.png")
		if len(years) < 5 || rows == 0 {
			t.Errorf("chart has articles in years %v and the list %d rows; want 5 or more years and some rows", years, rows)
		}
	})

	t.Run("typing a query and submitting shows marked results without reloading the page", func(t *testing.T) {
		b.do(t,
			chromedp.Navigate(b.base+"/"),
			chromedp.WaitVisible(css(`#q`)),
			chromedp.Evaluate[chromedp.Void](`window.stillHere = true`),
			chromedp.SendKeys(css(`#q`), "Lukashenko"),
			chromedp.Click(css(`form.search button[type=submit]`)),
			settled(`document.getElementById('results-h').textContent.includes('Lukashenko') &&
				document.querySelector('#attention[data-drawn]') !== null`),
		)
		heading := js[string](t, b.ctx, `document.getElementById('results-h').textContent`)
		marks := js[int](t, b.ctx, `document.querySelectorAll('ol.hits mark').length`)
		same := js[bool](t, b.ctx, `window.stillHere === true`)
		loc := js[string](t, b.ctx, `location.search`)
		b.shot(t, "search-lukashenko.png")
		if !strings.Contains(heading, "Lukashenko") || marks == 0 || !same || !strings.Contains(loc, "q=Lukashenko") {
			t.Errorf("heading %q, %d marks, same page %v, location %q", heading, marks, same, loc)
		}
	})
}

// chartYears reads the years in which the ECharts chart in element id
// has a non-zero point in its first series.
func (b *browser) chartYears(t *testing.T, id string) []string {
	t.Helper()
	return js[[]string](t, b.ctx, `(() => {
		const o = echarts.getInstanceByDom(document.getElementById('`+id+`')).getOption();
		const p = o.xAxis[0].data, n = o.series[0].data;
		return [...new Set(p.filter((x, i) => n[i] > 0).map(x => x.slice(0, 4)))];
	})()`)
}
