package kb

import (
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func TestLocal(t *testing.T) {
	k := Default()
	tests := []struct {
		name, text, country string
		want                news.ActorID // "" for none
	}{
		{"Belarus's news names its central bank the National Bank", "National Bank", "BLR", "NBRB"},
		{"another country's National Bank is not Belarus's", "National Bank", "UKR", ""},
		{"Belarus's news names its election commission bare", "Central Election Commission", "BLR", "BLR_CEC"},
		{"a local name is matched case- and diacritics-insensitively", "central election commission", "BLR", "BLR_CEC"},
		{"a name no body goes by locally is none", "National Library", "BLR", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := k.Local(tt.text, tt.country)
			var got news.ActorID
			if ok {
				got = a.ID
			}
			if got != tt.want {
				t.Errorf("Local(%q, %s) = %q, want %q", tt.text, tt.country, got, tt.want)
			}
		})
	}
	for _, name := range []string{"National Bank", "Central Election Commission", "BPC"} {
		if as := k.Lookup(name); len(as) > 0 {
			t.Errorf("Lookup(%q) = %s: a local name is no alias", name, as[0].ID)
		}
	}
}

// TestRegionActors checks the region's bodies and people written by hand
// answer to their press spellings, romanised ones too.
func TestRegionActors(t *testing.T) {
	k := Default()
	tests := []struct {
		name string
		want news.ActorID
	}{
		{"Svetlana Alexievich", "SVETLANA_ALEXIEVICH"},
		{"Sviatlana Alexievich", "SVETLANA_ALEXIEVICH"},
		{"Святлана Алексіевіч", "SVETLANA_ALEXIEVICH"},
		{"Светлана Алексиевич", "SVETLANA_ALEXIEVICH"},
		{"Andrei Ravkov", "ANDREI_RAVKOV"},
		{"Andrey Ravkov", "ANDREI_RAVKOV"},
		{"Coordination Council", "BLR_COORDINATION_COUNCIL"},
		{"Belneftekhim", "BELNEFTEKHIM"},
		{"Uralkali", "URALKALI"},
		{"Belarusian Potash Company", "BELARUSIAN_POTASH_COMPANY"},
		{"Akrestsina", "AKRESTSINA"},
		{"Okrestina", "AKRESTSINA"},
		{"National Bank of Belarus", "NBRB"},
		{"Astravets", "BLR"},
		{"MZKT", "MZKT"},
		{"Minsk Tractor Works", "MTZ"},
		{"Alexander Zakharchenko", "ALEXANDER_ZAKHARCHENKO"},
		{"Александр Захарченко", "ALEXANDER_ZAKHARCHENKO"},
		{"Igor Plotnitsky", "IGOR_PLOTNITSKY"},
		{"Trilateral Contact Group", "TRILATERAL_CONTACT_GROUP"},
		{"Ostrovets", "BLR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := k.Lookup(tt.name)
			if len(as) != 1 || as[0].ID != tt.want {
				t.Errorf("Lookup(%q) = %v, want %s alone", tt.name, ids(as), tt.want)
			}
		})
	}
	if p, ok := k.Place("Astravets"); !ok || p.Country != "BLR" {
		t.Errorf("Place(Astravets) = %+v, %v; want a place of BLR", p, ok)
	}
	if r, ok := roleAt(t, k, "ALEXANDER_ZAKHARCHENKO", "2016-06-01"); !ok || r.Code != "UKRREB" {
		t.Errorf("Zakharchenko's role in 2016 = %+v, want UKRREB", r)
	}
	if r, ok := roleAt(t, k, "ANDREI_RAVKOV", "2017-06-01"); !ok || r.Title != "Minister of Defence of Belarus" {
		t.Errorf("Ravkov's role in 2017 = %+v, want defence minister", r)
	}
}
