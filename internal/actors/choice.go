package actors

import (
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

// choose picks among a match's candidates for text: one already named in
// the article, then a person holding a role at the date, then a body of a
// country the article has named, then a body that existed at the date
// (its roles date it), then one whose name is the text, then an organisation over a country (the city
// "Brussels" is the EU before it is Belgium), then the first. A "person"
// of one word (a dictionary's mononym or mis-filed country) gives way to
// any other kind of candidate.
func (st *state) choose(ids []news.ActorID, text string) *news.Actor {
	var cands []*news.Actor
	others := false
	for _, id := range ids {
		if a, ok := st.r.kb.Actor(id); ok {
			cands = append(cands, a)
			others = others || a.Kind != "person"
		}
	}
	if others {
		cands = slices.DeleteFunc(cands, func(a *news.Actor) bool {
			return a.Kind == "person" && !strings.Contains(a.Name, " ")
		})
	}
	if len(cands) <= 1 {
		if len(cands) == 0 {
			return nil
		}
		return cands[0]
	}
	if c := st.sharedPlace(cands, text); c != nil {
		return c
	}
	for j := len(st.named) - 1; j >= 0; j-- {
		if slices.Contains(cands, st.named[j]) {
			return st.named[j]
		}
	}
	if !st.date.IsZero() {
		for _, a := range cands {
			if _, ok := a.RoleAt(st.date); ok && a.Kind == "person" {
				return a
			}
		}
	}
	// A body of a country the article has named is the one meant: "KGB"
	// in a story about Belarus, a former "KGB" officer named Putin.
	if c := st.namedCountry(cands); c != nil {
		return c
	}
	// Roles date a body's existence: out of them it is no candidate
	// while another is (the Soviet KGB after 1991).
	if !st.date.IsZero() {
		live := slices.DeleteFunc(slices.Clone(cands), func(a *news.Actor) bool {
			return a.Kind != "person" && len(a.Roles) > 0 && !slices.ContainsFunc(a.Roles, func(r news.Role) bool { return r.Covers(st.date) })
		})
		if len(live) > 0 {
			cands = live
		}
	}
	key := kb.Key(text)
	for _, kind := range []string{"country", "organisation", "group", "person"} {
		for _, a := range cands {
			if a.Kind == kind && kb.Key(a.Name) == key {
				return a
			}
		}
	}
	for _, a := range cands {
		if a.Kind == "organisation" {
			return a
		}
	}
	return cands[0]
}

// namedCountry returns the one body among cands whose country a mention
// before it codes, or a name later in its sentence does ("RSF fighters
// looted homes in Darfur" are Sudan's Rapid Support Forces, not the
// press-freedom group), or nil when none or several are.
func (st *state) namedCountry(cands []*news.Actor) *news.Actor {
	var found *news.Actor
	for _, a := range cands {
		if a.Kind == "person" || len(a.Country) != 3 {
			continue
		}
		if !slices.ContainsFunc(st.out, func(m news.Mention) bool { return strings.HasPrefix(m.Code, a.Country) }) && !slices.Contains(st.ahead, a.Country) {
			continue
		}
		if found != nil {
			return nil
		}
		found = a
	}
	return found
}

// sharedPlace picks among countries a city's name stands for ("Tripoli":
// Libya's capital, a Lebanese port): the one the sentence names, else the
// one the article has named, else the one whose capital it is; nil when
// the candidates are no such countries.
func (st *state) sharedPlace(cands []*news.Actor, text string) *news.Actor {
	for _, a := range cands {
		if a.Kind == "person" || len(a.Country) != 3 {
			return nil
		}
		if _, ok := st.r.kb.PlaceIn(text, a.Country); !ok {
			return nil
		}
	}
	pick := func(country string) *news.Actor {
		for _, a := range cands {
			if a.Country == country {
				return a
			}
		}
		return nil
	}
	for _, c := range st.ahead {
		if a := pick(c); a != nil {
			return a
		}
	}
	for j := len(st.out) - 1; j >= 0; j-- {
		if len(st.out[j].Code) >= 3 {
			if a := pick(st.out[j].Code[:3]); a != nil {
				return a
			}
		}
	}
	for _, a := range cands {
		if p, ok := st.r.kb.PlaceIn(text, a.Country); ok && p.Capital {
			return a
		}
	}
	return nil
}
