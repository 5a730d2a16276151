package extract

import "unicode/utf8"

// header removes what sits between the title and the body: navigation rows
// ("LIVE COVERAGE ▸ Ukraine crisis ▸ Maps") and meta lines carrying the date
// ("Energy | 25.11.2011 | Views: 2 904"). Only lines above the first body
// paragraph are looked at, so a dated sentence in the body is never touched.
func (c *cleaning) header() {
	for i := 0; i < c.first && i < len(c.units); i++ {
		u := &c.units[i]
		if !c.kept(i) || prose(u.text) || utf8.RuneCountInString(u.text) > 200 {
			continue
		}
		if _, ok := dateline(u.text); ok {
			u.rule = "dateline"
		} else if segs := crumbs(u.text); len(segs) >= 3 {
			u.rule = "breadcrumb"
		}
	}
}
