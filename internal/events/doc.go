// Package events codes who did what to whom: an annotated nlp.Doc (tags,
// lemmas, dependency parse), the article's resolved actor mentions and its
// publication date in, []news.Event out, each with its source and target
// actors and their CAMEO country+sector codes, the CAMEO code, PLOVER type,
// quad class and Goldstein score, whether it was realised, its date, the
// evidence sentence and the trigger verb's span. Code is pure and safe for
// concurrent use.
//
// # Lexicon
//
// data/verbs.txt is converted by gen (go run ./internal/events/gen) from
// the PETRARCH2 CAMEO verb dictionary (MIT): one pattern a line, "lemma
// code [word...]", a verb and the words that must follow it, in order, in
// its clause ("impose 163 sanctions", "sign 057 peace &treaty"); "&name" is
// a synonym set of data/synsets.txt. The longest matching pattern wins and
// the bare verb comes last; code "---" codes nothing. data/plover.txt maps
// CAMEO codes to PLOVER types (CAMEO2PLOVER-2021; a code absent there takes
// its parent's, and statements and appeals, 01 and 02, have none).
// data/goldstein.txt gives the Goldstein score of CAMEO codes, from the
// CAMEO scale (a code absent there takes its parent's);
// QuadClass follows the root (01-05 verbal cooperation, 06-08 material
// cooperation, 09-13 verbal conflict, 14-20 material conflict).
//
// # Coding
//
// Every VERB whose lemma the lexicon knows is a trigger. Its source is the
// actor under its nsubj (an xcomp or conj verb borrows its head's
// subject: "agreed to cooperate"); in the passive the source is under the
// "by" phrase and the target under nsubj:pass. The target is the actor
// under obj, iobj, obl or nmod, else the first actor after the verb in its
// subtree ("demanded that Israel withdraw"). A pronoun or missing subject
// falls back to the nearest actor before the verb in the sentence; a
// passive without a "by" phrase has an unknown (empty) source. Speech
// verbs (say, tell, announce; CAMEO 01) are events only with a target:
// in "X said Y attacked Z" the embedded verb is coded on its own, Y → Z.
// "X said Y must do Z" is also X demanding of Y (CAMEO 100, REQUEST),
// triggered by the speech verb.
// Events of a sentence come typed first, then root-most, then in text
// order, so the first is the sentence's main event.
//
// Modality: "not", "never" or "n't" on the verb → "negated"; may, might,
// could, would, should, must → "hypothetical"; will, shall → "future"; "if" →
// "hypothetical"; a complement of promise/pledge/vow → "promise", of
// threaten/warn → "threat", of agree, prepared, ready, willing or
// committed → "promise", of plan/intend/consider/want/seek →
// "hypothetical", of refuse/decline/fail/deny → "negated". Such events are
// kept with Realized false.
//
// Dates: Date resolves "yesterday", "on Thursday", "May 16", "last week",
// "in 2010", "earlier this month" and the like against the publication
// date; the first expression of the sentence dates all its events.
//
// Coordinated actors give an event per pair ("Poland and Lithuania
// accused Belarus and Russia" is four events); the partners of a compound
// subject without a target act on each other ("Jordan and Britain agreed"
// is JOR → GBR and GBR → JOR), as PETRARCH and PLOVER code them.
//
// # Quality
//
// `entente eval events` (internal/eval.Events) runs the real path on the
// PLOVER gold records and the PETRARCH2 unit tests. First version, on
// 2026-11-25: PLOVER type accuracy 0.53 and (source, type, target) F1
// 0.29 (targets 0.75 and 0.60); PETRARCH2 (source, target, CAMEO) F1 0.52
// with the suite's dictionaries (target 0.70). Most misses are sentences
// with no coded event: verbs the tagger calls adjectives, verbal nouns
// ("riots", "a hunger strike"), verbs the PETRARCH dictionary leaves
// uncoded (refuse, strengthen), and actors the resolver does not find.
// BenchmarkCode: about 44,000 events and 68,000 sentences a second on one
// core over the demo texts (annotation excluded).
//
// Code does not code verbal nouns ("the attack on"), does not merge the same event across sentences or articles (the
// dedup stage's job), and reads English only. The rules are written here:
// PETRARCH2, the reference coder, is Python over CoreNLP constituency
// parses, and no Go event coder exists.
package events
