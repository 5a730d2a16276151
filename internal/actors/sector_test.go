package actors_test

import "testing"

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

func TestPossessedRoleNouns(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"a role noun after a possessor the KB lacks is the sentence's country's", "The Serbian parliament recognised Zoran Djindjic's opposition coalition.", "opposition coalition", "SRBOPP"},
		{"a role noun after a known leader's possessive is the leader's country's", "President Alexander Lukashenko's government has accused Uralkali.", "government", "BLRGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := resolve(t, tt.text, "2013-08-26")
			for _, m := range ms {
				if m.Text == tt.mention {
					if m.Code != tt.want {
						t.Errorf("%q coded %s, want %s", m.Text, m.Code, tt.want)
					}
					return
				}
			}
			t.Errorf("Resolve(%q) = %+v, want a mention %q", tt.text, ms, tt.mention)
		})
	}
}
