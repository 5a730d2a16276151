package events_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/events"
	"github.com/entente-news/entente/internal/news"
)

const dictionary = `&TREATY
+PACT
+ACCORD

&NEGAUX
+DID N'T

####### VERB PATTERNS #######
--- DEPLORE [122] ---
DEPLORE
- INDICATED * [123]
- * THE_ATTACK [1223]
- &NEGAUX * THE_ATTACK [1224]
--- SIGN [057] ---
SIGN {SIGNS SIGNED}
- * PEACE &TREATY [057]
- * $ AND + * LETTER [---]
`

func TestParsePetrarch(t *testing.T) {
	verbs, syns, err := events.ParsePetrarch(strings.NewReader(dictionary))
	if err != nil {
		t.Fatal(err)
	}
	// PETRARCH's source and target markers ($, +) after the verb stay
	// (they place the actors), those joined to a word go.
	// Words joined by "_" must follow each other: the lexicon marks the
	// later ones "_"; so do a synonym's words.
	want := []string{"deplore 122", "deplore 1223 the _attack", "deplore 1224 <&negaux the _attack", "deplore 123 <indicated", "sign --- $ and + letter", "sign 057", "sign 057 peace &treaty"}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"&negaux did_n't", "&treaty pact accord"}, syns); diff != "" {
		t.Errorf("synonym sets (-want +got):\n%s", diff)
	}
}

// A dictCase is a sentence and the events a dictionary codes in it,
// "SOURCE>TARGET:CAMEO", sorted.
type dictCase struct {
	name, text string
	want       []string
}

// dictionaryCoder returns a function that codes a sentence, annotated and
// resolved as the pipeline does, with PETRARCH dictionary dict.
func dictionaryCoder(t *testing.T, dict string) func(text string) []news.Event {
	t.Helper()
	an, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := events.LoadPetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	return func(text string) []news.Event {
		doc := an.Annotate(text)
		return lx.Code(doc, resolver().Resolve(doc, published), published)
	}
}

// testDictionary codes each case's sentence with PETRARCH dictionary dict.
func testDictionary(t *testing.T, dict string, tests []dictCase) {
	t.Helper()
	code := dictionaryCoder(t, dict)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range code(tt.text) {
				got = append(got, e.SourceCode+">"+e.TargetCode+":"+e.CAMEO)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Code(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// A firstCase is a sentence and the CAMEO code of the first event coded in it.
type firstCase struct{ name, text, want string }

// testFirstCode codes each case's sentence with dict and checks the first
// event's code, and that it is realised when realised is set.
func testFirstCode(t *testing.T, dict string, realised bool, tests []firstCase) {
	t.Helper()
	code := dictionaryCoder(t, dict)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(tt.text)
			if len(evs) == 0 || evs[0].CAMEO != tt.want || realised && !evs[0].Realized {
				t.Errorf("Code(%q) = %+v, want CAMEO %s first (realised: %v)", tt.text, evs, tt.want, realised)
			}
		})
	}
}

func TestPatternWordsBeforeTheVerb(t *testing.T) {
	testFirstCode(t, dictionary, true, []firstCase{
		{"the bare verb takes the block's code", "Ethiopia deplored Libya.", "122"},
		{"a word the pattern wants before the verb selects it", "Ethiopia indicated it deplored Libya.", "123"},
		{"a word after the verb selects its own pattern", "Ethiopia deplored the attack by Libya.", "1223"},
		{"a pattern that names the negation codes the negated act", "Ethiopia didn't deplore the attack by Libya.", "1224"},
	})
}

// PETRARCH joins words that must follow each other with "_", in patterns
// and in synonyms of several words; words apart match neither.
func TestJoinedPatternWords(t *testing.T) {
	const dict = `&TIETYPES
+ECONOMIC
+MILITARY

&CURRENCY
+DOLLARS
+GOLDEN_GOBLIN_GALLEONS

####### VERB PATTERNS #######
--- ABANDON [345] ---
ABANDON
- * NEW_&TIETYPES_RELATIONS [903]
--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [903]
`
	testFirstCode(t, dict, false, []firstCase{
		{"joined words in a row match", "Ethiopia will abandon new economic relations with Libya.", "903"},
		{"joined words apart do not", "Ethiopia will abandon new global economic relations with Libya.", "345"},
		{"a synonym of several words in a row matches", "Ethiopia will contribute a million golden goblin galleons to Libya.", "903"},
		{"part of a synonym of several words does not", "Ethiopia will contribute a million golden galleons to Libya.", "070"},
	})
}

// A verb the parser hangs from its object's noun ("has broken relations
// with Libya", broken an adjective of relations) finds its target in that
// noun's phrase, outside the verb and its own subject.
func TestTargetOutsideTheVerb(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- BREAK [161] ---
BREAK {BROKE BROKEN}
`
	an, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := events.LoadPetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	text := "Ethiopia has broken relations with Libya almost five years after crowds trashed its embassy."
	doc := an.Annotate(text)
	evs := lx.Code(doc, resolver().Resolve(doc, published), published)
	if len(evs) == 0 || evs[0].SourceCode != "ETH" || evs[0].TargetCode != "LBY" {
		t.Errorf("Code(%q) = %+v, want ETH → LBY first", text, evs)
	}
}

// A synonym set may be defined among the verb blocks, and a set may hold
// another set, whose members it takes.
func TestSynonymSetsAmongTheVerbs(t *testing.T) {
	const dict = `&TIETYPES
+MILITARY
+ECONOMIC

####### VERB PATTERNS #######
--- ABANDON [345] ---
ABANDON

&CLOSENESS
+&TIETYPES
+NEARER

--- ADOPT [081] ---
ADOPT
- * &UPRISING [802]
- * &CLOSENESS TIES [083]

&UPRISING
+REVOLUTION
+REVOLT
`
	verbs, syns, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"&closeness military economic nearer", "&tietypes military economic", "&uprising revolution revolt"}, syns); diff != "" {
		t.Errorf("synonym sets (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"abandon 345", "adopt 081", "adopt 083 &closeness ties", "adopt 802 &uprising"}, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	lx, err := events.LoadPetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		following []string
		want      string
	}{
		{"a member of a set defined after the block matches", []string{"a", "revolution"}, "802"},
		{"a member of an embedded set matches", []string{"economic", "ties"}, "083"},
		{"a set's own member matches", []string{"nearer", "ties"}, "083"},
		{"a word of no set leaves the bare verb", []string{"cultural", "ties"}, "081"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lx.Match("adopt", tt.following); got != tt.want {
				t.Errorf("Match(adopt, %q) = %q, want %q", tt.following, got, tt.want)
			}
		})
	}
}

// A dictionary may file a verb under an inflected form ("--- LEFT ---"):
// the token's text then finds it among the forms PETRARCH makes of the
// headword (TestForms); speech stays speech.
func TestHeadwordForms(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- LEFT [032] ---
LEFT
--- LEAVE [012] ---
LEAVE
--- DEPART [032] ---
DEPART
--- SAID [023] ---
SAID
--- KIDNAP [181] ---
KIDNAP
+KIDNAPPED_AND_KILLED [180]
`
	testDictionary(t, dict, []dictCase{
		{"a headword in the past tense matches its own text, over its lemma's", "Jordan left Egypt on Monday.", []string{"JOR>EGY:032"}},
		{"the lemma's headword matches the other forms", "Jordan leaves Egypt on Monday.", []string{"JOR>EGY:012"}},
		{"a headword of several words whose words do not follow gives way to the lemma", "Syria kidnapped two Jordanians on Monday.", []string{"SYR>JORCVL:181"}},
		{"a lemma the dictionary knows goes first", "Jordan departed from Egypt on Monday.", []string{"JOR>EGY:032"}},
		{"speech filed under its past tense needs a target still", "Jordan said on Monday that talks would resume.", nil},
		{"what is said of a subject is not said to it", "Jordan is said to be ready for talks.", nil},
	})
}

// A verb of several words marks the verb "+" among words joined by "_":
// the words before it must precede it, those after it follow.
func TestVerbsOfSeveralWords(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- CONFISCATE [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
- * PHONES [1712]
--- BLOCKADE [191] ---
+CORDON_OFF
- * BORDER [192]
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"confiscate 1711", "confiscate 1712 phones", "cordon 191 _off", "cordon 192 _off border", "tap 1711 <wire <_", "tap 1712 <wire <_ phones"}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	testDictionary(t, dict, []dictCase{
		{"the word before the verb selects it", "Syria wire tapped the phones of Jordan.", []string{"SYR>JOR:1712"}},
		{"the verb alone is not it", "Syria tapped the phones of Jordan.", nil},
		{"a particle right after the verb selects it", "Syria cordoned off the border with Jordan.", []string{"SYR>JOR:192"}},
		{"a particle further on does not", "Syria cordoned the border with Jordan off.", nil},
	})
}

// PETRARCH's "_" joins a pattern word to the verb as to any other word:
// "*_OUT" wants out right after the verb, "IN_*" in right before it;
// "IN_ *", with a space, in anywhere before it.
func TestWordsJoinedToTheVerb(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- LASH [120] ---
LASH
- *_OUT [122]
--- ACCORD [---] ---
ACCORD
- IN_* [075]
- IN_ * [072]
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"accord ---", "accord 072 <in", "accord 075 <in <_", "lash 120", "lash 122 _out"}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	testFirstCode(t, dict, false, []firstCase{
		{"a word joined after the verb right after it matches", "Jordan lashed out at Syria on Monday.", "122"},
		{"a word joined after the verb further on does not", "Jordan lashed Syria on Monday, and then out.", "120"},
	})
}

// A pattern's comment names the verb it was written for: it goes to that
// verb, though its block lists the verb nowhere or gives the verb a code
// of another family (WANT [030] takes "help" [023], which DEMAND's other
// verbs' patterns of family 02 would not give it), but for an infinitive
// (what ORDER asks of another is coded at that other's verb); a verb
// known only from its comments takes the root of its patterns' family. A
// coder's note after ";" is no verb.
func TestPatternOrigins(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- DEMAND [100] ---
DEMAND
WANT [030]
ORDER [100]
- * TALKS                 [026]   # URGE
- * PEACE                 [027]   # URGE
- * BOYCOTT               [1312]  # URGE
- * HELP                  [023]   # WANT
- * CLARIFICATION         [021]   # DEMAND
- * RESIGNATION           [100]   # DEMAND
- * ARREST                [173]   # ORDER
- * TO LEAVE              [174]   # ORDER
--- SCRAP [---] ---
SCRAP {SCRAPS SCRAPPED};shan 8/30/93
- * VISIT                 [160]   # SCRAP
- * TRIP                  [161]   # SCRAPPED
--- LEAVE [---] ---
LEAVE
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"demand 021 clarification", "demand 023 help", "demand 026 talks", "demand 027 peace", "demand 100", "demand 100 resignation", "demand 1312 boycott", "demand 173 arrest", "demand 174 to leave",
		"leave ---",
		"order 100", "order 100 resignation", "order 173 arrest",
		"scrap ---", "scrap 160 visit", "scrap 161 trip",
		"urge 020", "urge 026 talks", "urge 027 peace", "urge 1312 boycott",
		"want 023 help", "want 030",
	}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
}

// A pattern of particles alone is a phrasal verb of the verb its comment
// names ("PRESS * ON", pressing on, an attack): the block's other verbs
// do not take it; a pattern with a noun they share.
func TestPhrasalPatterns(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- DEMAND [100] ---
DEMAND
PRESS
- * ON                    [190]   # PRESS
- * (AGAINST)             [110]   # CAMPAIGN
- * TALKS                 [026]   # PRESS
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"campaign 110", "campaign 110 against",
		"demand 026 talks", "demand 100",
		"press 026 talks", "press 100", "press 190 on",
	}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
}
