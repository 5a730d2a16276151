package news

// A Bucket counts the articles published in one period: "2020-08" for a
// month, "2020" for a year. Timelines (attention over time) are lists of
// them, oldest first.
type Bucket struct {
	Period string `json:"period"`
	Count  int    `json:"count"`
}
