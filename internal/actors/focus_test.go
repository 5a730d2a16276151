package actors_test

import "testing"

func TestFocusCountry(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"a ministry in a sentence naming no country is the article's country's", "Protests spread across Kenya. The Interior Ministry banned the rallies.", "Interior Ministry", "KENGOV"},
		{"police in a sentence naming no country are the article's country's", "Protests spread across Kenya. The Interior Ministry banned the rallies. Police fired tear gas.", "Police", "KENCOP"},
		{"a supreme court is the article's country's judiciary", "Kenya held elections on Tuesday. The Supreme Court later annulled the result.", "Supreme Court", "KENJUD"},
		{"a central bank is the article's country's government", "Turkey's lira fell again. The central bank raised rates.", "central bank", "TURGOV"},
		{"a story of two countries has no main one", "Kenya and Uganda signed a deal. The parliament approved it.", "parliament", ""},
		{"a country named twice as often as the other is the main one", "Kenya and Uganda signed a deal. Kenya hailed it. The parliament approved it.", "parliament", "KENLEG"},
		{"a country of the sentence outranks the article's", "Protests spread across Kenya. The Interior Ministry said two Syrian nationals were arrested.", "Interior Ministry", "SYRGOV"},
		{"people, who may be anyone's, do not take the article's country", "Protests spread across Kenya. Officials said the rallies were banned.", "Officials", ""},
		{"an armed group the KB lacks takes no country from the article", "Protests spread across Kenya. The Rift Army attacked a police post.", "Rift Army", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCode(t, tt.text, "2015-01-01", tt.mention, tt.want, false)
		})
	}
}

func TestCounterpartCountry(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"lawmakers voting on relations with a country are not its", "Lawmakers approved a bill on relations with China.", "Lawmakers", ""},
		{"students protesting against a country are not its", "Students protested against Israel on Monday.", "Students", ""},
		{"officials meeting a country's officials are not its", "Officials met with Chinese officials on Monday.", "Officials", ""},
		{"missiles from a country are its", "The missiles could reach them from Russia as well.", "missiles", "RUSMIL"},
		{"a country named as the scene still counts", "Lawmakers in Peru approved a bill on relations with China.", "Lawmakers in Peru", "PERLEG"},
		{"a country that is the subject still counts", "Lawmakers in Kenya met Ugandan envoys.", "Lawmakers in Kenya", "KENLEG"},
		{"protesters in a country's only sentence are its", "Protesters clashed with police in Kenya on Monday.", "Protesters", "KENOPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCode(t, tt.text, "2015-01-01", tt.mention, tt.want, false)
		})
	}
}
