package kb

import (
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
