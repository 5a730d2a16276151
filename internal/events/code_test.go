package events_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/events"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/nlp"
)

var stages = sync.OnceValues(func() (*nlp.Annotator, error) { return nlp.NewAnnotator() })
var resolver = sync.OnceValue(func() *actors.Resolver { return actors.New(kb.Default()) })

var published = time.Date(2021, 6, 4, 12, 0, 0, 0, time.UTC) // a Friday

// code runs the real path over text and keeps what the tests compare.
func code(t testing.TB, text string) []brief {
	t.Helper()
	an, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	doc := an.Annotate(text)
	ms := resolver().Resolve(doc, published)
	var out []brief
	for _, e := range events.Code(doc, ms, published) {
		out = append(out, brief{e.SourceCode, e.Type, e.TargetCode, e.Realized, e.Modality, text[e.Trigger.Start:e.Trigger.End]})
	}
	return out
}

type brief struct {
	Source, Type, Target string
	Realized             bool
	Modality, Trigger    string
}

func TestCode(t *testing.T) {
	tests := []struct {
		name, text string
		want       []brief
	}{
		{"an appeal is a request, as the PLOVER manual files all requests",
			"Lithuania appealed to the European Union for aid.",
			[]brief{{"LTU", "REQUEST", "IGOEUREEC", true, "", "appealed"}}},
		{"a demand the dictionary codes as an appeal is a request too",
			"The opposition demanded elections from Lukashenko.",
			[]brief{{"BLROPP", "REQUEST", "BLRGOV", true, "", "demanded"}}},
		{"a participle bound to its noun reaches no subject beyond it",
			"Alexander Lukashenko said on Sunday that Belarus had deployed about a third of its army along the border with Ukraine, claiming that Kyiv had moved more than 120,000 troops to the frontier, nearly two weeks after Ukrainian forces crossed into Russia's Kursk region.",
			// "forces crossed": CAMEO's "FORCE *" (192, occupying), as
			// &MILITARY holds "armed forces", not bare "forces".
			// Kyiv moving troops to the frontier, as Lukashenko claims
			// it, is his accusation (see claimed).
			[]brief{{"BLR", "MOBILIZE", "UKR", true, "", "deployed"}, {"BLRGOV", "ACCUSE", "UKRGOV", true, "", "claiming"}, {"", "COERCE", "RUS", true, "", "crossed"}}},
		{"a participle whose noun the parse leaves without a verb is that noun's verb",
			"Russian troops crossed into Ukraine from Belarus early on Thursday as Vladimir Putin launched a full-scale invasion, moving south from the Gomel region towards the Chernobyl exclusion zone and Kyiv, Ukraine's State Border Guard Service said.",
			[]brief{{"RUSMIL", "ASSAULT", "UKR", true, "", "crossed"}}},
		{"troops crossing as a leader launches an operation cross, and he launches it",
			"Russian troops crossed into Georgia from South Ossetia early on Friday as Dmitry Medvedev launched a military operation, moving south towards Gori, Georgia's interior ministry said.",
			[]brief{{"RUSGOV", "ASSAULT", "GEO", true, "", "launched"}, {"RUSMIL", "ASSAULT", "GEO", true, "", "crossed"}}},
		{"a past tense with its object hung from its subject has that subject, which may name no actor",
			"Belarus restored full diplomatic ties with Georgia, five years after crowds burned down its embassy, a senior Lithuanian official said on Saturday.",
			[]brief{{"BLR", "SUPPORT", "GEO", true, "", "restored"}}},
		{"an adjectival passive without a by phrase has its subject act",
			"Poland is opposed to Russian mediation in the talks with Belarus.",
			[]brief{{"POL", "REJECT", "RUS", true, "", "opposed"}}},
		{"a passive with a by phrase is still a passive",
			"Belarus was accused by Poland of espionage.",
			[]brief{{"POL", "ACCUSE", "BLR", true, "", "accused"}}},
		{"lifting a curfew is a concession, as the PLOVER manual files it",
			"The Belarusian government lifted the curfew in Minsk.",
			[]brief{{"BLRGOV", "CONCEDE", "BLR", true, "", "lifted"}}},
		{"combatants captured by armed forces are an assault, as the PLOVER manual codes them",
			"Russian troops captured Ukrainian soldiers near Bakhmut.",
			[]brief{{"RUSMIL", "ASSAULT", "UKRMIL", true, "", "captured"}}},
		{"police arresting civilians coerce them",
			"Belarusian police arrested opposition activists in Minsk.",
			[]brief{{"BLRCOP", "COERCE", "BLROPP", true, "", "arrested"}}},
		{"a participle after a possessive is inside a noun phrase, however the parser hung it",
			"Ales Bialiatski, Belarus's leading human rights activist, staged a hunger strike in prison on Sunday, his lawyer said.",
			[]brief{{"BLRNGOHRI", "PROTEST", "BLRGOV", true, "", "staged"}}},
		{"an activist introduced by a possessive strikes, not the possessive's country, and not by leading",
			"Narges Mohammadi, Iran's leading human rights activist, staged a hunger strike in prison on Monday, her husband said.",
			[]brief{{"IRNOPP", "PROTEST", "IRNGOV", true, "", "staged"}}},
		{"an infinitive modifying a predicate noun has no subject of its own",
			"Belarus is not a safe place to visit.",
			nil},
		{"a plain accusation codes source, type and target",
			"Belarus accused Poland of espionage.",
			[]brief{{"BLR", "ACCUSE", "POL", true, "", "accused"}}},
		{"imposing sanctions is a sanction, as the PLOVER manual files them",
			"The European Union imposed sanctions on Belarus.",
			[]brief{{"IGOEUREEC", "SANCTION", "BLR", true, "", "imposed"}}},
		{"a negated verb is not realised",
			"Russia did not recognise the independence of Abkhazia.",
			// Recognition denied is a rejection (054, negated: REJECT).
			[]brief{{"RUS", "REJECT", "GEO", false, "negated", "recognise"}}},
		{"a threat to act is the threat against the act's target, and the act is not realised",
			"Russia threatened to attack Ukraine.",
			[]brief{{"RUS", "THREATEN", "UKR", true, "", "threatened"}, {"RUS", "THREATEN", "UKR", false, "threat", "attack"}}},
		{"a modal makes the event hypothetical",
			"Poland may expel Belarusian diplomats.",
			[]brief{{"POL", "THREATEN", "BLRGOV", false, "hypothetical", "expel"}}},
		{"partners of a compound subject act on each other",
			"Belarus and Russia signed a treaty.",
			[]brief{{"BLR", "SUPPORT", "RUS", true, "", "signed"}, {"RUS", "SUPPORT", "BLR", true, "", "signed"}}},
		{"coordinated sources and targets give an event per pair",
			"Poland and Lithuania accused Belarus and Russia.",
			[]brief{
				{"POL", "ACCUSE", "BLR", true, "", "accused"}, {"POL", "ACCUSE", "RUS", true, "", "accused"},
				{"LTU", "ACCUSE", "BLR", true, "", "accused"}, {"LTU", "ACCUSE", "RUS", true, "", "accused"},
			}},
		{"the agent of a passive is the source",
			"Belarus was accused by Poland of espionage.",
			[]brief{{"POL", "ACCUSE", "BLR", true, "", "accused"}}},
		{"a passive without an agent has an unknown source",
			"Three Belarusian soldiers were killed.",
			[]brief{{"", "ASSAULT", "BLRMIL", true, "", "killed"}}},
		{"saying another must act is a demand of it",
			"Russia said Ukraine must withdraw its troops.",
			[]brief{{"RUS", "REQUEST", "UKR", true, "", "said"}, {"UKR", "RETREAT", "", false, "hypothetical", "withdraw"}}},
		{"future aid is an agreement, as PLOVER codes intent",
			"Russia will provide aid to Belarus.",
			[]brief{{"RUS", "AGREE", "BLR", false, "future", "provide"}}},
		{"refused cooperation is a rejection",
			"Belarus will not accept a loan from Poland.",
			[]brief{{"BLR", "REJECT", "POL", false, "negated", "accept"}}},
		{"in reported speech the embedded clause gives the source",
			"Lukashenko said Poland attacked Belarus.",
			[]brief{{"POL", "ASSAULT", "BLR", true, "", "attacked"}}},
		{"stopping a supply reduces material relations, and the supplying is no second event",
			"Russian companies stopped supplying oil to Belarus.",
			[]brief{{"RUSBUS", "SANCTION", "BLR", true, "", "stopped"}}},
		{"stopping a levy is neither an accusation nor cooperation",
			"Moscow stopped charging duty on the oil it sells to Minsk.",
			nil},
		{"what a call asks for is not done, and is asked, not agreed",
			"Serbia ignored a call to withdraw its police from Kosovo.",
			[]brief{{"SRB", "RETREAT", "KSV", false, "hypothetical", "withdraw"}}},
		{"a fight over a commodity is a dispute, not an assault",
			"Georgia and Russia fought over wine exports last year.",
			[]brief{{"GEO", "ACCUSE", "RUS", true, "", "fought"}, {"RUS", "ACCUSE", "GEO", true, "", "fought"}}},
		{"a ban on imports is a sanction, and what the accuser alleges is no event",
			"Russia banned imports of Belarusian cheese, accusing Minsk of relabelling Polish goods.",
			[]brief{{"RUS", "SANCTION", "BLR", true, "", "banned"}, {"RUS", "ACCUSE", "BLRGOV", true, "", "accusing"}}},
		{"force a third party reports is that party's accusation",
			"A Ukrainian official said that the Kremlin had taken Belarus hostage.",
			[]brief{{"UKRGOV", "ACCUSE", "RUSGOV", true, "", "said"}}},
		{"a staged protest is a PROTEST",
			"Belarusian students staged a protest in Minsk.",
			[]brief{{"BLREDU", "PROTEST", "BLRGOV", true, "", "staged"}}},
		{"a plan to coerce is a threat, and the plan itself no agreement",
			"Belarus plans to impose duties on Polish goods.",
			[]brief{{"BLR", "THREATEN", "POL", false, "hypothetical", "impose"}}},
		{"a concession announced for later is an agreement",
			"Lithuania said it would allow Belarusian trucks to cross the border.",
			[]brief{{"LTU", "AGREE", "BLR", false, "future", "allow"}}},
		{"a relative clause's subject is the noun it modifies, here no actor",
			"The gunmen who attacked the Polish embassy in Minsk fled to Russia.",
			[]brief{{"", "ASSAULT", "POLGOV", true, "", "attacked"}}},
		{"an attempted killing is an assault",
			"Russia attempted to assassinate the Georgian president.",
			[]brief{{"RUS", "ASSAULT", "GEOGOV", true, "", "assassinate"}}},
		{"a noun can name the event, its possessor the source and its preposition the target",
			"Lukashenko's visit to Moscow ended without a deal.",
			[]brief{{"BLRGOV", "CONSULT", "RUS", true, "", "visit"}}},
		{"what a subject receives from another is the giver's act",
			"Belarus received a loan from Russia.",
			[]brief{{"RUS", "AID", "BLR", true, "", "received"}}},
		{"a compound subject of four acts as four",
			"Poland, Lithuania, Latvia and Estonia condemned Belarus.",
			[]brief{{"POL", "ACCUSE", "BLR", true, "", "condemned"}, {"LTU", "ACCUSE", "BLR", true, "", "condemned"}, {"LVA", "ACCUSE", "BLR", true, "", "condemned"}, {"EST", "ACCUSE", "BLR", true, "", "condemned"}}},
		{"partners renewing talks on a topic of their own act on each other",
			"Armenia and Azerbaijan resumed talks on an Armenian withdrawal.",
			[]brief{{"ARM", "CONSULT", "AZE", true, "", "resumed"}, {"AZE", "CONSULT", "ARM", true, "", "resumed"}}},
		{"readiness the parser takes for a passive still has its subject act",
			"Latvia said it is prepared to lift the ban on Belarusian trucks.",
			[]brief{{"LVA", "AGREE", "BLR", true, "", "prepared"}, {"LVA", "AGREE", "BLR", false, "promise", "lift"}}},
		{"expelling diplomats reduces relations",
			"Estonia expelled two Russian diplomats.",
			[]brief{{"EST", "SANCTION", "RUSGOV", true, "", "expelled"}}},
		{"refusing to act is a rejection",
			"Moldova refused to join the Russian-led customs union.",
			[]brief{{"MDA", "REJECT", "RUS", true, "", "refused"}}},
		{"war games two countries hold together are military cooperation between them",
			"Russia and Belarus launched war games near the Polish border.",
			[]brief{{"RUS", "COOPERATE", "BLR", true, "", "launched"}, {"BLR", "COOPERATE", "RUS", true, "", "launched"}}},
		{"war games one country holds are a mobilisation",
			"Russia launched war games near the Polish border.",
			[]brief{{"RUS", "MOBILIZE", "POL", true, "", "launched"}}},
		{"an agency the resolver cannot code takes the country of its title",
			"Russia's alcohol watchdog Rosalkogoltabakkontrol has banned imports of Moldovan wine.",
			[]brief{{"RUS", "SANCTION", "MDA", true, "", "banned"}}},
		{"a title and a name split by the parser are one actor",
			"Belarusian opposition leader Tsikhanouskaya met Polish officials.",
			[]brief{{"BLROPP", "CONSULT", "POLGOV", true, "", "met"}}},
		{"coordinated modifiers name an actor each",
			"Latvian and Estonian officials condemned the Belarusian government.",
			[]brief{{"ESTGOV", "ACCUSE", "BLRGOV", true, "", "condemned"}, {"LVAGOV", "ACCUSE", "BLRGOV", true, "", "condemned"}}},
		{"cancelling a visit rejects it",
			"Lithuania cancelled a visit to Minsk.",
			[]brief{{"LTU", "REJECT", "BLR", true, "", "cancelled"}}},
		{"a list member the parser hangs as an apposition of a split subject acts too",
			"Evil Poland, the awful Lithuania, and good Latvia welcomed a resumption of formal diplomatic ties with Belarus.",
			[]brief{{"POL", "SUPPORT", "BLR", true, "", "welcomed"}, {"LTU", "SUPPORT", "BLR", true, "", "welcomed"}, {"LVA", "SUPPORT", "BLR", true, "", "welcomed"}}},
		{"every member of a list of three with modifiers acts",
			"Proud Estonia, the small Latvia, and brave Finland welcomed a resumption of formal diplomatic ties with Russia.",
			[]brief{{"EST", "SUPPORT", "RUS", true, "", "welcomed"}, {"LVA", "SUPPORT", "RUS", true, "", "welcomed"}, {"FIN", "SUPPORT", "RUS", true, "", "welcomed"}}},
		{"a possessor says whose, and the actor it possesses is the target",
			"Israel refused to meet Jordan's King Abdullah II.",
			[]brief{{"ISR", "REJECT", "JORGOV", true, "", "refused"}, {"ISR", "REJECT", "JORGOV", false, "negated", "meet"}}},
		{"a verb the parser reads as an adjective of the noun after it has that noun's phrase for its object",
			"The United Nations on Tuesday reduced food supplies to the biggest Cambodian refugee camp in Thailand because rice was being diverted, relief officials said.",
			[]brief{{"IGOUNO", "SANCTION", "KHMREF", true, "", "reduced"}}},
		{"a day the parser makes the subject says when, and the actor before it acts",
			"Pakistan President Mohammad Zia-Ul-Haq today rejected a fresh offer from Afghanistan for direct talks.",
			[]brief{{"PAKGOV", "REJECT", "AFG", true, "", "rejected"}}},
		{"a statement that another must act demands it, though the tagger took the verb for a noun",
			"A senior British minister reiterated that Libya must hand over alleged bombers of the airliner.",
			[]brief{{"GBRGOV", "REQUEST", "LBY", true, "", "reiterated"}}},
		{"who dies suffers the event, and the actor beside the verb did it",
			"Two Ukrainian soldiers died in clashes with Russian forces.",
			[]brief{{"RUSMIL", "ASSAULT", "UKRMIL", true, "", "died"}}},
		{"he or she is the person named before, not a country named since",
			"King Hassan of Morocco said he would be ready to host a meeting with an Israeli peace movement.",
			// CAMEO's "HOST * MEETING [043:042]": the guest visits.
			[]brief{{"MARGOV", "AGREE", "ISROPP", false, "promise", "host"}, {"ISROPP", "AGREE", "MARGOV", false, "promise", "host"}}},
		{"sending arms is military aid",
			"The United States continued to send arms to Pakistan last year.",
			[]brief{{"USA", "AID", "PAK", true, "", "send"}}},
		{"rebels surrendering retreat",
			"Five hundred Ugandan rebels surrendered to Uganda last week.",
			[]brief{{"UGAREB", "RETREAT", "UGA", true, "", "surrendered"}}},
		{"enhancing political freedoms concedes them",
			"Alexander Lukashenko took steps to enhance political freedoms in Belarus.",
			[]brief{{"BLRGOV", "CONCEDE", "BLR", true, "", "enhance"}}},
		{"troops deployed along a border are a mobilisation",
			"Poland deployed troops along the border with Belarus.",
			[]brief{{"POL", "MOBILIZE", "BLR", true, "", "deployed"}}},
		// An office is won from voters, not agreed with another actor.
		{"seeking a term in office is no intent to cooperate",
			"The election, in which the Belarusian president is seeking a seventh term, is set for Sunday.",
			nil},
		{"seeking a seat is no intent to cooperate",
			"The mayor of Minsk will seek a seat in parliament.",
			nil},
		{"seeking help still asks for it",
			"Armenia sought help from Russia.",
			[]brief{{"ARM", "REQUEST", "RUS", true, "", "sought"}}},
		// A clause of time or cause tells when or why; its actors are
		// its own act's. A condition names whom a threat is aimed at.
		{"an actor in an after clause is no party to the passive verb",
			"Putin said the missiles could be deployed in Belarus after Russian industry increased production.",
			nil},
		{"the parties of a ceasefire signed after are no party to the withdrawal",
			"The troops will be withdrawn after Russia and Ukraine sign a ceasefire.",
			nil},
		{"an actor in a while clause is no target of the main verb",
			"Lithuania welcomed the decision while Russia criticised it.",
			[]brief{{"LTU", "SUPPORT", "", true, "", "welcomed"}, {"RUS", "ACCUSE", "", true, "", "criticised"}}},
		{"a condition still names whom a threat is aimed at",
			"Poland warned Belarus it would close the border if Minsk did not stop the migrants.",
			[]brief{{"POL", "THREATEN", "BLR", true, "", "warned"}, {"POL", "THREATEN", "BLRGOV", false, "hypothetical", "close"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, code(t, tt.text)); diff != "" {
				t.Errorf("Code(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestGoldstein(t *testing.T) {
	lx, err := events.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, code string
		want       float64
	}{
		{"coercion's root is -7", "17", -7},
		{"a sub-code scored on the CAMEO scale keeps its own score", "172", -5},
		{"a sub-code absent from the table takes its parent's", "1721", -5},
		{"a threat's root differs from its unspecified sub-code", "13", -6},
		{"the unspecified threat", "130", -4.4},
		{"allowing peacekeepers is the most cooperative retreat", "0874", 10},
		{"a ceasefire scores below other retreats' demobilisation", "0871", 9},
		{"an unknown code scores zero", "99", 0},
		{"a malformed code scores zero", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lx.Goldstein(tt.code); got != tt.want {
				t.Errorf("Goldstein(%q) = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}

func TestDiscards(t *testing.T) {
	an, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	const verbs = "####### VERB PATTERNS #######\n--- ACCUSE [112] ---\nACCUSE\n"
	text := "Belarus accused Poland of spying. Lithuania accused Russia of cheating at chess."
	tests := []struct {
		name, discards string
		want           int
	}{
		{"without discards both sentences code", "", 2},
		{"a sentence discard drops its sentence only", "CHESS\n", 1},
		{"a story discard drops the whole document", "+CHESS # a game\n", 0},
		{"a phrase matches as a whole", "CHEATING_AT_CHESS\n", 1},
		{"a phrase not in the text drops nothing", "WORLD CUP\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx, err := events.LoadPetrarch(strings.NewReader(verbs))
			if err != nil {
				t.Fatal(err)
			}
			if err := lx.ReadDiscards(strings.NewReader(tt.discards)); err != nil {
				t.Fatal(err)
			}
			doc := an.Annotate(text)
			if got := len(lx.Code(doc, resolver().Resolve(doc, published), published)); got != tt.want {
				t.Errorf("%d events, want %d", got, tt.want)
			}
		})
	}
}
