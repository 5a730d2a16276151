package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// dyadPage checks the dyad chart, its drill-down into a period by mouse
// and keyboard, the evidence's links to their sentences, its direction
// switch, and the links to it from actor pages.
func (b *browser) dyadPage(t *testing.T) {
	// bars sums the dyad chart's bar series per period, conflict counted
	// as events though drawn below zero, and returns the periods with
	// events and the total.
	bars := func(t *testing.T) ([]string, int) {
		t.Helper()
		v := js[struct {
			Periods []string
			Total   int
		}](t, b.ctx, `(() => {
			const o = echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption();
			const bars = o.series.filter(s => s.type === 'bar');
			const periods = [];
			let total = 0;
			o.xAxis[0].data.forEach((p, i) => {
				const n = bars.reduce((a, s) => a + Math.abs(s.data[i] || 0), 0);
				if (n > 0) periods.push(p);
				total += n;
			});
			return {Periods: periods, Total: total};
		})()`)
		return v.Periods, v.Total
	}

	t.Run("the dyad page charts Belarus and Russia by year and drills into a period by mouse and by keyboard", func(t *testing.T) {
		b.do(t, chromedp.Navigate(b.base+"/dyads?a=BLR&b=RUS&by=year"), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		years, _ := bars(t)
		lines := js[int](t, b.ctx, `echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption().series
			.filter(s => s.type === 'line').reduce((a, s) => a + s.data.filter(v => v !== null).length, 0)`)
		b.shot(t, "dyad-blr-rus.png")
		if len(years) < 5 || lines < 10 {
			t.Fatalf("bars in years %v and %d points on the score lines; want 5 or more years and 10 points", years, lines)
		}
		// Click the chart in 2020's column, just above the zero line.
		xy := js[[]float64](t, b.ctx, `(() => {
			const el = document.getElementById('dyad-chart');
			el.scrollIntoView({block: 'center'});
			const c = echarts.getInstanceByDom(el), r = el.getBoundingClientRect();
			const x = c.convertToPixel({xAxisIndex: 0}, '2020'), y = c.convertToPixel({yAxisIndex: 0}, 0);
			return [r.left + x, r.top + y - 6];
		})()`)
		// The page moves focus to the sentences' heading once htmx has
		// settled, so that is what to wait for.
		b.do(t, chromedp.MouseClickXY(xy[0], xy[1]),
			settled(`document.getElementById('evidence-h').textContent.includes('2020') &&
				document.activeElement.id === 'evidence-h'`))
		sentences := js[int](t, b.ctx, `document.querySelectorAll('#evidence ol.evidence li blockquote').length`)
		articles := js[int](t, b.ctx, `document.querySelectorAll('#evidence ol.evidence li a[href^="/articles/"]').length`)
		focused := js[string](t, b.ctx, `document.activeElement.id`)
		loc := js[string](t, b.ctx, `location.search`)
		chart := js[bool](t, b.ctx, `document.querySelector('#dyad-chart[data-drawn]') !== null`)
		b.shot(t, "dyad-drill-2020.png")
		b.shotOf(t, "#evidence", "dyad-drill-2020-sentences.png")
		if sentences == 0 || articles < sentences || focused != "evidence-h" || !strings.Contains(loc, "period=2020") || !chart {
			t.Errorf("after a click on 2020: %d sentences, %d article links, focus on %q, location %q, chart still drawn %v",
				sentences, articles, focused, loc, chart)
		}
		// The same drill-down from the keyboard: the period table's links.
		b.do(t, chromedp.Focus(css(`a[data-period="2014"]`)), chromedp.KeyEvent("\r"),
			settled(`document.getElementById('evidence-h').textContent.includes('2014') &&
				document.activeElement.id === 'evidence-h'`))
		selected := js[string](t, b.ctx, `document.querySelector('table.periods tr.selected a').textContent`)
		n := js[int](t, b.ctx, `document.querySelectorAll('#evidence ol.evidence li').length`)
		if selected != "2014" || n == 0 {
			t.Errorf("Enter on 2014 lists %d sentences and marks %q in the table", n, selected)
		}
	})

	t.Run("an evidence sentence links to its place in the article, marked and scrolled into view", func(t *testing.T) {
		b.do(t, chromedp.Navigate(b.base+"/dyads?a=BLR&b=RUS&by=year&period=2020"), chromedp.WaitVisible(css(`ol.evidence li blockquote`)))
		sentence := js[string](t, b.ctx, `document.querySelector('ol.evidence li blockquote').textContent`)
		b.do(t, chromedp.Click(css(`ol.evidence li p.source a`)), chromedp.WaitVisible(css(`.text .hl.target`)))
		// The browser scrolls to the fragment once the page has loaded.
		_, unscrolled := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](`(() => {
			const r = document.getElementById('hl').getBoundingClientRect();
			return r.top >= 0 && r.top <= window.innerHeight;
		})()`, chromedp.WithPollingTimeout(5*time.Second)))
		v := js[struct {
			Hash, Marked string
			Top, Height  float64
		}](t, b.ctx, `(() => {
			const r = document.getElementById('hl').getBoundingClientRect();
			return {Hash: location.hash, Top: r.top, Height: window.innerHeight,
				Marked: [...document.querySelectorAll('.text .hl.target')].map(e => e.textContent).join('')};
		})()`)
		b.shot(t, "article-linked-sentence.png")
		if v.Hash != "#hl" || v.Marked != sentence || unscrolled != nil {
			t.Errorf("the evidence link opened %s marking %q (want %q), its start %.0fpx down a %.0fpx window (%v)",
				v.Hash, v.Marked, sentence, v.Top, v.Height, unscrolled)
		}
	})

	t.Run("the dyad direction switch splits the events into what each side did", func(t *testing.T) {
		totals := map[string]int{}
		for _, dir := range []string{"both", "ab", "ba"} {
			b.do(t, chromedp.Navigate(b.base+"/dyads?a=BLR&b=RUS&by=year&dir="+dir), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
			_, totals[dir] = bars(t)
		}
		// The last page is B→A; switching there by its link shows A→B.
		b.do(t, chromedp.Click(css(`nav.switch li:first-child a`)), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		current := js[string](t, b.ctx, `document.querySelector('nav.switch a[aria-current]').textContent`)
		_, viaLink := bars(t)
		b.shot(t, "dyad-blr-to-rus.png")
		if totals["ab"] == 0 || totals["ba"] == 0 || totals["ab"]+totals["ba"] != totals["both"] || viaLink != totals["ab"] {
			t.Errorf("events both ways %d, A→B %d (%d by the switch), B→A %d", totals["both"], totals["ab"], viaLink, totals["ba"])
		}
		if current != "Belarus → Russia" {
			t.Errorf("the switch marks %q as current", current)
		}
	})

	t.Run("an actor's partners link to their dyad", func(t *testing.T) {
		b.do(t, chromedp.Navigate(b.base+"/actors/ALEXANDER_LUKASHENKO"), chromedp.WaitVisible(css(`table.actors`)))
		b.do(t, chromedp.Click(css(`table.actors tbody tr:first-child a[href^="/dyads"]`)), chromedp.WaitVisible(css(`h1`)))
		loc := js[string](t, b.ctx, `location.pathname + location.search`)
		drawn := js[bool](t, b.ctx, `document.querySelector('#dyad-chart[data-drawn], .dyad p') !== null`)
		if !strings.HasPrefix(loc, "/dyads?a=ALEXANDER_LUKASHENKO&") || !drawn {
			t.Errorf("the partner link went to %s (chart or note shown %v)", loc, drawn)
		}
	})
}
