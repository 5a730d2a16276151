package actors

import (
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// lateSurnames links the surnames of new actors named earlier in the
// article that NER left untagged here ("Lukashenka pardoned Krieger" after
// "Rico Krieger"): a capitalised proper noun standing alone, not a
// sentence's first word, that is a new actor's surname or acronym is that
// actor, as it is when NER tags it as a person. A statistical tagger misses a name in
// one sentence that it found in another; the article's own earlier full
// name is better evidence than the tagger's silence or its other type.
func (st *state) lateSurnames(si int, toks []nlp.Token, used []bool) {
	if len(st.fresh) == 0 {
		return
	}
	first := firstWord(toks)
	for i, t := range toks {
		if used[i] || !properNoun(t) || i == first ||
			i > 0 && properNoun(toks[i-1]) || i+1 < len(toks) && properNoun(toks[i+1]) {
			continue
		}
		id, ok := st.fresh[kb.Key(t.Text)]
		if !ok {
			continue
		}
		mark(used, i, i+1)
		st.emit(news.Mention{Span: t.Span, Actor: id, How: "surname", Sentence: si})
	}
}
