// Package actors finds the actors an article mentions and links each
// mention to a canonical actor of the knowledge base: an annotated
// nlp.Doc and the article's date in, []news.Mention out (sorted, not
// overlapping, each with its byte span, actor ID, CAMEO code at the date
// and how it was resolved).
//
// Resolve combines, sentence by sentence:
//
//   - KB matches (kb.Match: longest match, case- and diacritics-aware);
//     an ambiguous name goes to an actor already mentioned in the article,
//     then to one holding a role at the date, then to the first candidate;
//   - metonyms: a capital, "the Kremlin", "the White House" or "Brussels"
//     is the government (or the EU) it stands for, How "metonym" — unless a
//     locative preposition (in, at, to, from, near…) precedes it: then it
//     is a place and yields no mention at all, because a city where
//     something happens is not a party to it. Other cities the KB files
//     under a country stay mentions of that country;
//   - adjectives and possessives with agent nouns: "Belarusian troops" and
//     "Russia's military" become the country's sector actor ("BLRMIL",
//     "RUSMIL", whether or not the KB lists it), How "adjective"; a bare
//     adjective ("Russian gas") is the country;
//   - role descriptions: "the Belarusian leader", "Russia's foreign
//     minister", "the Russian president" become the person holding that
//     role (KB role title and country) at the article's date, How "role";
//     a title without a country ("the president") refers back to the last
//     person named in the article who holds it;
//   - title and name together ("Belarusian Prime Minister Sergei Rumas")
//     form one mention of the person;
//   - surnames referring back to a full name earlier in the article
//     ("Lukashenko" after "Alexander Lukashenko"), How "surname";
//   - discovery: people and organisations the KB lacks — NER spans (PER,
//     ORG) when the annotator filled Token.Ent, otherwise runs of two to
//     five PROPN tokens not after a locative preposition and holding no
//     month or weekday — become new actors, ID "NEW:"+kb.Key(name), How
//     "new". A single capitalised word is not taken alone (it is too often
//     a place) unless it is the surname of a new actor named earlier.
//     Discovered returns them as news.Actor values with the descriptor of
//     their appositive ("X, founder of Y", "political analyst X").
//
// Resolve does not resolve pronouns, does not use the dependency parse
// (the place-or-government test looks at the preceding word only) and does
// not merge new actors across articles: a store does that by ID.
//
// The rules are written here, not taken from a library: no Go entity
// linker exists, and the rules read the KB's own roles and agent nouns.
package actors
