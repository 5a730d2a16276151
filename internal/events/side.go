package events

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// The source's own side: the home country it acts in, the forces and
// envoys it sends, and the agents of a state, which are no party to the
// events the source codes against others.

// home reports a mention of the bare country a source belongs to, found
// away from the verb's own objects: the place the source acts in or on
// ("agreed to resign without returning to Kyrgyzstan", "promised to
// democratise Serbia"), not another party to the event.
func (c *clause) home(m *news.Mention, srcs []*news.Mention) bool {
	return len(srcs) > 0 && bareCountry(m) && len(srcs[0].Code) > 3 && country(srcs[0].Code) == m.Code
}

// stationed returns the place forces sent by verb v go to when its
// argument o names the forces, not a party: "refused to deploy
// peacekeepers in Iraq" and "contribute troops to an international
// peace-keeping force in Liberia" aim at Iraq and Liberia, as the
// PLOVER manual's recipient of aid or mobilisation is whom it is for or
// against; the force sent or joined is the means. nil when v sends
// nothing, or o names no forces or no place.
func (c *clause) stationed(v, o int, m *news.Mention) *news.Mention {
	if !sending[c.lemma(v)] || !armed(m.Code) && !missions[c.lemma(o)] {
		return nil
	}
	for i := range c.toks {
		// The parser hangs the place from the force or from the verb
		// ("deployed soldiers to the UN mission [in Haiti]").
		if p := c.ment[i]; p != nil && p != m && !armed(p.Code) && i != o && (c.under(i, o) || i > o && c.head(i) == v) && c.marked(i, "in", "to", "into", "inside") {
			return p
		}
	}
	return nil
}

// missions are bodies forces are sent to join ("the UN mission in
// Haiti"), named by an organisation that is no armed force itself.
var missions = map[string]bool{"mission": true, "force": true, "operation": true, "contingent": true, "coalition": true}

// ownSubject reports the subject of a clause under verb v that is the
// source's own side, the source itself or, for a state, its agents: in
// "the security chief warned that police will not tolerate rallies by
// the opposition" the police carry out the threat and the opposition
// receives it; another party stays the target ("Japan warned that China
// would invade Taiwan": CHN).
func (c *clause) ownSubject(i, v int, m *news.Mention, srcs []*news.Mention) bool {
	if len(srcs) == 0 || srcs[0].Code == "" || m.Code == "" || i == v || !c.under(i, v) {
		return false
	}
	for k := i; k >= 0 && k != v; k = c.head(k) {
		if r := c.rels[k]; r == "nsubj" {
			if m.Actor == srcs[0].Actor {
				return true
			}
			// The state and its agents are one side; its opposition,
			// rebels or people are not ("the opposition demanded that
			// President Mugabe abandon": ZWEGOV).
			return country(m.Code) == country(srcs[0].Code) && len(m.Code) > 3 && official(m.Code) && official(srcs[0].Code) && !opposing(m.Code) && !opposing(srcs[0].Code)
		}
		if c.ment[k] != m && k != i {
			return false
		}
	}
	return false
}

// opposing reports a code with a sector set against its state:
// opposition, rebels, insurgents.
func opposing(code string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "OPP", "REB", "INS":
			return true
		}
	}
	return false
}

// ownAgents reports forces or envoys a possessive pronoun gives the
// subject ("Israel withdrew its troops from Gaza", "recalled its
// ambassador from Beirut"): the resolver may bind the pronoun to a
// nearby place, yet the troops are the actor's own means, and the place
// they leave or are sent to is the target.
func (c *clause) ownAgents(o int) bool {
	if l := c.lemma(o); !forces[l] && !envoys[l] {
		return false
	}
	for p := range c.toks {
		if c.head(p) == o && c.toks[p].Rel == "nmod:poss" {
			switch strings.ToLower(c.toks[p].Text) {
			case "its", "their", "his", "her", "our":
				return true
			}
		}
	}
	return false
}
