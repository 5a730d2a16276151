package actors_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

func TestSectorNouns(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"troops are the military", "Belarusian troops crossed.", "BLRMIL"},
		{"police are the police", "Russian police detained him.", "RUSCOP"},
		{"rebels are rebels", "Syrian rebels attacked.", "SYRREB"},
		{"the opposition is the opposition", "The Belarusian opposition met.", "BLROPP"},
		{"civilians are civilians", "Iraqi civilians fled.", "IRQCVL"},
		{"businessmen are business", "Russian businessmen invested.", "RUSBUS"},
		{"journalists are media", "Belarusian journalists were jailed.", "BLRMED"},
		{"students are education", "Belarusian students marched.", "BLREDU"},
		{"judges are the judiciary", "Belarusian judges ruled.", "BLRJUD"},
		{"lawmakers are the legislature", "Ukrainian lawmakers voted.", "UKRLEG"},
		{"intelligence officers are spies", "Russian intelligence officers left.", "RUSSPY"},
		{"a possessive ministry is the government", "Russia's foreign ministry said no.", "RUSGOV"},
		{"a country's people of a religion are its civilians", "Nigerian Muslims prayed.", "NGACVLMUS"},
		{"a faith's forces are armed opposition", "Muslim forces attacked the village near Sarajevo.", "BIHREB"},
		{"a people's forces are armed opposition", "Kurdish forces captured the town in Syria.", "SYRREB"},
		{"a people filed under a state has armed opposition, not an army", "Tamil forces attacked the army.", "LKAREB"},
		{"a people's civilians stay civilians", "Kurdish civilians fled to Turkey.", "TURCVL"},
		{"a state's demonym keeps its forces the military", "Serb forces shelled Sarajevo.", "SRBMIL"},
		{"deputies sit in a parliament", "Kenyan deputies voted against the bill.", "KENLEG"},
		{"gendarmes are police", "Ivorian gendarmes fired tear gas.", "CIVCOP"},
		{"a presidential guard is the military", "The Guinean presidential guard opened fire.", "GINMIL"},
		{"customs officers are the government", "Kenyan customs officers seized the goods.", "KENGOV"},
		{"a city council is the government", "The Nigerian city council banned the march.", "NGAGOV"},
		{"drivers are labour", "Kenyan truck drivers went on strike.", "KENLAB"},
		{"growers are agriculture", "Peruvian coca growers blocked roads.", "PERAGR"},
		{"hackers are criminals", "Chinese hackers attacked the network.", "CHNCRM"},
		{"a people of several states takes the sentence's country", "Hutu rebels attacked a camp in Burundi.", "BDIREB"},
		{"a people filed under its state is that state's", "Maori protesters marched.", "NZLOPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := resolve(t, tt.text, "")
			if len(ms) == 0 || ms[0].Code != tt.want {
				t.Errorf("Resolve(%q) = %+v, want first code %s", tt.text, ms, tt.want)
			}
		})
	}
}

func TestUnnamedOfficeHolder(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"a government spokesman in a capital is that country's government", "A government spokesman in Kabul denied it.", "government spokesman", "AFGGOV"},
		{"a senior official is the sentence's country's government", "A senior government official in Baghdad said talks would resume.", "senior government official", "IRQGOV"},
		{"an officer is the sentence's country's police", "A police officer was shot in Nairobi.", "police officer", "KENCOP"},
		{"a diplomat in a capital is no one of that country", "A diplomat in Brussels said no.", "", ""},
		{"people from a country's body are that country's", "Doctors from two American aid groups delivered goods to Baghdad.", "Doctors", "USAHLH"},
		{"soldiers from a country's army are its military", "Soldiers from the Nigerian army arrived in Liberia.", "Soldiers", "NGAMIL"},
		{"an envoy withdrawn from a capital is no one of that country", "Lithuania withdrew its ambassador from Minsk.", "", ""},
		{"troops from a body a country leads are not that country's", "Troops from a Russian-led military alliance arrived in Kazakhstan.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := resolve(t, tt.text, "2005-01-01")
			for _, m := range ms {
				if m.Text == tt.mention || (tt.mention == "" && len(m.Code) == 6) {
					if m.Code != tt.want {
						t.Errorf("%q coded %s, want %s", m.Text, m.Code, tt.want)
					}
					return
				}
			}
			if tt.mention != "" {
				t.Errorf("Resolve(%q) = %+v, want a mention %q", tt.text, ms, tt.mention)
			}
		})
	}
}

func TestPossessedRoleNouns(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"a role noun after a possessor the KB lacks is the sentence's country's", "The Serbian parliament recognised Zoran Djindjic's opposition coalition.", "opposition coalition", "SRBOPP"},
		{"a role noun after a known leader's possessive is the leader's country's", "President Alexander Lukashenko's government has accused Uralkali.", "government", "BLRGOV"},
		{"an armed group's own fighters are the group", "Kenyan rebels said their fighters had withdrawn.", "fighters", "KENREB"},
		{"an army's own soldiers stay the military", "The Kenyan army said its soldiers had withdrawn.", "soldiers", "KENMIL"},
		{"a state institution after a possessive is the possessor's country's, whatever else the sentence names", "Vladimir Putin's army has shelled Ukrainian towns.", "army", "RUSMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCode(t, tt.text, "2013-08-26", tt.mention, tt.want, true)
		})
	}
}

// TestPhoenixAgentCoverage reads every agent noun of the derived Phoenix
// agents file after a country adjective ("Kenyan chief of the army said
// …") and requires nearly all to come out as the country's actor of the
// noun's sector: the rules must use the dictionary, not a few nouns of
// it. The rest are nouns the hand-written agents recode on purpose
// (bishop → REL, militant → REB) and weapon model numbers.
func TestPhoenixAgentCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates thousands of sentences")
	}
	f, err := os.Open("../kb/data/derived/agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	an, r := setup(t)
	total, read := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "agent chief of the army MIL": the code is the last field.
		line := sc.Text()
		i := strings.LastIndexByte(line, ' ')
		if !strings.HasPrefix(line, "agent ") || i < len("agent ") || len(line)-i-1 < 3 {
			continue
		}
		noun, code := line[len("agent "):i], line[i+1:]
		total++
		for _, m := range r.Resolve(an.Annotate("Kenyan "+noun+" said on Monday that the talks failed."), time.Time{}) {
			if strings.HasPrefix(m.Text, "Kenyan") && len(m.Code) >= 6 && (m.Code[3:6] == code[:3] || m.Code[3:6] == "CVL" && religion(code)) {
				read++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if share := float64(read) / float64(total); share < 0.97 {
		t.Errorf("%d of %d Phoenix agent nouns (%.3f) read as the country's sector after its adjective, want at least 0.97", read, total, share)
	}
}

func religion(code string) bool {
	switch code[:3] {
	case "MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "SIK":
		return true
	}
	return false
}
