// Package actors finds the actors an article mentions and links each
// mention to a canonical actor of the knowledge base: an annotated
// nlp.Doc and the article's date in, []news.Mention out (sorted, not
// overlapping, each with its byte span, actor ID, CAMEO code at the date
// and how it was resolved). Resolve is pure and a Resolver is safe for
// concurrent use.
//
// Resolve works sentence by sentence:
//
//   - KB matches (kb.Match: longest match, case- and diacritics-aware). An
//     ambiguous name goes to an actor already mentioned in the article,
//     then to a person holding a role at the date, then to a body of a
//     country the article has named ("KGB" in a story about Belarus is
//     BLR_KGB, after Putin the Soviet one), then to a body that existed
//     at the date (roles date a body's existence), then to the candidate
//     whose name is the text, then to an organisation over a country
//     ("Brussels" is the EU before Belgium). A one-word "person" gives way
//     to any other candidate: the Phoenix dictionaries file some countries
//     and mononyms as people. A single word standing next to other
//     capitalised words the KB does not know ("Hassan" in "Omar Hassan
//     al-Bashir", "Sofia" in "Sofia Sapega") is left to discovery as part
//     of a longer name.
//   - Code is the CAMEO code at the article's date: a country's or body's
//     fixed code, a person's role then (Putin in 2010 → RUSGOV as prime
//     minister). Without a date the latest role counts; a person named
//     with a government title ("President X") takes a government role.
//     A person named as a former office holder ("former President X",
//     "ousted president X", "ex-premier X"), or whose titled government
//     role ended before the date, is the country's elite (ELI), as CAMEO
//     and PLOVER code former officials. But a government title the text
//     gives without "former", before the name or inside a dictionary
//     alias ("Russian President Boris Yeltsin"), is the office at the
//     time of writing and outranks a dated elite role; and a leader's
//     "administration" is the government.
//   - Metonyms: a capital, "the Kremlin", "the White House" or "Brussels"
//     is the government (or the EU) it stands for, How "metonym". After a
//     locative preposition (in, at, near, from, of…, and "to" after a verb
//     of motion or a noun; в, на, у, каля… in Russian and Belarusian) it is
//     a place: the mention is then the country itself, How "alias", as the
//     KB files other cities; so it is as the object of a verb of force
//     ("shelled Kyiv", "would blockade Paris"), which strikes the city's
//     streets and people, not its government; after "embassy in" or
//     "consulate in" it is the host government still. PLOVER codes a place as the country's
//     civilians (CVL): Resolver.PLOVER adds it, Resolve does not.
//   - Adjectives and possessives with agent nouns (kb.Sector, after up to
//     two adjectives): "Belarusian troops", "Russia's new government",
//     "UN peacekeepers" become the country's sector actor ("BLRMIL",
//     "RUSGOV", whether or not the KB lists it) or the body's code plus the
//     sector, How "adjective". A body's organ named in its alias ("U.N.
//     Security Council") adds its sector the same way, as does a
//     government body's alias whose last words name an armed service
//     ("US Border Patrol", filed under Homeland Security → USACOP); a
//     people the KB files under a state ("Tamil refugees", "Karen
//     guerrillas") is that state's sector actor; a people's or a faith's
//     forces or troops ("Tamil forces", "Moslem forces" in a sentence
//     naming Bosnia) are armed opposition (REB), having no army. An adjective that is only a modifier
//     ("closest military ally") is no agent. A bare adjective is the
//     country; coordinated adjectives share the noun ("Hungarian and
//     Romanian officials" → HUNGOV, ROUGOV), and coordinated sector
//     modifiers one generic head ("United Nations military and civilian
//     personnel" → IGOUNOMIL, IGOUNOCVL). A state's ally or proxy
//     ("Israel's militia ally in southern Lebanon") and a body it backs
//     ("Iranian-backed militias in Iraq", "Russian-backed rebels shelled
//     Mariupol") are of the country they act in, not the state's
//     (country.go, proxy.go). A plural demonym standing
//     alone ("Iraqis fled") is the country's civilians (IRQCVL). An agent
//     noun tied to a country's name by "of", "from" or "in" ("rebels in
//     Sudan", "refiners in Poland") is the country's sector actor too,
//     except MIL and GOV after "in", which are often foreign there.
//   - Compounds and neighbours: a hyphenated compound's parts are
//     mentions of their own when each names a country or body and one a
//     country ("the Iran-Iraq border", "U.S.-China talks", "Franco-German
//     relations", by Latin combining forms too); a people's demonym right
//     after a state's is that state's people ("Croatian Serb rebels" →
//     HRVREB); a capital before an agent noun places the country's
//     people ("Baghdad residents" → IRQCVL); the places a non-state armed
//     body holds stand for it ("rebel-held areas", "militant hideouts").
//   - Bare role nouns ("protesters", "police", "the government",
//     "Islamic fundamentalists") are the sector actors of the one country
//     their sentence names, How "context"; a sentence naming several
//     countries leaves them unresolved, as does one whose countries all
//     stand across from its actors, after "with", "against" or "toward"
//     ("Lawmakers approved a bill on relations with China"), as do words of foreignness
//     ("foreign", "European"), outsiders ("migrants", "diplomats") and
//     plurals of what a country has one of ("governments"). A state's
//     institution named generically ("the army", "police", "the central
//     bank") in a sentence naming no country, and no antecedent, is the
//     article's main country's (focus.go): the one its mentions so far
//     name at least twice as often as any other, as a story of two
//     countries has none. Once so tied, a generic name the KB's body of
//     that country goes by at home is that body (kb.Local: a Belarusian
//     story's "National Bank" is NBRB, the Swiss National Bank is not).
//     A state's institution after a known actor's possessive is the
//     possessor's country's ("Putin's army" → RUSMIL), and an armed
//     group's own fighters are the group ("rebels said their fighters" →
//     REB). A lower-case "bank" after a side word or before "of the" is a
//     river's ("the west bank of the Dnipro"), no business. People ("officials", "troops") may be anyone's
//     and do not take it. An unnamed
//     office holder after "a" or "an" ("a government spokesman", "a
//     senior official", "a police officer") is one too; a diplomat or
//     envoy is not, being often abroad. A noun before "from" and a
//     country's mention heading its phrase is that country's, whatever
//     else the sentence names ("Doctors from two American aid groups" →
//     USAHLH).
//     An ethnic group ("ethnic Albanians … in Serbia") is the civilians
//     of the one other country its sentence names, and a people's plural
//     demonym right before "in" or "living in" and a country is that
//     country's civilians ("Serbs in Kosovo" → KSVCVL), as PLOVER codes a
//     people by where it lives; so is a demonym's minority, population or
//     community of or in a country ("the Russian minority in Latvia" →
//     LVACVL). Double demonyms name the state the
//     people lives in (kb: "Bosnian Serbs" → BIH, "Kosovo Albanians" →
//     KSV, "Greek Cypriots" → CYP); peoples spread over several states
//     (Kurds, Pashtuns) take their sentence's country. When the sentence
//     names several, civilians, protesters, workers, students and farmers
//     are of the one place their clause puts them ("people blocked
//     streets in Hong Kong in defiance of Chinese authorities" → HKGCVL);
//     troops and envoys are not, being often abroad. A generic head
//     ("leaders", "officials", "personnel", "commanders") takes its
//     modifier's sector ("union leaders" → LAB, "rebel commanders" →
//     REB), and fighters or gunmen an armed one's ("rebel fighters" →
//     REB); a rank ("deputy", "acting") qualifies the noun after it. A
//     country's media after "official", "state" or "state-run" speak for
//     its government (GOV), as Phoenix codes state media.
//   - Definite descriptions: in a sentence naming no country, "the
//     rebels", "the government" refer back to the country's sector
//     actor named last in the three sentences before ("Syrian rebels … The
//     rebels said" → SYRREB), and "the group", "the organisation", "the
//     alliance" to the body named last (How "context"); "the leaders of X"
//     is X's, not a back-reference.
//   - Role descriptions: "the Belarusian leader", "Russia's foreign
//     minister", "российский президент" become the person holding that
//     role (KB role title and country) at the date, How "role" ("the
//     Russian president" is Medvedev in 2010, Putin in 2013). A bare title
//     ("the president") refers back to the last person named who held it.
//   - Title and name together ("Belarusian Prime Minister Sergei Rumas",
//     "Serbian Labour Minister X", "Gondor's Prime Minister X") form one
//     mention of the person. A title vouches for one unknown word after
//     it as a name ("Fornost President Umbardacil" → a new actor,
//     FORGOV), unless the KB's people share that surname. A name a
//     dictionary files as a country (PETRARCH's people are bare codes)
//     after a government title is that country's government ("Bree Prime
//     Minister Romendacil" → BREGOV), as PETRARCH's agents code it.
//     When the text gives the titled person another country than the
//     KB's ("King Hassan of Morocco", "Moroccan King Hassan" against
//     Jordan's Hassan), the person is a new one of that country.
//     A title's own sector codes the person after it ("General X" → MIL,
//     "Ayatollah Y" → REL, "Judge Z" → JUD), as does a body's noun before
//     a generic head ("Police chief X" → COP, "Army spokesman Y" → MIL);
//     "Opposition leader" and
//     "rebel leader" are no government office and outrank an office the
//     KB dates ("Opposition leader Morgan Tsvangirai" → ZWEOPP).
//   - Surnames ("Lukashenko" after "Alexander Lukashenko") How "surname".
//     After a title, any person's surname (kb.Titled: "President Mugabe"),
//     when those in office at the date, and in government under a
//     government title, are one country's. A surname standing alone that
//     is also another word — a demonym or country adjective, a language
//     (CLDR's names, kb.Language), a month or day, a word the tagger reads
//     as an adjective, an agent noun, or a word the article writes in
//     lower case — is no one ("English" is not Bill English) unless the
//     person's full name came earlier in the article. A title's modifier
//     alone ("former", "acting", "deputy") vouches for no surname: "a
//     former English teacher" is asked the same question; a title naming
//     an office ("Prime Minister May") is.
//   - Cyrillic: Russian, Belarusian and Ukrainian decline names while the
//     KB lists nominatives, so unmatched Cyrillic words are looked up again
//     with case endings replaced ("Владимира Путина", "Москвы"), and
//     lower-case adjectives ("российский") are looked up too. A declined
//     Cyrillic name the KB lacks is put back in the nominative before it
//     becomes a new actor ("Антона Геращенко" → Антон Геращенко;
//     declension.go), only when its given name, declined, is one the KB's
//     people bear (KB.Given) and the patronymic and surname agree with
//     that case and gender; otherwise it stays as written.
//   - Discovery: people and organisations the KB lacks — NER spans (PER,
//     ORG) when the annotator filled Token.Ent, cut where they run into
//     lower-case text; otherwise runs of two to five PROPN tokens not after
//     a locative preposition and holding no month or weekday — become new
//     actors, unless they are no one's name (hygiene.go: a lower-case word
//     no particle, a superlative opening them, "Best VPN", a year after
//     them, "Union Resolve 2022", a weapon system, "Iskander missile
//     systems", a Cyrillic name a building's noun opens, "во Дворце
//     Независимости", or a line of links between "|"), ID "NEW:"+kb.Key(name), How "new", with the title and
//     country adjective before them ("Belarusian Defence Minister X" →
//     Code BLRGOV). A single word is not taken alone (too often a place)
//     unless it is the surname of a new actor named earlier, or a Latin
//     proper noun NER calls an organisation ("Hamas"); names of
//     events and places ("Independence Day") are not actors. Discovered
//     returns them as news.Actor values with the kind NER gave and the
//     descriptor of their appositive ("X, founder of Y", "political
//     analyst X"). Words before a name that are no part of it are left
//     out of the ID (the mention keeps them): titles, American and service
//     ones abbreviated too ("Rep.", "Lt. Gov.", "Sgt.", "Prof."; an
//     abbreviated title codes as its full word, "U.S. Rep. X" → USALEG),
//     a team and a player's position matched by case ("Browns DL X"), and
//     a sentence's opening function word by its tag ("But X", "Meanwhile
//     X") and an article anywhere ("said The Associated Press"); a title NER took with a first name for an organisation
//     ("Superintendent Jennifer") is a person, whose surname is then
//     sought; a generic modifier before a body's bare kind ("Interior
//     Ministry") is its name, not a title. A new actor the title rule leaves uncoded takes its
//     code from the sentence: an appositive with a country and a role
//     ("X, Algeria's leading human rights activist" → DZAOPP), "of" and a
//     country after the name, or, under a title, the one country the
//     sentence names ("President X … in Algiers" → DZAGOV), or after an
//     agent noun ("the opposition newspaper X" → country OPPMED). A name
//     spelled out before a known acronym in parentheses ("The
//     International Labour Office (ILO)") is the acronym's actor. A new
//     person takes the code of its apposition ("X, the Serbian prime
//     minister," → SRBGOV; "the Croatian opposition leader, X," →
//     HRVOPP; "the province's governor, X," and "X, a rebel commander,"
//     → the office the sentence's one country codes; "a former …" → ELI; "X, who heads Peru's main opposition
//     party," → PEROPP), of a country adjective or possessive right
//     before it ("Egyptian Saad Eddin Ibrahim" → EGY), of "of" or "from"
//     and a country after it, or of the sector its title names ("Chief
//     Justice X" → JUD, "General X" → MIL). An acronym in parentheses
//     after a new name ("(MDC)") names the same actor there and later,
//     and every mention of a new actor (surname, acronym) shares the
//     code any of its mentions gets.
//   - Name spans are mended where NER cuts news text badly (name.go): a
//     person's name never holds the employer and title NER ran into it
//     ("InfoNation President Dan McDowell": the mention holds them, the
//     ID is NEW:dan mcdowell) and never stops before a capitalised word
//     NER left untagged ("Taylor" of "Taylor Swift"; "Dick Clark" of
//     "Dick Clark Productions"); a surname is the word before a Jr. or
//     III; an organisation NER starts past its head noun runs back
//     through for, of and and to it ("Center for | Disease Control and
//     Prevention"), joining a part NER gave apart. A new name of two
//     words or more, once linked, is found again at every later
//     occurrence in the article whatever NER says there, unless it is
//     part of a longer capitalised name.
//   - A weapon system named after its operator's country ("a US
//     Predator", "Russian Iskanders", weapon.go) is that country's
//     military; the names are matched by case, and only there.
//   - A city several states share ("Tripoli", kb.PlaceIn) is the state's
//     the sentence names, else the one the article named last, else the
//     one whose capital it is.
//   - Bodies the KB lacks are coded by the noun that heads their name
//     (Party, Front → PTY; Movement → OPP; a named Army or Brigade → REB; Ministry,
//     Commission → GOV; a Central, Reserve or National Bank → GOV, the
//     central bank; University → EDU) and the country the text ties
//     them to: an adjective before ("Rwandan Patriotic Front" → RWAPTY),
//     "of" and a country or place after ("University of Nairobi" →
//     KENEDU), else the sentence's one country, else, for a ministry,
//     court or parliament, the article's main country. A capitalised name before
//     a lower-case body noun, with a gloss in parentheses or none ("the
//     Kifaya (Enough) movement"), is one body; an NER name that runs into
//     a resolved one keeps its rest ("Kenya's Orange Democratic
//     Movement"), one cut to its last word takes the capitalised words
//     before it, and capitalised runs ending in a body's kind are names
//     even when NER misses them. Civic bodies (Forum, Foundation,
//     Association, Society, Network, Centre) are NGOs, international ones
//     (a name with World, Global or International, or no country in the
//     sentence) of no country; an international commission, court or
//     assembly is an IGO. A country or capital inside the name
//     outranks the others ("Baghdad University Medical School" →
//     IRQEDU).
//
// Codes are CAMEO's, which the pipeline and the GDELT export use.
// Resolver.PLOVER recodes a mention by the PLOVER manual's conventions where
// they differ (cities and capitals named as places are the country's
// civilians, CVL; PLOVER's seven international entities and its sector
// table; protesters CVL with OPP second); see plover.go.
//
//   - Pronouns (pronoun.go), How "pronoun", with the antecedent's actor and
//     code: "he", "him", "she", "her" are the nearest person named before
//     (up to three sentences back, a subject before any other mention);
//     "it" and "they" as subjects are the nearest country, body or group,
//     "they" never one country ("Russia, Belarus and Kazakhstan … they"
//     are the three). A subject pronoun of a reported clause is the
//     reporter's subject ("Militants … said they attempted"); an object
//     pronoun is never its own verb's subject ("Yeltsin met him"); an
//     expletive "it" ("it is unclear") and "it" or "them" as objects,
//     which stand for things as often as for actors, are not read.
//     Possessives ("its troops") only with Resolver.Possessives: a
//     possessive's owner is then the subject of its own clause ("Russia
//     said Ukraine must withdraw its troops" → Ukraine). It is off by
//     default because the events coder reads a possessor as the actor of
//     the noun it owns, making "Syria offered its troops" Syria's own
//     target.
//
// Resolve does not merge new actors across articles (a store does that
// by ID) and reads the dependency parse only for pronouns (the
// place-or-government test looks at the preceding word only).
//
// The rules are written here, not taken from a library: no Go entity
// linker exists, and the rules read the KB's own roles and agent nouns.
package actors
