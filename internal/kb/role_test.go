package kb

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestSettleRoles(t *testing.T) {
	tests := []struct {
		name        string
		roles, want []news.Role
	}{
		{
			"an elite role running into an office ends when the office begins",
			[]news.Role{{Code: "BLRELI", From: day("1972-01-01"), Until: day("2000-01-01")}, {Code: "BLRGOV", From: day("1994-07-20")}},
			[]news.Role{{Code: "BLRELI", From: day("1972-01-01"), Until: day("1994-07-20")}, {Code: "BLRGOV", From: day("1994-07-20")}},
		},
		{
			"an elite role that began in office begins when the office ends",
			[]news.Role{{Code: "XXXGOV", Until: day("2001-01-01")}, {Code: "XXXELI", From: day("1999-01-01"), Until: day("2005-01-01")}},
			[]news.Role{{Code: "XXXGOV", Until: day("2001-01-01")}, {Code: "XXXELI", From: day("2001-01-01"), Until: day("2005-01-01")}},
		},
		{
			"an elite role wholly in office is dropped",
			[]news.Role{{Code: "XXXELI", From: day("2003-01-01"), Until: day("2004-01-01")}, {Code: "XXXGOV", From: day("2002-01-01"), Until: day("2006-01-01")}},
			[]news.Role{{Code: "XXXGOV", From: day("2002-01-01"), Until: day("2006-01-01")}},
		},
		{
			"an undated elite role beside a dated one of its code merges into it while an office lasts",
			[]news.Role{{Code: "XXXELI"}, {Code: "XXXELI", From: day("1990-01-01"), Until: day("1995-01-01")}, {Code: "XXXGOV", From: day("1995-01-01")}},
			[]news.Role{{Code: "XXXELI", From: day("1990-01-01"), Until: day("1995-01-01")}, {Code: "XXXGOV", From: day("1995-01-01")}},
		},
		{
			"the dictionary's Lukashenko has one elite role before his offices, not a second undated one",
			[]news.Role{{Code: "BLRELI", From: day("1972-01-01"), Until: day("2000-01-01")}, {Code: "BLRGOV", From: day("1994-07-20")}, {Code: "BLRELI"}},
			[]news.Role{{Code: "BLRELI", From: day("1972-01-01"), Until: day("1994-07-20")}, {Code: "BLRGOV", From: day("1994-07-20")}},
		},
		{
			"an undated elite role after the last office opens the elite role that ends last",
			[]news.Role{{Code: "XXXGOV", From: day("1990-01-01"), Until: day("1995-01-01")}, {Code: "XXXELI", From: day("1995-01-01"), Until: day("1999-01-01")}, {Code: "XXXELI"}},
			[]news.Role{{Code: "XXXGOV", From: day("1990-01-01"), Until: day("1995-01-01")}, {Code: "XXXELI", From: day("1995-01-01")}},
		},
		{
			"an undated elite role after an office that ends last is elite from that day",
			[]news.Role{{Code: "XXXELI", From: day("1980-01-01"), Until: day("1990-01-01")}, {Code: "XXXGOV", From: day("1990-01-01"), Until: day("1995-01-01")}, {Code: "XXXELI"}},
			[]news.Role{{Code: "XXXELI", From: day("1980-01-01"), Until: day("1990-01-01")}, {Code: "XXXGOV", From: day("1990-01-01"), Until: day("1995-01-01")}, {Code: "XXXELI", From: day("1995-01-01")}},
		},
		{
			"an undated elite role with no dated role of its code is kept",
			[]news.Role{{Code: "XXXELI"}, {Code: "XXXGOV", From: day("1995-01-01")}},
			[]news.Role{{Code: "XXXELI"}, {Code: "XXXGOV", From: day("1995-01-01")}},
		},
		{
			"a titled elite role is written by hand and kept",
			[]news.Role{{Code: "XXXELI", From: day("1990-01-01"), Until: day("2000-01-01"), Title: "Party elder"}, {Code: "XXXGOV", From: day("1995-01-01")}},
			[]news.Role{{Code: "XXXELI", From: day("1990-01-01"), Until: day("2000-01-01"), Title: "Party elder"}, {Code: "XXXGOV", From: day("1995-01-01")}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, settleRoles(tt.roles)); diff != "" {
				t.Errorf("settleRoles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRolesOfTheRegion checks the role at a date of the Belarusian and
// Russian office holders people.txt lists, on the first and last days of
// each office and either side of it.
func TestRolesOfTheRegion(t *testing.T) {
	k := Default()
	const (
		pres   = "President of Russia"
		pm     = "Prime Minister of Russia"
		blrPM  = "Prime Minister of Belarus"
		blrFM  = "Minister of Foreign Affairs of Belarus"
		rusFM  = "Minister of Foreign Affairs of Russia"
		luka   = "ALEXANDER_LUKASHENKO"
		putin  = "VLADIMIR_PUTIN"
		medv   = "DMITRY_MEDVEDEV"
		none   = ""
		noRole = "-"
	)
	tests := []struct {
		name  string
		id    news.ActorID
		at    string
		code  string // noRole: no government or elite role at all
		title string
	}{
		{"Lukashenko was a deputy, not yet president, in 1993", luka, "1993-06-01", "BLRLEG", "Deputy of the Supreme Council of Belarus"},
		{"Lukashenko was president on his first day, 1994-07-20", luka, "1994-07-20", "BLRGOV", "President of Belarus"},
		{"Lukashenko was president in 1999, not elite", luka, "1999-06-01", "BLRGOV", "President of Belarus"},
		{"Lukashenko is president in 2024", luka, "2024-06-01", "BLRGOV", "President of Belarus"},
		{"Putin was not yet in government on 1999-08-08", putin, "1999-08-08", "RUSELI", none},
		{"Putin was acting prime minister from 1999-08-09, confirmed on 1999-08-16", putin, "1999-08-15", "RUSGOV", none},
		{"Putin became prime minister on 1999-08-16", putin, "1999-08-16", "RUSGOV", pm},
		{"Putin became president on 2000-05-07", putin, "2000-05-07", "RUSGOV", pres},
		{"Putin was president on 2008-05-06", putin, "2008-05-06", "RUSGOV", pres},
		{"Putin was prime minister from 2008-05-08", putin, "2008-05-08", "RUSGOV", pm},
		{"Putin was prime minister on 2012-05-06", putin, "2012-05-06", "RUSGOV", pm},
		{"Putin was president again from 2012-05-07", putin, "2012-05-07", "RUSGOV", pres},
		{"Putin is president in 2024", putin, "2024-06-01", "RUSGOV", pres},
		{"Medvedev became president on 2008-05-07", medv, "2008-05-07", "RUSGOV", pres},
		{"Medvedev became prime minister on 2012-05-08", medv, "2012-05-08", "RUSGOV", pm},
		{"Medvedev was prime minister on 2020-01-15", medv, "2020-01-15", "RUSGOV", pm},
		{"Medvedev was no longer prime minister on 2020-01-16", medv, "2020-01-16", "RUSGOV", "Deputy Chairman of the Security Council of Russia"},
		{"Mishustin was not prime minister on 2020-01-15", "MIKHAIL_MISHUSTIN", "2020-01-15", noRole, none},
		{"Mishustin became prime minister on 2020-01-16", "MIKHAIL_MISHUSTIN", "2020-01-16", "RUSGOV", pm},
		{"Myasnikovich became prime minister on 2010-12-28", "MIKHAIL_MYASNIKOVICH", "2010-12-28", "BLRGOV", blrPM},
		{"Myasnikovich was no longer prime minister on 2014-12-27", "MIKHAIL_MYASNIKOVICH", "2014-12-27", noRole, none},
		{"Kobyakov became prime minister on 2014-12-27", "ANDREI_KOBYAKOV", "2014-12-27", "BLRGOV", blrPM},
		{"Kobyakov was prime minister on 2018-08-17", "ANDREI_KOBYAKOV", "2018-08-17", "BLRGOV", blrPM},
		{"Rumas became prime minister on 2018-08-18", "SERGEI_RUMAS", "2018-08-18", "BLRGOV", blrPM},
		{"Rumas was prime minister on 2020-06-03", "SERGEI_RUMAS", "2020-06-03", "BLRGOV", blrPM},
		{"Rumas was no longer prime minister on 2020-06-04", "SERGEI_RUMAS", "2020-06-04", noRole, none},
		{"Golovchenko became prime minister on 2020-06-04", "ROMAN_GOLOVCHENKO", "2020-06-04", "BLRGOV", blrPM},
		{"Makei became foreign minister on 2012-08-20", "VLADIMIR_MAKEI", "2012-08-20", "BLRGOV", blrFM},
		{"Makei was foreign minister on 2022-11-25", "VLADIMIR_MAKEI", "2022-11-25", "BLRGOV", blrFM},
		{"Aleinik was not yet foreign minister on 2022-12-19", "SERGEI_ALEINIK", "2022-12-19", noRole, none},
		{"Aleinik became foreign minister on 2022-12-20", "SERGEI_ALEINIK", "2022-12-20", "BLRGOV", blrFM},
		{"Lavrov became foreign minister on 2004-03-09", "SERGEI_LAVROV", "2004-03-09", "RUSGOV", rusFM},
		{"Lavrov is foreign minister in 2024", "SERGEI_LAVROV", "2024-06-01", "RUSGOV", rusFM},
		{"Tsikhanouskaya leads the opposition in 2020", "SVIATLANA_TSIKHANOUSKAYA", "2020-09-01", "BLROPP", "Belarusian opposition leader"},
		{"Tsikhanouskaya leads the opposition in 2024", "SVIATLANA_TSIKHANOUSKAYA", "2024-06-01", "BLROPP", "Belarusian opposition leader"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := roleAt(t, k, tt.id, tt.at)
			if tt.code == noRole {
				if ok {
					t.Errorf("RoleAt(%s) = %+v, want none", tt.at, r)
				}
				return
			}
			if !ok || r.Code != tt.code || r.Title != tt.title {
				t.Errorf("RoleAt(%s) = %+v, %v; want %s %q", tt.at, r, ok, tt.code, tt.title)
			}
		})
	}
	a, _ := k.Actor(luka)
	for _, r := range a.Roles {
		if isElite(r.Code) && r.Until.After(day("1994-07-20")) {
			t.Errorf("Lukashenko keeps the elite role %+v after taking office", r)
		}
	}
}

func TestRoleDates(t *testing.T) {
	k := Default()
	tests := []struct {
		name  string
		id    news.ActorID
		at    string
		code  string // "" when no role
		title string
	}{
		{"Putin was prime minister in 2010", "VLADIMIR_PUTIN", "2010-06-01", "RUSGOV", "Prime Minister of Russia"},
		{"Putin was president in 2013", "VLADIMIR_PUTIN", "2013-06-01", "RUSGOV", "President of Russia"},
		{"Putin was president in 2005", "VLADIMIR_PUTIN", "2005-01-01", "RUSGOV", "President of Russia"},
		{"Putin became president again on 2012-05-07", "VLADIMIR_PUTIN", "2012-05-07", "RUSGOV", "President of Russia"},
		{"Lukashenko was president in 2013", "ALEXANDER_LUKASHENKO", "2013-01-01", "BLRGOV", "President of Belarus"},
		{"Medvedev was president in 2010", "DMITRY_MEDVEDEV", "2010-06-01", "RUSGOV", "President of Russia"},
		{"Medvedev was prime minister in 2015", "DMITRY_MEDVEDEV", "2015-06-01", "RUSGOV", "Prime Minister of Russia"},
		{"Zelensky held no government role before 2019-05-20", "VOLODYMYR_ZELENSKY", "2019-05-19", "", ""},
		{"Zelensky was president on 2019-05-20", "VOLODYMYR_ZELENSKY", "2019-05-20", "UKRGOV", "President of Ukraine"},
		{"Rumas was prime minister of Belarus in 2019", "SERGEI_RUMAS", "2019-03-01", "BLRGOV", "Prime Minister of Belarus"},
		{"Rumas was no longer prime minister in 2021", "SERGEI_RUMAS", "2021-03-01", "", ""},
		{"Makei was foreign minister in 2015", "VLADIMIR_MAKEI", "2015-01-01", "BLRGOV", "Minister of Foreign Affairs of Belarus"},
		{"Tsikhanouskaya led the opposition in 2021", "SVIATLANA_TSIKHANOUSKAYA", "2021-01-01", "BLROPP", "Belarusian opposition leader"},
		{"Kochanova chairs the upper house in 2021", "NATALYA_KOCHANOVA", "2021-03-01", "BLRLEG", "Chair of the Council of the Republic of Belarus"},
		{"Yermoshina chaired the election commission in 2010", "LIDIA_YERMOSHINA", "2010-12-19", "BLRGOV", "Chair of the Central Election Commission of Belarus"},
		{"Yermoshina no longer chaired the election commission in 2023", "LIDIA_YERMOSHINA", "2023-01-01", "", ""},
		{"Alexievich sits on the Coordination Council's presidium, no end known", "SVETLANA_ALEXIEVICH", "2022-06-01", "BLROPP", "Member of the Coordination Council presidium"},
		{"Tusk was European Council president in 2016", "DONALD_TUSK", "2016-01-01", "IGOEUREEC", "President of the European Council"},
		{"Tusk was Polish prime minister again in 2024", "DONALD_TUSK", "2024-01-01", "POLGOV", "Prime Minister of Poland"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := roleAt(t, k, tt.id, tt.at)
			if tt.code == "" {
				if ok && strings.HasSuffix(r.Code, "GOV") {
					t.Errorf("RoleAt(%s) = %+v, want no government role", tt.at, r)
				}
				return
			}
			if !ok || r.Code != tt.code || r.Title != tt.title {
				t.Errorf("RoleAt(%s) = %+v, %v; want %s %q", tt.at, r, ok, tt.code, tt.title)
			}
		})
	}
}

func TestRoleAtPrefersTheMostSpecificRole(t *testing.T) {
	a := news.Actor{Roles: []news.Role{
		{Code: "XELI"},
		{Code: "XGOV", From: day("2008-01-01")},
		{Code: "XGOV", From: day("2008-01-01"), Until: day("2012-01-01"), Title: "Prime Minister"},
		{Code: "XGOV", From: day("2012-01-01"), Title: "President"},
	}}
	tests := []struct {
		name, at string
		want     news.Role
	}{
		{"an open untitled role covers early dates", "2000-01-01", a.Roles[0]},
		{"a titled role beats an untitled one", "2010-01-01", a.Roles[2]},
		{"the until day belongs to the successor role", "2012-01-01", a.Roles[3]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := a.RoleAt(day(tt.at))
			if !ok {
				t.Fatal("no role")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("RoleAt(%s) (-want +got):\n%s", tt.at, diff)
			}
		})
	}
	if _, ok := (&news.Actor{}).RoleAt(time.Now()); ok {
		t.Error("an actor without roles has a role")
	}
}

// roleAt is the role the KB's actor id holds at the day at.
func roleAt(t *testing.T, k *KB, id news.ActorID, at string) (news.Role, bool) {
	t.Helper()
	a, ok := k.Actor(id)
	if !ok {
		t.Fatalf("no actor %s", id)
	}
	return a.RoleAt(day(at))
}
