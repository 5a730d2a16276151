package eval

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/events"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/nlp"
)

// A PetrarchReport scores events.Code on the PETRARCH2 unit-test records,
// run with the suite's own fictional actors, agents and verbs: (source,
// target, CAMEO code) triples, micro-averaged over the sentences. A
// sentence's gold codings are a set, so a coding the file repeats counts
// once (359 distinct of its 385 EventCoding lines, "noevents" included);
// negated events are not predicted, as PETRARCH does not code them. The
// suite's require_dyad option holds as its <Config> records set it (an
// event missing an actor is written only where it is false), and the two
// records that test PETRARCH's reading of a broken treebank parse
// (bad_input_parse) are skipped: Code parses the text itself.
type PetrarchReport struct {
	Dataset   string `json:"dataset"`
	Sentences int    `json:"sentences"`
	Triples   Score  `json:"triples"`
	// Dev and HeldOut score the halves of the sentences (see Split).
	Dev     Score   `json:"dev"`
	HeldOut Score   `json:"held_out"`
	Target  float64 `json:"target_f1"`
	// Errors sorts the dev codings missed and predicted wrongly.
	Errors EventErrors `json:"dev_errors"`
	// Misses lists the dev sentences whose codings differ, for reading.
	Misses []EventMiss `json:"misses,omitempty"`
}

type petrSentence struct {
	ID    string `xml:"id,attr"`
	Date  string `xml:"date,attr"`
	Codes []struct {
		Source string `xml:"sourcecode,attr"`
		Target string `xml:"targetcode,attr"`
		Event  string `xml:"eventcode,attr"`
		Error  string `xml:"error,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
	// dyad is the suite's require_dyad option in force at the sentence:
	// PETRARCH then writes no event missing its source or target.
	dyad bool
}

// readPetrarch reads the records in order with the <Config> options set
// between them: require_dyad is true unless a Config sets it otherwise.
func readPetrarch(b []byte) ([]petrSentence, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	var out []petrSentence
	dyad := true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Config":
			var opt, val string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "option":
					opt = a.Value
				case "value":
					val = a.Value
				}
			}
			if opt == "require_dyad" {
				dyad = strings.EqualFold(val, "true")
			}
		case "Sentence":
			var s petrSentence
			if err := dec.DecodeElement(&s, &se); err != nil {
				return nil, err
			}
			s.dyad = dyad
			out = append(out, s)
		}
	}
}

// parseInput reports a record that tests PETRARCH's reading of its
// treebank input, which Code does not take: it parses the text itself.
func (s *petrSentence) parseInput() bool {
	for _, c := range s.Codes {
		if c.Error == "bad_input_parse" {
			return true
		}
	}
	return false
}

// Petrarch reads the unit-test records and validation dictionaries under
// dataDir/events/petrarch2 and scores events.Code on them through the
// real path (Annotate, actors.Resolver over a KB of the suite's actors and
// agents, the lexicon converted from the suite's verbs, with its discards).
func Petrarch(ctx context.Context, dataDir string) (*PetrarchReport, error) {
	dir := filepath.Join(dataDir, "events", "petrarch2")
	read := func(name string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("petrarch: %w", err)
		}
		return b, nil
	}
	recs, err := read("PETR.UnitTest.records.xml")
	if err != nil {
		return nil, err
	}
	sentences, err := readPetrarch(recs)
	if err != nil {
		return nil, fmt.Errorf("petrarch records: %w", err)
	}
	k, err := petrarchKB(read)
	if err != nil {
		return nil, err
	}
	verbs, err := read("PETR.Validate.verbs.txt")
	if err != nil {
		return nil, err
	}
	lx, err := events.LoadPetrarch(bytes.NewReader(stripXMLComments(verbs)))
	if err != nil {
		return nil, fmt.Errorf("petrarch verbs: %w", err)
	}
	discards, err := read("PETR.Validate.discards.txt")
	if err != nil {
		return nil, err
	}
	if err := lx.ReadDiscards(bytes.NewReader(stripXMLComments(discards))); err != nil {
		return nil, fmt.Errorf("petrarch: %w", err)
	}
	an, err := nlp.NewAnnotator()
	if err != nil {
		return nil, fmt.Errorf("petrarch: %w", err)
	}
	res := actors.New(k)
	r := &PetrarchReport{Dataset: dir, Target: 0.70}
	for _, s := range sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		text := strings.Join(strings.Fields(s.Text), " ")
		if text == "" || s.parseInput() {
			continue
		}
		r.Sentences++
		pub, err := time.Parse("20060102", s.Date)
		if err != nil {
			return nil, fmt.Errorf("petrarch sentence %s date: %w", s.ID, err)
		}
		gold := map[string]bool{}
		for _, c := range s.Codes {
			if c.Event != "" {
				gold[triple(c.Source, c.Target, c.Event)] = true
			}
		}
		d := an.Annotate(text)
		pred := map[string]bool{}
		for _, e := range lx.Code(d, res.Resolve(d, pub), pub) {
			if e.Modality != "negated" && (!s.dyad || e.SourceCode != "" && e.TargetCode != "") {
				pred[triple(e.SourceCode, e.TargetCode, e.CAMEO)] = true
			}
		}
		ok := 0
		for t := range pred {
			if gold[t] {
				ok++
			}
		}
		split := &r.HeldOut
		if Split(s.ID) == "dev" {
			split = &r.Dev
		}
		split.Gold += len(gold)
		split.Predicted += len(pred)
		split.Correct += ok
		if split == &r.Dev && (ok != len(gold) || ok != len(pred)) {
			r.Errors.pair(gold, pred)
			r.Misses = append(r.Misses, EventMiss{ID: s.ID, Gold: strings.Join(keys(gold), " "), Coded: strings.Join(keys(pred), " "), Text: text})
		}
	}
	r.Triples = Score{Gold: r.Dev.Gold + r.HeldOut.Gold, Predicted: r.Dev.Predicted + r.HeldOut.Predicted, Correct: r.Dev.Correct + r.HeldOut.Correct}
	r.Triples.rates()
	r.Dev.rates()
	r.HeldOut.rates()
	return r, nil
}

// pair files the codings of a sentence that gold and prediction do not
// share: a missed gold coding and a predicted one that agree on two of
// source, target and code are one error of the third; the rest are
// missing or extra.
func (x *EventErrors) pair(gold, pred map[string]bool) {
	var gs, ps [][3]string
	for _, k := range keys(gold) {
		if !pred[k] {
			gs = append(gs, splitTriple(k))
		}
	}
	for _, k := range keys(pred) {
		if !gold[k] {
			ps = append(ps, splitTriple(k))
		}
	}
	used := make([]bool, len(ps))
	for _, g := range gs {
		found := false
		for j, p := range ps {
			if used[j] {
				continue
			}
			switch {
			case g[0] == p[0] && g[1] == p[1]:
				x.Type++
			case g[0] == p[0] && g[2] == p[2]:
				x.Target++
			case g[1] == p[1] && g[2] == p[2]:
				x.Source++
			default:
				continue
			}
			used[j], found = true, true
			break
		}
		if !found {
			x.Missing++
		}
	}
	for _, u := range used {
		x.Extra += b2i(!u)
	}
}

// splitTriple reads a coding written by triple.
func splitTriple(t string) [3]string {
	st, code, _ := strings.Cut(t, ":")
	src, tgt, _ := strings.Cut(st, ">")
	return [3]string{src, tgt, code}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// triple writes a coding as PETRARCH does, "---" for an unknown actor.
func triple(src, tgt, code string) string {
	if src == "" {
		src = "---"
	}
	if tgt == "" {
		tgt = "---"
	}
	return src + ">" + tgt + ":" + code
}

var xmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

// stripXMLComments drops the <!-- --> blocks the validation dictionaries
// wrap their headers in, which the Phoenix readers would take for names.
func stripXMLComments(b []byte) []byte { return xmlComment.ReplaceAll(b, nil) }

var idClean = regexp.MustCompile(`[^A-Z0-9]+`)

// petrarchKB writes the suite's actors and agents in the KB file format
// and loads them: each Phoenix entry becomes an actor with its names as
// aliases and its dated codes as roles, its kind guessed from the code.
func petrarchKB(read func(string) ([]byte, error)) (*kb.KB, error) {
	actorsData, err := read("PETR.Validate.actors.txt")
	if err != nil {
		return nil, err
	}
	entries, err := kb.ReadPhoenix(bytes.NewReader(stripXMLComments(actorsData)))
	if err != nil {
		return nil, fmt.Errorf("petrarch actors: %w", err)
	}
	agentsData, err := read("PETR.Validate.agents.txt")
	if err != nil {
		return nil, err
	}
	agents, err := kb.ReadAgents(bytes.NewReader(stripXMLComments(agentsData)))
	if err != nil {
		return nil, fmt.Errorf("petrarch agents: %w", err)
	}
	var b strings.Builder
	seen := map[string]int{}
	for _, e := range entries {
		var codes []string
		for _, c := range e.Codes {
			if c.Code != "" && c.Code != "---" {
				codes = append(codes, strings.ToUpper(c.Code))
			}
		}
		if len(codes) == 0 {
			continue
		}
		id := strings.Trim(idClean.ReplaceAllString(strings.ToUpper(e.Names[0]), "_"), "_")
		if id == "" {
			continue
		}
		if n := seen[id]; n > 0 {
			id = fmt.Sprintf("%s_%d", id, n+1)
		}
		seen[id]++
		kind := "organisation"
		if len(codes[0]) == 3 {
			kind = "country"
		}
		fmt.Fprintf(&b, "actor %s %s\n  name %s\n", id, kind, titled(e.Names[0]))
		var as []string
		for i, n := range e.Names {
			if i > 0 {
				as = append(as, titled(n))
			}
			// PETRARCH matches "THE_SHIRE" on the whole noun phrase, "the
			// Shire"; the resolver matches names without their article.
			if rest, ok := strings.CutPrefix(n, "THE "); ok && rest != "" {
				as = append(as, titled(rest))
			}
		}
		if len(as) > 0 {
			fmt.Fprintf(&b, "  alias %s\n", strings.Join(as, " | "))
		}
		if len(e.Codes) == 1 && e.Codes[0].From.IsZero() && e.Codes[0].Until.IsZero() {
			fmt.Fprintf(&b, "  code %s\n", codes[0])
		} else {
			for _, c := range e.Codes {
				if c.Code == "" || c.Code == "---" {
					continue
				}
				fmt.Fprintf(&b, "  role %s %s..%s\n", strings.ToUpper(c.Code), day(c.From), day(c.Until))
			}
		}
		if len(codes[0]) >= 3 {
			fmt.Fprintf(&b, "  country %s\n", codes[0][:3])
		}
	}
	for noun, code := range agents {
		if strings.ContainsAny(noun, "|#") || code == "" {
			continue
		}
		fmt.Fprintf(&b, "agent %s %s\n", noun, strings.ToUpper(code))
	}
	k, err := kb.Load(strings.NewReader(b.String()))
	if err != nil {
		return nil, fmt.Errorf("petrarch kb: %w", err)
	}
	return k, nil
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// titled writes a dictionary name ("ARNOR", "GEORGE W. BUSH") in title
// case, as text names it; the KB compares names case-insensitively.
func titled(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// Text writes the report.
func (r *PetrarchReport) Text(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "dataset        %s\nsentences      %d\ntarget         (source, target, CAMEO) F1 %.2f\n", r.Dataset, r.Sentences, r.Target)
	fmt.Fprintf(b, "%-9s %9s %7s %7s %19s\n", "split", "triple F1", "P", "R", "correct/pred/gold")
	for _, s := range []struct {
		name string
		s    Score
	}{{"dev", r.Dev}, {"held-out", r.HeldOut}, {"all", r.Triples}} {
		fmt.Fprintf(b, "%-9s %9.3f %7.3f %7.3f %19s\n", s.name, s.s.F1, s.s.Precision, s.s.Recall, fmt.Sprintf("%d/%d/%d", s.s.Correct, s.s.Predicted, s.s.Gold))
	}
	r.Errors.text(b)
	_, err := io.WriteString(w, b.String())
	return err
}
