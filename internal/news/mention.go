package news

// A Mention is one place an article refers to an actor: by name, by a
// metonym ("the Kremlin"), by a role ("the Belarusian leader"), by an
// adjective ("Belarusian troops") or back to an earlier mention ("he",
// "Lukashenko" after "Alexander Lukashenko").
type Mention struct {
	Span  Span    `json:"span"` // byte offsets into Article.Text
	Text  string  `json:"text"` // Article.Text[Span.Start:Span.End]
	Actor ActorID `json:"actor"`
	// Code is the actor's CAMEO country+sector code at the article's date,
	// e.g. "BLRGOV" for Lukashenko in 2013 or "BLRMIL" for "Belarusian
	// troops"; empty when the actor has none.
	Code string `json:"code,omitempty"`
	// How says how the mention was resolved: "name", "alias", "metonym",
	// "role", "adjective", "surname", "pronoun" or "new" (an actor the
	// knowledge base lacks, found by NER).
	How string `json:"how"`
	// Sentence is the index of the sentence holding the mention.
	Sentence int `json:"sentence"`
}
