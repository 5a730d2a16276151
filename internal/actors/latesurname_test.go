package actors_test

import "testing"

// TestNamesNERCut holds names the recogniser tags in part or not at all,
// which the article's own words complete.
func TestNamesNERCut(t *testing.T) {
	tests := []struct {
		name, text, mention, actor string
	}{
		{"a surname alone later in the article is the person named before",
			"Rico Velinsky, a German engineer, was sentenced in Minsk in June. Lukashenka pardoned Velinsky on 30 July.",
			"Velinsky", "NEW:rico velinsky"},
		{"a given name at a sentence's start belongs to the surname after it",
			"Rico Velinsky was among 26 people freed on Thursday.", "Rico Velinsky", "NEW:rico velinsky"},
		{"a union's name runs on past of",
			"About 40,000 teachers affiliated with the Nigerian Union of Teachers stopped work on Monday.",
			"Nigerian Union of Teachers", "NEW:union of teachers"},
		{"a movement's name keeps every capitalised word before its head",
			"The Democratic Progress Movement of Kenya called a strike.", "Democratic Progress Movement", "NEW:democratic progress movement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkActor(t, tt.text, "2024-08-02", tt.mention, tt.actor)
		})
	}
}
