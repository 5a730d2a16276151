package actors

import (
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

func TestCodeAt(t *testing.T) {
	date := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	president := news.Role{Code: "FRAGOV", Title: "President of France", From: date("2012-05-15"), Until: date("2017-05-14")}
	minister := news.Role{Code: "RUSGOVHLH", From: date("2004-04-01"), Until: date("2007-09-30")}
	person := func(roles ...news.Role) *news.Actor {
		return &news.Actor{ID: "X", Kind: "person", Country: "FRA", Sector: "GOV", Roles: roles}
	}
	tests := []struct {
		name  string
		actor *news.Actor
		at    string
		want  string
	}{
		{"a country keeps its code", &news.Actor{Kind: "country", Code: "BLR", Country: "BLR"}, "2020-01-01", "BLR"},
		{"a person in office has the role's code", person(president), "2015-01-01", "FRAGOV"},
		{"a person whose titled role has ended is an elite", person(president), "2019-01-01", "FRAELI"},
		{"the day a successor takes office the role has ended", person(president), "2017-05-14", "FRAELI"},
		{"a person before the role has the record's code", person(president), "2010-01-01", "FRAGOV"},
		{"a dictionary's untitled role that ended makes no elite", &news.Actor{Kind: "person", Country: "RUS", Sector: "GOV", Roles: []news.Role{minister}}, "2014-09-05", "RUSGOV"},
		{"without a date the latest role counts", person(minister, president), "", "FRAGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var at time.Time
			if tt.at != "" {
				at = date(tt.at)
			}
			if got := codeAt(tt.actor, at); got != tt.want {
				t.Errorf("codeAt(%s) = %q, want %q", tt.at, got, tt.want)
			}
		})
	}
}

func TestFormer(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  bool
	}{
		{"former before a title", []string{"former", "President", "X"}, true},
		{"ousted before a title", []string{"Ousted", "president", "X"}, true},
		{"an ex- title", []string{"ex-premier", "X"}, true},
		{"former across a party adjective", []string{"Former", "Socialist", "prime", "minister", "X"}, true},
		{"a verb stops the look back", []string{"former", "aides", "met", "President", "X"}, false},
		{"a sitting president", []string{"President", "X"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]nlp.Token, len(tt.words))
			for i, w := range tt.words {
				toks[i] = nlp.Token{Text: w, UPOS: "NOUN"}
				if w == "met" {
					toks[i].UPOS = "VERB"
				}
			}
			if got := former(toks, len(toks)-1); got != tt.want {
				t.Errorf("former(%q) = %v", tt.words, got)
			}
		})
	}
}

func TestSectorOf(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plain sector", "MIL", "MIL"},
		{"a stacked code keeps its first group", "GOVMIL", "GOV"},
		{"a religion is the religion's civilians", "MUS", "CVLMUS"},
		{"a religion's branch is its first group's", "CHRCTH", "CVLCHR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sectorOf(tt.in); got != tt.want {
				t.Errorf("sectorOf(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
