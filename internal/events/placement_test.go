package events_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/events"
)

// PETRARCH's "%" marks a compound actor: the pattern holds only when the
// source ("% *") or the target ("* WITH %") is two actors or more.
func TestCompoundActorPatterns(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- AGREE [081] ---
AGREE
- * WITH % [031]
- % * [030:030]
--- DOWNPLAY [014] ---
DOWNPLAY
- % HAVE * [191]
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"agree 030:030 <%", "agree 031 with %", "agree 081", "downplay 014", "downplay 191 <% <have"}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	testDictionary(t, dict, []dictCase{
		{"a compound source selects its pattern, each partner acting on the other", "Jordan and Britain agree that the dispute should be settled by arbitration.", []string{"GBR>JOR:030", "JOR>GBR:030"}},
		{"a single source does not", "Jordan agreed with Britain on Monday.", []string{"JOR>GBR:081"}},
		{"a compound target selects its pattern", "Jordan agreed with Britain and France on Monday.", []string{"JOR>FRA:031", "JOR>GBR:031"}},
		{"words before the verb and a compound source make a pattern that is no statement, needing no target", "Jordan and Britain have downplayed the meeting.", []string{"GBR>JOR:191", "JOR>GBR:191"}},
		{"the bare statement needs one", "Jordan has downplayed the meeting.", nil},
	})
}

// PETRARCH's "$" and "+" place the source and target where the parse
// alone would not: "+" before the verb makes its subject the target, and
// after it they take the actor after the pattern word before them, "^"
// skipping one.
func TestPlacedActors(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- FREE [066] ---
FREE
- + * FROM $ [066]
--- SHOOT [223] ---
SHOOT
- + WAS * DEAD IN $ [224]
--- CELEBRATE [181] ---
CELEBRATE
- * IFTAR IN ^ + [045]
--- STAGE [180] ---
STAGE
- * WAR_GAMES IN + [062]
--- WARN [160] ---
WARN
- * THEIR ^ ABOUT + [162]
--- RECEIVE [033] ---
RECEIVE
- + * MONEY $ [071]
--- REGRET [111] ---
REGRET
- NOTED + * [115]
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"celebrate 045 iftar in ^ +", "celebrate 181", "free 066", "free 066 <+ from $", "receive 033", "receive 071 <+ money $", "regret 111", "regret 115 <noted <+", "shoot 223", "shoot 224 <+ <was dead in $", "stage 062 war _games in +", "stage 180", "warn 160", "warn 162 their ^ about +"}
	if diff := cmp.Diff(want, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	testDictionary(t, dict, []dictCase{
		{"the source is the actor after the word before $", "A Jordanian was freed from Syria on Monday.", []string{"SYR>JORCVL:066"}},
		{"the subject before the verb is the target, the source after it", "A Jordanian was shot dead in Syria.", []string{"SYR>JORCVL:224"}},
		{"a ^ skips an actor before the target", "Egypt celebrated Iftar in Jordan with the leaders of Syria.", []string{"EGY>SYRGOV:045"}},
		{"the target after a preposition is in its phrase, not in a clause hung from it", "France staged war games in the Mediterranean Sea, later joined by Italian ships.", []string{"FRA>:062"}},
		{"the target after a preposition is its object", "France staged war games in Egypt.", []string{"FRA>EGY:062"}},
		{"a ^ before a word skips a phrase ahead of it", "Jordan warned their citizens about Syria.", []string{"JOR>SYR:162"}},
		{"a receiving verb's subject is its target already", "Jordan has received by courier money from Syria.", []string{"SYR>JOR:071"}},
		{"a subject made the target in a reported clause leaves the source to the reporter", "Egypt noted that Syria regretted the decision.", []string{"EGY>SYR:115"}},
	})
}

// A PETRARCH code pair "042:043" codes the event and, the other way from
// target to source, its counterpart; ":042" codes only the event the
// other way.
func TestCodePairs(t *testing.T) {
	const dict = `####### VERB PATTERNS #######
--- VISIT [042:043] ---
VISIT
--- HOST [:042] ---
HOST
- * SUMMIT [046]
`
	verbs, _, err := events.ParsePetrarch(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"host 046 summit", "host :042", "visit 042:043"}, verbs); diff != "" {
		t.Errorf("verbs (-want +got):\n%s", diff)
	}
	testDictionary(t, dict, []dictCase{
		{"a pair codes the event and its counterpart the other way", "Jordan visited Egypt on Monday.", []string{"EGY>JOR:043", "JOR>EGY:042"}},
		{"an empty first code turns the event around", "Egypt hosted Jordan on Monday.", []string{"JOR>EGY:042"}},
		{"a pattern of a single code codes one way", "Egypt hosted a summit with Jordan on Monday.", []string{"EGY>JOR:046"}},
	})
}
