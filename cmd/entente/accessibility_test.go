package main

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// accessibility checks the pages without JavaScript (plain links and
// forms) and on a phone (no sideways scrolling, the skip link first).
func (b *browser) accessibility(t *testing.T, withRemoved string) {
	t.Run("without JavaScript the form searches and the removed lines open by plain links", func(t *testing.T) {
		if _, err := chromedp.Call(b.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(b.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
		b.do(t,
			chromedp.Navigate(b.base+"/"),
			chromedp.WaitVisible(css(`#q`)),
			chromedp.SendKeys(css(`#q`), "Minsk"),
			chromedp.Click(css(`form.search button[type=submit]`)),
			chromedp.WaitVisible(css(`ol.hits mark`)),
		)
		loc, err := chromedp.Run(b.ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		b.shot(t, "nojs-search.png")
		if !strings.Contains(loc, "q=Minsk") {
			t.Errorf("the form went to %s, want a GET with q=Minsk", loc)
		}
		b.do(t,
			chromedp.Navigate(b.base+withRemoved),
			chromedp.Click(css(`#show-removed`)),
			chromedp.WaitVisible(css(`table.removed tbody tr`)),
		)
		if loc, err = chromedp.Run(b.ctx, chromedp.Location()); err != nil || !strings.Contains(loc, withRemoved+"/removed") {
			t.Errorf("the removed-lines link went to %s (%v)", loc, err)
		}
		b.do(t,
			chromedp.Navigate(b.base+"/dyads?a=Belarus&b=Russia&by=year"),
			chromedp.Click(css(`a[data-period="2020"]`)),
			chromedp.WaitVisible(css(`ol.evidence li`)),
		)
		b.shot(t, "nojs-dyad.png")
		if loc, err = chromedp.Run(b.ctx, chromedp.Location()); err != nil || !strings.Contains(loc, "period=2020") {
			t.Errorf("the period link went to %s (%v)", loc, err)
		}
	})

	t.Run("on a phone the pages fit the screen and the skip link takes focus first", func(t *testing.T) {
		b.do(t,
			chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
			chromedp.Navigate(b.base+"/?q=gas"),
			chromedp.WaitVisible(css(`#attention[data-drawn]`)),
		)
		fits := js[bool](t, b.ctx, `document.documentElement.scrollWidth <= window.innerWidth`)
		b.do(t, chromedp.KeyEvent("\t"))
		focused := js[string](t, b.ctx, `document.activeElement.className`)
		b.shot(t, "phone-search.png")
		if !fits || focused != "skip" {
			t.Errorf("fits the width %v, first Tab focuses %q (want skip)", fits, focused)
		}
		for _, p := range []string{withRemoved, "/actors/ALEXANDER_LUKASHENKO", "/dyads?a=BLR&b=RUS&by=year&period=2020", "/network"} {
			b.do(t, chromedp.Navigate(b.base+p), chromedp.WaitVisible(css(`h1`)))
			if strings.Contains(p, "dyads") || strings.Contains(p, "network") {
				b.do(t, chromedp.WaitVisible(css(`[data-drawn]`)))
			}
			if !js[bool](t, b.ctx, `document.documentElement.scrollWidth <= window.innerWidth`) {
				t.Errorf("%s is wider than a phone", p)
			}
			name, _, _ := strings.Cut(strings.Split(p, "/")[1], "?")
			b.shot(t, "phone-"+name+".png")
			switch name {
			case "dyads":
				b.shotOf(t, "section.dyad", "phone-dyads-chart.png")
			case "network":
				b.shotOf(t, "#network-chart", "phone-network-graph.png")
			}
		}
		b.do(t, chromedp.EmulateViewport(1280, 900))
	})
}
