package events

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// strongholds are the places of an armed force: "attacked Ukrainian
// positions" strikes Ukraine's military, not Ukraine.
var strongholds = map[string]bool{"position": true, "base": true, "outpost": true, "garrison": true, "trench": true, "stronghold": true, "bunker": true}

// positions recodes a target of an attack that a country's name
// qualifies as a stronghold of its forces ("Ukrainian positions",
// "Russia's bases in Syria") as that country's military: the resolver
// knows the country, the noun says which of its sectors is hit.
func (c *clause) positions(code string, tgts []*news.Mention) []*news.Mention {
	if !strings.HasPrefix(code, "18") && !strings.HasPrefix(code, "19") && !strings.HasPrefix(code, "20") {
		return tgts
	}
	out := slices.Clone(tgts)
	for j, m := range tgts {
		if len(m.Code) != 3 {
			continue
		}
		for i := range c.toks {
			if c.ment[i] != m || !c.stronghold(i) {
				continue
			}
			mil := *m
			mil.Code += "MIL"
			out[j] = &mil
			break
		}
	}
	return out
}

// stronghold reports token i of a mention naming a stronghold, or
// qualifying one outside it ("Ukrainian [positions]", "Russia's bases").
func (c *clause) stronghold(i int) bool {
	if strongholds[c.lemma(i)] {
		return true
	}
	h := c.head(i)
	if h < 0 || c.ment[h] != nil || !strongholds[c.lemma(h)] {
		return false
	}
	r := c.toks[i].Rel
	return r == "amod" || r == "compound" || r == "nmod:poss"
}
