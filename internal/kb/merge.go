package kb

import (
	"slices"
	"sync"

	"github.com/entente-news/entente/internal/news"
)

// mergeActor folds b into a: lists are unioned, and b's non-empty scalar
// fields win, since the later file is the more specific one.
func mergeActor(a, b *news.Actor) {
	set := func(dst *string, src string) {
		if src != "" {
			*dst = src
		}
	}
	set(&a.Name, b.Name)
	set(&a.Kind, b.Kind)
	set(&a.Code, b.Code)
	set(&a.Country, b.Country)
	set(&a.Sector, b.Sector)
	set(&a.Descriptor, b.Descriptor)
	a.Aliases, _ = dedupe(append(a.Aliases, b.Aliases...))
	// An open-ended role the earlier file gives for a code the later file
	// also dates is a dictionary's stale "still in office" (Phoenix stops
	// in 2014): the later, curated dates replace it.
	a.Roles = slices.DeleteFunc(a.Roles, func(r news.Role) bool {
		return !r.From.IsZero() && r.Until.IsZero() &&
			slices.ContainsFunc(b.Roles, func(s news.Role) bool { return s.Code == r.Code })
	})
	for _, r := range b.Roles {
		if !slices.Contains(a.Roles, r) {
			a.Roles = append(a.Roles, r)
		}
	}
	a.Roles = settleRoles(a.Roles)
	for _, m := range b.Members {
		if !slices.Contains(a.Members, m) {
			a.Members = append(a.Members, m)
		}
	}
}

// Merge adds other's actors and agent nouns to k; an actor already in k
// is extended (see Load) rather than replaced. The actors are copied, so
// other stays unchanged. Merge must not run while k is being read.
func (k *KB) Merge(other *KB) {
	ids := make([]news.ActorID, 0, len(other.actors))
	for id := range other.actors {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		a := *other.actors[id]
		a.Aliases = slices.Clone(a.Aliases)
		a.Roles = slices.Clone(a.Roles)
		a.Members = slices.Clone(a.Members)
		_, keys := dedupe(a.Aliases)
		k.add(&a, keys)
	}
	for n, c := range other.agents {
		k.agents[n] = c
	}
	for n := range other.languages {
		k.languages[n] = true
	}
	for n, p := range other.places {
		k.places[n] = p
	}
	for n, ps := range other.placeIn {
		for _, p := range ps {
			k.addPlaceIn(n, p)
		}
	}
	for n, ids := range other.locals {
		for _, id := range ids {
			addID(k.locals, n, id)
		}
	}
	k.matchOnce = sync.Once{}
	k.match = nil
	k.typoOnce = sync.Once{}
	k.typo = nil
}
