package actors_test

import "testing"

// The tables below are invented sentences of the kinds unseen
// international news brings, one family each; a family's sentence must
// give its actor text the code, whatever rule does it.

func TestCoverage(t *testing.T) {
	families := []struct {
		family string
		tests  []struct{ name, text, mention, want string }
	}{
		{"people named by a plural noun", []struct{ name, text, mention, want string }{
			{"protesters are the opposition of the sentence's country", "Protesters clashed with police in Kenya on Monday.", "Protesters", "KENOPP"},
			{"residents are civilians", "Residents of the town in Sudan fled the fighting.", "Residents", "SDNCVL"},
			{"villagers in a country are its civilians", "Villagers in Myanmar said soldiers burned their homes.", "Villagers in Myanmar", "MMRCVL"},
			{"students are education", "Students marched through the capital of Chile.", "Students", "CHLEDU"},
			{"workers are labour", "Workers in Bangladesh went on strike.", "Workers in Bangladesh", "BGDLAB"},
			{"farmers are agriculture", "Farmers blocked roads across France.", "Farmers", "FRAAGR"},
			{"refugees from a country are its refugees", "Refugees from Syria crossed into Turkey.", "Refugees from Syria", "SYRREF"},
			{"lawmakers are the legislature", "Lawmakers in Peru voted to remove the president.", "Lawmakers in Peru", "PERLEG"},
			{"judges are the judiciary", "Judges in Pakistan ordered his release.", "Judges in Pakistan", "PAKJUD"},
			{"prosecutors are the judiciary", "Prosecutors in Brazil charged the former minister.", "Prosecutors in Brazil", "BRAJUD"},
			{"doctors are health", "Doctors in Zimbabwe went on strike.", "Doctors in Zimbabwe", "ZWEHLH"},
			{"a demonym's villagers are its civilians", "Kenyan villagers fled.", "Kenyan villagers", "KENCVL"},
			{"monks opening a sentence are clergy though the tagger takes them for a name", "Monks in Myanmar led the march.", "Monks in Myanmar", "MMRREL"},
			{"monks later in a sentence are clergy", "The monks in Myanmar led the march.", "monks in Myanmar", "MMRREL"},
			{"a people named after a number are the civilians of where they act", "Thousands of Kurds demonstrated in Istanbul against the government.", "Kurds", "TURCVL"},
			{"pensioners are civilians", "Pensioners in Greece protested.", "Pensioners in Greece", "GRCCVL"},
			{"a people's refugees are their state's", "Rohingya refugees fled Myanmar to Bangladesh.", "Rohingya refugees", "MMRREF"},
		}},
		{"institutions named generically", []struct{ name, text, mention, want string }{
			{"a ministry of a country is its government", "The Interior Ministry of Egypt said the attack was foiled.", "Interior Ministry", "EGYGOV"},
			{"a country's ministry is its government", "Egypt's Interior Ministry said Libyan smugglers were arrested.", "Egypt's Interior Ministry", "EGYGOV"},
			{"a ministry takes the sentence's one country", "The Defence Ministry said troops had entered the town in Mali.", "Defence Ministry", "MLIGOV"},
			{"a parliament in a country is its legislature", "The parliament in Georgia passed the law.", "parliament in Georgia", "GEOLEG"},
			{"a supreme court of a country is its judiciary", "The Supreme Court of Pakistan summoned the Afghan envoy.", "Supreme Court", "PAKJUD"},
			{"a country's supreme court is its own, not the other country's", "Iran's Supreme Court upheld the sentence against the British woman.", "Iran's Supreme Court", "IRNJUD"},
			{"a central bank is the government", "The central bank raised rates in Turkey.", "central bank", "TURGOV"},
			{"a named Central Bank of a country is its government", "The Central Bank of Nigeria devalued the naira.", "Central Bank", "NGAGOV"},
			{"a Reserve Bank is the government", "The Reserve Bank of India raised rates.", "Reserve Bank", "INDGOV"},
			{"a National Bank of a country is its government, not the city's country", "Analysts in Moscow said the National Bank of Ukraine would cut rates.", "National Bank", "UKRGOV"},
			{"a development bank stays business", "The Development Bank of Nigeria lent money.", "Development Bank", "NGABUS"},
			{"state television is the state's media", "Syrian state television said Israel struck Damascus.", "Syrian state television", "SYRMED"},
			{"a country's ruling party is its government", "Kenya's ruling party accused Uganda of meddling.", "Kenya's ruling party", "KENGOV"},
			{"the army is the sentence's country's military", "The army said it killed ten militants in Pakistan.", "army", "PAKMIL"},
		}},
		{"ministers named with a title", []struct{ name, text, mention, want string }{
			{"a foreign minister of the sentence's one country is its government", "Foreign Minister Ahmed Suleiman said Sudan would not attend.", "Foreign Minister Ahmed Suleiman", "SDNGOV"},
			{"a demonym's minister is that country's", "Malian Defence Minister Sadio Camara visited Russia.", "Malian Defence Minister Sadio Camara", "MLIGOV"},
			{"a minister of a country named after him is its government", "Foreign Minister Bandar Qasimi of Oman met US officials.", "Foreign Minister Bandar Qasimi", "OMNGOV"},
			{"a minister meeting a demonym's counterpart in a capital is the capital's", "Foreign Minister Ahmed Suleiman met his Chadian counterpart in Khartoum.", "Foreign Minister Ahmed Suleiman", "SDNGOV"},
			{"a police chief is the sentence's country's police", "Police chief Juma Otieno said Kenya was safe.", "Juma Otieno", "KENCOP"},
			{"an army spokesman is the sentence's country's military", "Army spokesman Tun Aung said Myanmar would hold elections.", "Tun Aung", "MMRMIL"},
			{"a chief justice is the judiciary", "Chief Justice Amina Bello said Nigeria's courts were independent.", "Chief Justice Amina Bello", "NGAJUD"},
			{"an opposition leader is the opposition", "Opposition leader Tendai Moyo said Zimbabwe's election was rigged.", "Tendai Moyo", "ZWEOPP"},
			{"a minister of a country is its, not the officials' country", "Justice Minister Olu Adeyemi of Nigeria met British officials.", "Justice Minister Olu Adeyemi", "NGAGOV"},
		}},
		{"the other side of talks named by its country", []struct{ name, text, mention, want string }{
			{"a demonym's counterpart is that country's government", "Blinken told his Chinese counterpart that talks would continue.", "Chinese counterpart", "CHNGOV"},
			{"a demonym's side in talks is its government", "The Iranian side rejected the proposal.", "Iranian side", "IRNGOV"},
			{"a side of a place is no party to talks", "Shells landed on the Syrian side of the border.", "Syrian", "SYR"},
			{"two sides of an island are no governments", "The Turkish and Greek sides of the island agreed to talk.", "Turkish", "TUR"},
		}},
		{"hyphenated compounds naming each side", []struct{ name, text, mention, want string }{
			{"a border's first country", "Shelling along the Iran-Iraq border killed five people.", "Iran", "IRN"},
			{"a border's second country", "Shelling along the Iran-Iraq border killed five people.", "Iraq", "IRQ"},
			{"a war's second country", "The Russia-Ukraine war entered its third year.", "Ukraine", "UKR"},
			{"talks' first country", "India-Pakistan talks collapsed on Friday.", "India", "IND"},
			{"a group beside a country", "The Israel-Hamas ceasefire held.", "Hamas", "PSEREBHMS"},
			{"a group named with its country's adjective is the group", "The Afghan Taliban said the talks would go on.", "Afghan Taliban", "AFGREB"},
			{"a country after a dotted abbreviation the tokenizer splits off", "U.S.-China trade talks resumed.", "China", "CHN"},
			{"a combining form names its country", "Franco-German relations improved.", "Franco", "FRA"},
			{"an adjective after a combining form names its country", "The Sino-Indian border remained tense.", "Indian", "IND"},
		}},
		{"regions of states at war", []struct{ name, text, mention, want string }{
			{"a Ukrainian region's city is Ukraine's", "Russian forces struck Kherson overnight.", "Kherson", "UKR"},
			{"a Nigerian state's village is Nigeria's civilians", "Boko Haram fighters attacked a village in Borno.", "village in Borno", "NGACVL"},
			{"a Turkish province is Turkey's", "Shelling hit Hatay province.", "Hatay", "TUR"},
			{"a Colombian department is Colombia's", "Clashes erupted in Cauca.", "Cauca", "COL"},
		}},
		{"armed groups named by their head noun", []struct{ name, text, mention, want string }{
			{"militants are armed opposition", "Militants attacked a checkpoint in Somalia.", "Militants", "SOMREB"},
			{"gunmen are unaligned armed forces", "Gunmen killed five people in Nigeria.", "Gunmen", "NGAUAF"},
			{"insurgents are armed opposition", "Insurgents ambushed a convoy in Afghanistan.", "Insurgents", "AFGREB"},
			{"a named army the KB lacks is armed opposition", "The Arakan Army seized a town in Myanmar.", "Arakan Army", "MMRREB"},
			{"a named militia is unaligned armed forces", "Fighters of the Mai-Mai militia attacked a village in Congo.", "Mai-Mai militia", "COGUAF"},
			{"separatists in a country are its armed opposition", "Separatists in Ukraine shelled the town.", "Separatists in Ukraine", "UKRREB"},
			{"rebel fighters are rebels, not unaligned", "Rebel fighters attacked a base in Chad.", "Rebel fighters", "TCDREB"},
			{"a named brigade the KB lacks is armed opposition", "The Zama Brigade killed five soldiers in Niger.", "Zama Brigade", "NERREB"},
			{"a people's fighters stay unaligned armed forces, as its gunmen do", "Kurdish fighters captured the town in Syria.", "Kurdish fighters", "SYRUAF"},
			{"pirates are criminals", "Pirates seized a ship off Somalia.", "Pirates", "SOMCRM"},
			{"rebel-held areas stand for the rebels", "Government forces shelled rebel-held areas of Aleppo.", "rebel-held areas", "SYRREB"},
			{"insurgent strongholds stand for the insurgents", "Airstrikes hit insurgent strongholds in Helmand.", "insurgent strongholds", "AFGREB"},
			{"rebel positions stand for the rebels", "The army recaptured rebel positions near Goma.", "rebel positions", "CODREB"},
			{"militant hideouts stand for the militants", "Troops attacked militant hideouts in North Waziristan.", "militant hideouts", "PAKREB"},
			{"RSF in a sentence naming a Sudanese place is Sudan's paramilitary, not the press group", "RSF fighters looted homes in Darfur.", "RSF", "SDNPRM"},
			{"RSF in a sentence naming no Sudanese place stays the press group", "RSF condemned the arrest of a journalist in Cairo.", "RSF", "NGOHRIMED"},
		}},
	}
	for _, f := range families {
		t.Run(f.family, func(t *testing.T) {
			for _, tt := range f.tests {
				t.Run(tt.name, func(t *testing.T) {
					checkCode(t, tt.text, "2015-01-01", tt.mention, tt.want, true)
				})
			}
		})
	}
}

// TestSideChange codes a body whose side changed: a paramilitary force at
// war with the army it served is armed opposition from that day.
func TestSideChange(t *testing.T) {
	tests := []struct{ name, date, want string }{
		{"a state paramilitary while it served the state", "2019-06-01", "SDNPRM"},
		{"armed opposition once at war with the army", "2024-01-01", "SDNREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCode(t, "The Rapid Support Forces shelled Omdurman.", tt.date, "Rapid Support Forces", tt.want, true)
		})
	}
}
