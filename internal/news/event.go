package news

import "time"

// An Event is one coded interaction between two actors, read from one
// sentence: who did what to whom, in CAMEO and PLOVER terms.
type Event struct {
	Source     ActorID `json:"source,omitempty"`
	Target     ActorID `json:"target,omitempty"` // zero when the event has none
	SourceCode string  `json:"source_code,omitempty"`
	TargetCode string  `json:"target_code,omitempty"` // CAMEO country+sector, e.g. "BLRGOV"
	// Type is the PLOVER type ("AGREE", "ACCUSE", "SANCTION", "ASSAULT");
	// empty for CAMEO statements and appeals, which PLOVER drops.
	Type  string `json:"type,omitempty"`
	CAMEO string `json:"cameo"` // e.g. "057"
	// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
	// conflict, 4 material conflict.
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	// Realized is false for events the sentence denies or only envisages;
	// Modality says which: "negated", "hypothetical", "threat", "promise",
	// "future" or "" when realised.
	Realized bool      `json:"realized"`
	Modality string    `json:"modality,omitempty"`
	Date     time.Time `json:"date,omitzero"`
	Span     Span      `json:"span"`    // the evidence sentence
	Trigger  Span      `json:"trigger"` // the verb
	Sentence int       `json:"sentence"`
}
