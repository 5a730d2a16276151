package events_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClaimed(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"a third party's government reporting force accuses its source",
			"The Polish government said Russian troops shelled Ukrainian villages near Kharkiv.",
			[]brief{{"POLGOV", "ACCUSE", "RUSMIL", true, "", "said"}}},
		{"another outside government reporting a bombing accuses the bombers",
			"The Turkish government said Syrian troops bombed Kurdish villages near Afrin.",
			[]brief{{"TURGOV", "ACCUSE", "SYRMIL", true, "", "said"}}},
		{"military sources only attribute the report, so the act is coded",
			"Russian troops shelled Ukrainian villages near Kharkiv, Polish military sources said on Monday.",
			[]brief{{"RUSMIL", "ASSAULT", "UKRCVL", true, "", "shelled"}}},
		{"a speaker of no known country is no third party",
			"Russian troops shelled Ukrainian villages near Kharkiv, the Interior Ministry said.",
			[]brief{{"RUSMIL", "ASSAULT", "UKRCVL", true, "", "shelled"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestProtested(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"civilians shunning classes to protest are protesting",
			"Belarusian students shunned lectures on Monday to protest against the arrest of their teachers.",
			// Naming no target, they protest against their government.
			[]brief{{"BLREDU", "PROTEST", "BLRGOV", true, "", "shunned"}, {"BLREDU", "PROTEST", "BLRGOV", true, "", "protest"}}},
		{"a boycott by the opposition to protest is a protest, not a rejection",
			"Georgian opposition activists shunned the parliament session to protest against the Georgian government.",
			[]brief{{"GEOOPP", "PROTEST", "GEOGOV", true, "", "shunned"}, {"GEOOPP", "PROTEST", "GEOGOV", true, "", "protest"}}},
		{"a state's act done in protest keeps its own type, and its protest is a diplomatic one",
			"Ukraine recalled its ambassador to Hungary to protest against the Hungarian premier's remarks.",
			[]brief{{"UKR", "SANCTION", "HUN", true, "", "recalled"}, {"UKR", "ACCUSE", "HUNGOV", true, "", "protest"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestRioted(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"civilians throwing stones during demonstrations are rioting",
			"Georgian youths resorted to throwing stones during demonstrations against the Russian army.",
			[]brief{{"GEOCVL", "PROTEST", "RUSMIL", true, "", "throwing"}}},
		{"students attacking soldiers during a protest are rioting",
			"Georgian students attacked Russian soldiers during a protest in Tbilisi.",
			[]brief{{"GEOEDU", "PROTEST", "RUSMIL", true, "", "attacked"}}},
		{"troops attacking during a demonstration are assaulting",
			"Russian troops attacked Georgian villages during the demonstration.",
			[]brief{{"RUSMIL", "ASSAULT", "GEOCVL", true, "", "attacked"}}},
		{"civilians attacking away from any gathering are assaulting",
			"Georgian students attacked Russian soldiers in Tbilisi.",
			[]brief{{"GEOEDU", "ASSAULT", "RUSMIL", true, "", "attacked"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestEffort(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"an effort to act is the act, tried by the effort's owner",
			"Rebels in Chad continued their effort to overthrow the government.",
			[]brief{{"TCDREB", "ASSAULT", "TCDGOV", true, "", "overthrow"}}},
		{"a bid to seize is a seizure",
			"Russian forces launched a bid to seize the airport near Kyiv.",
			[]brief{{"RUSMIL", "COERCE", "UKR", true, "", "seize"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestDemand(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"a finding by a body naming no actor still demands, of an unknown source",
			"The climate conference concluded on Friday that Russia must cut its gas exports to Europe.",
			[]brief{{"", "REQUEST", "RUS", true, "", "concluded"}}},
		{"issuing a reminder that another must act demands it",
			"The Polish president issued a stern reminder to Belarus that it must respect the border.",
			[]brief{{"POLGOV", "REQUEST", "BLR", true, "", "issued"}, {"BLR", "SUPPORT", "", false, "hypothetical", "respect"}}},
		{"issuing a warning without a demand stays a warning",
			"Poland issued a warning to Belarus.",
			[]brief{{"POL", "THREATEN", "BLR", true, "", "issued"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestProtestTopic(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"a demand that is a blockade's purpose is its topic, not an event",
			"Thousands of Thais blocked roads in Bangkok to demand the prime minister's resignation.",
			[]brief{{"THACVL", "PROTEST", "THAGOV", true, "", "blocked"}}},
		{"a call a march makes is its topic",
			"Venezuelan students marched in Caracas calling for new elections.",
			[]brief{{"VENEDU", "PROTEST", "VENGOV", true, "", "marched"}}},
		{"a call a rally makes is its topic",
			"Algerian protesters rallied in Algiers to call for the president's resignation.",
			[]brief{{"DZAOPP", "PROTEST", "DZAGOV", true, "", "rallied"}}},
		{"a demand made without a protest stays a request",
			"Bolivia demanded the release of its citizens from Chile.",
			[]brief{{"BOL", "REQUEST", "CHL", true, "", "demanded"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestEnforcedOrder covers an authority ordering its own people, press
// or parties to stop, close, leave or disband: COERCE, where an order to
// another state stays a demand.
func TestEnforcedOrder(t *testing.T) {
	tests := []struct {
		name, text string
		want       [3]string
	}{
		{"a government ordering its opposition newspaper to suspend publication coerces the press",
			"Nicaragua's Sandinista government ordered the opposition newspaper La Prensa to suspend publication.", [3]string{"NICGOV", "COERCE", "NICOPPMED"}},
		{"a court ordering a reformist daily to stop publishing coerces it",
			"The Iranian judiciary ordered the reformist daily Shargh to stop publishing.", [3]string{"IRNJUD", "COERCE", "IRNOPP"}},
		{"police ordering protesters to leave a square coerce them",
			"Egyptian police ordered protesters to leave Tahrir Square.", [3]string{"EGYCOP", "COERCE", "EGYOPP"}},
		{"a junta ordering the opposition party to close its offices coerces it",
			"The Burmese junta ordered the opposition party to close its offices.", [3]string{"MMRGOV", "COERCE", "MMROPP"}},
		{"a government forcing a newspaper to close coerces it",
			"Zimbabwe's government forced the independent Daily News to close.", [3]string{"ZWEGOV", "COERCE", "ZWEMED"}},
		{"an order to another state to halt stays a demand",
			"The United States ordered Iran to halt its enrichment programme.", [3]string{"USA", "REQUEST", "IRN"}},
		{"an order to another state to withdraw stays a demand",
			"The Russian government ordered Ukraine to withdraw its troops.", [3]string{"RUSGOV", "REQUEST", "UKR"}},
		{"an order to the state's own army stays a demand",
			"The Thai prime minister ordered the army to leave Bangkok.", [3]string{"THAGOV", "REQUEST", "THAMIL"}},
		{"an order to the opposition to do what is no stopping stays a demand",
			"The Kenyan government ordered the opposition party to register its members.", [3]string{"KENGOV", "REQUEST", "KENOPP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, top(t, tt.text)); diff != "" {
				t.Errorf("top event of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestSaidNoAddressee covers saying verbs: what is said, however the
// parser hangs it from the verb, is no addressee, so "said" codes no
// event towards it; an addressee in a "to" phrase still is one.
func TestSaidNoAddressee(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // targets of events the saying verb triggers
	}{
		{"a government saying troops shelled villages addresses neither",
			"The Polish government said Russian troops shelled Ukrainian villages near Kharkiv.", nil},
		{"sources saying troops shelled villages address neither",
			"Russian troops shelled Ukrainian villages near Kharkiv, Polish military sources said on Monday.", nil},
		{"a ministry stating that rebels attacked a town addresses neither",
			"The Malian defence ministry stated that Tuareg rebels attacked the town of Kidal.", nil},
		{"a spokesman adding that police arrested students addresses neither",
			"Iranian police arrested dozens of students, a government spokesman added.", nil},
		{"a president claiming his army freed hostages addresses no one",
			"The Colombian president claimed the army freed French hostages.", nil},
		{"an official noting sanctions on Iran addresses no one",
			"A senior American official noted the sanctions on Iran.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range code(t, tt.text) {
				// A third party's claim accuses the claimed act's source
				// (TestClaimed): the accused is no addressee.
				if e.Type == "ACCUSE" {
					continue
				}
				switch e.Trigger {
				case "said", "stated", "added", "claimed", "noted":
					got = append(got, e.Target)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("targets of the saying verb in %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
