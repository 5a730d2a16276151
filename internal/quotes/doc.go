// Package quotes finds quotations and reported speech in an annotated
// article and attributes them to speakers: *nlp.Doc plus the article's actor
// mentions → []news.Quote, in text order.
//
// Direct quotes are found by pairing quotation marks in the raw text: “ ”,
// " ", « », „ “, ‚ ‘, two backquotes and two apostrophes (as text from the
// Penn Treebank, PARC's source, prints them) and ‘ ’ (a ’ closes a quote
// only when no letter follows it, so "don’t" stays a word); a straight "
// closes a quote opened by “ (and ” one opened by ") when no mark of the
// opener's style closes it later in the paragraph (one that opens the
// next quote, after a space and before a word, closes nothing: '"And I
// asked, why?” said Hill. "And he said ..."'), as copy typed in two
// editors mixes them. Marks of another style inside a
// quote are nested quotes and stay in its text. A quote left open at the end
// of a paragraph continues when the next paragraph opens with the same mark,
// as newspapers print long quotations, wherever in its paragraph it opened
// ("...," she said. "Four hundred people ..." ¶ "We asked ..."); each
// paragraph becomes its own Quote and they share one speaker. A quote broken by its attribution ("We will
// not," he said, "give up.") is two Quotes with the same speaker, as the gold
// file and most attribution corpora count them. A comma closing the quote
// inside its marks ("...for decades," he said) is the sentence's and is
// left out of Text and Span alike. A quote of fewer than four
// words counts only with its cue or speaker within three tokens of it, or
// inside a clause a cue earlier in the sentence reports (then it is that
// speaker's); otherwise it is a scare quote or a term (the "milk war" of
// 2009) and is dropped, as PARC does. An unattributed quote with no verb is
// the title of a document or an event and is dropped too, and a quote that
// is a paragraph of its own (numbered or not) ending without punctuation is
// a crosshead (3. “Not some irregular channel”). A short quoted phrase with
// the writer's words right after it inside a reported clause is part of
// that report, as PARC and PolNeAR mark content ("said she was “deeply
// moved” by the decision" is one indirect Quote, as is "was known for
// "ruling like a king" at home, Berg said" with the cue after the
// clause), and so is a quote of
// any length that ends the clause after the writer's words, as the news
// gold marks it ("said its forces would remain “for several more
// years”", "recalled it “vividly”"); a noun phrase ending the clause, a
// term the writer quotes ("close to its “older brother”"), or a
// capitalised name ("the “Iron Shield” drills") stays the quote.
//
// Indirect speech is a cue verb from a data list of lemmas (say, tell,
// warn, add, stress, announce, accuse, claim, ..., and beliefs as PARC
// counts them: think, believe, expect, fear; the Russian, Ukrainian and
// Belarusian заявил, повідомив, сказаў) or a source cue, "according to X,"
// / "по словам X," / "по данным X," / "за словами X,", with the reported
// clause as the span: the words after "that" (or after the
// cue and its addressee, when a finite verb follows soon), or before ", X
// said." (or ", X told us.") at the end of a sentence; a cue set inside the sentence ("The
// talks, Berg said, had failed") reports the whole sentence, one span. Verbs that take an object and an
// infinitive (ask, urge, accuse, announce) report only with "that". The
// clause ends at the sentence's end, at a semicolon, or where the writer
// takes over: ", and Prime Minister X has asked", ", while", ", claiming"
// (not ", including"), an occasion (", on his first visit to Minsk"), a
// clause or participle of time (", after the company lost its biggest
// customer", ", after meeting Berg"; "after" with no comma goes on), a
// time distance (", two weeks after ..."), the medium that carried it
// (", as reported by Belta"; "said, according to Reuters" is the medium
// too, not the speaker), a clause of the writer's after ", as" ("...,
// as he deflected attacks"), the main clause after a report inside a
// clause opened by while, though, because, ... ("While Berg said A, the
// ministry did B"), or a second reporting verb of the same subject ("said
// that A and described B", a cue of its own). A verb after as, while,
// because or when is no reported clause's ("claimed victory as the votes
// were counted"); the words before ", X said" report only when they hold a
// verb ("Then, last week, Swift posted" reports nothing), and a bare day
// may follow the cue ("the ministry announced Monday"). A finite
// verb right after "and" is the cue's own ("denied the allegations and
// declined to comment" reports nothing), and so is a past with no subject
// after a reported clause with a modal ("said the border would reopen,
// but gave no date"), which would have shared the modal.
// A cue whose subject follows a relative pronoun reports the relative
// clause's predicate ("the men who officials said had fled to Poland",
// "the strike, which it said had hit only military targets", its "it"
// the main clause's subject), up to a comma or the main clause's verb
// ("The plan that Berg said would save money was dropped").
// A cue noun after a name's possessive reports its that-clause, the
// possessor its speaker, as PARC annotates nominal cues ("Berg's claim
// that the vote was rigged was rejected": up to the main clause's verb).
// "said that A and that B" is one Quote, as PARC annotates coordinated
// content under one cue, and so is a belief after "and" with no subject
// of its own ("said she did not want to judge it, and thinks it could
// work"), as the news gold marks it. A cue inside a reported clause whose subject is
// the reporter again ("said that he had warned X that ...") is part of
// that report, not a Quote of its own. What "according to" a medium holds
// that is another speaker's report, cue and all, up to its end ("according
// to NPR's Feng, Li wrote in a blog post that A") is that speaker's alone:
// A, Li's.
//
// Russian and Belarusian cues include telling and believing (рассказал,
// считает, кажа), and "как рассказал X, ..." reports like "according to
// X, ...".
//
// The speaker of "X was quoted as saying" is X, and of "Interfax quoted X
// as saying" X too; of "X is reported (said, understood) to have said"
// and "X was heard saying" X, the subject of the passive that raised the
// cue; of "X went on to say that" and "X responded by saying that" X,
// the subject of the verb the cue hangs on (not of "declined to say",
// "tried to suggest", "urged Y to say", nor the writer's "we"); of "it was
// reported by X that" the agent X. The
// subject of a passive "told" heard the words: their speaker is the sender
// of a document the sentence names ("In a company email sent by chairman
// Marcelo Claure, employees were told that"), else nobody named. A lead-in
// without a cue (Hale was blunt: "...") gives a long quote to its subject.
//
// The speaker is the mention next to the cue: the subject of the cue verb
// when the parser has filled Head and Rel (of two, the one nearest the
// cue; for a cue coordinated with an earlier verb, that verb's subject,
// or the subject of the cue whose report holds that verb: "said the talks
// had failed and warned that" is warned by who said it),
// else the noun phrase ending just
// before the cue ("Russia's foreign minister Sergei Lavrov said", "Lavrov,
// the foreign minister, said") or starting just after it ("said Lavrov").
// The words of that noun phrase beside the mention, and a title the
// mention takes in ("Lithuanian Prime Minister Ingrida Šimonytė"), are its
// Descriptor when they say who the speaker is: an honorific or a title
// alone ("Mr", "Prime Minister"), a possessive alone ("Ukraine's") and a
// gerund's phrase ("прагаласаваўшы ў Мінску", "having voted") are none;
// an indefinite article stays in the speaker ("a Nato official" is an
// official, as PARC marks sources), as do a possessive pronoun ("Her
// campaign") and "close to" ("a source close to the talks"); one who
// speaks for another ("Berg's spokesman", "a lawyer for Kowalska", "a
// source close to the minister") is described by that other. A person
// named in apposition to a description before the cue ("Berg's spokesman,
// Jan Nowak, said", "The agriculture minister, Tomas Berg, said",
// "Another diplomat, former special envoy to Ukraine Kurt Volker, said")
// is the speaker, described by it, as after an inverted cue.
// A quantifier or demonstrative heads a speaker's phrase ("Those in favor
// of punishment have said"), a platform after "on" is part of it ("one
// user on Weibo"), a day is not ("A spokesman on Monday said"); a cue with a subject of its own does not
// share the subject of the verb it is coordinated with ("He asked Morrison
// ..., but Morrison's lawyer said"); a participle's speaker (", admitting
// that") is the subject past a phrase the sentence opens with ("In an
// interview with the FBI, Webb confessed").
// A relative clause on the speaker ("a lawyer who represents detainees
// said") is skipped, and so is a cue inside one set off by commas after a
// quote ("“...,” Berg, who has been accused of corruption, told
// reporters"), whose own report ends where the main predicate resumes
// ("who said last week that she would resign, told the BBC"); a person's name in apposition to a description after
// the cue is the speaker ("said another witness, former adviser Fiona
// Hill", and a name no mention holds that ends the sentence: "said a
// ministry spokesman, Jan Nowak"); "the 56-year-old" is the person named in the nearest sentence
// before; coordinated names ("Lithuania, Latvia and Poland
// said") are one speaker as written, whose actor is the first of them; a participle between a
// determiner and a noun ("a Moscow-based analyst") stays in the phrase,
// and an unknown name stops at a known actor before it.
// A pronoun ("he said") takes the first person mention, outside quotes, of
// the nearest sentence before it that has one (the subject more often than
// the object), unless a speaker was attributed since; "he" after "an
// Iraqi Kurdish man said" keeps that description as its Descriptor.
// "He" and "she" skip people an honorific (Mr., Ms.) or a Slavic or Baltic
// surname (Kowalska, Petrov, Šimonytė; not a romanised "-in", which English
// names share: Coughlin) or a common given name (Viktor, Ellen) marks as
// the other gender, and "she" prefers a woman an honorific or a surname
// so marks to a name that does not tell (a given name only rules out:
// preferring by it took "she" past the nearer speaker in real copy). "They"
// carries the description of a group that spoke a sentence or two before
// ("Western officials said ... They added"). "It" prefers a body that spoke in the sentence before and carries its words
// ("It urged" after "Ukraine's foreign ministry said"). A pronoun is a
// whole noun phrase: the words before a cue stop at it. Which
// mentions are people is Finder.Person's to say, or a guess from how the
// mention was resolved, its actor ID, and for actors the knowledge base
// lacks the recogniser's tag. A definite title ("the ministry
// said") takes the most recent mention whose text holds its head noun or
// that stands in apposition to it ("watchdog Rosselkhoznadzor", not the
// possessor in "Russia's watchdog"), else the unresolved name right after
// that noun, else the whole description as written ("the sales director
// of a furniture factory in Babruisk"); a noun phrase with no mention ("a cashier at a Minsk exchange office") is
// kept as SpeakerText with no actor. A direct quote with no cue that stands
// as its own sentence continues the speaker of the quote just before it,
// across one paragraph break (a blank line is one) at most, and a quote
// closed by its own full stop is not attributed by a cue after it that
// reports a clause of its own (“It is over.” Kowalska, however, said the
// fight would go on); a title's or an
// initial's stop in the attribution between them ends no sentence ("Dr.
// Luz Contreras Arroyo ... told NBC News.").
//
// Speakers are traced to their source (source.go). A document speaks for
// its issuer, kept as the title it is with the issuer as Descriptor: "a
// statement from the Interior Ministry", "a statement issued on Monday by
// the Interior Ministry" (a participle, then "by" within ten words), "the
// statement said" after "the US military said in a statement", "the Coast
// Guard report", "the report from InfoNation"; "it says" right after a
// sentence bringing up a statement is its issuer too. "The company" or
// "the agency" with no mention holding the word is the group that last
// spoke as such ("The group, WeWorkers Coalition, announced ... the group
// said"), else the organisation named last, else the last speaker the
// tagger marked an organisation ("Eastgate Records said ... The company
// said"). "They" that no group spoke
// before is the organisation that opened one of the two sentences before
// as its subject, as British copy writes bodies in the plural ("Big
// Machine have denied it ... they said"), else names coordinated as the
// subject of a sentence before, a name with a name or with a plural noun
// phrase ("Berg and Kowalska met ... They said", "Gov. Eric Holcomb and
// leaders of the Legislature have avoided ... They seem ... they said":
// the group, whose actor is the first, read past sentences whose subject
// is "they" again), and a "they" so resolved carries it to the next. The
// object of a causative speaks the infinitive cue after it ("prompted
// some users to argue that"). A title matches a person once named with it, written
// short too ("the governor" is "Gov. Eric Holcomb" paragraphs before, not
// a governor named since), whose latest mention counts (Holcomb named
// since is nearer than Gov. Matt Bevin), even where the resolver read the
// title alone as a body (governor: the state's government); the name is
// the speaker's Descriptor, as a pronoun's antecedent is. A definite
// description of no title that opens the sentence after one whose subject
// is a person is that person ("Eyamba Sowers didn't know ... The real
// estate agent said"). Where the resolver cut a name short, the
// speaker takes back the capitalised run after it ("Dan" of "InfoNation
// President Dan McDowell", "Dick Clark" of "Dick Clark Productions") or
// the head of a body's name before "for"/"of" ("Prevention" of "the
// Chinese Center for Disease Control and Prevention"), dropping the
// fragment's actor; and a full name linked once is found again where the
// resolver missed it, so that "she" after it finds it. Pronouns and
// titles see every speaker before them, of direct quotes and reports
// alike: the direct quotes are attributed twice, before and after the
// reports.
//
// A speaker's span is what attribution corpora mark as the source (name.go,
// phrase.go). A person's name goes without the title the resolver took in
// with it, American ones too ("U.S. Attorney", "NFL Insider", "Rep.", a
// player's position: "Browns DL Sheldon Richardson" is Sheldon Richardson,
// described as Browns DL), and without the word opening the sentence ("But
// Arroyo"). A surname no mention linked is the person last named in full
// with it, or the actor the resolver linked the same word to elsewhere,
// else the person last named with it first ("Li" after "Li Jifeng"). A
// description is its whole noun phrase, as PARC marks it: "NASA's
// scientists", "some Indiana protesters", "authorities in Beijing"; a
// quantifier standing alone is one too ("Many have voiced concerns",
// "Another said:"). The noun a relative clause hangs on speaks for it ("a
// nurse who described the ward as"), not the object after the cue.
//
// Cues include manners of speaking (quip, joke, boast, lament, retort,
// exclaim), a verb voicing a cue noun ("voiced concerns that", "expressed
// the hope that", reporting only with "that"), and report with a clause
// and no "that" ("Politico reported the aid had been paused"). A
// participle right after a quote (“...,” adding “...”; after a quote
// inside a report the report's speaker's, and a cue of its own) or after the object
// of a verb or preposition ("sent a letter to the unions last week saying
// that") is said by the clause's subject. What a cue describes its object
// as is its speaker's words however far the cue ("described the decision
// as “a disgrace”"), and a quote coordinated with a quote before it
// (chanted “A,” and “B”) shares its speaker. A gerund may open a reported
// clause ("said returning to the moon was necessary"), a past form right
// after a plural subject with no finite verb after it is finite whichever
// way the tagger read it, and "who" right after a name or a day opens a
// relative clause, no report. "According to X" after a clause of time
// (after, before, as, when) or ", and" vouches for that clause, not the
// sentence it hangs on; after a contrast (while) for both facts. A straight
// mark after a space closes the open quote ("ourselves? " she wrote), and
// a closing mark before a capital opens one (said: ”Bird flu ...”). Words
// the tagger misreads as verbs inside a speaker's phrase ("an arms control
// expert") or right after an article stay nouns. A condition may open a
// reported clause ("said if A, B"; "asked if" stays a question), a subject
// may run fourteen tokens to its verb, not counting an aside between
// dashes, or open with an approximate number ("reported at least 5,000
// people entered"), a past form after a subject pronoun is its verb
// whatever the tagger read ("said she related to him"), a participle opening the sentence
// is said by the main clause's subject ("Arguing that A, Patrick said B"),
// and so is one after before, after, while, without or upon ("spoke for an
// hour before saying that"; "After saying that A, Kowalska left"), whose
// subject is no object or possessor (her) in between,
// ", and" or ", but" with a personal pronoun goes on with the report as
// coordinated content ("said she knew little about him, but he left her
// curious"), and ", with" opens the writer's circumstance. A progressive
// cue reports ("are alleging that"); a participle after a noun ("said in a
// statement emailed to NBC News that", "posted on the ministry's website
// late on Sunday that", no cue of its own after the one before it) or a speech verb's participle the
// tagger read as a noun (", warning that"; "with Safadi warning of
// “dangerous consequences”", a speaker the writer adds) stops no report; a subject no
// actor names is found past a relative clause ("A spokesperson who asked
// not to be named said").
//
// American copy's "per X" is a source cue like "according to X" after a
// comma or opening the sentence, never before a unit ("40 euros per
// tonne"); a source set off between a clause's subject and its predicate
// ("Yersinia pestis, per the WHO, is found in fleas") vouches for the
// whole clause. A speech verb's present tense the tagger read as a plural
// noun is a cue after a name, a pronoun or a singular noun ("Kowalska
// warns that"), not after an article or a plural ("the claims that"). A
// headline or lead "Name: clause" is that name's report when the name is
// linked and the clause has a finite verb (headline.go), and a report
// opening its sentence starts past a wire dateline ("VILNIUS, Nov 20
// (Reuters) - "). A name the resolver found whole is the speaker whole
// ("the Chinese Center for Disease Control and Prevention said"), and a
// name right before a cue is its subject even where the parser
// coordinated the cue with an earlier verb. Of two people speaking in
// turn, "she" is the woman named as one a few sentences back rather than
// the nearer speaker whose name tells no gender; the listener of "told"
// never speaks, nor does a participle before the listener start the
// report ("told cheering teachers that"). A subject no actor names is found
// past a relative clause set off by commas of up to thirty tokens; ", X
// said, offering ..." ends the attribution with the speaker's next act;
// and a quotation in lower case woven into a reported clause, the
// report's words running on after it without a comma or stop, is part of
// the report however long (cue_test.go holds these passages).
//
// Besides the demo gold (internal/eval), attribution_test.go holds a
// second, independent set of short wire-copy passages, one per PARC
// phenomenon, with the quote span and speaker each should yield
// (newscopy_test.go those for the rules real news called for,
// speakerspan_test.go those for the speaker's span), and
// `entente eval quotes-news` scores the finder on 46 real English news
// articles of the ScrapingHub benchmark (internal/eval/quotesnews.go has the
// annotation guideline). Testify, chant and shout are cues, and so
// are ruling, with "that" only, and advising, with "that" or a finite
// clause ("advises the earlier people seek treatment, the ..."), never
// with an object and an infinitive; assuring and reassuring report like
// telling, after whom they speak to; chanting and shouting only of quoted
// words; beg, plead and implore take an object and report only with
// "that" or quoted words.
//
// It does not resolve actors (internal/actors does, producing the mentions),
// decide whether a claim is true, or find quotes in headlines that carry
// neither a cue nor a "Name:" lead. It is a rule set rather than a trained model because no attribution
// corpus with a compatible licence ships with Entente, and the rules read
// the same parse and mentions the event coder uses.
package quotes
