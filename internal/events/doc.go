// Package events codes who did what to whom: an annotated nlp.Doc (tags,
// lemmas, dependency parse), the article's resolved actor mentions and its
// publication date in, []news.Event out, each with its source and target
// actors and their CAMEO country+sector codes, the CAMEO code, PLOVER type,
// quad class and Goldstein score, whether it was realised, its date, the
// evidence sentence and the trigger's span. Code is pure and safe for
// concurrent use.
//
// # Lexicon
//
// data/verbs.txt is converted by gen (go run ./internal/events/gen) from
// the PETRARCH2 CAMEO verb dictionary (MIT), and data/patterns.txt is
// hand-written in the same format and read first, so that it wins ties.
// One pattern a line, "lemma code [word...]": a verb and the words that
// must follow it, in order and at most five words apart, in its phrase
// ("impose 163 sanctions", "sign 057 peace &treaty"). The longest
// matching pattern wins, the bare verb last; code "---" codes nothing.
// The words' marks, most of them PETRARCH's:
//
//   - <word: among the six words before the verb ("kill 1831 <suicide
//     <bombers").
//   - &name: any member of a synonym set of data/synsets.txt (or of a
//     "&name word..." line of patterns.txt); a member of several words
//     ("golden_goblin_galleons") matches only as those words in a row.
//   - _word: right after the word before it (NEW_&TIETYPES_RELATIONS is
//     "new &tietypes _relations"); a first word "_out" right after the
//     verb (*_OUT), and "<in <_" right before it (IN_*).
//   - %: the pattern holds only for a compound target after the verb
//     ("* WITH %"); <% only for a compound source ("% * [030]": Jordan and
//     Britain agree). Each counts as a word of the pattern's length.
//   - $ and +: the source or target is the actor after the pattern word
//     before them ("+ * FROM $": was freed from Syria, Syria the source);
//     <+ makes the verb's subject its target (what it receives or
//     suffers); ^ skips one actor ("* IFTAR IN ^ +"). A slot the sentence
//     leaves empty places no one.
//   - code pairs A:B: A codes the event and B the same event the other
//     way ("032:033": who leaves for a place is received there); ":B"
//     codes only the event the other way.
//
// A verb of several words is written as PETRARCH marks it (WIRE_+TAP is
// "tap <wire <_", +CORDON_OFF "cordon _off"), and a headword that is the
// verb's own text (LEFT [032]) goes before its lemma's (LEAVE [012])
// when one of its patterns holds; a verb filed under an inflected
// headword (SAID, SHOT) is found among the forms PETRARCH makes of it.
//
// patterns.txt codes what the dictionary leaves out or codes against the
// PLOVER manual: ending a supply (162), a fight over a commodity (a
// dispute, 110), banning trade (163), protests, strikes and mobilisation
// (PLOVER's PROTEST and MOBILIZE; deploying or massing forces is 154, not
// the dictionary's joint operation), suing and indicting (ACCUSE), bare
// "take" (no seizure), sending or supplying arms (072, military aid),
// withdrawing an envoy (161), withdrawing inspectors, observers,
// monitors or aid workers (1662, 1663: SANCTION, not the military
// retreat "weapons inspectors" matched), shortening, relaxing or
// ending a curfew or state of emergency (0813, 0814, CONCEDE, as lifting
// them), enhancing freedoms (0811, CONCEDE),
// surrendering (0874, RETREAT). It also recodes verbs PETRARCH files
// under a synonym group of another sense, as the CAMEO codebook and the
// PLOVER manual file the verb itself: negotiating and mediating consult
// (046, 045), ratifying, signing any treaty, normalising relations and
// expressing support are SUPPORT, pardons and amnesty CONCEDE, funding,
// aiding, assisting and arming others AID, sharing intelligence or
// expertise COOPERATE, repatriating, freeing, disarming, withdrawing,
// returning territory, reopening a crossing and admitting aid workers or
// observers RETREAT, spurning, turning down, denying entry and vetoing
// (129) REJECT, embargoes, breaking off and downgrading relations
// SANCTION, massing or reinforcing forces, single-country drills and
// missile tests MOBILIZE, house arrest, harassment, closing newspapers
// and cutting the internet COERCE, hijacking, invading and executing
// ASSAULT; an authority ordering an act (the arrest, release,
// withdrawal, closure, curfew, patrols of) has done it, where bare
// "order" stays a demand. Some 180 bare verbs whose group default names
// an act they alone do not (increase, consider, face, reveal, upset,
// mourn, study, dominate, reside, pass, issue, lead, rule) code nothing
// on their own; their patterns with an object still code. A verb the
// dictionary leaves uncoded on
// its own takes the code of its class where the manual files it whatever
// its object (reject: 120; sanction: 163; slam: 111); urging does not, as
// the PLOVER gold codes what is urged. data/plover.txt maps CAMEO codes to
// PLOVER types (CAMEO2PLOVER-2021; a code absent there takes its
// parent's, and statements, 01, have none); data/types.txt corrects it
// where the manual differs (163 sanctions are SANCTION; appeals, 02, are
// REQUEST, "all requests, demands, and orders"; easing a curfew, 0813 and
// 0814, an apology, 055, are CONCEDE; a resignation, 0831, RETREAT;
// summoning an ambassador ACCUSE; an arrest warrant THREATEN; forgiving,
// 056, where the dictionary codes pardons and amnesty, CONCEDE).
// data/goldstein.txt gives the Goldstein score of CAMEO codes from the
// CAMEO scale (a code absent there takes its parent's). QuadClass follows
// the root (01-05 verbal cooperation, 06-08 material cooperation, 09-13
// verbal conflict, 14-20 material conflict). ReadDiscards adds PETRARCH
// discard phrases: a sentence holding one is skipped, and a "+" phrase
// drops the whole document.
//
// Matching is the coder's hot loop (a verb may have 500 patterns), so a
// lexicon compiles its patterns' words once its sets are read (term),
// finds which of a verb's first pattern words stand near it through an
// index of the words each may match (first.go), and a clause reads each
// token's lemma, relation, headword and phrase once (clause.go).
//
// # Coding
//
// Every VERB whose lemma the lexicon knows is a trigger, unless it is a
// participle modifying a noun ("a planned visit"), a clausal subject
// ("cutting transit would hurt"), or a word an earlier verb's pattern
// consumed ("stopped supplying" is one event). Verbs that halt another
// ("stop", "halt", "suspend") and have no pattern of their own take their
// code from the verb they halt: the end of cooperation reduces relations
// (160, 162 for supplies, 164 for talks), the end of force eases it (087).
// What an accusation alleges ("accused Minsk of allowing") is not coded.
// Nouns that name an event between two actors ("Russia's loan to Belarus",
// "EU sanctions on Minsk", "talks with") are triggers too, ranked after the
// verbs of their sentence.
//
// The source is the actor the nsubj phrase names (an xcomp or conj verb,
// and a participle set off by a comma, borrow their head's subject; a
// present participle modifying a noun takes that noun, and so does a past
// one with an object, a past tense the parser hung from its subject
// ("crowds burned down its embassy"); without an object a past participle
// bound to its noun reaches no subject beyond it, its source being its
// "by" phrase or unknown, unless the parse leaves the noun no verb of its
// own ("Russian troops crossed into Ukraine", "Thousands of students
// demonstrated", hung from a root "Thousands"); a relative clause takes
// the noun it modifies); in the passive it is under the "by" phrase and
// the target under nsubj:pass (but an adjectival passive without a "by"
// phrase, "Israel is opposed to", "forces were engaged in", is a state of
// its subject, who acts; a passive subject naming no actor is the object
// its patterns look for and the verb's oblique its target, "sanctions
// were imposed on Eritrea"; a passive investigation, arrest, detention or
// deportation without its agent is done by the country it happened in,
// "was arrested in Poland", as only a state does those within its
// borders); receiving verbs ("received a loan from Moscow")
// turn the event around, and so do dying verbs ("a prisoner died in
// Israeli police custody": ISRCOP → the prisoner; no other actor beside
// the verb, no source). The target is the actor under obj, iobj, obl or
// nmod (in its phrase, not in a clause hung from it, nor in an apposition
// that is the subject of a closing "said"), else the first actor among
// the verb's arguments (not in an apposition, a phrase of time or a
// clause set beside it); a possessor gives way to the actor it possesses
// ("meet Jordan's King Abdullah" is JORGOV). The parse is mended where it
// is plainly wrong: a verb read as an adjective of the noun after it
// ("police arrested opposition activists", "reduced food supplies") has
// that noun as its object and its phrase for its pattern; a day the
// parser made a subject ("Zia-Ul-Haq today rejected") is none; a list
// member hung as an apposition of a split subject ("Evil Mordor, the
// awful Fornost, and good Gondor") is one more subject when it names
// another country, as is one hung from the comma closing the list so far;
// over the parsers of a41d3e1 and 57f2d06 also: a verb read as an
// adjective of its object ranks as the clause's main verb; an
// infinitive hung as purpose beside a permitting verb's object is the
// object's; a verb right after a saying verb's object is its reported
// clause; a participle whose possessor hangs from it is attributive; a
// subject given to a closing "said" across a comma-set apposition is
// the reported verb's; a subject the parser carried past a swallowed
// "as"/"while"/"when" clause is stranded, so its participle is its verb;
// "alleged" and "suspected" before a noun code nothing. A pronoun or
// missing subject falls back to the nearest actor before the verb; a noun
// subject naming no actor ("crowds burned", "a roadside bomb killed"), an
// indefinite pronoun, an infinitive modifying a predicate noun ("Mordor
// isn't a place to visit") and a passive without its agent leave the source
// unknown (empty); "he" or "she" passes over countries to the person named
// before ("King Hassan of Morocco said he would host"). Speech verbs
// (say, tell, announce; CAMEO 01) are events only with a target: in "X said Y attacked Z" the embedded verb is coded
// on its own, Y → Z, and leads the sentence; but when X is a third party
// (neither Y's nor Z's country) the claim of force is coded as X accusing
// Y (112). "X said Y must do Z" is also X demanding of Y (CAMEO 100,
// REQUEST), triggered by the speech verb (or a finding: "concluded that";
// a noun with a modal, "must hand over", is Z's verb mistagged). Events of a sentence come typed
// first, then root-most, then in text order, so the first is the
// sentence's main event.
//
// Verbs that govern another's act: a complement of asking, telling,
// urging, ordering or allowing ("called on Russia to withdraw") is done
// by the verb's object, not realised, and keeps its own type; telling
// someone to act is a request (100). An effort, bid or campaign to act
// is the act, tried by the governing verb's subject, which codes nothing
// of its own ("continued their effort to overthrow"); a decision to act
// is the act ("decided to allow": the allowing, realised) unless the
// dictionary codes the decision with its complement ("decide 0356 to
// _withdraw"); an infinitive of purpose is done by its verb's subject ("travelled to Kyiv to meet
// Zelensky"). What another must do is demanded ("X said Y must do Z": X
// asks Y, CAMEO 100), also when a finding's author names no actor (the
// forum concluded that the US must: unknown source) and when it is the
// clause of an issued reminder, warning or statement, whose verb then
// codes nothing. Reported speech: "would" in a clause a speech verb
// reports is the speaker's "will" (future, not hypothetical); a pattern
// that makes the reported clause's subject its target ("NOTED + *")
// takes the reporter for its source; sources, witnesses and other
// attributions report force without claiming it. Civilians' act done to
// protest is a PROTEST (140), and their violence (18-20) during a
// demonstration, protest, rally or march a riot (145, PROTEST 'riot');
// a state's protest is diplomatic (114, ACCUSE 'disapprove'), and a
// request that is what a protest is about, an infinitive or participle
// clause of a sentence coding one ("blocked streets to demand reforms"),
// is its topic and codes nothing, as the manual asks.
//
// Addressees (addressee.go): an event whose sentence names no target
// (or names only its source) is aimed where the manual's definition of
// its type aims it: civilians' protest (14) at their own government
// ("thousands demonstrated in Kirkuk": IRQCVL → IRQGOV), a state's
// repression (17) at its own people; a state's own forces or police are
// what it mobilises (15), not the target. A place in the source's own
// country reached through a preposition of place ("surrendered in the
// town of Soroti", "withdrawal from the Bosnian town of Zepa",
// "demonstrated in Kabul against the Taliban") is no party to a retreat,
// protest or mobilisation (087, 14, 15): the act's other party, or its
// addressee, is the target; easing, repression or a threat at home keeps
// the place's people. A protest "in defiance of", "in protest at" or
// "in protest against" an actor is aimed at it, read from the words
// wherever the parser hung the phrase.
//
// Arguments (argument.go): forces sent, deployed or contributed aim at
// the place they go to, not the force or mission they join ("contribute
// troops to a peace-keeping force in Liberia": LBR; "refused to deploy
// peacekeepers in Iraq": IRQ). A clause under the verb whose subject is
// the source's own side (the source, or for a state its agents) has its
// object for the target ("the security chief warned that police will
// not tolerate rallies by the opposition": EGYOPP); another party as its
// subject stays the target ("Japan warned that China would invade":
// CHN), and a state's opposition, rebels or people are no side of it. A
// past tense the parser hung from a root participle it misread as the
// main verb ("workers affiliated with the union stopped work") shares
// the participle's subject, and a root noun's "from" phrase ("Doctors
// from two American aid groups donated") names the members, as its "of"
// phrase does. An authority ordering its own press, parties or people to
// stop, close, leave or disband coerces them (172, 1721 for the press:
// "ordered the opposition newspaper to suspend publication"), where an
// order to another state, or to the state's own army, stays a demand
// (100). Urging stays a request: the manual files "all requests,
// demands, and orders" under REQUEST and says nothing of coding what is
// urged as the urger's act, which older gold records do ("urged the
// European Community to support the PLO": SUPPORT). What a saying verb
// (say, state, claim, add, note) reports is no addressee, whatever the
// parser hung from it ("The Polish government said Russian troops
// shelled", troops read as its object): only a "to" phrase is. An
// infinitive a parser makes the clausal subject of a readiness
// predicate with an expletive "it" ("Latvia said it is prepared to
// lift") is what the predicate governs, not a topic.
//
// Object nouns: a verb of starting, ending or seeking codes the event
// its object noun names (began an inquiry into: 090, ACCUSE; ended
// mediation: 165; cut aid: 162; sought asylum: 023, REQUEST), over a
// dictionary pattern that matched other words of the phrase. Event nouns
// (nominal.go): a noun naming an event between its owner and its other
// party is a trigger ("Russia's loan to Belarus", "EU sanctions on
// Minsk", withdrawal from, arrest or expulsion of, shelling of,
// deployment to, protest against, criticism of, investigation into,
// threat against, meeting with; raid on, air strike on, kidnapping or
// execution of, crackdown on, ban on, release of, assistance to,
// cooperation with, recognition of, support for, apology to, rejection
// of, accusation against, warning to, ultimatum to), ranked after its
// sentence's verbs.
//
// Modality: "not", "never", "n't" or "no longer" on the verb → "negated" (unless the
// verb's pattern names the negation among the words before it, PETRARCH's
// "&NEGATVAUXVRB * OVER EFFORTS", whose code is the negated act); may, might,
// could, would, should, must → "hypothetical"; will, shall → "future"; "if" →
// "hypothetical"; a complement of promise/pledge/vow → "promise", of
// threaten/warn → "threat", of agree, prepared, ready, willing or
// committed → "promise", of plan/intend/consider/want/seek →
// "hypothetical" (the planning verb then codes nothing itself), of
// refuse/decline/fail/deny → "negated" (a participle of readiness the
// tagger reads as an adjective, "it is prepared to lift", is the verb),
// and so of the same words and
// their nouns (intention, threat, readiness, refusal) standing right
// before the infinitive's "to", however the parser hung it ("Greece,
// like other members, plans to impose", plans read as a noun); an
// attempt is the act. Such events
// are kept with Realized false. The PLOVER type folds modality in, as the
// manual asks: cooperation of any kind that is promised, planned or in
// the future is AGREE (but what another "must" do stays its own type),
// envisaged material conflict is THREATEN, cooperation refused ("will
// not send", "refused to send", "did not accept") REJECT; an act only
// reported as not done ("has not sent its own troops") or asked not to
// be done ("urged Minsk not to join", the asker's REQUEST) codes no
// event of its own; a
// seizure, capture or arrest between two armed parties is ASSAULT
// ("combatants captured during conflict should be coded as ASSAULT").
//
// Dates: When resolves a sentence's first date expression against the
// publication day (midnight UTC of the day the article names) and says
// how precise it is: a day ("yesterday", "on Thursday", "May 16", "16 May
// 2019", "from 14 to 25 September", "last week"), a month ("in May",
// "last month", "earlier this month"), a year ("in 2010", "in 2020-21",
// "last year") or a decade ("in the 1990s"). A yearless day or month is
// the nearest one to publication, but the latest on or before it when
// the event's verb is in a past tense ("was completed in October", read
// in June, is last October). Spans are counted back from publication to
// their unit: "three days ago", "six months earlier", "twenty years ago",
// "a decade ago"; "N years after ..." (or "since") dates only the clause
// it opens, up to its comma, and the sentence's other events skip it.
// "Later" and "before" count from a time the text tells, and forward
// words ("next week") keep the publication day. An event whose own verb
// is dated after publication is not realised (Modality "future"), its
// PLOVER type unchanged; a date ahead hung on another word is another
// act's, and the event takes the publication day.
//
// Coordinated actors give an event per pair ("Poland and Lithuania
// accused Belarus and Russia" is four events, and a subject the parser
// splits is still one); the partners of a compound subject without a
// target act on each other ("Jordan and Britain agreed" is JOR → GBR and
// GBR → JOR), as PETRARCH and PLOVER code them. An actor whose dictionary
// code is compound ("FRO/BIL/SAM", PETRARCH's one name for several
// actors) gives an event for each of its codes.
//
// # Quality
//
// `entente eval events` (internal/eval.Events) runs the real path on the
// PLOVER gold records and the PETRARCH2 unit tests, each split by a hash
// of the record id into a dev half, whose errors the rules above were
// written against, and a held-out half that only measures them; it sorts
// the dev misses by what is wrong (no event, type, source, target, both).
// Run it with
//
//	go run ./cmd/entente eval events
//
// On 2026-11-25, over the same annotator and resolver, dev / held-out /
// all: PLOVER type accuracy 0.571 / 0.518 / 0.543 at first, 0.750 /
// 0.608 / 0.677 at 8470a8d, 0.788 / 0.608 / 0.696 at 79858d0, 0.846 /
// 0.633 / 0.736 at 784bd8c (target 0.75); PLOVER (source, type, target)
// F1 0.330 / 0.307 / 0.318, 0.443 / 0.358 / 0.400, 0.535 / 0.371 / 0.453,
// 0.632 / 0.424 / 0.527 (target 0.60); PETRARCH2 (source, target, CAMEO)
// F1 with the suite's dictionaries and discards 0.507 / 0.528 / 0.518,
// 0.618 / 0.555 / 0.587, 0.689 / 0.620 / 0.655, 0.779 / 0.760 / 0.770
// (target 0.70). At d6661e8, with the resolver of 64e8691 (before /
// after this round's rules: riots, withdrawn inspectors, an intent
// before "to", eased curfews, a passive act's jurisdiction, a root
// quantity's "of" phrase, decisions): PLOVER type 0.846 / 0.633 / 0.736
// → 0.872 / 0.633 / 0.748, triple F1 0.639 / 0.424 / 0.530 → 0.671 /
// 0.424 / 0.546, PETRARCH2 0.781 / 0.760 / 0.771 unchanged; the demo's
// events unchanged but one ("several hundred people were detained at
// anti-war protests in Minsk" now has BLR for its source). The evening's
// round aimed at generality, each phenomenon written against a table of
// invented sentences (TestVerbSenses, TestAddressee, TestPassiveObject,
// TestProtestTopic) before re-measuring: verbs the dictionary files
// under another sense, bare group defaults, orders, addressees, passive
// objects, protest topics, diplomatic protests, dictionary ties, venues
// of talks and event nouns. At 16e202a, with the tagger of 25f1cd0 and
// the knowledge base of 5d20bd9 (before, the events package of 1156e3d /
// after): PLOVER type 0.865 / 0.651 / 0.755 → 0.885 / 0.663 / 0.770,
// triple F1 0.652 / 0.416 / 0.533 → 0.671 / 0.414 / 0.541, PETRARCH2
// 0.781 / 0.763 / 0.772 unchanged; the demo's events 208 → 200, mostly
// spurious bare verbs dropped (a fund "weighs", a diplomat
// "thinks", "tearing up her passport"), "reinforces border" MOBILIZE
// for COERCE, strikers and protesters against BLRGOV. The held-out half
// barely moves: its misses are not where the dev misses were. The
// night's round was about arguments, not verb senses: dev misses with a
// wrong source or target sorted by phenomenon (home places, forces
// sent, own-side subjects, defiance phrases, member subjects, enforced
// orders), each written against a table of invented sentences
// (TestHomePlace, TestStationedForces, TestOwnSideSubject,
// TestDefiedAuthority, TestMemberSubject, TestEnforcedOrder). Over the
// parser of 57f2d06 (before 0525267 / after f41e994): PLOVER type 0.885
// / 0.663 / 0.770 → 0.891 / 0.663 / 0.773, triple F1 0.671 / 0.408 /
// 0.537 → 0.703 / 0.414 / 0.556, PETRARCH2 0.781 / 0.763 / 0.772
// unchanged. Over the retrained parser of a41d3e1, which moved the
// baseline itself: type 0.865 / 0.651 / 0.755 → 0.872 / 0.651 / 0.758,
// triple F1 0.658 / 0.416 / 0.536 → 0.671 / 0.410 / 0.539, PETRARCH2
// 0.767 / 0.766 / 0.766 → 0.777 / 0.775 / 0.776 (the saying verbs'
// spurious addressees, which that parser brought); two of the dev fixes (troops
// contributed to a force in Liberia, workers affiliated with a union)
// no longer hold there, the new parse hanging the force from "said"
// and the workers elsewhere. The
// afternoon's rules (the marks and rules above) brought the last step; the actors' and lemmatiser's work around it
// moves the figures a little either way (triple F1 dev 0.626 and
// PETRARCH2 dev 0.783 at 693f061 with the resolver of its day). The
// held-out figures are the honest ones. Most remaining misses are the
// parser's (verbs tagged as nouns or hung as participles, subjects hung
// as appositions), the resolver's (agents and sectors: coordinated
// "lawmakers and officials in Fornost and Gondor"; officials in a country
// are not its government), and PLOVER gold records that follow an older
// manual (a promised withdrawal is AGREE there, CONCEDE in the 2021
// manual, so ploverType keeps AGREE).
//
// Because rules fitted to dev misses did not carry over to the held-out
// half, the frames round tested the coder on sentences it had never
// seen: TestFrames, 61 invented wire sentences of the commonest PLOVER
// frames (headlines, possessive ministries, passives with agents,
// compound subjects, talks between two parties, nominal summits,
// reported speech), written before the coder ran on them. As first
// written 34 of 61 passed; 49 once the coder's CAMEO actor codes were
// accepted where they are the convention (a capital is its government,
// gunmen UAF, a summons ACCUSE as the manual has it) and a triple coded
// twice counted once. Four frames failed in this package and were
// mended generally: a mutual noun whose parties a "between" phrase lists
// (between), forces a possessive pronoun gives the subject ("withdrew
// its troops from Gaza": ownAgents), blame laid with a copula under a
// saying verb (blame) and an attack on a country's positions
// (positions); 53 pass. A second batch of 20, written after those fixes,
// passed 14 as written (one miss the between reading's own: "welcomed
// the agreement between" is no agreement coded), and 18 pass now: a
// direct object stays the target when a pattern's slot names none, "was
// behind" blames, and between holds only for the clause's subject. The
// 10 misses left are kept as known, with their reasons:
// mostly the resolver's (a counterpart, a hyphenated pair, a village
// given the attacker's country, places the knowledge base lacks). The
// figures did not move (PLOVER type 0.872 / 0.657 / 0.761, triple F1
// 0.671 / 0.416 / 0.542, PETRARCH2 0.781 / 0.775 / 0.778), nor did the
// demo's events: the gold's misses and these frames barely overlap.
//
// Speed, with annotation excluded, over the demo texts:
//
//	go test ./internal/events -run '^$' -bench Code -count 5
//
// On 2026-11-25 the afternoon's rules had slowed it to about 9,000-13,000
// events a second; compiled pattern words, the first-word index and the
// clause's token tables brought it back. On a shared machine wall-clock
// figures swing with the load, so the old and new test binaries were
// measured side by side in CPU seconds (user+sys) of 1,001 iterations
// less those of one (the setup), GOMAXPROCS 1:
//
//	go test -c -o new.test ./internal/events
//	cd internal/events && /usr/bin/time -f "%U %S" ../../new.test -test.run '^$' -test.bench Code -test.benchtime 1001x -test.cpu 1
//
// Medians of three, per 1,000 iterations over the demo's 197 events:
// 4.41 s before the afternoon (2e7444b^), 5.72 at 784bd8c, 3.33 at
// eac28e6 (1.72 times faster than 784bd8c, 1.32 than 2e7444b^; about
// 59,000 events a second of one core's time); on the retrained tagger,
// 3.57 s at 1156e3d and 3.77 at 16e202a over 208 and 200 events, the
// same within the machine's noise (8,524 → 8,447 allocs/op). The
// arguments round (0525267 to 4fbe344): 3.05 → 3.07 s over 198 events,
// within noise (8,434 → 8,438 allocs/op); at a5cf292, on a busier
// machine, 3.17 → 3.21 s, the demo's events 198 → 192 (saying verbs
// that addressed what they reported), 8,427 allocs/op.
// The frames round (af0f8d9^ → d054fb6), whole runs of 1,001
// iterations, medians of three: 4.47 → 4.45 s, 8,450 → 8,485
// allocs/op.
//
// Code does not merge the same event across sentences or articles (the
// dedup stage's job), and reads English only. The rules are written here:
// PETRARCH2, the reference coder, is Python over CoreNLP constituency
// parses, and no Go event coder exists.
package events
