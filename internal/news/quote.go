package news

// A Quote is speech attributed to an actor in one article.
type Quote struct {
	Text    string  `json:"text"`              // the quoted words, without the quotation marks
	Speaker ActorID `json:"speaker,omitempty"` // zero when unattributed
	// SpeakerText is how the article names the speaker ("he", "the Foreign
	// Ministry", "Lavrov") and Descriptor what it says of them ("Russia's
	// foreign minister").
	SpeakerText string `json:"speaker_text,omitempty"`
	Descriptor  string `json:"descriptor,omitempty"`
	Cue         string `json:"cue,omitempty"` // "said", "warned", "according to"
	Direct      bool   `json:"direct"`        // quoted words, not indirect speech
	Span        Span   `json:"span"`          // the quoted words, byte offsets into Article.Text
	SpeakerSpan Span   `json:"speaker_span"`  // zero when there is no speaker in the text
	Sentence    int    `json:"sentence"`
}
