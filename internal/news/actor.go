package news

import "time"

// An ActorID names an actor stably across runs and knowledge-base versions.
//
// The scheme, chosen so that an ID reads as what it names:
//   - a country is its ISO 3166-1 alpha-3 code: "BLR";
//   - a country's sector actor is its CAMEO code: "BLRGOV", "RUSMIL";
//   - an international organisation is its usual English acronym: "NATO",
//     "EU", "CSTO"; a company is its name in capitals: "GAZPROM";
//   - a person is GIVEN_SURNAME in capitals and ASCII, in the common English
//     press spelling ("ALEXANDER_LUKASHENKO", "VOLODYMYR_ZELENSKY"); people
//     known only from the Phoenix dictionary keep its spelling
//     ("VYACHASLAU_KEBICH").
type ActorID string

// An Actor is someone news reports on: a country, an organisation, a person
// or a group.
type Actor struct {
	ID   ActorID `json:"id"`
	Name string  `json:"name"`
	// Kind is "country", "organisation", "person" or "group".
	Kind string `json:"kind"`
	// Code is the actor's CAMEO code when it has a fixed one ("BLR",
	// "BLRGOV", "IGOWSTNAT"); people take theirs from Roles.
	Code string `json:"code,omitempty"`
	// Country is the ISO 3166-1 alpha-3 (or CAMEO) code of the country the
	// actor belongs to; empty for international actors.
	Country string `json:"country,omitempty"`
	// Sector is a CAMEO sector code such as "GOV", "MIL", "OPP", "BUS".
	Sector     string    `json:"sector,omitempty"`
	Aliases    []string  `json:"aliases,omitempty"`
	Roles      []Role    `json:"roles,omitempty"`
	Members    []ActorID `json:"members,omitempty"`
	Descriptor string    `json:"descriptor,omitempty"`
}

// A Role is a position an actor held for a time, coded CAMEO-style.
type Role struct {
	// Code is the CAMEO code the role confers, e.g. "BLRGOV".
	Code  string `json:"code"`
	Title string `json:"title,omitempty"`
	// From and Until bound the role; a zero value leaves that end open.
	// Until is exclusive: on the day a successor takes office the role has
	// ended.
	From  time.Time `json:"from,omitzero"`
	Until time.Time `json:"until,omitzero"`
}

// Covers reports whether the role was held at t.
func (r Role) Covers(t time.Time) bool {
	if !r.From.IsZero() && t.Before(r.From) {
		return false
	}
	if !r.Until.IsZero() && !t.Before(r.Until) {
		return false
	}
	return true
}

// RoleAt returns the role the actor held at t. When several roles cover t
// (a dictionary's broad "government, 2008 on" beside a precise "prime
// minister, 2008–2012"), the most specific wins: a titled role over an
// untitled one, then a bounded role over an open-ended one, then the one
// that began last.
func (a *Actor) RoleAt(t time.Time) (Role, bool) {
	var best Role
	found := false
	for _, r := range a.Roles {
		if !r.Covers(t) {
			continue
		}
		if !found || moreSpecific(r, best) {
			best, found = r, true
		}
	}
	return best, found
}

func moreSpecific(r, than Role) bool {
	if (r.Title != "") != (than.Title != "") {
		return r.Title != ""
	}
	if r.Until.IsZero() != than.Until.IsZero() {
		return !r.Until.IsZero()
	}
	return r.From.After(than.From)
}
