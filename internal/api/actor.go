package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// Names is what the API needs of the actor knowledge base: an actor by ID
// and the actors that go by a name. *kb.KB has both; the API does not
// import it so that it depends on the domain alone.
type Names interface {
	Actor(id news.ActorID) (*news.Actor, bool)
	Lookup(name string) []*news.Actor
}

// An ActorPage is GET /api/actors/{id}: what the articles say of the actor,
// and its record (aliases, roles) from the knowledge base, or the stored
// record of an actor the knowledge base lacks; null when neither has one.
type ActorPage struct {
	*news.ActorInfo
	Record *news.Actor `json:"record"`
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) error {
	if s.Actors == nil {
		return fmt.Errorf("actors are not served: %w", news.ErrNotFound)
	}
	f, err := filter(r.URL.Query().Get)
	if err != nil {
		return err
	}
	cs, err := s.Actors.Actors(r.Context(), news.ActorFilter{Filter: f})
	if err != nil {
		return err
	}
	s.name(cs)
	return writeJSON(w, http.StatusOK, map[string]any{"actors": cs})
}

func (s *Server) actor(w http.ResponseWriter, r *http.Request) error {
	if s.Actors == nil {
		return fmt.Errorf("actors are not served: %w", news.ErrNotFound)
	}
	id, err := ResolveActor(r.Context(), s.Names, s.Actors, r.PathValue("id"))
	if err != nil {
		return err
	}
	p, err := Detail(r.Context(), s.Names, s.Actors, id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, p)
}

// Detail returns what the store says of actor id with its record, named
// from names where the store has no name. An actor the knowledge base knows
// but no article mentions gets zero counts rather than ErrNotFound.
func Detail(ctx context.Context, names Names, store news.ActorStore, id news.ActorID) (*ActorPage, error) {
	info, err := store.ActorDetail(ctx, id)
	var rec *news.Actor
	if names != nil {
		rec, _ = names.Actor(id)
	}
	switch {
	case errors.Is(err, news.ErrNotFound) && rec != nil:
		info = &news.ActorInfo{ActorCount: news.ActorCount{Actor: id},
			Forms: []news.FormCount{}, Codes: []news.CodeCount{}, Descriptors: []string{}, Months: []news.MonthCount{},
			CoMentioned: []news.ActorCount{}, Quotes: []news.QuoteHit{}}
	case err != nil:
		return nil, err
	}
	if rec == nil {
		rec = info.New
	}
	if info.Name == "" && rec != nil {
		info.Name = rec.Name
	}
	(&Server{Names: names}).name(info.CoMentioned)
	return &ActorPage{ActorInfo: info, Record: titled(names, rec)}, nil
}

// titled returns rec with each untitled role titled by the name of the
// actor its code stands for ("BLRELI" → "Belarus elites"): dictionary
// imports give many roles a code and dates only, which read as a blank
// on an actor's page. rec itself is the knowledge base's and stays as it is.
func titled(names Names, rec *news.Actor) *news.Actor {
	if rec == nil || names == nil || !slices.ContainsFunc(rec.Roles, func(r news.Role) bool { return r.Title == "" }) {
		return rec
	}
	c := *rec
	c.Roles = slices.Clone(rec.Roles)
	for i, r := range c.Roles {
		if a, ok := names.Actor(news.ActorID(r.Code)); ok && r.Title == "" {
			c.Roles[i].Title = a.Name
		}
	}
	return &c
}

// name fills in the names the store leaves empty: those of knowledge-base actors.
func (s *Server) name(cs []news.ActorCount) {
	if s.Names == nil {
		return
	}
	for i := range cs {
		if cs[i].Name != "" {
			continue
		}
		if a, ok := s.Names.Actor(cs[i].Actor); ok {
			cs[i].Name = a.Name
		}
	}
}

// ResolveActor turns what a user typed into an actor ID: an ID the
// knowledge base knows (in any case), a "NEW:..." ID, or a name or alias of
// a knowledge-base actor or of a stored new actor. When a name fits several
// actors, the one the store mentions most wins; a tie is ErrInvalid naming
// the candidates, and a name nobody goes by is ErrNotFound. names may be nil.
func ResolveActor(ctx context.Context, names Names, store news.ActorStore, s string) (news.ActorID, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("actor: empty name: %w", news.ErrInvalid)
	}
	if strings.HasPrefix(s, "NEW:") {
		return news.ActorID(s), nil
	}
	var ids []news.ActorID
	if names != nil {
		for _, id := range []news.ActorID{news.ActorID(s), news.ActorID(strings.ToUpper(s))} {
			if _, ok := names.Actor(id); ok {
				return id, nil
			}
		}
		for _, a := range names.Lookup(s) {
			ids = append(ids, a.ID)
		}
	}
	stored, err := store.ActorsNamed(ctx, s)
	if err != nil {
		return "", err
	}
	for _, a := range stored {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("actor %q: no actor has this id or name: %w", s, news.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	return mostMentioned(ctx, store, s, ids)
}

func mostMentioned(ctx context.Context, store news.ActorStore, s string, ids []news.ActorID) (news.ActorID, error) {
	counts := make([]int, len(ids))
	for i, id := range ids {
		info, err := store.ActorDetail(ctx, id)
		switch {
		case errors.Is(err, news.ErrNotFound):
		case err != nil:
			return "", err
		default:
			counts[i] = info.Mentions
		}
	}
	best, second := -1, -1
	for i := range ids {
		if best < 0 || counts[i] > counts[best] {
			best, second = i, best
		} else if second < 0 || counts[i] > counts[second] {
			second = i
		}
	}
	if counts[best] > counts[second] {
		return ids[best], nil
	}
	strs := make([]string, len(ids))
	for i, id := range ids {
		strs[i] = string(id)
	}
	return "", fmt.Errorf("actor %q: several actors go by this name (%s); give an id: %w",
		s, strings.Join(strs, ", "), news.ErrInvalid)
}
