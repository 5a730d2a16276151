package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// networkPage checks the network graph, its date filter, and that nodes,
// edges and the pairs table link to actor and dyad pages.
func (b *browser) networkPage(t *testing.T) {
	t.Run("the network page draws actors and pairs; a click on a node opens its actor page, on an edge its dyad", func(t *testing.T) {
		counts := func(t *testing.T) (nodes, edges, rows int) {
			t.Helper()
			v := js[[]int](t, b.ctx, `(() => {
				const s = echarts.getInstanceByDom(document.getElementById('network-chart')).getOption().series[0];
				return [s.data.length, s.links.length, document.querySelectorAll('table.pairs tbody tr').length];
			})()`)
			return v[0], v[1], v[2]
		}
		b.do(t, chromedp.Navigate(b.base+"/network"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		nodes, edges, rows := counts(t)
		b.shot(t, "network.png")
		b.shotOf(t, "#network-chart", "network-graph.png")
		if nodes < 10 || edges < 10 || rows != edges {
			t.Fatalf("%d nodes, %d edges, %d rows in the pairs table; want 10 or more of each and a row per edge", nodes, edges, rows)
		}
		b.do(t, chromedp.Navigate(b.base+"/network?from=2020-01-01&to=2020-12-31"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		_, edges2020, _ := counts(t)
		if edges2020 == 0 || edges2020 >= edges {
			t.Errorf("2020 has %d edges of all time's %d; want some and fewer", edges2020, edges)
		}
		b.do(t, chromedp.Navigate(b.base+"/network"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		// The force layout starts from random places, so click the node
		// that stands furthest from the others, where no neighbour or
		// label can take the click.
		target := js[struct {
			X, Y  float64
			Href  string
			Clear float64
		}](t, b.ctx, `(() => {
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
		b.do(t, chromedp.MouseClickXY(target.X, target.Y), chromedp.WaitVisible(css(`article.actor h1`)))
		loc := js[string](t, b.ctx, `location.pathname`)
		if loc != target.Href {
			t.Errorf("the click on %s's node (%.0fpx clear of the others) went to %s", target.Href, target.Clear, loc)
		}
		// An edge: click the middle of the one whose middle is furthest
		// from every node. Edges crossing there may take the click, so
		// any pair's dyad will do.
		b.do(t, chromedp.Navigate(b.base+"/network"), chromedp.WaitVisible(css(`#network-chart[data-drawn]`)))
		edge := js[struct {
			X, Y  float64
			Clear float64
		}](t, b.ctx, `(() => {
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
		b.do(t, chromedp.MouseClickXY(edge.X, edge.Y), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		if loc := js[string](t, b.ctx, `location.pathname`); loc != "/dyads" {
			t.Errorf("the click on an edge (%.0fpx clear of nodes) went to %s", edge.Clear, loc)
		}
		// Which pair tops the table is the coder's business; the link must
		// open that pair's dyad.
		b.do(t, chromedp.Navigate(b.base+"/network"), chromedp.WaitVisible(css(`table.pairs`)))
		href := js[string](t, b.ctx, `new URL(document.querySelector("table.pairs tbody tr:first-child a").href).search`)
		b.do(t, chromedp.Click(css(`table.pairs tbody tr:first-child a`)), chromedp.WaitVisible(css(`#dyad-chart[data-drawn]`)))
		if loc := js[string](t, b.ctx, `location.pathname + location.search`); !strings.HasPrefix(href, "?a=") || loc != "/dyads"+href {
			t.Errorf("the first pair's link (%s) went to %s", href, loc)
		}
	})
}
