package kb

import (
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// settleRoles cuts a person's dated, untitled elite roles (sector ELI)
// where they overlap an office the person held. ELI codes former officials
// out of office (CAMEO and PLOVER alike), so no one is elite and in office
// at once; the Phoenix dictionaries nonetheless give Alexander Lukashenko
// "BLRELI 1972–2000" beside his presidency from 1994-07-20, which this
// cuts to 1972 – 1994-07-20. An ELI role with neither end (the
// dictionaries' "elite whenever not in office") and titled roles, which
// are written by hand, are kept as they are.
func settleRoles(roles []news.Role) []news.Role {
	roles = mergeUndated(roles)
	var out []news.Role
	for _, r := range roles {
		if r.Title == "" && isElite(r.Code) && (!r.From.IsZero() || !r.Until.IsZero()) {
			var ok bool
			if r, ok = clipElite(r, roles); !ok {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

func isElite(code string) bool {
	return len(code) >= 6 && strings.Contains(code[3:], "ELI")
}

// clipElite shortens r so that no office in roles overlaps it, keeping the
// part before the first office; it reports false when nothing is left.
func clipElite(r news.Role, roles []news.Role) (news.Role, bool) {
	for changed := true; changed; {
		changed = false
		for _, o := range roles {
			if isElite(o.Code) || !overlaps(r, o) {
				continue
			}
			switch {
			case after(o.From, r.From):
				r.Until = o.From // elite until the office began
			case !o.Until.IsZero() && (r.Until.IsZero() || o.Until.Before(r.Until)):
				r.From = o.Until // elite again once it ended
			default:
				return r, false // wholly in office
			}
			changed = true
		}
	}
	return r, true
}

// overlaps reports whether two roles share a day; a zero bound is open.
func overlaps(a, b news.Role) bool {
	return (b.Until.IsZero() || a.From.IsZero() || a.From.Before(b.Until)) &&
		(a.Until.IsZero() || b.From.IsZero() || b.From.Before(a.Until))
}

// after reports whether t starts later than from, a zero from being the
// beginning of time and a zero t never later.
func after(t, from time.Time) bool {
	return !t.IsZero() && (from.IsZero() || t.After(from))
}

// mergeUndated folds a dictionary's undated, untitled role into the dated
// roles of the same code. The Phoenix dictionaries give most former
// officials both "XXXELI 1972–2000" and a bare "XXXELI" (elite whenever
// not in office); listed side by side they read as two careers, and the
// bare one adds nothing while the person holds an office. What it does add
// is the time after the last role ends, when a former official is elite
// again: that stays, as an open end of the latest role of the code when it
// is the last to end, else as a role of its own from that day.
func mergeUndated(roles []news.Role) []news.Role {
	bare := func(r news.Role) bool { return r.Title == "" && r.From.IsZero() && r.Until.IsZero() }
	dated := func(code string) bool {
		return slices.ContainsFunc(roles, func(o news.Role) bool { return o.Code == code && !bare(o) })
	}
	var last time.Time // the end of the latest-ending role; zero while one is open
	for _, r := range roles {
		if !bare(r) && r.Until.IsZero() {
			last = time.Time{}
			break
		}
		if r.Until.After(last) {
			last = r.Until
		}
	}
	var out, merged []news.Role
	for _, r := range roles {
		if bare(r) && dated(r.Code) {
			merged = append(merged, r)
		} else {
			out = append(out, r)
		}
	}
	for _, r := range merged {
		if last.IsZero() {
			break // in some role until today: nothing left to add
		}
		if i := slices.IndexFunc(out, func(o news.Role) bool { return o.Code == r.Code && o.Title == "" && o.Until.Equal(last) }); i >= 0 {
			out[i].Until = time.Time{}
		} else {
			out = append(out, news.Role{Code: r.Code, From: last})
		}
		last = time.Time{}
	}
	return out
}
