package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// actorPage checks that a mention links to its actor page, which charts
// the actor's mentions, and the actor index.
func (b *browser) actorPage(t *testing.T) {
	t.Run("a mention links to its actor, whose page charts mentions over several years", func(t *testing.T) {
		b.do(t, chromedp.Navigate(b.base+"/?q=Tsikhanouskaya"), chromedp.WaitVisible(css(`ol.hits li h3 a`)))
		href := js[string](t, b.ctx, `document.querySelector('ol.hits li h3 a').getAttribute('href')`)
		b.do(t, chromedp.Navigate(b.base+href), chromedp.WaitVisible(css(`.text p`)))
		actor := js[string](t, b.ctx, `(document.querySelector('.text a.hl.actor') || {}).pathname || ''`)
		if !strings.HasPrefix(actor, "/actors/") {
			t.Fatalf("%s: no mention links to an actor page (%q)", href, actor)
		}
		b.do(t, chromedp.Navigate(b.base+actor), chromedp.WaitVisible(css(`#actor-months[data-drawn]`)))
		name := js[string](t, b.ctx, `document.querySelector('h1').textContent`)
		years := b.chartYears(t, "actor-months")
		partners := js[int](t, b.ctx, `document.querySelectorAll('table.actors tbody tr').length`)
		b.shot(t, "actor.png")
		if name == "" || len(years) < 3 || partners == 0 {
			t.Errorf("actor %q: mentions in years %v, %d co-mentioned actors", name, years, partners)
		}
		b.do(t, chromedp.Navigate(b.base+"/actors"), chromedp.WaitVisible(css(`table.actors`)))
		rows := js[int](t, b.ctx, `document.querySelectorAll('table.actors tbody tr').length`)
		b.shot(t, "actors.png")
		if rows < 10 {
			t.Errorf("the actor index lists %d actors, want 10 or more", rows)
		}
	})
}
