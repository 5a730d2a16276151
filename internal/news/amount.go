package news

// An Amount is a number with what it counts, as GDELT's knowledge graph
// records them: "$1.5 billion" in loans, "56%" devaluation, "100,000"
// protesters, "4 billion cubic metres" of gas.
type Amount struct {
	Text     string  `json:"text"`             // as written
	Value    float64 `json:"value"`            // normalised: 1.5e9
	Unit     string  `json:"unit"`             // ISO 4217 currency, "%", "t", "bbl", "m3", "troops", "people", ...
	Kind     string  `json:"kind"`             // "money", "percent", "quantity"
	Object   string  `json:"object,omitempty"` // what it counts: "loan", "gas", "protesters"
	Span     Span    `json:"span"`             // byte offsets into Article.Text
	Sentence int     `json:"sentence"`
}
