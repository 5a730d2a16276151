package events_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// triple is what the PLOVER gold scores: who did which type to whom.
type triple struct{ Source, Type, Target string }

// TestFrames codes invented wire sentences of the commonest PLOVER event
// frames, one or more per type, written before the coder was run on
// them: headlines without articles, possessive authorities, passives
// with agents, compound subjects, talks between two parties, nominal
// summits and reported speech. Fitting rules to the gold's misses did not
// carry over to unseen sentences; this table is the check that a frame,
// not a sentence, is coded. A known miss is logged, and fails the test
// once the coder gets it right, so that its reason is dropped.
func TestFrames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []triple
		known      string // why the coder still misses it, when it does
	}{
		{"AGREE: ", "Iran and France agreed to resume talks on the nuclear programme.",
			[]triple{{"IRN", "AGREE", "FRA"}, {"FRA", "AGREE", "IRN"}}, ""},
		{"AGREE: ", "Turkey offered to mediate between Russia and Ukraine.",
			[]triple{{"TUR", "AGREE", "RUS"}, {"TUR", "AGREE", "UKR"}}, ""},
		{"AGREE: ", "Serbia promised to release the detained Kosovo police officers.",
			[]triple{{"SRB", "AGREE", "KSVCOP"}}, ""},
		{"CONSULT: ", "Talks between Armenia and Azerbaijan opened in Geneva on Monday.",
			[]triple{{"ARM", "CONSULT", "AZE"}, {"AZE", "CONSULT", "ARM"}}, ""},
		{"CONSULT: ", "Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing.",
			[]triple{{"CHNGOV", "CONSULT", "BRAGOV"}}, ""},
		{"CONSULT: ", "Egypt's foreign minister held talks with his Jordanian counterpart in Cairo.",
			[]triple{{"EGYGOV", "CONSULT", "JORGOV"}, {"JORGOV", "CONSULT", "EGYGOV"}}, ""},
		{"CONSULT: ", "Japan's prime minister visited Australia on Tuesday.",
			[]triple{{"JPNGOV", "CONSULT", "AUS"}, {"AUS", "CONSULT", "JPNGOV"}}, ""},
		{"CONSULT: ", "The Iran-Iraq summit ended without a deal.",
			[]triple{{"IRN", "CONSULT", "IRQ"}, {"IRQ", "CONSULT", "IRN"}},
			"the tokenizer keeps Iran-Iraq one word, which names no actor"},
		{"SUPPORT: ", "India and Japan signed a defence pact on Friday.",
			[]triple{{"IND", "SUPPORT", "JPN"}, {"JPN", "SUPPORT", "IND"}},
			"the dictionary files a defence pact as military cooperation (COOPERATE); either may be the manual's"},
		{"SUPPORT: ", "Germany praised Poland for its handling of the refugee crisis.",
			[]triple{{"DEU", "SUPPORT", "POL"}}, ""},
		{"SUPPORT: ", "Kenya recognised the independence of South Sudan.",
			[]triple{{"KEN", "SUPPORT", "SSD"}}, ""},
		{"SUPPORT: ", "Canada restored diplomatic relations with Venezuela.",
			[]triple{{"CAN", "SUPPORT", "VEN"}}, ""},
		{"CONCEDE: ", "Georgia lifted the ban on Russian flights.",
			[]triple{{"GEO", "CONCEDE", "RUS"}}, ""},
		{"RETREAT: ", "Syria's government released 200 political prisoners.",
			[]triple{{"SYRGOV", "RETREAT", "SYROPP"}}, ""},
		{"CONCEDE: ", "Venezuela's president apologised to Colombia.",
			[]triple{{"VENGOV", "CONCEDE", "COL"}}, ""},
		{"COOPERATE: ", "Egypt and Sudan agreed to share intelligence on smuggling.",
			[]triple{{"EGY", "AGREE", "SDN"}, {"SDN", "AGREE", "EGY"}}, ""},
		{"COOPERATE: ", "Brazil extradited the suspect to Argentina.",
			[]triple{{"BRA", "COOPERATE", "ARG"}}, ""},
		{"COOPERATE: ", "France and Morocco increased cooperation on counterterrorism.",
			[]triple{{"FRA", "COOPERATE", "MAR"}, {"MAR", "COOPERATE", "FRA"}}, ""},
		{"AID: ", "The United States sent humanitarian aid to Haiti.",
			[]triple{{"USA", "AID", "HTI"}}, ""},
		{"AID: ", "Japan donated 10 million dollars to Nepal after the earthquake.",
			[]triple{{"JPN", "AID", "NPL"}}, ""},
		{"AID: ", "Britain supplied weapons to Ukraine.",
			[]triple{{"GBR", "AID", "UKR"}}, ""},
		{"RETREAT: ", "Israel withdrew its troops from Gaza.",
			[]triple{{"ISR", "RETREAT", "PSEGZA"}}, ""},
		{"RETREAT: ", "Rebels in Mali surrendered to government forces.",
			[]triple{{"MLIREB", "RETREAT", "MLIMIL"}}, ""},
		{"REQUEST: ", "Ukraine asked Germany for more tanks.",
			[]triple{{"UKR", "REQUEST", "DEU"}}, ""},
		{"REQUEST: ", "Pakistan urged India to return to talks.",
			[]triple{{"PAK", "REQUEST", "IND"}}, ""},
		{"REQUEST: ", "Lebanon appealed to the United Nations for help.",
			[]triple{{"LBN", "REQUEST", "IGOUNO"}}, ""},
		{"ACCUSE: ", "Russia accused Ukraine of shelling the Zaporizhzhia plant.",
			[]triple{{"RUS", "ACCUSE", "UKR"}}, ""},
		{"ACCUSE: ", "China's foreign ministry accused Washington of interfering in its affairs.",
			[]triple{{"CHNGOV", "ACCUSE", "USAGOV"}}, ""},
		{"ACCUSE: ", "Serbia was accused by Kosovo of provoking violence.",
			[]triple{{"KSV", "ACCUSE", "SRB"}}, ""},
		{"ACCUSE: ", "Hungary criticised the European Union over frozen funds.",
			[]triple{{"HUN", "ACCUSE", "IGOEUREEC"}}, ""},
		{"ACCUSE: ", "Iran condemned the Israeli air strike in Syria.",
			[]triple{{"IRN", "ACCUSE", "ISR"}}, ""},
		{"REJECT: ", "Israel rejected the ceasefire proposal by Hamas.",
			[]triple{{"ISR", "REJECT", "PSEREBHMS"}}, ""},
		{"REJECT: ", "Venezuela refused to accept the election observers from the European Union.",
			[]triple{{"VEN", "REJECT", "IGOEUREEC"}}, ""},
		{"REJECT: ", "Russia vetoed the resolution on Syria.",
			[]triple{{"RUS", "REJECT", "SYR"}}, ""},
		{"THREATEN: ", "North Korea threatened to attack South Korea.",
			[]triple{{"PRK", "THREATEN", "KOR"}}, ""},
		{"THREATEN: ", "China warned Taiwan against declaring independence.",
			[]triple{{"CHN", "THREATEN", "TWN"}}, ""},
		{"THREATEN: ", "Turkey threatened sanctions against Sweden.",
			[]triple{{"TUR", "THREATEN", "SWE"}}, ""},
		{"PROTEST: ", "Thousands of protesters rallied in Tbilisi against the Georgian government.",
			[]triple{{"GEOOPP", "PROTEST", "GEOGOV"}}, ""},
		{"PROTEST: ", "Opposition supporters demonstrated outside the Russian embassy in Kyiv.",
			[]triple{{"UKROPP", "PROTEST", "RUSGOV"}}, ""},
		{"ACCUSE: ", "Poland summoned the Belarusian ambassador.",
			[]triple{{"POL", "ACCUSE", "BLRGOV"}}, ""},
		{"SANCTION: ", "The European Union imposed sanctions on Iran.",
			[]triple{{"IGOEUREEC", "SANCTION", "IRN"}}, ""},
		{"SANCTION: ", "Lithuania expelled two Russian diplomats.",
			[]triple{{"LTU", "SANCTION", "RUSGOV"}}, ""},
		{"SANCTION: ", "Morocco cut diplomatic ties with Iran.",
			[]triple{{"MAR", "SANCTION", "IRN"}}, ""},
		{"SANCTION: ", "Saudi Arabia recalled its ambassador from Lebanon.",
			[]triple{{"SAU", "SANCTION", "LBN"}}, ""},
		{"MOBILIZE: ", "Russia deployed troops along the border with Finland.",
			[]triple{{"RUS", "MOBILIZE", "FIN"}}, ""},
		{"MOBILIZE: ", "India massed troops on its border with China.",
			[]triple{{"IND", "MOBILIZE", "CHN"}}, ""},
		{"COERCE: ", "Police in Belarus arrested dozens of protesters.",
			[]triple{{"BLRCOP", "COERCE", "BLROPP"}}, ""},
		{"COERCE: ", "Iranian authorities detained a French tourist.",
			[]triple{{"IRNGOV", "COERCE", "FRACVL"}}, ""},
		{"COERCE: ", "Turkish police detained journalists in Istanbul.",
			[]triple{{"TURCOP", "COERCE", "TURMED"}}, ""},
		{"ASSAULT: ", "Russian forces attacked Ukrainian positions in Bakhmut.",
			[]triple{{"RUSMIL", "ASSAULT", "UKRMIL"}}, ""},
		{"ASSAULT: ", "Israel's forces attacked Hamas positions in Gaza.",
			[]triple{{"ISRMIL", "ASSAULT", "PSEREBHMS"}}, ""},
		{"ASSAULT: ", "Ukrainian drones struck an oil refinery in Russia.",
			[]triple{{"UKRMIL", "ASSAULT", "RUSBUS"}}, ""},
		{"ASSAULT: ", "The village was shelled by Azerbaijani forces.",
			[]triple{{"AZEMIL", "ASSAULT", ""}},
			"the resolver gives the village the agent's country (AZECVL)"},
		{"ASSAULT: ", "Saudi-led coalition aircraft bombed Yemen's capital.",
			[]triple{{"SAUMIL", "ASSAULT", "YEM"}}, ""},
		{"ASSAULT: ", "Gunmen killed five police officers in Nigeria.",
			[]triple{{"NGAUAF", "ASSAULT", "NGACOP"}}, ""},
		{"ACCUSE: ", "Iran's foreign ministry said the United States was responsible for the attack.",
			[]triple{{"IRNGOV", "ACCUSE", "USA"}}, ""},
		{"THREATEN: ", "Russia's defence minister said Moscow would respond to NATO's expansion.",
			[]triple{{"RUSGOV", "THREATEN", "IGONAT"}},
			"responding to is coded nothing; a threat only the reader infers"},
		{"ASSAULT: ", "Syrian government forces shelled rebel-held areas of Idlib, the Syrian Observatory for Human Rights said.",
			[]triple{{"SYRMIL", "ASSAULT", "SYRREB"}}, ""},
		{"SUPPORT: ", "Spain backs Morocco's autonomy plan for Western Sahara.",
			[]triple{{"ESP", "SUPPORT", "MAR"}}, ""},
		{"CONSULT: ", "US, China hold talks on trade.",
			[]triple{{"USA", "CONSULT", "CHN"}, {"CHN", "CONSULT", "USA"}}, ""},
		{"SANCTION: ", "US imposes sanctions on Russian banks.",
			[]triple{{"USA", "SANCTION", "RUSBUS"}}, ""},
		// A second batch, written after the first round of fixes and
		// before running the coder on it, to see whether they carry over.
		{"CONSULT: ", "Negotiations between Israel and Lebanon resumed in Naqoura.",
			[]triple{{"ISR", "CONSULT", "LBN"}, {"LBN", "CONSULT", "ISR"}}, ""},
		{"SUPPORT: ", "A treaty between Greece and North Macedonia was signed in Prespa.",
			[]triple{{"GRC", "SUPPORT", "MKD"}, {"MKD", "SUPPORT", "GRC"}}, ""},
		{"CONSULT: ", "Colombia's president met Venezuelan leader Nicolas Maduro on the border.",
			[]triple{{"COLGOV", "CONSULT", "VENGOV"}}, ""},
		{"AGREE: ", "Armenia and Azerbaijan agreed on a ceasefire.",
			[]triple{{"ARM", "AGREE", "AZE"}, {"AZE", "AGREE", "ARM"}}, ""},
		{"ACCUSE: ", "Ethiopia blamed Eritrea for the attack on the border town.",
			[]triple{{"ETH", "ACCUSE", "ERI"}}, ""},
		{"ACCUSE: ", "Kenya's interior ministry said Somalia was responsible for the bombing.",
			[]triple{{"KENGOV", "ACCUSE", "SOM"}}, ""},
		{"ASSAULT: ", "Sudanese army positions were shelled by the Rapid Support Forces.",
			[]triple{{"SDNREB", "ASSAULT", "SDNMIL"}},
			"the knowledge base files the Rapid Support Forces as SDNMIL"},
		{"RETREAT: ", "Russia pulled its troops back from Kherson.",
			[]triple{{"RUS", "RETREAT", "UKR"}}, ""},
		{"MOBILIZE: ", "Serbia sent its army to the border with Kosovo.",
			[]triple{{"SRB", "MOBILIZE", "KSV"}}, ""},
		{"COERCE: ", "Police in Kenya arrested two British journalists.",
			[]triple{{"KENCOP", "COERCE", "GBRMED"}}, ""},
		{"SANCTION: ", "Washington imposed new sanctions on Venezuela on Monday.",
			[]triple{{"USAGOV", "SANCTION", "VEN"}}, ""},
		{"ACCUSE: ", "Pakistan's army accused India of violating the ceasefire in Kashmir.",
			[]triple{{"PAKMIL", "ACCUSE", "IND"}}, ""},
		{"REQUEST: ", "Somalia asked the African Union for more troops.",
			[]triple{{"SOM", "REQUEST", "IGOAFRAFU"}}, ""},
		{"AID: ", "Qatar pledged $500 million in aid to Lebanon.",
			[]triple{{"QAT", "AGREE", "LBN"}}, ""},
		{"ASSAULT: ", "Turkish warplanes bombed Kurdish militant positions in northern Iraq.",
			[]triple{{"TURMIL", "ASSAULT", "IRQ"}}, ""},
		{"CONSULT: ", "Iran's foreign minister visited Oman.",
			[]triple{{"IRNGOV", "CONSULT", "OMN"}, {"OMN", "CONSULT", "IRNGOV"}}, ""},
		{"REJECT: ", "Ukraine rejected Russia's proposal for a ceasefire.",
			[]triple{{"UKR", "REJECT", "RUS"}}, ""},
		{"THREATEN: ", "Iran warned Israel of a crushing response.",
			[]triple{{"IRN", "THREATEN", "ISR"}}, ""},
		{"SUPPORT: ", "Canada welcomed the agreement between Ethiopia and Eritrea.",
			[]triple{{"CAN", "SUPPORT", "ETH"}, {"CAN", "SUPPORT", "ERI"}}, ""},
		{"ACCUSE: ", "Moldova said Russia was behind the protests in Chisinau.",
			[]triple{{"MDA", "ACCUSE", "RUS"}}, ""},
		// Partners that have long quarrelled or fought (perfect or
		// present, with an adverb of frequency or duration) are a
		// standing relation, no event; one dispute on a day is coded
		// both ways.
		{"none, a standing dispute: ", "Belarus and Russia have fought repeatedly over gas.", nil, ""},
		{"none, a standing dispute: ", "Japan and South Korea have long quarrelled over the islands.", nil, ""},
		{"none, a standing dispute: ", "Sudan and South Sudan have clashed repeatedly over Abyei.", nil, ""},
		{"ACCUSE: ", "Greece and Turkey argued over fishing rights on Tuesday.",
			[]triple{{"GRC", "ACCUSE", "TUR"}, {"TUR", "ACCUSE", "GRC"}}, ""},
		// "needs to" is a semi-modal like "must": the need asks nothing
		// of anyone, and the infinitive is what the subject must do.
		{"none, a necessity: ", "Moldova needs to stay close to Romania, a phrase the Moldovan press repeated all week.", nil, ""},
		{"RETREAT: ", "Kosovo needs to release the detained Serbian police officers.",
			[]triple{{"KSV", "RETREAT", "SRBCOP"}}, ""},
		{"REQUEST: ", "Ukraine needs air defence systems from Germany.",
			[]triple{{"UKR", "REQUEST", "DEU"}}, ""},
		{"CONSULT: ", "The French president said he needed to speak with Vladimir Putin.",
			[]triple{{"FRAGOV", "CONSULT", "RUSGOV"}, {"RUSGOV", "CONSULT", "FRAGOV"}}, ""},
		// Another's named effort is what a verb of judgement is about;
		// one's own effort ("its campaign") is the act it tries.
		{"SUPPORT: ", "Canada praised Colombia's efforts to fight corruption.",
			[]triple{{"CAN", "SUPPORT", "COL"}}, ""},
		{"ASSAULT: ", "The army continued its campaign to crush the rebels in Darfur.",
			[]triple{{"SDNMIL", "ASSAULT", "SDNREB"}}, ""},
		{"SUPPORT: ", "Egypt and Israel signed a gas deal.",
			[]triple{{"EGY", "SUPPORT", "ISR"}, {"ISR", "SUPPORT", "EGY"}}, ""},
		// Who holds the dead in custody, or did the act they died in,
		// did it; where they died did nothing (the dictionary's die
		// is an assault).
		{"ASSAULT: ", "A Kurdish prisoner died while in Turkish police custody.",
			[]triple{{"TURCOP", "ASSAULT", ""}}, ""},
		{"ASSAULT: ", "Two Ukrainian soldiers died in Russian captivity.",
			[]triple{{"RUS", "ASSAULT", "UKRMIL"}}, ""},
		{"ASSAULT: ", "Three Nigerian soldiers died in an attack by Boko Haram.",
			[]triple{{"NGAREB", "ASSAULT", "NGAMIL"}}, ""},
		{"ASSAULT: ", "A British tourist died in Thailand.",
			[]triple{{"", "ASSAULT", "GBRCVL"}}, ""},
		{"REQUEST: ", "Germany urged Serbia to recognise Kosovo.",
			[]triple{{"DEU", "REQUEST", "SRB"}, {"SRB", "SUPPORT", "KSV"}}, ""},
		// Nominal events between coordinated modifiers of one noun; a
		// meeting that "took place" seized nothing.
		{"CONSULT: ", "The meeting between the Indian and Pakistani foreign ministers took place in New York.",
			[]triple{{"INDGOV", "CONSULT", "PAKGOV"}, {"PAKGOV", "CONSULT", "INDGOV"}}, ""},
		{"CONSULT: ", "Talks between the Greek and Turkish defence ministers ended without agreement.",
			[]triple{{"GRCGOV", "CONSULT", "TURGOV"}, {"TURGOV", "CONSULT", "GRCGOV"}}, ""},
		// A judgement an act draws from someone is that judge's event
		// toward the doer, not the act's target.
		{"ACCUSE: ", "North Korea fired a ballistic missile, drawing condemnation from Japan.",
			[]triple{{"PRK", "ASSAULT", ""}, {"JPN", "ACCUSE", "PRK"}}, ""},
		{"ACCUSE: ", "India tested a nuclear-capable missile, prompting protests from Pakistan.",
			[]triple{{"IND", "MOBILIZE", ""}, {"PAK", "ACCUSE", "IND"}}, ""},
		{"ACCUSE: ", "Israel's strike on the camp drew criticism from the United Nations.",
			[]triple{{"IGOUNO", "ACCUSE", "ISR"}}, ""},
		// Blocking any way through is obstructing passage (CAMEO 144).
		{"PROTEST: ", "Houthi rebels blocked transport into Taiz.",
			[]triple{{"YEMREB", "PROTEST", "YEM"}}, ""},
		// Talks partners go or come for are a consultation between them.
		{"CONSULT: ", "U.S. and Chinese negotiators returned to Geneva for talks on trade.",
			[]triple{{"CHNGOV", "CONSULT", "USAGOV"}, {"USAGOV", "CONSULT", "CHNGOV"}}, ""},
		// Troops moved to a border face the country across it; riot
		// weapons used on people are violent repression (CAMEO 175).
		{"MOBILIZE: ", "Pakistan moved troops to its border with India.",
			[]triple{{"PAK", "MOBILIZE", "IND"}}, ""},
		{"ASSAULT: ", "Security forces used batons against opposition supporters in Harare.",
			[]triple{{"ZWEMIL", "ASSAULT", "ZWEOPP"}}, ""},
		// Where partners sign or agree is no party to it.
		{"SUPPORT: ", "Israel and Jordan signed a peace treaty in Washington.",
			[]triple{{"ISR", "SUPPORT", "JOR"}, {"JOR", "SUPPORT", "ISR"}}, ""},
		{"AGREE: ", "Kenya and Ethiopia agreed in Nairobi to reopen their border.",
			[]triple{{"KEN", "AGREE", "ETH"}, {"ETH", "AGREE", "KEN"}}, ""},
		{"ASSAULT: ", "France and Germany attacked Islamic State positions in Syria.",
			[]triple{{"DEU", "ASSAULT", "IMGMUSISI"}, {"FRA", "ASSAULT", "IMGMUSISI"}}, ""},
		// Wire verbs the generated dictionary lacks.
		{"ASSAULT: ", "Syrian jets strafed rebel positions near Aleppo.",
			[]triple{{"SYRMIL", "ASSAULT", "SYRREB"}}, ""},
		{"COERCE: ", "Venezuela expropriated American oil companies.",
			[]triple{{"VEN", "COERCE", "USABUS"}}, ""},
		{"ASSAULT: ", "Israeli forces bulldozed Palestinian homes near Hebron.",
			[]triple{{"ISRMIL", "ASSAULT", "PSECVL"}}, ""},
		// Two sectors of one country in a compound subject are two
		// parties.
		{"SUPPORT: ", "The Philippine government and Muslim rebels signed a peace agreement on Monday.",
			[]triple{{"PHLGOV", "SUPPORT", "PHLREB"}, {"PHLREB", "SUPPORT", "PHLGOV"}}, ""},
		{"AGREE: ", "The Colombian government and leftist rebels agreed to a ceasefire.",
			[]triple{{"COLGOV", "AGREE", "COLREB"}, {"COLREB", "AGREE", "COLGOV"}}, ""},
		// An utterance issued to someone that it must act asks it to.
		{"REQUEST: ", "Germany issued a reminder that Poland must respect the court's ruling.",
			[]triple{{"DEU", "REQUEST", "POL"}, {"POL", "SUPPORT", ""}}, ""},
		{"REQUEST: ", "Germany issued a stern reminder on Monday to Poland that it must respect the court's ruling.",
			[]triple{{"DEU", "REQUEST", "POL"}, {"POL", "SUPPORT", ""}},
			"the resolver takes it for Germany, so respecting is coded as Germany's"},
		// The governing verb decides the modality of what it governs:
		// offering or agreeing to send troops promises help, threatening
		// to do anything, help or harm, is a threat.
		{"AGREE: ", "Russia offered to send troops to Belarus.",
			[]triple{{"RUS", "AGREE", "BLR"}}, ""},
		{"AGREE: ", "Russia agreed to send troops to Belarus.",
			[]triple{{"RUS", "AGREE", "BLR"}}, ""},
		{"THREATEN: ", "Russia vowed to strike Ukraine.",
			[]triple{{"RUS", "THREATEN", "UKR"}}, ""},
		{"THREATEN: ", "Russia threatened to send troops to Belarus.",
			[]triple{{"RUS", "THREATEN", "BLR"}}, ""},
		{"THREATEN: ", "Poland threatened to recall its ambassador from Belarus.",
			[]triple{{"POL", "THREATEN", "BLR"}}, ""},
		// The dictionary's patterns for the verb they were written for,
		// though its own code is of another family: what one wants or
		// seeks is asked for, asking forgiveness apologises, rallying in
		// solidarity supports.
		{"REQUEST: ", "Jordan wants help from Saudi Arabia.",
			[]triple{{"JOR", "REQUEST", "SAU"}}, ""},
		{"REQUEST: ", "Serbia sought talks with Kosovo.",
			[]triple{{"SRB", "REQUEST", "KSV"}}, ""},
		{"CONCEDE: ", "Israel asked Turkey for forgiveness.",
			[]triple{{"ISR", "CONCEDE", "TUR"}}, ""},
		{"SUPPORT: ", "Greek students demonstrated in solidarity with Cyprus.",
			[]triple{{"GRCEDU", "SUPPORT", "CYP"}}, ""},
		// Forces sent into a country for an exercise, or at its
		// government's call, cooperate with it; exercises near another's
		// border show force against it.
		{"COOPERATE: ", "Russia moved 30,000 troops into Belarus for a joint military exercise.",
			[]triple{{"RUS", "COOPERATE", "BLR"}}, ""},
		{"COOPERATE: ", "Russia had moved troops into Belarus for the \"Union Shield\" exercise.",
			[]triple{{"RUS", "COOPERATE", "BLR"}}, ""},
		{"COOPERATE: ", "Russia deployed troops to Belarus for joint drills.",
			[]triple{{"RUS", "COOPERATE", "BLR"}}, ""},
		{"COOPERATE: ", "Russian paratroopers arrived in Belarus for the \"Slavic Brotherhood\" exercise.",
			[]triple{{"RUSMIL", "COOPERATE", "BLR"}}, ""},
		{"COOPERATE: ", "Chinese troops arrived in Serbia for joint drills.",
			[]triple{{"CHNMIL", "COOPERATE", "SRB"}}, ""},
		{"CONSULT: ", "Chinese diplomats arrived in Serbia for talks.",
			[]triple{{"CHNGOV", "CONSULT", "SRB"}, {"SRB", "CONSULT", "CHNGOV"}}, ""},
		// A negated act is no act: one reported as not done is not
		// realised, and one asked not to be done is the asker's request;
		// only a refusal rejects.
		{"REJECT: ", "Armenia has not sent its own troops into Azerbaijan.",
			nil, ""},
		{"REJECT: ", "Serbian troops were not taking part in the operation in Kosovo.",
			nil, ""},
		{"REJECT: ", "Armenia refused to send troops into Azerbaijan.",
			[]triple{{"ARM", "REJECT", "AZE"}}, ""},
		{"REJECT: ", "Armenia will not send troops into Azerbaijan.",
			[]triple{{"ARM", "REJECT", "AZE"}}, ""},
		{"REQUEST: ", "Germany urged Serbia not to join the war.",
			[]triple{{"DEU", "REQUEST", "SRB"}}, ""},
		{"REQUEST: ", "Poland urged Belarus not to send troops to Ukraine.",
			[]triple{{"POL", "REQUEST", "BLR"}}, ""},
		// A state's agents act from their own soil on someone else:
		// their country in a "from" phrase is where the act starts; a
		// foreign one left is a party.
		{"THREATEN: ", "Russian officers helped plan the attack from Russian territory.",
			[]triple{{"RUSMIL", "AID", ""}, {"RUSMIL", "THREATEN", ""}}, ""},
		{"AID: ", "The measures target Belarusian generals who, according to Kyiv, helped plan and carry out the invasion from Belarusian territory.",
			[]triple{{"BLRMIL", "AID", ""}}, ""},
		{"RETREAT: ", "The Russian army withdrew its troops from Georgian territory.",
			[]triple{{"RUSMIL", "RETREAT", "GEO"}}, ""},
		// "No longer" negates as "not" does: what will stop is refused.
		{"REJECT: ", "Minsk's police chief has warned that police will no longer tolerate rallies by the opposition.",
			[]triple{{"BLRCOP", "THREATEN", "BLROPP"}, {"BLRCOP", "REJECT", "BLROPP"}}, ""},
		{"REJECT: ", "Armenia will no longer accept Russian mediation.",
			[]triple{{"ARM", "REJECT", "RUS"}}, ""},
		// What an event noun inside another noun names is that noun's
		// party: a response to an attack on a country is allowed to no
		// one, nor conceded to the country attacked.
		{"CONCEDE: ", "The new doctrine allows a nuclear response to a conventional attack on Kazakhstan.",
			nil, ""},
		{"ASSAULT: ", "Russia launched an attack on Ukraine.",
			[]triple{{"RUS", "ASSAULT", "UKR"}}, ""},
		// Whom a report cites ("according to the UN") tells how the act
		// is known; it is no party to it, wherever the parser hung it.
		{"ASSAULT: ", "Rebels who, according to the UN, attacked Malian troops in Gao.",
			[]triple{{"MLIREB", "ASSAULT", "MLIMIL"}}, ""},
		{"ASSAULT: ", "Russia, according to Ukraine, shelled Kharkiv on Monday.",
			[]triple{{"RUS", "ASSAULT", "UKR"}}, ""},
		{"AGREE: ", "Belarus will buy its oil from suppliers other than Russia.",
			[]triple{{"BLR", "AGREE", ""}}, ""},
		{"AID: ", "Russian officers who, according to Britain, supplied weapons to Syria were sanctioned by the European Union.",
			[]triple{{"RUSMIL", "AID", "SYR"}, {"IGOEUREEC", "SANCTION", "RUSMIL"}},
			"the parser takes the weapons for the passive's subject, so the officers sanctioned are missed"},
		// Forces based in a country are there by its leave: stationing
		// them cooperates with the host, and announcing it promises
		// that; forces deployed into a country stay a show of force.
		{"AGREE: ", "Russia would station tactical nuclear weapons in Belarus.",
			[]triple{{"RUS", "AGREE", "BLR"}}, ""},
		{"COOPERATE: ", "The United States stationed more troops in Poland.",
			[]triple{{"USA", "COOPERATE", "POL"}}, ""},
		{"THREATEN: ", "Russia will deploy troops in Ukraine.",
			[]triple{{"RUS", "THREATEN", "UKR"}}, ""},
		// A name no actor's (a bridge, a crossing) is a thing the act is
		// done to; the party it is done for, further under the verb,
		// is its target.
		{"RETREAT: ", "Turkmenistan opened the Unity Bridge to let trucks carry fuel to Afghanistan.",
			[]triple{{"TKM", "RETREAT", "AFG"}}, ""},
		{"RETREAT: ", "Armenia opened the Freedom Bridge to allow the delivery of gas to Georgia.",
			[]triple{{"ARM", "RETREAT", "GEO"}, {"ARM", "CONCEDE", "GEO"}}, ""},
		{"RETREAT: ", "Armenia opened the Freedom Bridge.",
			[]triple{{"ARM", "RETREAT", ""}}, ""},
		{"COERCE: ", "Turkey detained the Sea Star tanker sailing from Greece.",
			[]triple{{"TUR", "COERCE", ""}}, ""},
		// Forces that gather are massed; ministers that gather meet.
		{"MOBILIZE: ", "Russian troops gathered near the border with Ukraine.",
			[]triple{{"RUSMIL", "MOBILIZE", "UKR"}}, ""},
		{"COOPERATE: ", "Russian troops gathered in Belarus for joint exercises.",
			[]triple{{"RUSMIL", "COOPERATE", "BLR"}}, ""},
		{"CONSULT: ", "Foreign ministers of Poland and Lithuania gathered in Vilnius.",
			[]triple{{"POLGOV", "CONSULT", "LTUGOV"}, {"LTUGOV", "CONSULT", "POLGOV"}},
			"the resolver reads Lithuania's minister as the country, not LTUGOV"},
		{"MOBILIZE: ", "Russia massed troops near the border with Ukraine for exercises.",
			[]triple{{"RUS", "MOBILIZE", "UKR"}}, ""},
		{"MOBILIZE: ", "Russia moved troops into Ukraine.",
			[]triple{{"RUS", "MOBILIZE", "UKR"}}, ""},
		// A past tense the parser conjoins to a verb under "could" is
		// realised ("a week after Russia halted"), and a need stated
		// ("all the gas Poland needs") demands nothing of anyone.
		{"SANCTION: ", "Germany said its firms could supply all the gas Poland needs, a week after Russia halted gas deliveries to Polish companies.",
			[]triple{{"DEU", "AGREE", "POL"}, {"RUS", "SANCTION", "POLBUS"}}, ""},
		// A place that sets the scope of what is agreed ("within",
		// "across") is no party to the agreement; a strike's place is
		// what it strikes.
		{"SUPPORT: ", "Russia and Belarus signed a treaty on security guarantees within the Union State.",
			[]triple{{"RUS", "SUPPORT", "BLR"}, {"BLR", "SUPPORT", "RUS"}}, ""},
		{"SUPPORT: ", "Poland and Lithuania signed an accord on energy links across the European Union.",
			[]triple{{"POL", "SUPPORT", "LTU"}, {"LTU", "SUPPORT", "POL"}}, ""},
		{"ASSAULT: ", "Ukraine launched drone attacks on targets inside Russia.",
			[]triple{{"UKR", "ASSAULT", "RUS"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name+tt.text, func(t *testing.T) {
			var got []triple
			for _, b := range code(t, tt.text) {
				got = append(got, triple{b.Source, b.Type, b.Target})
			}
			less := func(a, b triple) int {
				return strings.Compare(a.Source+" "+a.Type+" "+a.Target, b.Source+" "+b.Type+" "+b.Target)
			}
			// A governor and its infinitive ("agreed to resume talks")
			// may code the same triple twice; the gold scores triples.
			slices.SortFunc(got, less)
			got = slices.Compact(got)
			want := slices.Clone(tt.want)
			slices.SortFunc(want, less)
			diff := cmp.Diff(want, got)
			switch {
			case diff != "" && tt.known == "":
				t.Errorf("Code(%q) triples (-want +got):\n%s", tt.text, diff)
			case diff != "":
				t.Logf("known miss, %s (-want +got):\n%s", tt.known, diff)
			case tt.known != "":
				t.Errorf("Code(%q) now codes the frame: drop its known miss (%s)", tt.text, tt.known)
			}
		})
	}
}
