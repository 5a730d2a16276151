package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/events"
)

// top codes text and keeps its first event's source, type and target:
// what the PLOVER evaluation scores.
func top(t testing.TB, text string) [3]string {
	t.Helper()
	evs := code(t, text)
	if len(evs) == 0 {
		return [3]string{}
	}
	return [3]string{evs[0].Source, evs[0].Type, evs[0].Target}
}

// TestVerbSenses covers verbs the PETRARCH dictionary files under a
// headword of another sense, or lacks, each coded as the PLOVER manual
// defines its type; the sentences vary the actors and frames.
func TestVerbSenses(t *testing.T) {
	tests := []struct {
		name, text string
		want       [3]string
	}{
		{"negotiating is consulting", "Turkish and Greek officials negotiated over maritime borders in Ankara.", [3]string{"GRCGOV", "CONSULT", "TURGOV"}},
		{"mediating is consulting", "Qatar mediated between the Afghan government and the Taliban.", [3]string{"QAT", "CONSULT", "AFGGOV"}},
		{"normalising relations is diplomatic support", "South Korea normalized relations with Japan.", [3]string{"KOR", "SUPPORT", "JPN"}},
		{"ratifying a treaty is support", "The French parliament ratified the treaty with Germany.", [3]string{"FRALEG", "SUPPORT", "DEU"}},
		{"signing a trade agreement is support, not intent", "Argentina signed a trade agreement with Uruguay.", [3]string{"ARG", "SUPPORT", "URY"}},
		{"expressing support is support", "Germany expressed support for Poland's position.", [3]string{"DEU", "SUPPORT", "POL"}},
		{"a pardon is a concession", "Zimbabwe pardoned hundreds of prisoners on Monday.", [3]string{"ZWE", "CONCEDE", "ZWECVL"}},
		{"granting amnesty is a concession", "The Algerian government granted amnesty to thousands of Islamist rebels.", [3]string{"DZAGOV", "CONCEDE", ""}},
		{"sharing intelligence is cooperation", "Australia shared intelligence with New Zealand on the smuggling networks.", [3]string{"AUS", "COOPERATE", "NZL"}},
		{"funding is aid", "The United States funded Ukraine's border guards.", [3]string{"USA", "AID", "UKRMIL"}},
		{"aiding is aid", "Germany aided Greece during the debt crisis.", [3]string{"DEU", "AID", "GRC"}},
		{"assisting is aid", "Britain assisted Kenya with medical supplies.", [3]string{"GBR", "AID", "KEN"}},
		{"repatriating refugees is a retreat", "Sudan repatriated thousands of refugees from Chad.", [3]string{"SDN", "RETREAT", "TCDREF"}},
		{"disarming is a retreat", "Ugandan rebels disarmed under the peace deal.", [3]string{"UGAREB", "RETREAT", ""}},
		{"laying down arms is a retreat", "Colombian guerrillas laid down their arms.", [3]string{"COLREB", "RETREAT", ""}},
		{"returning territory is a retreat", "Ethiopia returned the border town to Eritrea.", [3]string{"ETH", "RETREAT", "ERI"}},
		{"reopening a border crossing eases a blockade", "Pakistan reopened its border crossing with Afghanistan.", [3]string{"PAK", "RETREAT", "AFG"}},
		{"letting aid workers in is a retreat", "The Burmese junta allowed United Nations aid workers into the delta.", [3]string{"MMRGOV", "RETREAT", "IGOUNONGO"}},
		{"spurning is rejecting", "Iran spurned the American proposal.", [3]string{"IRN", "REJECT", "USA"}},
		{"turning down is rejecting", "Hungary turned down the European Commission's proposal.", [3]string{"HUN", "REJECT", "IGOEUREECGOV"}},
		{"denying entry is rejecting", "Venezuela denied entry to a Colombian delegation.", [3]string{"VEN", "REJECT", "COLGOV"}},
		{"vetoing is rejecting", "Greece vetoed North Macedonia's entry into NATO.", [3]string{"GRC", "REJECT", "MKD"}},
		{"vowing to avenge is a threat", "Hamas vowed to avenge the killing of its commander.", [3]string{"PSEREBHMS", "THREATEN", ""}},
		{"rallying is demonstrating", "Chilean students rallied in Santiago for free education.", [3]string{"CHLEDU", "PROTEST", "CHLGOV"}},
		{"blocking motorways is obstruction", "French farmers blocked motorways around Paris.", [3]string{"FRAAGR", "PROTEST", "FRAGOV"}},
		{"an embargo is a sanction", "The United States imposed an embargo on Cuba.", [3]string{"USA", "SANCTION", "CUB"}},
		{"breaking off relations is a sanction", "Morocco broke off diplomatic relations with Algeria.", [3]string{"MAR", "SANCTION", "DZA"}},
		{"downgrading relations is a sanction", "The Netherlands downgraded its relations with Turkey.", [3]string{"NLD", "SANCTION", "TUR"}},
		{"massing troops mobilises", "Russia massed troops along the border with Ukraine.", [3]string{"RUS", "MOBILIZE", "UKR"}},
		{"reinforcing positions mobilises", "The North Korean army reinforced its positions near the border.", [3]string{"PRKMIL", "MOBILIZE", ""}},
		{"one country's drills mobilise", "China conducted military drills near Taiwan.", [3]string{"CHN", "MOBILIZE", "TWN"}},
		{"testing a missile mobilises", "North Korea tested a ballistic missile.", [3]string{"PRK", "MOBILIZE", ""}},
		{"house arrest is coercion", "Belarusian police placed the opposition leader under house arrest.", [3]string{"BLRCOP", "COERCE", "BLROPP"}},
		{"harassment is coercion", "Chinese police harassed human rights lawyers.", [3]string{"CHNCOP", "COERCE", "CHNJUD"}},
		{"shutting down newspapers censors", "The Turkish government shut down dozens of newspapers.", [3]string{"TURGOV", "COERCE", "TURMED"}},
		{"cutting off the internet censors", "Ethiopian authorities cut off internet access in Tigray.", [3]string{"ETHGOV", "COERCE", "ETH"}},
		{"sharing expertise is cooperation", "Israel shared its irrigation expertise with Jordan.", [3]string{"ISR", "COOPERATE", "JOR"}},
		{"issuing a statement is no cooperation: what it says leads", "The Iranian foreign ministry issued a statement criticizing Saudi Arabia.", [3]string{"", "ACCUSE", "SAU"}},
		{"ruling a country is no event", "The Taliban ruled Afghanistan for five years.", [3]string{}},
		{"defending another's decision is verbal support", "Egypt defended Saudi Arabia's decision to cut oil production.", [3]string{"EGY", "SUPPORT", "SAU"}},
		{"expressing regret is an apology", "Japan expressed regret to China over the incident.", [3]string{"JPN", "CONCEDE", "CHN"}},
		{"considering another's proposal is no consultation", "Russia considered Ukraine's proposal.", [3]string{"RUS", "", "UKR"}},
		{"upsetting another is no protest", "The decision upset China.", [3]string{}},
		{"mourning is no disapproval", "Kenya mourned the victims of the attack in Uganda.", [3]string{}},
		{"withdrawing forces retreat", "Israeli troops withdrew from Gaza.", [3]string{"ISRMIL", "RETREAT", "PSEGZA"}},
		{"arming rebels is military aid", "The United States armed the Syrian rebels.", [3]string{"USA", "AID", "SYRREB"}},
		{"tendering a resignation is resigning", "The Kenyan finance minister tendered his resignation.", [3]string{"KENGOV", "RETREAT", ""}},
		{"ordering an arrest is arresting", "The Egyptian president ordered the arrest of three opposition leaders.", [3]string{"EGYGOV", "COERCE", "EGYOPP"}},
		{"ordering a release is releasing", "The Sudanese government ordered the release of 300 political prisoners.", [3]string{"SDNGOV", "RETREAT", "SDNOPP"}},
		{"ordering a withdrawal is withdrawing", "The Russian president ordered the withdrawal of troops from the Ukrainian border.", [3]string{"RUSGOV", "RETREAT", "UKR"}},
		{"ordering patrols mobilises, and one's own forces are not its target", "The Pakistani government ordered patrols by police and soldiers in Karachi.", [3]string{"PAKGOV", "MOBILIZE", ""}},
		{"ordering another to act stays a demand", "Nigeria ordered Ghana to close its border.", [3]string{"NGA", "REQUEST", "GHA"}},
		{"calling for an investigation asks for one", "Kenya called for an international investigation into the killings in Uganda.", [3]string{"KEN", "REQUEST", "UGA"}},
		{"demanding an investigation asks for one", "Amnesty International demanded an investigation into the killings in Chad.", [3]string{"NGOHRIAMN", "REQUEST", "TCD"}},
		{"opening an investigation investigates", "Peruvian prosecutors opened an investigation into the former Bolivian president.", [3]string{"PERJUD", "ACCUSE", "BOLGOV"}},
		{"recognising independence is diplomatic recognition", "Russia recognised the independence of Abkhazia.", [3]string{"RUS", "SUPPORT", "GEO"}},
		{"accepting a ceasefire is a concession", "Iran accepted the United Nations ceasefire resolution.", [3]string{"IRN", "CONCEDE", "IGOUNO"}},
		{"reopening a highway eases a blockade", "The Sri Lankan government reopened the main highway to the north.", [3]string{"LKAGOV", "RETREAT", ""}},
		{"a promise to increase investment is an agreement", "China said it would increase investment in Africa.", [3]string{"CHN", "AGREE", ""}},
		{"lifting sanctions eases them (085, RETREAT in the table)", "The European Union lifted sanctions on Myanmar.", [3]string{"IGOEUREEC", "RETREAT", "MMR"}},
		{"granting access admits others", "Sudan granted access to United Nations investigators in Darfur.", [3]string{"SDN", "RETREAT", "IGOUNOJUD"}},
		{"providing aircraft is military aid", "The United States provided helicopters to the Iraqi army.", [3]string{"USA", "AID", "IRQMIL"}},
		{"warning of war threatens it", "Pakistan warned India of war over Kashmir.", [3]string{"PAK", "THREATEN", "IND"}},
		{"partners meeting somewhere meet each other, not the place", "Israel and Syria opened negotiations in Washington.", [3]string{"ISR", "CONSULT", "SYR"}},
		{"hosting talks between two is mediating", "Egypt hosted talks between Israel and Hamas in Cairo.", [3]string{"EGY", "CONSULT", "ISR"}},
		{"hijacking is an assault", "Somali militants hijacked a ship off the coast.", [3]string{"SOMREB", "ASSAULT", ""}},
		{"an invasion is an assault", "Saudi Arabia invaded Yemen.", [3]string{"SAU", "ASSAULT", "YEM"}},
		{"an execution is an assault", "Iraq executed twenty prisoners convicted of terrorism.", [3]string{"IRQ", "ASSAULT", "IRQCVL"}},
		{"a bare intent towards no one whose act codes nothing is no event", "The Belarusian president wanted to show that his border works.", [3]string{}},
		{"help not given to anyone rejects no one", "The Belarusian president did not provide evidence.", [3]string{}},
		{"sending peacekeepers provides them", "Italy sent peacekeepers to Lebanon.", [3]string{"ITA", "AID", "LBN"}},
		{"promising to send peacekeepers is the intent to", "Italy promised to send peacekeepers to Lebanon.", [3]string{"ITA", "AGREE", "LBN"}},
		{"sanctions that target someone punish it", "The sanctions also target Iranian state banks.", [3]string{"", "SANCTION", "IRNBUS"}},
		{"jets that target someone attack it", "Russian jets targeted rebel positions in Idlib.", [3]string{"RUSMIL", "ASSAULT", "SYR"}},
		{"a noun event leads where its verb codes nothing", "Iranian negotiators returned to Geneva on Monday for talks with the United States, which accused Iran of stalling.", [3]string{"IRNGOV", "CONSULT", "USA"}},
		{"a verb that codes its own event still leads its noun's", "Serbian officials went to Brussels for talks with Kosovo.", [3]string{"SRBGOV", "CONSULT", "KSV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, top(t, tt.text)); diff != "" {
				t.Errorf("top event of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCodeTypes checks the PLOVER types types.txt corrects and the codes
// patterns.txt adds map to.
func TestCodeTypes(t *testing.T) {
	lx, err := events.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, code, want string }{
		{"a pardon or amnesty (CAMEO forgive) is a concession", "056", "CONCEDE"},
		{"an apology is a concession", "055", "CONCEDE"},
		{"an embargo is a sanction", "163", "SANCTION"},
		{"a veto is a rejection", "129", "REJECT"},
		{"hijacking is an assault", "181", "ASSAULT"},
		{"easing a blockade is a retreat", "0872", "RETREAT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lx.Plover(tt.code); got != tt.want {
				t.Errorf("Plover(%q) = %q, want %q", tt.code, got, tt.want)
			}
		})
	}
}
