package actors_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// TestPLOVER resolves sentences and reads each mention's PLOVER code
// beside its CAMEO one, so a test fails when either the resolver or the
// profile changes.
func TestPLOVER(t *testing.T) {
	type coded struct{ Text, CAMEO, PLOVER string }
	tests := []struct {
		name, text string
		want       []coded
	}{
		{"a city is the country's civilians", "Rebels shelled Mosul on Sunday.",
			[]coded{{"Rebels", "IRQREB", "IRQREB"}, {"Mosul", "IRQ", "IRQCVL"}}},
		{"a capital named as a place is the country's civilians", "A curfew was imposed in Algiers.",
			[]coded{{"Algiers", "DZA", "DZACVL"}}},
		{"a capital standing for its government stays the government", "Minsk rejected the demand.",
			[]coded{{"Minsk", "BLRGOV", "BLRGOV"}}},
		{"the PLO is the Palestinians' government", "Israel and the PLO signed the accord.",
			[]coded{{"Israel", "ISR", "ISR"}, {"PLO", "PSEGOV", "PSEGOV"}}},
		{"a war's town the dictionaries lack is its country's civilians", "Rebels seized Bouake on Sunday.",
			[]coded{{"Rebels", "CIVREB", "CIVREB"}, {"Bouake", "CIV", "CIVCVL"}}},
		{"a town stands for the state it lies in today", "Fighting spread to Malakal.",
			[]coded{{"Malakal", "SSD", "SSDCVL"}}},
		{"a capital shelled is the country's civilians", "Russian troops shelled Kyiv on Monday.",
			[]coded{{"Russian troops", "RUSMIL", "RUSMIL"}, {"Kyiv", "UKR", "UKRCVL"}}},
		{"a capital blockaded is the country's civilians", "Farmers said they would blockade Paris.",
			[]coded{{"Farmers", "FRAAGR", "FRAAGR"}, {"they", "FRAAGR", "FRAAGR"}, {"Paris", "FRA", "FRACVL"}}},
		{"a capital an embassy is opened in is its government, which ties are with", "Chile opened an embassy in Minsk.",
			[]coded{{"Chile", "CHL", "CHL"}, {"Minsk", "BLRGOV", "BLRGOV"}}},
		{"a capital hit with sanctions stays the government", "The EU hit Minsk with sanctions.",
			[]coded{{"EU", "IGOEUREEC", "EUR"}, {"Minsk", "BLRGOV", "BLRGOV"}}},
		{"a country's name stays the country", "Iraq rejected the demand.",
			[]coded{{"Iraq", "IRQ", "IRQ"}}},
		{"protesters are civilians first and opposition second", "Egyptian demonstrators rioted.",
			[]coded{{"Egyptian demonstrators", "EGYOPP", "EGYCVLOPP"}}},
		{"the opposition stays the opposition", "The Belarusian opposition met.",
			[]coded{{"Belarusian opposition", "BLROPP", "BLROPP"}}},
		{"NATO is an IGO of sector MIL, without CAMEO's sub-codes", "NATO warned Serbia.",
			[]coded{{"NATO", "IGOWSTNAT", "IGOMIL"}, {"Serbia", "SRB", "SRB"}}},
		{"the United Nations is PLOVER's UNO", "The United Nations condemned the attack.",
			[]coded{{"The United Nations", "IGOUNO", "UNO"}}},
		{"UN peacekeepers are the UN's military", "UN peacekeepers withdrew.",
			[]coded{{"UN peacekeepers", "IGOUNOMIL", "UNOMIL"}}},
		{"the European Union is PLOVER's EUR", "The European Union imposed sanctions.",
			[]coded{{"The European Union", "IGOEUREEC", "EUR"}}},
		{"CAMEO's health sector is PLOVER's MED", "Doctors Without Borders sent a team.",
			[]coded{{"Doctors Without Borders", "NGOHLHMSF", "NGOMED"}}},
		{"CAMEO's media sector is PLOVER's JRN", "Belarusian journalists were jailed.",
			[]coded{{"Belarusian journalists", "BLRMED", "BLRJRN"}}},
		{"a partially recognised entity is its claimant's, with PRE", "Transnistria held elections.",
			[]coded{{"Transnistria", "MDA", "MDAPRE"}}},
		{"the Donetsk People's Republic is Ukraine's, with PRE", "The Donetsk People's Republic declared independence.",
			[]coded{{"Donetsk People's Republic", "UKR", "UKRPRE"}}},
		{"a dependency is its controlling state's", "Puerto Rico voted.",
			[]coded{{"Puerto Rico", "PRI", "USA"}}},
		{"Hong Kong keeps its own code", "Hong Kong protested.",
			[]coded{{"Hong Kong", "HKG", "HKG"}}},
		{"a human rights group is civil society", "Amnesty International criticised the verdict.",
			[]coded{{"Amnesty International", "NGOHRIAMN", "NGOSOC"}}},
		{"the Red Cross is an IGO of health", "The Red Cross sent blankets to the flooded towns.",
			[]coded{{"Red Cross", "NGOHLHIRC", "IGOMED"}}},
		{"the Red Crescent is an IGO of health", "Volunteers of the Red Crescent handed out food.",
			[]coded{{"Red Crescent", "NGOHLHIRC", "IGOMED"}}},
		{"a border patrol the dictionary files under its ministry is the police", "U.S. border patrol agents rejected the report.",
			[]coded{{"U.S. border patrol", "USACOP", "USACOP"}}},
	}
	an, r := setup(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []coded
			for _, m := range r.Resolve(an.Annotate(tt.text), day(t, "2010-06-01")) {
				got = append(got, coded{m.Text, m.Code, r.PLOVER(m)})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resolve(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	if got := r.PLOVER(news.Mention{Text: "x"}); got != "" {
		t.Errorf("PLOVER of an uncoded mention = %q, want none", got)
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
