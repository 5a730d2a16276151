package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// articlePage checks the article reader on an article the cleaner removed
// lines from (withRemoved), and that hostile articles stay text.
func (b *browser) articlePage(t *testing.T, withRemoved string) {
	t.Run("the article page shows its text and opens the removed lines on demand", func(t *testing.T) {
		b.do(t, chromedp.Navigate(b.base+withRemoved), chromedp.WaitVisible(css(`.text p`)))
		paras := js[int](t, b.ctx, `document.querySelectorAll('.text p').length`)
		before := js[bool](t, b.ctx, `document.querySelector('table.removed') !== null`)
		b.do(t, chromedp.Click(css(`#show-removed`)), settled(`document.querySelector('table.removed tbody tr') !== null`))
		button := js[bool](t, b.ctx, `document.getElementById('show-removed') !== null`)
		removed := js[int](t, b.ctx, `document.querySelectorAll('table.removed tbody tr').length`)
		b.shot(t, "article-removed.png")
		if paras < 3 || before || removed == 0 || button {
			t.Errorf("%d paragraphs, panel open before the click %v, %d removed lines after, button still there %v", paras, before, removed, button)
		}
	})

	t.Run("hostile articles show their content as text and run nothing", func(t *testing.T) {
		for _, q := range []string{"Pratasevich", "Tsikhanouskaya", "CLICK HERE"} {
			b.do(t, chromedp.Navigate(b.base+"/?q="+strings.ReplaceAll(q, " ", "+")), chromedp.WaitVisible(css(`ol.hits li h3 a`)))
			href := js[string](t, b.ctx, `document.querySelector('ol.hits li h3 a').getAttribute('href')`)
			b.do(t, chromedp.Navigate(b.base+href), chromedp.WaitVisible(css(`.text p`)))
			markup := js[int](t, b.ctx, `document.querySelectorAll('.text *:not(p):not(.hl), .text .hl *, .text a:not([href^="/actors/"]), dl.meta img, [onerror], [onload], script:not([src^="/static/"])').length`)
			text := js[string](t, b.ctx, `document.querySelector('.text').textContent`)
			b.shot(t, "hostile-"+strings.ToLower(strings.Fields(q)[0])+".png")
			if markup != 0 || text == "" {
				t.Errorf("%s (%s): %d elements from content, text %d bytes", q, href, markup, len(text))
			}
			if q == "CLICK HERE" && !strings.Contains(text, "<<<") {
				t.Errorf("%s: the spam's angle brackets are not shown as text", href)
			}
		}
	})
}
