package events

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// exercised reports a show of force by verb v whose targets are the
// country the forces go to, for an exercise there ("moved 30,000 troops
// into Belarus for a joint exercise") or at its call ("at the invitation
// of the Armenian government"): forces sent to train beside the host, or
// that it asked for, cooperate with it militarily (CAMEO 062, PLOVER
// COOPERATE), as partners' war games do; they are no mobilisation
// against it. Exercises near another's border ("massed troops near the
// border with Ukraine for exercises") stay a show of force against it.
func (c *clause) exercised(v int, tgts []*news.Mention) bool {
	if len(tgts) == 0 || !c.hosts(v, tgts[0]) {
		return false
	}
	for _, o := range c.children(v, "obl", "advcl", "nmod") {
		switch l := c.lemma(o); {
		case c.marked(o, "for") && c.names(o, exercises):
			return true
		case (l == "invitation" || l == "request") && c.marked(o, "at", "upon", "on"):
			// Only the host's call: troops sent at separatists'
			// request go against the country all the same.
			by := c.group(o)
			return len(by) == 0 || country(by[0].Code) == country(tgts[0].Code) && official(by[0].Code)
		}
	}
	return false
}

// hosts reports actor m named by a destination of verb v ("into
// Belarus", "to Armenia", "in Belarus"), where the forces go.
func (c *clause) hosts(v int, m *news.Mention) bool {
	for i := range c.toks {
		if c.ment[i] != m {
			continue
		}
		h := c.mentionHead(i)
		return c.head(h) == v && c.marked(h, "to", "into", "in", "inside")
	}
	return false
}

// names reports a noun of set in phrase o: its head, or a word under it
// (the parser may hang "for the "Union Resolve" exercise" from a name).
func (c *clause) names(o int, set map[string]bool) bool {
	for k := range c.toks {
		if set[c.lemma(k)] && (k == o || c.underPhrase(k, o)) {
			return true
		}
	}
	return false
}

// exercises are the nouns of military training.
var exercises = map[string]bool{"exercise": true, "drill": true, "manoeuvre": true, "maneuver": true, "wargame": true, "game": true, "training": true}

// deployed reports armed forces whose visit (CAMEO 042, "Russian
// paratroopers arrived in Belarus") the dictionary codes: forces that
// arrive somewhere are moved there, as "moved troops into" tells, and
// an exercise there is the host's as much as theirs.
func deployed(code string, srcs []*news.Mention) bool {
	return strings.HasPrefix(code, "042") && len(srcs) > 0 && armed(srcs[0].Code)
}

// based reports forces stationed in the country of tgts[0] ("would
// station tactical nuclear weapons in Belarus"): forces based in
// another's territory are there by the host's leave, which is why the
// dictionary's own "station &military" is military cooperation (062),
// and no show of force against it. Forces sent, moved or deployed into
// a country ("moved troops into Ukraine") stay a mobilisation.
func (c *clause) based(v int, tgts []*news.Mention) bool {
	return basing[c.lemma(v)] && len(tgts) > 0 && c.hosts(v, tgts[0])
}

var basing = map[string]bool{"station": true, "base": true, "garrison": true}

// massed reports armed forces whose gathering the dictionary codes as a
// meeting (CAMEO 04, "Russian troops gathered near the border"): forces
// that gather are massed, a show of force (154, the PLOVER manual's
// MOBILIZE, "military or police moves that fall short of the actual use
// of force"), as "massed troops" is; envoys that gather still meet.
func massed(lemma, code string, srcs []*news.Mention) bool {
	return gathering[lemma] && strings.HasPrefix(code, "04") && len(srcs) > 0 && armed(srcs[0].Code)
}

var gathering = map[string]bool{"gather": true, "assemble": true, "concentrate": true, "converge": true, "mass": true}
