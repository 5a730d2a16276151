package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestE2EWebUI drives Debian's chromium through the web UI served by
// `entente demo`. It needs ENTENTE_E2E=1 and /usr/bin/chromium (or
// ENTENTE_CHROMIUM); .ci/run provides both. Screenshots go to testout/ at
// the module root. ENTENTE_E2E_BASE=http://host:port tests a demo server
// that is already running instead of starting one.
func TestE2EWebUI(t *testing.T) {
	if os.Getenv("ENTENTE_E2E") != "1" {
		t.Skip("set ENTENTE_E2E=1 to run the browser tests")
	}
	browser := os.Getenv("ENTENTE_CHROMIUM")
	if browser == "" {
		browser = "/usr/bin/chromium"
	}
	if _, err := os.Stat(browser); err != nil {
		t.Fatalf("ENTENTE_E2E=1 but no browser: %v", err)
	}
	shots := filepath.Join("..", "..", "testout")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	// ENTENTE_E2E_BASE points the test at a server already running the
	// demo, which is quicker when working on the pages.
	base := os.Getenv("ENTENTE_E2E_BASE")
	if base == "" {
		base = startDemo(t)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()

	// Anything that runs from article content would show up as a dialog
	// (the demo's hostile pages call alert), a CSP report in the log, or an
	// uncaught exception.
	var mu sync.Mutex
	var incidents []string
	report := func(s string) {
		mu.Lock()
		incidents = append(incidents, s)
		mu.Unlock()
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			report("dialog: " + ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
		case *runtime.EventExceptionThrown:
			report(fmt.Sprintf("exception: %s %+v", ev.ExceptionDetails.Text, ev.ExceptionDetails.Exception))
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				report(fmt.Sprintf("log: %s (%s:%d)", ev.Entry.Text, ev.Entry.URL, ev.Entry.LineNumber))
			}
		}
	})
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	for _, cmd := range []cdp.Command[cdp.Empty, cdp.Empty]{log.Enable, runtime.Enable} {
		if _, err := chromedp.Call(ctx, cmd, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
	}
	// The browser is up; from here on a hung page fails the test instead of
	// waiting for go test's own timeout. (A timeout on the first context
	// would bound the browser's whole life.)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()
	do := func(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		// A step waiting for an element that never comes fails in seconds.
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	shot := func(t *testing.T, name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(shots, name), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	// shotOf saves a screenshot of the element sel alone, for charts on
	// pages too long to read whole.
	shotOf := func(t *testing.T, sel, name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.Screenshot(css(sel)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(shots, name), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("the search page charts attention over several years", func(t *testing.T) {
		do(t, chromedp.Navigate(base+"/"), chromedp.WaitVisible(css(`#attention[data-drawn]`)))
		years := js[[]string](t, ctx, `(() => {
			const o = echarts.getInstanceByDom(document.getElementById('attention')).getOption();
			const p = o.xAxis[0].data, n = o.series[0].data;
			return [...new Set(p.filter((x, i) => n[i] > 0).map(x => x.slice(0, 4)))];
		})()`)
		rows := js[int](t, ctx, `document.querySelectorAll('ol.hits li').length`)
		shot(t, "search-latest.png")
		if len(years) < 5 || rows == 0 {
			t.Errorf("chart has articles in years %v and the list %d rows; want 5 or more years and some rows", years, rows)
		}
	})

	t.Run("typing a query and submitting shows marked results without reloading the page", func(t *testing.T) {
		do(t,
			chromedp.Navigate(base+"/"),
			chromedp.WaitVisible(css(`#q`)),
			chromedp.Evaluate[chromedp.Void](`window.stillHere = true`),
			chromedp.SendKeys(css(`#q`), "Lukashenko"),
			chromedp.Click(css(`form.search button[type=submit]`)),
			settled(`document.getElementById('results-h').textContent.includes('Lukashenko') &&
				document.querySelector('#attention[data-drawn]') !== null`),
		)
		heading := js[string](t, ctx, `document.getElementById('results-h').textContent`)
		marks := js[int](t, ctx, `document.querySelectorAll('ol.hits mark').length`)
		same := js[bool](t, ctx, `window.stillHere === true`)
		loc := js[string](t, ctx, `location.search`)
		shot(t, "search-lukashenko.png")
		if !strings.Contains(heading, "Lukashenko") || marks == 0 || !same || !strings.Contains(loc, "q=Lukashenko") {
			t.Errorf("heading %q, %d marks, same page %v, location %q", heading, marks, same, loc)
		}
	})

	// Parallel ingest numbers articles in no fixed order, so find one the
	// cleaner removed lines from.
	withRemoved := articleWith(t, base, `id="show-removed"`)

	t.Run("the article page shows its text and opens the removed lines on demand", func(t *testing.T) {
		do(t, chromedp.Navigate(base+withRemoved), chromedp.WaitVisible(css(`.text p`)))
		paras := js[int](t, ctx, `document.querySelectorAll('.text p').length`)
		before := js[bool](t, ctx, `document.querySelector('table.removed') !== null`)
		do(t, chromedp.Click(css(`#show-removed`)), settled(`document.querySelector('table.removed tbody tr') !== null`))
		button := js[bool](t, ctx, `document.getElementById('show-removed') !== null`)
		removed := js[int](t, ctx, `document.querySelectorAll('table.removed tbody tr').length`)
		shot(t, "article-removed.png")
		if paras < 3 || before || removed == 0 || button {
			t.Errorf("%d paragraphs, panel open before the click %v, %d removed lines after, button still there %v", paras, before, removed, button)
		}
	})

	t.Run("hostile articles show their content as text and run nothing", func(t *testing.T) {
		for _, q := range []string{"Pratasevich", "Tsikhanouskaya", "CLICK HERE"} {
			do(t, chromedp.Navigate(base+"/?q="+strings.ReplaceAll(q, " ", "+")), chromedp.WaitVisible(css(`ol.hits li h3 a`)))
			href := js[string](t, ctx, `document.querySelector('ol.hits li h3 a').getAttribute('href')`)
			do(t, chromedp.Navigate(base+href), chromedp.WaitVisible(css(`.text p`)))
			markup := js[int](t, ctx, `document.querySelectorAll('.text *:not(p):not(.hl), .text .hl *, .text a:not([href^="/actors/"]), dl.meta img, [onerror], [onload], script:not([src^="/static/"])').length`)
			text := js[string](t, ctx, `document.querySelector('.text').textContent`)
			shot(t, "hostile-"+strings.ToLower(strings.Fields(q)[0])+".png")
			if markup != 0 || text == "" {
				t.Errorf("%s (%s): %d elements from content, text %d bytes", q, href, markup, len(text))
			}
			if q == "CLICK HERE" && !strings.Contains(text, "<<<") {
				t.Errorf("%s: the spam's angle brackets are not shown as text", href)
			}
		}
	})

	t.Run("a mention links to its actor, whose page charts mentions over several years", func(t *testing.T) {
		do(t, chromedp.Navigate(base+"/?q=Tsikhanouskaya"), chromedp.WaitVisible(css(`ol.hits li h3 a`)))
		href := js[string](t, ctx, `document.querySelector('ol.hits li h3 a').getAttribute('href')`)
		do(t, chromedp.Navigate(base+href), chromedp.WaitVisible(css(`.text p`)))
		actor := js[string](t, ctx, `(document.querySelector('.text a.hl.actor') || {}).pathname || ''`)
		if !strings.HasPrefix(actor, "/actors/") {
			t.Fatalf("%s: no mention links to an actor page (%q)", href, actor)
		}
		do(t, chromedp.Navigate(base+actor), chromedp.WaitVisible(css(`#actor-months[data-drawn]`)))
		name := js[string](t, ctx, `document.querySelector('h1').textContent`)
		years := js[[]string](t, ctx, `(() => {
			const o = echarts.getInstanceByDom(document.getElementById('actor-months')).getOption();
			const p = o.xAxis[0].data, n = o.series[0].data;
			return [...new Set(p.filter((x, i) => n[i] > 0).map(x => x.slice(0, 4)))];
		})()`)
		partners := js[int](t, ctx, `document.querySelectorAll('table.actors tbody tr').length`)
		shot(t, "actor.png")
		if name == "" || len(years) < 3 || partners == 0 {
			t.Errorf("actor %q: mentions in years %v, %d co-mentioned actors", name, years, partners)
		}
		do(t, chromedp.Navigate(base+"/actors"), chromedp.WaitVisible(css(`table.actors`)))
		rows := js[int](t, ctx, `document.querySelectorAll('table.actors tbody tr').length`)
		shot(t, "actors.png")
		if rows < 10 {
			t.Errorf("the actor index lists %d actors, want 10 or more", rows)
		}
	})

	// bars sums the dyad chart's bar series per period, conflict counted
	// as events though drawn below zero, and returns the periods with
	// events and the total.
	bars := func(t *testing.T) ([]string, int) {
		t.Helper()
		v := js[struct {
			Periods []string
			Total   int
		}](t, ctx, `(() => {
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
		do(t, chromedp.Navigate(base+"/dyads?a=BLR&b=RUS&by=year"), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		years, _ := bars(t)
		lines := js[int](t, ctx, `echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption().series
			.filter(s => s.type === 'line').reduce((a, s) => a + s.data.filter(v => v !== null).length, 0)`)
		shot(t, "dyad-blr-rus.png")
		if len(years) < 5 || lines < 10 {
			t.Fatalf("bars in years %v and %d points on the score lines; want 5 or more years and 10 points", years, lines)
		}
		// Click the chart in 2020's column, just above the zero line.
		xy := js[[]float64](t, ctx, `(() => {
			const el = document.getElementById('dyad-chart');
			el.scrollIntoView({block: 'center'});
			const c = echarts.getInstanceByDom(el), r = el.getBoundingClientRect();
			const x = c.convertToPixel({xAxisIndex: 0}, '2020'), y = c.convertToPixel({yAxisIndex: 0}, 0);
			return [r.left + x, r.top + y - 6];
		})()`)
		// The page moves focus to the sentences' heading once htmx has
		// settled, so that is what to wait for.
		do(t, chromedp.MouseClickXY(xy[0], xy[1]),
			settled(`document.getElementById('evidence-h').textContent.includes('2020') &&
				document.activeElement.id === 'evidence-h'`))
		sentences := js[int](t, ctx, `document.querySelectorAll('#evidence ol.evidence li blockquote').length`)
		articles := js[int](t, ctx, `document.querySelectorAll('#evidence ol.evidence li a[href^="/articles/"]').length`)
		focused := js[string](t, ctx, `document.activeElement.id`)
		loc := js[string](t, ctx, `location.search`)
		chart := js[bool](t, ctx, `document.querySelector('#dyad-chart[data-drawn]') !== null`)
		shot(t, "dyad-drill-2020.png")
		shotOf(t, "#evidence", "dyad-drill-2020-sentences.png")
		if sentences == 0 || articles < sentences || focused != "evidence-h" || !strings.Contains(loc, "period=2020") || !chart {
			t.Errorf("after a click on 2020: %d sentences, %d article links, focus on %q, location %q, chart still drawn %v",
				sentences, articles, focused, loc, chart)
		}
		// The same drill-down from the keyboard: the period table's links.
		do(t, chromedp.Focus(css(`a[data-period="2014"]`)), chromedp.KeyEvent("\r"),
			settled(`document.getElementById('evidence-h').textContent.includes('2014') &&
				document.activeElement.id === 'evidence-h'`))
		selected := js[string](t, ctx, `document.querySelector('table.periods tr.selected a').textContent`)
		n := js[int](t, ctx, `document.querySelectorAll('#evidence ol.evidence li').length`)
		if selected != "2014" || n == 0 {
			t.Errorf("Enter on 2014 lists %d sentences and marks %q in the table", n, selected)
		}
	})

	t.Run("the dyad direction switch splits the events into what each side did", func(t *testing.T) {
		totals := map[string]int{}
		for _, dir := range []string{"both", "ab", "ba"} {
			do(t, chromedp.Navigate(base+"/dyads?a=BLR&b=RUS&by=year&dir="+dir), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
			_, totals[dir] = bars(t)
		}
		// The last page is B→A; switching there by its link shows A→B.
		do(t, chromedp.Click(css(`nav.switch li:first-child a`)), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		current := js[string](t, ctx, `document.querySelector('nav.switch a[aria-current]').textContent`)
		_, viaLink := bars(t)
		shot(t, "dyad-blr-to-rus.png")
		if totals["ab"] == 0 || totals["ba"] == 0 || totals["ab"]+totals["ba"] != totals["both"] || viaLink != totals["ab"] {
			t.Errorf("events both ways %d, A→B %d (%d by the switch), B→A %d", totals["both"], totals["ab"], viaLink, totals["ba"])
		}
		if current != "Belarus → Russia" {
			t.Errorf("the switch marks %q as current", current)
		}
	})

	t.Run("an actor's partners link to their dyad", func(t *testing.T) {
		do(t, chromedp.Navigate(base+"/actors/ALEXANDER_LUKASHENKO"), chromedp.WaitVisible(css(`table.actors`)))
		do(t, chromedp.Click(css(`table.actors tbody tr:first-child a[href^="/dyads"]`)), chromedp.WaitVisible(css(`h1`)))
		loc := js[string](t, ctx, `location.pathname + location.search`)
		drawn := js[bool](t, ctx, `document.querySelector('#dyad-chart[data-drawn], .dyad p') !== null`)
		if !strings.HasPrefix(loc, "/dyads?a=ALEXANDER_LUKASHENKO&") || !drawn {
			t.Errorf("the partner link went to %s (chart or note shown %v)", loc, drawn)
		}
	})

	t.Run("the network page draws actors and pairs; a click on a node opens its actor page, on an edge its dyad", func(t *testing.T) {
		counts := func(t *testing.T) (nodes, edges, rows int) {
			t.Helper()
			v := js[[]int](t, ctx, `(() => {
				const s = echarts.getInstanceByDom(document.getElementById('network-chart')).getOption().series[0];
				return [s.data.length, s.links.length, document.querySelectorAll('table.pairs tbody tr').length];
			})()`)
			return v[0], v[1], v[2]
		}
		do(t, chromedp.Navigate(base+"/network"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		nodes, edges, rows := counts(t)
		shot(t, "network.png")
		shotOf(t, "#network-chart", "network-graph.png")
		if nodes < 10 || edges < 10 || rows != edges {
			t.Fatalf("%d nodes, %d edges, %d rows in the pairs table; want 10 or more of each and a row per edge", nodes, edges, rows)
		}
		do(t, chromedp.Navigate(base+"/network?from=2020-01-01&to=2020-12-31"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		_, edges2020, _ := counts(t)
		if edges2020 == 0 || edges2020 >= edges {
			t.Errorf("2020 has %d edges of all time's %d; want some and fewer", edges2020, edges)
		}
		do(t, chromedp.Navigate(base+"/network"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		// The force layout starts from random places, so click the node
		// that stands furthest from the others, where no neighbour or
		// label can take the click.
		target := js[struct {
			X, Y  float64
			Href  string
			Clear float64
		}](t, ctx, `(() => {
			const el = document.getElementById('network-chart');
			el.scrollIntoView({block: 'center'});
			const c = echarts.getInstanceByDom(el), d = c.getModel().getSeriesByIndex(0).getData();
			const r = el.getBoundingClientRect();
			const ps = [];
			for (let i = 0; i < d.count(); i++) ps.push(c.convertToPixel({seriesIndex: 0}, d.getItemLayout(i)));
			let best = {Clear: -1};
			ps.forEach((p, i) => {
				if (p[0] < 20 || p[1] < 20 || p[0] > r.width - 20 || p[1] > r.height - 20) return;
				const clear = Math.min(...ps.filter((_, j) => j !== i).map(q => Math.hypot(q[0] - p[0], q[1] - p[1])));
				if (clear > best.Clear) best = {X: r.left + p[0], Y: r.top + p[1], Href: d.getRawDataItem(i).href, Clear: clear};
			});
			return best;
		})()`)
		if !strings.HasPrefix(target.Href, "/actors/") {
			t.Fatalf("no node to click: %+v", target)
		}
		do(t, chromedp.MouseClickXY(target.X, target.Y), chromedp.WaitVisible(css(`article.actor h1`)))
		loc := js[string](t, ctx, `location.pathname`)
		if loc != target.Href {
			t.Errorf("the click on %s's node (%.0fpx clear of the others) went to %s", target.Href, target.Clear, loc)
		}
		// An edge: click the middle of the one whose middle is furthest
		// from every node. Edges crossing there may take the click, so
		// any pair's dyad will do.
		do(t, chromedp.Navigate(base+"/network"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		edge := js[struct {
			X, Y  float64
			Clear float64
		}](t, ctx, `(() => {
			const el = document.getElementById('network-chart');
			el.scrollIntoView({block: 'center'});
			const c = echarts.getInstanceByDom(el), s = c.getModel().getSeriesByIndex(0);
			const d = s.getData(), r = el.getBoundingClientRect();
			const ps = [];
			for (let i = 0; i < d.count(); i++) ps.push(c.convertToPixel({seriesIndex: 0}, d.getItemLayout(i)));
			let best = {Clear: -1};
			s.getGraph().edges.forEach(e => {
				const a = ps[e.node1.dataIndex], b = ps[e.node2.dataIndex];
				const m = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
				if (m[0] < 10 || m[1] < 10 || m[0] > r.width - 10 || m[1] > r.height - 10) return;
				const clear = Math.min(...ps.map(q => Math.hypot(q[0] - m[0], q[1] - m[1])));
				if (clear > best.Clear) best = {X: r.left + m[0], Y: r.top + m[1], Clear: clear};
			});
			return best;
		})()`)
		do(t, chromedp.MouseClickXY(edge.X, edge.Y), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		if loc := js[string](t, ctx, `location.pathname`); loc != "/dyads" {
			t.Errorf("the click on an edge (%.0fpx clear of nodes) went to %s", edge.Clear, loc)
		}
		// Which pair tops the table is the coder's business; the link must
		// open that pair's dyad.
		do(t, chromedp.Navigate(base+"/network"), chromedp.WaitVisible(css(`table.pairs`)))
		href := js[string](t, ctx, `new URL(document.querySelector("table.pairs tbody tr:first-child a").href).search`)
		do(t, chromedp.Click(css(`table.pairs tbody tr:first-child a`)), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		if loc := js[string](t, ctx, `location.pathname + location.search`); !strings.HasPrefix(href, "?a=") || loc != "/dyads"+href {
			t.Errorf("the first pair's link (%s) went to %s", href, loc)
		}
	})

	t.Run("without JavaScript the form searches and the removed lines open by plain links", func(t *testing.T) {
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
		do(t,
			chromedp.Navigate(base+"/"),
			chromedp.WaitVisible(css(`#q`)),
			chromedp.SendKeys(css(`#q`), "Minsk"),
			chromedp.Click(css(`form.search button[type=submit]`)),
			chromedp.WaitVisible(css(`ol.hits mark`)),
		)
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		shot(t, "nojs-search.png")
		if !strings.Contains(loc, "q=Minsk") {
			t.Errorf("the form went to %s, want a GET with q=Minsk", loc)
		}
		do(t,
			chromedp.Navigate(base+withRemoved),
			chromedp.Click(css(`#show-removed`)),
			chromedp.WaitVisible(css(`table.removed tbody tr`)),
		)
		if loc, err = chromedp.Run(ctx, chromedp.Location()); err != nil || !strings.Contains(loc, withRemoved+"/removed") {
			t.Errorf("the removed-lines link went to %s (%v)", loc, err)
		}
		do(t,
			chromedp.Navigate(base+"/dyads?a=Belarus&b=Russia&by=year"),
			chromedp.Click(css(`a[data-period="2020"]`)),
			chromedp.WaitVisible(css(`ol.evidence li`)),
		)
		shot(t, "nojs-dyad.png")
		if loc, err = chromedp.Run(ctx, chromedp.Location()); err != nil || !strings.Contains(loc, "period=2020") {
			t.Errorf("the period link went to %s (%v)", loc, err)
		}
	})

	t.Run("on a phone the pages fit the screen and the skip link takes focus first", func(t *testing.T) {
		do(t,
			chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
			chromedp.Navigate(base+"/?q=gas"),
			chromedp.WaitVisible(css(`#attention[data-drawn]`)),
		)
		fits := js[bool](t, ctx, `document.documentElement.scrollWidth <= window.innerWidth`)
		do(t, chromedp.KeyEvent("\t"))
		focused := js[string](t, ctx, `document.activeElement.className`)
		shot(t, "phone-search.png")
		if !fits || focused != "skip" {
			t.Errorf("fits the width %v, first Tab focuses %q (want skip)", fits, focused)
		}
		for _, p := range []string{withRemoved, "/actors/ALEXANDER_LUKASHENKO", "/dyads?a=BLR&b=RUS&by=year&period=2020", "/network"} {
			do(t, chromedp.Navigate(base+p), chromedp.WaitVisible(css(`h1`)))
			if strings.Contains(p, "dyads") || strings.Contains(p, "network") {
				do(t, chromedp.WaitVisible(css(`[data-drawn]`)))
			}
			if !js[bool](t, ctx, `document.documentElement.scrollWidth <= window.innerWidth`) {
				t.Errorf("%s is wider than a phone", p)
			}
			name, _, _ := strings.Cut(strings.Split(p, "/")[1], "?")
			shot(t, "phone-"+name+".png")
			switch name {
			case "dyads":
				shotOf(t, "section.dyad", "phone-dyads-chart.png")
			case "network":
				shotOf(t, "#network-chart", "phone-network-graph.png")
			}
		}
		do(t, chromedp.EmulateViewport(1280, 900))
	})

	mu.Lock()
	defer mu.Unlock()
	for _, s := range incidents {
		t.Errorf("browser reported %s", s)
	}
}

// settled waits until the page, after an htmx swap, makes cond true.
// It polls in the page: chromedp's node queries can miss nodes that a swap
// replaces while they wait.
func settled(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(15*time.Second))
}

// articleWith returns the path of the first article whose page contains
// marker, trying the first hundred IDs.
func articleWith(t *testing.T, base, marker string) string {
	t.Helper()
	client := &http.Client{Timeout: 10 * time.Second}
	for id := 1; id <= 100; id++ {
		path := fmt.Sprintf("/articles/%d", id)
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode == http.StatusOK && strings.Contains(string(b), marker) {
			return path
		}
	}
	t.Fatalf("no article among the first hundred has %s", marker)
	return ""
}

// js evaluates a JavaScript expression in the page and decodes its value.
func js[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// startDemo runs `entente demo` on a free port until the test ends and
// returns its base URL.
func startDemo(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "e2e.db")
	go func() {
		done <- run(ctx, []string{"demo", "--db", db, "--addr", "127.0.0.1:0"}, nil, pw, io.Discard)
		pw.Close()
	}()
	var base string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if m := regexp.MustCompile(`serving on (http://\S+)/`).FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if base == "" {
		cancel()
		t.Fatalf("demo never printed its URL: %v", <-done)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("demo did not shut down cleanly: %v", fmt.Errorf("demo: %w", err))
		}
	})
	return base
}
