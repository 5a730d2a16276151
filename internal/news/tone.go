package news

// Tone is the sentiment of a text, in GDELT's fields: Tone = Positive -
// Negative, both as percentages of words, Polarity = Positive + Negative,
// over WordCount words.
type Tone struct {
	Tone      float64 `json:"tone"`
	Positive  float64 `json:"positive"`
	Negative  float64 `json:"negative"`
	Polarity  float64 `json:"polarity"`
	WordCount int     `json:"word_count"`
}
