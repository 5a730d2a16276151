package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// A Directory names the actors the knowledge base knows; the store knows
// them only by ID. internal/kb implements it.
type Directory interface {
	Actor(id news.ActorID) (*news.Actor, bool)
}

// actorPage is how many actors the index lists.
const actorPageSize = 50

// maxAliases bounds the aliases an actor page lists: a country has hundreds
// in the knowledge base, which bury the page.
const maxAliases = 12

// actorHref is where a mention of id links, or "" when there are no actor
// pages to link to.
func (s *Server) actorHref(id news.ActorID) string {
	if s.Actors == nil || id == "" {
		return ""
	}
	return "/actors/" + url.PathEscape(string(id))
}

// A named is an actor ID with what to call it and where it links.
type named struct {
	ID   news.ActorID
	Name string
	Href string
}

func (s *Server) name(id news.ActorID, stored string) named {
	n := named{ID: id, Name: stored, Href: s.actorHref(id)}
	if s.Directory != nil {
		if a, ok := s.Directory.Actor(id); ok && a.Name != "" {
			n.Name = a.Name
		}
	}
	if n.Name == "" {
		n.Name = string(id)
	}
	return n
}

type actorRow struct {
	named
	Articles, Mentions int
}

func (s *Server) row(c news.ActorCount) actorRow {
	return actorRow{named: s.name(c.Actor, c.Name), Articles: c.Articles, Mentions: c.Mentions}
}

type actorsPage struct {
	Rows []actorRow
	Form searchForm // only From and To are used
	Next string
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	page := actorsPage{Form: searchForm{From: v.Get("from"), To: v.Get("to")}}
	f := news.Filter{Limit: actorPageSize}
	var err error
	if f.From, err = news.ParseDate(page.Form.From); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if f.To, err = news.ParseDate(page.Form.To); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	cs, err := s.Actors.Actors(r.Context(), news.ActorFilter{Filter: f})
	if err != nil {
		return err
	}
	for _, c := range cs {
		page.Rows = append(page.Rows, s.row(c))
	}
	return s.render(w, r, http.StatusOK, "actors", page)
}

type actorDetail struct {
	named
	Info    *news.ActorInfo
	Known   *news.Actor // the knowledge base's record, if any
	Aliases []string
	More    int // aliases left out
	Chart   string
	Months  []news.Bucket
	Partner []actorRow
}

func (s *Server) actor(w http.ResponseWriter, r *http.Request) error {
	id := news.ActorID(r.PathValue("id"))
	if id == "" || len(id) > 200 {
		return fmt.Errorf("actor id %q: %w", id, news.ErrInvalid)
	}
	info, err := s.Actors.ActorDetail(r.Context(), id)
	if errors.Is(err, news.ErrNotFound) && s.Resolve != nil {
		// /actors/Lukashenka is what a reader types; the page lives at
		// the ID, so send them there rather than answer 404.
		if rid, rerr := s.Resolve(r.Context(), string(id)); rerr == nil && rid != id {
			http.Redirect(w, r, s.actorHref(rid), http.StatusFound)
			return nil
		}
	}
	if err != nil {
		return err
	}
	p := actorDetail{Info: info}
	stored := ""
	if info.New != nil {
		stored, p.Known = info.New.Name, info.New
	}
	p.named = s.name(id, stored)
	if s.Directory != nil {
		if a, ok := s.Directory.Actor(id); ok {
			p.Known = a
		}
	}
	if p.Known != nil {
		for _, a := range p.Known.Aliases {
			if !strings.EqualFold(a, p.Name) {
				p.Aliases = append(p.Aliases, a)
			}
		}
		if len(p.Aliases) > maxAliases {
			p.More, p.Aliases = len(p.Aliases)-maxAliases, p.Aliases[:maxAliases]
		}
	}
	var bs []news.Bucket
	for _, m := range info.Months {
		bs = append(bs, news.Bucket{Period: m.Month, Count: m.Mentions})
	}
	p.Months = months(bs)
	if p.Chart, err = chartJSON(p.Months); err != nil {
		return err
	}
	for _, c := range info.CoMentioned {
		p.Partner = append(p.Partner, s.row(c))
	}
	return s.render(w, r, http.StatusOK, "actor", p)
}
