package quotes

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// openers start a sentence before a name and are no part of it: "But
// Arroyo said" is Arroyo, whom a resolver reading capitalised runs may
// have taken as "But Arroyo".
var openers = set(`but and yet so still meanwhile however now then also or nor`)

// bareName takes the word opening the sentence off a speaker's name that
// the resolver took it in with. The fragment's actor ("NEW:but arroyo")
// is no one's, so it goes, for surname to link the name that is left.
func (f *finder) bareName(sp speaker) speaker {
	i := f.tokAt(sp.span.Start)
	if !sp.ok || i+1 >= len(f.toks) || f.toks[i].Span.Start != sp.span.Start || f.first[f.toks[i].sent] != i ||
		!openers[strings.ToLower(f.toks[i].Text)] || f.toks[i+1].Span.End > sp.span.End || !capitalised(f.toks[i+1].Text) {
		return sp
	}
	sp.span.Start = f.toks[i+1].Span.Start
	sp.text, sp.actor = f.text[sp.span.Start:sp.span.End], ""
	return sp
}

// surname links a speaker of one capitalised word that no mention linked
// to the person last named in full before it with that last word ("Oduya"
// after "Grace Oduya"), or to the actor the resolver linked the same word
// to elsewhere, else the person last named with it first ("Li" after "Li
// Jifeng", family name first), as news copy names a person in full once and by surname
// after, and resolvers miss some of the surnames. Bodies are left out:
// "Labs" is not "Harbor Labs".
func (f *finder) surname(sp speaker) speaker {
	if !sp.ok || sp.actor != "" || sp.text == "" || strings.ContainsAny(sp.text, " ") || !capitalised(sp.text) {
		return sp
	}
	if _, pron := pronouns[strings.ToLower(sp.text)]; pron {
		return sp
	}
	var best *news.Mention
	for i := range f.ms {
		m := &f.ms[i]
		if m.Actor == "" || m.Span.End > sp.span.Start && m.Text != sp.text || m.How == "adjective" || m.How == "pronoun" ||
			m.Text != sp.text && !strings.HasSuffix(m.Text, " "+sp.text) || f.inQuote(m.Span.Start) || f.organisation(*m) {
			continue
		}
		if best == nil || m.Span.Start > best.Span.Start {
			best = m
		}
	}
	if best == nil {
		// A family name written first, as Chinese and Korean names are
		// ("Li" after "Li Jifeng").
		for i := range f.ms {
			m := &f.ms[i]
			if m.Actor != "" && m.Span.End <= sp.span.Start && m.How != "adjective" && m.How != "pronoun" &&
				strings.HasPrefix(m.Text, sp.text+" ") && !f.inQuote(m.Span.Start) && !f.organisation(*m) &&
				(best == nil || m.Span.Start > best.Span.Start) {
				best = m
			}
		}
	}
	if best != nil {
		sp.actor = best.Actor
	}
	return sp
}

// nameConjunction reports an "and" inside the name of a body: "the
// National Security and Defence Council", "the Food and Drug
// Administration", "the ministers of France and Germany". Capitalised
// words stand on both sides and the capitalised run before it opens after
// "the" or "of"; names the resolver found on either side ("Berg and Hale")
// are coordinated speakers, which coordination takes apart.
func (f *finder) nameConjunction(i int) bool {
	if w := f.toks[i].Text; w != "and" && w != "&" || i < 2 || i+1 >= len(f.toks) {
		return false
	}
	if !capitalised(f.toks[i-1].Text) || !capitalised(f.toks[i+1].Text) || f.mentionEnding(i-1) != nil {
		return false
	}
	if _, ok := f.mentionOver(f.toks[i+1].Span.Start, f.toks[i+1].Span.End); ok {
		return false
	}
	b := i - 1
	for b > 0 && capitalised(f.toks[b].Text) && !strings.EqualFold(f.toks[b].Text, "the") && f.toks[b-1].sent == f.toks[i].sent {
		b--
	}
	w := strings.ToLower(f.toks[b].Text)
	return b < i-1 && (w == "the" || w == "of") && f.toks[b].sent == f.toks[i].sent
}
