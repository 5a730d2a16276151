package actors

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// backers are the participles that make a state the backer of an armed
// body, not the body's country: "Iranian-backed militias in Iraq" are
// Iraq's militias, "Russian-backed rebels shelled Mariupol" Ukraine's
// rebels, as CAMEO codes a proxy by where it fights. "US-led forces" stay
// the leader's: a state leads its own forces.
var backers = []string{"-backed", "-supported", "-sponsored", "-funded", "-armed", "-trained"}

// backed recodes the armed bodies of the sentence a state backs to the
// country they act in: the one "in" names after them, else the one other
// country whose places the sentence names ("shelled Mariupol"); with none,
// or several, the code stays as it was.
func (st *state) backed(si int, toks []nlp.Token) {
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := &st.out[i]
		if len(m.Code) < 6 || !armedSectors[m.Code[3:6]] || !backedText(m.Text) {
			continue
		}
		_, e := tokenRange(toks, m.Span.Start, m.Span.End)
		c := st.placeIn(toks, e)
		if c == "" {
			c = st.otherCountry(si, m.Code[:3])
		}
		if c == "" || c == m.Code[:3] {
			continue
		}
		m.Code = c + m.Code[3:]
		m.Actor = news.ActorID(m.Code)
	}
}

func backedText(s string) bool {
	s = strings.ToLower(s)
	for _, b := range backers {
		if strings.Contains(s, b+" ") {
			return true
		}
	}
	return false
}

// otherCountry is the one country other than backer whose towns or
// regions the sentence names, or "".
func (st *state) otherCountry(si int, backer string) string {
	found := ""
	for i := len(st.out) - 1; i >= 0 && st.out[i].Sentence == si; i-- {
		m := st.out[i]
		if len(m.Code) != 3 || !st.isCountry(m.Code) || m.Code == backer {
			continue
		}
		if _, place := st.r.kb.Place(m.Text); !place {
			continue // a state named may be the target: "attacked the United States"
		}
		if found != "" && found != m.Code[:3] {
			return ""
		}
		found = m.Code[:3]
	}
	return found
}
