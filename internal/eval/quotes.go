package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
)

// QuoteOverlap is the least share of words a predicted quote must have in
// common with a gold quote, over the longer of the two, to match it.
const QuoteOverlap = 0.5

// A QuotesReport scores quotes.Find, run on the demo corpus through the
// real path (ingest.Read, extract.Article, nlp.Annotator, actors.Resolver),
// against the hand-made gold quotes, over all articles and over a dev and a
// held-out half (see QuoteSplit).
type QuotesReport struct {
	Gold   string      `json:"gold"`
	All    QuoteScores `json:"all"`
	Dev    QuoteScores `json:"dev"`
	Held   QuoteScores `json:"held_out"`
	Tokens int         `json:"tokens"`
	// Seconds is the time spent in quotes.Find alone.
	Seconds float64 `json:"seconds"`
	// Misses lists gold quotes not found or given the wrong speaker (at
	// entity level), for reading, not for tuning: rules are developed on
	// the dev misses only.
	Misses []QuoteMiss `json:"misses,omitempty"`
	// Extras lists predicted quotes that match no gold quote.
	Extras []QuoteMiss `json:"extras,omitempty"`
	// Loose lists matched quotes whose speaker is the gold's entity but not
	// its name: the gap between the strict and the entity-level score.
	Loose []QuoteMiss `json:"loose,omitempty"`
}

// QuoteScores are the scores over one set of articles.
type QuoteScores struct {
	Articles int `json:"articles"`
	// Quotes counts quote matches: a predicted quote matches one gold quote
	// of the same article with at least QuoteOverlap of their words in
	// common, each matched at most once.
	Quotes Score `json:"quotes"`
	// Speakers counts matched quotes whose speaker is the gold speaker's
	// entity (see SameSpeaker): Correct over the predicted quotes that name
	// a speaker, and over all gold quotes. StrictSpeakers counts only
	// speakers whose name equals the gold's.
	Speakers       Score `json:"speakers"`
	StrictSpeakers Score `json:"strict_speakers"`
	// SpeakerAccuracy is the share of matched quotes with the right speaker.
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
}

// A QuoteMiss is one gold quote scored wrong, or a predicted quote that
// matches none.
type QuoteMiss struct {
	File      string `json:"file"`
	Split     string `json:"split"`
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker"`
	Predicted string `json:"predicted,omitempty"` // the speaker found, when the quote was
}

type goldQuote struct {
	File    string `json:"file"`
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
	URL     string `json:"url"`
}

// QuoteSplit puts an article in the dev half or the held-out half by a
// stable hash of its name (FNV-1a, even for dev), so that the halves stay
// the same as the gold grows and rules can be written from the dev misses
// and checked on articles never read for them.
func QuoteSplit(file string) string {
	h := fnv.New32a()
	h.Write([]byte(file))
	if h.Sum32()%2 == 0 {
		return "dev"
	}
	return "held-out"
}

// Quotes reads the gold file (internal/demo/gold/quotes.jsonl), runs the
// demo corpus through the pipeline's stages and scores the quotes found.
func Quotes(ctx context.Context, goldFile string) (*QuotesReport, error) {
	data, err := os.ReadFile(goldFile)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	gold := map[string][]goldQuote{}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var g goldQuote
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("quotes %s line %d: %w", goldFile, i+1, err)
		}
		gold[g.File] = append(gold[g.File], g)
	}
	arts, err := demoCorpus(ctx)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	run, err := newQuoteRun(goldFile)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		run.article(a.Origin, a.Text, a.Published, gold[a.Origin])
		delete(gold, a.Origin)
	}
	for file, gs := range gold { // articles the corpus did not yield
		run.r.score(run.k, file, gs, nil)
	}
	return run.report(), nil
}

func (s *QuoteScores) rates() {
	if s.Quotes.Correct > 0 {
		s.SpeakerAccuracy = float64(s.Speakers.Correct) / float64(s.Quotes.Correct)
	}
	s.Quotes.rates()
	s.Speakers.rates()
	s.StrictSpeakers.rates()
}

// score matches one article's predicted quotes to its gold quotes, best
// overlap first, and counts them in the article's half and in All.
func (r *QuotesReport) score(k *kb.KB, file string, gs []goldQuote, qs []news.Quote) {
	split := QuoteSplit(file)
	half := &r.Dev
	if split != "dev" {
		half = &r.Held
	}
	sets := []*QuoteScores{&r.All, half}
	add := func(f func(s *QuoteScores)) {
		for _, s := range sets {
			f(s)
		}
	}
	add(func(s *QuoteScores) {
		s.Articles++
		s.Quotes.Gold += len(gs)
		s.Speakers.Gold += len(gs)
		s.StrictSpeakers.Gold += len(gs)
		s.Quotes.Predicted += len(qs)
	})
	for _, q := range qs {
		if q.Speaker != "" || q.SpeakerText != "" {
			add(func(s *QuoteScores) { s.Speakers.Predicted++; s.StrictSpeakers.Predicted++ })
		}
	}
	type pair struct {
		g, q int
		o    float64
	}
	var pairs []pair
	for gi, g := range gs {
		for qi, q := range qs {
			if o := overlap(g.Quote, q.Text); o >= QuoteOverlap {
				pairs = append(pairs, pair{gi, qi, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].o > pairs[j].o })
	gUsed, qUsed := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		if gUsed[p.g] || qUsed[p.q] {
			continue
		}
		gUsed[p.g], qUsed[p.q] = true, true
		add(func(s *QuoteScores) { s.Quotes.Correct++ })
		g, q := gs[p.g], qs[p.q]
		name, strict := speakerIs(k, q, g.Speaker)
		if strict {
			add(func(s *QuoteScores) { s.StrictSpeakers.Correct++ })
		}
		if strict || SameSpeaker(k, q, g.Speaker) {
			add(func(s *QuoteScores) { s.Speakers.Correct++ })
			if !strict {
				r.Loose = append(r.Loose, QuoteMiss{File: file, Split: split, Quote: g.Quote, Speaker: g.Speaker, Predicted: name})
			}
		} else {
			r.Misses = append(r.Misses, QuoteMiss{File: file, Split: split, Quote: g.Quote, Speaker: g.Speaker, Predicted: name})
		}
	}
	for qi, q := range qs {
		if !qUsed[qi] {
			r.Extras = append(r.Extras, QuoteMiss{File: file, Split: split, Quote: q.Text, Predicted: q.SpeakerText})
		}
	}
	for gi, g := range gs {
		if !gUsed[gi] {
			r.Misses = append(r.Misses, QuoteMiss{File: file, Split: split, Quote: g.Quote, Speaker: g.Speaker})
		}
	}
}

// speakerIs reports whether q's speaker is the gold speaker by name (the
// strict measure), and names the speaker found: the canonical name of the
// predicted actor in the knowledge base (or the full name in a new actor's
// ID), the speaker's text as written, or for a pronoun or definite
// description what it was resolved to, must equal the gold speaker as
// nameKey folds them; an unnamed
// speaker ("a cashier at a Minsk exchange office") that is no actor of the
// knowledge base matches when its text or description holds the head noun
// of a gold description that starts with "a" or "an".
func speakerIs(k *kb.KB, q news.Quote, want string) (string, bool) {
	name := q.SpeakerText
	if a, ok := k.Actor(q.Speaker); ok {
		name = a.Name
	}
	w := nameKey(want)
	if nameKey(name) == w || nameKey(q.SpeakerText) == w {
		return name, true
	}
	// An actor the resolver found outside the knowledge base is named by
	// its ID ("NEW:tomas kowalczyk"), the full name it linked "Kowalczyk"
	// to: its canonical name, as the knowledge base's is for its actors.
	if full, ok := strings.CutPrefix(string(q.Speaker), "NEW:"); ok && nameKey(full) == w {
		return full, true
	}
	// A pronoun or a definite description names its speaker by what it
	// was resolved to, its Descriptor ("it" of "the Chinese Center for
	// Disease Control"), as the gold marks the fullest name and
	// SameSpeaker reads it.
	if q.Descriptor != "" && isPronounOrDefinite(q.SpeakerText) && nameKey(q.Descriptor) == w {
		return q.Descriptor, true
	}
	found := name + " (" + q.SpeakerText + ")"
	if q.Descriptor != "" {
		found += " [" + q.Descriptor + "]"
	}
	if _, named := k.Actor(q.Speaker); !named && headNoun(want) != "" {
		head := headNoun(want)
		for _, d := range []string{q.SpeakerText, q.Descriptor} {
			if slices.Contains(words(d), head) {
				return found, true
			}
		}
	}
	return found, false
}

// SameSpeaker reports whether q's speaker refers to the entity the gold
// speaker names, as attribution corpora score sources (PARC, Pareti 2016;
// Muzny et al. 2017): the predicted actor is the knowledge-base actor the
// gold name resolves to, or the speaker's mention and the gold source share
// their head noun, the last word before any preposition or comma
// ("Interior Ministry" and "Belarusian Interior Ministry"; "Baumgertner" and
// "Vladislav Baumgertner"). A pronoun or a definite description carries the
// entity it was resolved to in its Descriptor ("she" of "a pensioner in
// Minsk"), and that description's head counts too. An acronym counts for
// the name whose capitalised words it shortens ("CBP" for "Customs and
// Border Protection"), as articles write a body after its first mention,
// applied to every run alike. Two different
// knowledge-base actors are never the same speaker, whatever their words.
func SameSpeaker(k *kb.KB, q news.Quote, want string) bool {
	if q.Speaker == "" && q.SpeakerText == "" {
		return false
	}
	var goldIDs []news.ActorID
	for _, a := range k.Lookup(want) {
		goldIDs = append(goldIDs, a.ID)
	}
	if _, named := k.Actor(q.Speaker); named && len(goldIDs) > 0 {
		return slices.Contains(goldIDs, q.Speaker)
	}
	head := sourceHead(want)
	if head == "" {
		return false
	}
	// An actor the resolver found outside the knowledge base carries its
	// name in its ID ("NEW:michael oleary"): "he" resolved to it is him.
	if name, ok := strings.CutPrefix(string(q.Speaker), "NEW:"); ok && sameName(sourceHead(name), head) {
		return true
	}
	if sameName(sourceHead(q.SpeakerText), head) {
		return true
	}
	if acronymOf(q.SpeakerText, want) || strings.HasPrefix(string(q.Speaker), "NEW:") && acronymOf(string(q.Speaker[4:]), want) {
		return true
	}
	if q.Descriptor == "" || !isPronounOrDefinite(q.SpeakerText) {
		return false
	}
	return sourceHead(q.Descriptor) == head || acronymOf(q.Descriptor, want)
}

// acronymOf reports whether s is an acronym of the name want: the
// initials of its capitalised words, all of them ("CBP", "Customs and
// Border Protection") or, for three letters or more, a run of them ("CDC",
// "Chinese Center for Disease Control and Prevention"), as articles
// shorten a body's name after its first mention.
func acronymOf(s, want string) bool {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	var initials strings.Builder
	for _, w := range strings.Fields(want) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			initials.WriteByte(r)
		}
	}
	in := initials.String()
	return in == s || len(s) >= 3 && strings.Contains(in, s)
}

// sameName reports whether two head words are one, a name written in
// Cyrillic matching its romanisations as the knowledge base's Lookup
// matches them ("Геращенко" and "Gerashchenko"). Common nouns are not
// translated: "политолог" is not "analyst".
func sameName(found, gold string) bool {
	if found == gold || kb.Key(found) == kb.Key(gold) {
		return true
	}
	for _, r := range kb.Romanize("", found) {
		if kb.Key(r) == kb.Key(gold) {
			return true
		}
	}
	return false
}

// sourceHead is the head word of a source's text: the last word before the
// first preposition or comma, lower case ("a cashier at a Minsk exchange
// office" → "cashier", "the State Border Guard Service of Ukraine" →
// "service").
func sourceHead(s string) string {
	head := ""
	for _, w := range strings.Fields(strings.ToLower(s)) {
		t := strings.Trim(w, ".,;:()[]\"'“”«»")
		switch t {
		case "at", "in", "of", "from", "near", "on", "outside", "with", "for", "who", "that", "which",
			"из", "в", "на", "у", "з", "ў", "который", "которая", "які", "якая":
			return head
		}
		// A generational suffix is no surname: "James P. Kennedy Jr." is
		// Kennedy.
		if t != "" && (head == "" || !slices.Contains([]string{"jr", "sr", "ii", "iii", "iv"}, t)) {
			head = t
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, "(") {
			return head
		}
	}
	return head
}

// isPronounOrDefinite reports a speaker text that stands for an entity
// named elsewhere: a pronoun, or a description starting with "the".
func isPronounOrDefinite(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "he", "she", "it", "they", "we", "i", "the", "он", "она", "оно", "они", "ён", "яна":
		return true
	}
	return false
}

// headNoun returns the head of an unnamed speaker's description ("a
// cashier at a Minsk exchange office" → "cashier"), or "" for a name.
func headNoun(desc string) string {
	ws := words(desc)
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" {
		return ""
	}
	head := ws[1]
	for _, w := range ws[1:] {
		switch w {
		case "at", "in", "of", "from", "near", "on", "outside", "with":
			return head
		}
		head = w
	}
	return head
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// nameKey folds a speaker's name for the strict match: case, punctuation
// and a leading "the" go. The resolver names a new actor by its words
// without stops or hyphens ("NEW:james p kennedy jr" for "James P. Kennedy
// Jr.", "sui lee wee" for "Sui-Lee Wee"), and the gold writes the article
// of a body as the text does, once with it ("The Associated Press"), once
// not ("U.S. Attorney's Office for ..." after "the"), as SQuAD-style exact
// match drops articles too.
func nameKey(s string) string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// overlap is the share of words two texts have in common, over the longer.
func overlap(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return float64(common) / float64(max(len(wa), len(wb)))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= '0' && r <= '9' || r == '\'' || r == '’' || r >= 'a' && r <= 'z' || r > 127 && !strings.ContainsRune("“”«»„‘—–…", r))
	})
}

// Text prints the report as a table per half, then the dev misses, extras
// and loose speakers; the held-out ones are only counted, so that rules are
// not written from them (--json lists them all).
func (r *QuotesReport) Text(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "gold       %s\narticles   %d (dev %d, held-out %d), %d tokens, quotes.Find %.3fs (%.0f tokens/s)\n\n",
		r.Gold, r.All.Articles, r.Dev.Articles, r.Held.Articles, r.Tokens, r.Seconds, float64(r.Tokens)/max(r.Seconds, 1e-9))
	fmt.Fprintf(b, "%-8s %-15s %5s %5s %7s %9s %7s %7s\n", "", "", "gold", "pred", "correct", "precision", "recall", "F1")
	for _, half := range []struct {
		name string
		s    *QuoteScores
	}{{"dev", &r.Dev}, {"held-out", &r.Held}, {"all", &r.All}} {
		for _, row := range []struct {
			name string
			s    Score
		}{{"quotes", half.s.Quotes}, {"speakers", half.s.Speakers}, {"speakers strict", half.s.StrictSpeakers}} {
			s := row.s
			fmt.Fprintf(b, "%-8s %-15s %5d %5d %7d %9.4f %7.4f %7.4f\n", half.name, row.name, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
		}
		fmt.Fprintf(b, "%-8s speaker accuracy on matched quotes %.4f\n", half.name, half.s.SpeakerAccuracy)
	}
	hidden := 0
	for _, list := range []struct {
		name string
		ms   []QuoteMiss
	}{{"misses", r.Misses}, {"extras", r.Extras}, {"speakers right by entity, not by name", r.Loose}} {
		wrote := false
		for _, m := range list.ms {
			if m.Split != "dev" {
				hidden++
				continue
			}
			if !wrote {
				fmt.Fprintf(b, "\ndev %s\n", list.name)
				wrote = true
			}
			fmt.Fprintf(b, "  %s: %q", m.File, m.Quote)
			if m.Speaker != "" {
				fmt.Fprintf(b, " — %s", m.Speaker)
			}
			if m.Predicted != "" {
				fmt.Fprintf(b, " (found %s)", m.Predicted)
			}
			b.WriteString("\n")
		}
	}
	if hidden > 0 {
		fmt.Fprintf(b, "\n%d held-out misses, extras and loose speakers not shown\n", hidden)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
