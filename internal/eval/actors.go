package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// ActorsGold is the demo corpus's actor gold file, relative to the module
// root; Actors looks for it from the working directory upwards, since the
// gold is not embedded in the binary.
const ActorsGold = "internal/demo/gold/actors.jsonl"

// An ActorsReport scores actors.Resolver on two sets: PLOVER's coded
// sentences (country+sector of each source and target text) and the demo
// corpus's hand-made gold (linking precision and recall).
type ActorsReport struct {
	PLOVER *PLOVERActors `json:"plover,omitempty"`
	Demo   *DemoActors   `json:"demo,omitempty"`
}

// PLOVERActors is how often the resolver, through its PLOVER profile
// (actors.Resolver.PLOVER), codes a PLOVER source or target actor text,
// read in its sentence, as the gold does. The records are
// split in two halves by a hash of their ID (HeldOut): rules are developed
// on Dev's errors only, and Held tells whether they carry over. The
// embedded ActorCoding is both halves together.
type PLOVERActors struct {
	File string `json:"file"`
	ActorCoding
	Dev     ActorCoding `json:"dev"`
	Held    ActorCoding `json:"held_out"`
	Seconds float64     `json:"seconds"`
	// Misses lists the dev half's actor texts coded wrong, for reading;
	// the held-out half's are not shown.
	Misses []CodingMiss `json:"dev_misses,omitempty"`
}

// ActorCoding scores the codes of one set of PLOVER actor texts.
type ActorCoding struct {
	Actors int `json:"actors"`
	// Country is the share whose country (or IGO/NGO) part is right.
	Country float64 `json:"country"`
	// Code is the share whose country is right and, when the gold names a
	// sector, whose code holds that sector. A gold actor without a sector
	// ("Russia" → RUS) asks for the country only.
	Code float64 `json:"code"`
	// Strict also requires no sector where the gold has none, so
	// "Washington" coded USAGOV against a gold USA is wrong.
	Strict float64 `json:"strict"`
	// Unresolved counts actor texts no coded mention overlapped;
	// WrongCountry those coded to another country; NoSector those with the
	// right country but without the gold sector.
	Unresolved   int `json:"unresolved"`
	WrongCountry int `json:"wrong_country"`
	NoSector     int `json:"no_sector"`

	country, code, strict int
}

// A CodingMiss is one PLOVER actor text coded wrong.
type CodingMiss struct {
	ID     string `json:"id"`
	Text   string `json:"actor_text"`
	Gold   string `json:"gold"`
	Got    string `json:"got,omitempty"`
	Reason string `json:"reason"`
}

// add scores one actor text: want is the gold country, sector its sector
// or "", got the predicted code and ok whether any was found. It returns
// why the code is wrong, or "" when it is right.
func (c *ActorCoding) add(want, sector, got string, ok bool) string {
	c.Actors++
	switch {
	case !ok:
		c.Unresolved++
		return "unresolved"
	case len(got) < 3 || got[:3] != want:
		c.WrongCountry++
		return "country"
	}
	c.country++
	if (sector == "" && len(got) == 3) || (sector != "" && hasSector(got, sector)) {
		c.strict++
	}
	if sector != "" && !hasSector(got, sector) {
		c.NoSector++
		return "sector"
	}
	c.code++
	return ""
}

func (c *ActorCoding) finish() {
	c.Country, c.Code, c.Strict = fraction(c.country, c.Actors), fraction(c.code, c.Actors), fraction(c.strict, c.Actors)
}

// HeldOut reports whether a PLOVER record belongs to the held-out half: the
// low bit of the FNV-1a hash of its ID, so the split does not move when
// records are added or reordered.
func HeldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()&1 == 1
}

// Actors runs both evaluations: PLOVER from dataDir
// (events/plover/PLOVER_GSR_CAMEO.txt) and the demo gold (ActorsGold). A
// missing dataset leaves its part nil; both missing is an error.
func Actors(ctx context.Context, dataDir string) (*ActorsReport, error) {
	an, err := nlp.NewAnnotator()
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	res := actors.New(kb.Default())
	r := &ActorsReport{}
	plover := filepath.Join(dataDir, "events", "plover", "PLOVER_GSR_CAMEO.txt")
	if _, err := os.Stat(plover); err == nil {
		if r.PLOVER, err = ploverActors(ctx, plover, an, res); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
	}
	if gold, ok := findUp(ActorsGold); ok {
		if r.Demo, err = demoActors(ctx, gold, an, res); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
	}
	if r.PLOVER == nil && r.Demo == nil {
		return nil, fmt.Errorf("actors: neither %s nor %s found: %w", plover, ActorsGold, fs.ErrNotExist)
	}
	return r, nil
}

// findUp looks for rel in the working directory and its parents.
func findUp(rel string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

type ploverRecord struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

type ploverActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// cameoISO maps the few CAMEO country codes left in PLOVER's gold that
// differ from the ISO 3166 codes the KB uses.
const ploverPlaceholder = "2000-01-01"

var cameoISO = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

func ploverActors(ctx context.Context, path string, an *nlp.Annotator, res *actors.Resolver) (*PLOVERActors, error) {
	var recs []ploverRecord
	if err := readJSON(path, &recs); err != nil {
		return nil, err
	}
	r := &PLOVERActors{File: path}
	var elapsed time.Duration
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var acts []ploverActor
		for _, raw := range []json.RawMessage{rec.Source, rec.Target} {
			var list []ploverActor
			if json.Unmarshal(raw, &list) == nil { // "" and absent: no actors
				acts = append(acts, list...)
			}
		}
		if rec.Text == "" || len(acts) == 0 {
			continue
		}
		// PLOVER's readme: "All date fields are set to 2000-01-01", a
		// placeholder, not the date of the report; so no date.
		var date time.Time
		if rec.Date != ploverPlaceholder {
			date, _ = time.Parse(time.DateOnly, rec.Date)
		}
		doc := an.Annotate(rec.Text)
		start := time.Now()
		ms := res.Resolve(doc, date)
		elapsed += time.Since(start)
		half := &r.Dev
		if HeldOut(rec.ID) {
			half = &r.Held
		}
		for _, a := range acts {
			want, sector := cmpCode(a.Code), goldSector(a.Sector)
			got, ok := codeFor(rec.Text, a.Text, ms, res.PLOVER)
			got = asGoldVersion(got)
			r.ActorCoding.add(want, sector, got, ok)
			why := half.add(want, sector, got, ok)
			if why != "" && half == &r.Dev {
				r.Misses = append(r.Misses, CodingMiss{ID: rec.ID, Text: a.Text, Gold: want + sector, Got: got, Reason: why})
			}
		}
	}
	r.ActorCoding.finish()
	r.Dev.finish()
	r.Held.finish()
	r.Seconds = elapsed.Seconds()
	return r, nil
}

// asGoldVersion writes a PLOVER code as the gold file's version does: the
// gold is coded to PLOVER 0.5b1 (2016), before the manual split the United
// Nations (UNO) and the European Union (EUR) off the IGOs.
func asGoldVersion(code string) string {
	if len(code) >= 3 && (code[:3] == "UNO" || code[:3] == "EUR") {
		return "IGO" + code[3:]
	}
	return code
}

func cmpCode(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if iso, ok := cameoISO[c]; ok {
		return iso
	}
	return c
}

// goldSector is the primary sector of a PLOVER sector field: its first
// three letters when they are upper case; "***" (unknown) and lower-case
// ethnic codes give none. The predictions are PLOVER codes too
// (actors.Resolver.PLOVER), so MED is health and JRN media on both sides.
func goldSector(s string) string {
	if len(s) < 3 || s[:3] == "***" || strings.ToUpper(s[:3]) != s[:3] {
		return ""
	}
	return s[:3]
}

// hasSector reports whether a CAMEO code holds sector among the
// three-letter groups after its country: BLROPPMED holds OPP and MED.
func hasSector(code, sector string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == sector {
			return true
		}
	}
	return false
}

// codeFor finds the actor text in the sentence and returns the code (by
// code, the PLOVER profile) of the mention overlapping it most. PLOVER
// elides words between an actor's parts ("U.S. ... negotiators" for "U.S.
// and Russian negotiators"); the first part, which holds the country, is
// then looked for.
func codeFor(text, actorText string, ms []news.Mention, code func(news.Mention) string) (string, bool) {
	if i := strings.Index(actorText, ".."); i > 0 && strings.TrimSpace(actorText[:i]) != "" {
		actorText = strings.TrimSpace(actorText[:i])
	}
	actorText = strings.TrimSpace(actorText)
	at := strings.Index(text, actorText)
	if at < 0 {
		at = strings.Index(strings.ToLower(text), strings.ToLower(actorText))
	}
	if at < 0 {
		// PLOVER also drops the words between parts unmarked ("French
		// warships" for "French and Egyptian warships"): the first word
		// then stands for the actor.
		// After a possessor ("Jordan's King Abdullah II" for "Jordan's
		// visiting King Abdullah II") the actor is what follows: the
		// last word then stands for it.
		words := strings.Fields(actorText)
		actorText = words[0]
		if strings.HasSuffix(actorText, "'s") && len(words) > 1 {
			actorText = words[len(words)-1]
		}
		at = wordIndex(text, actorText)
	}
	if at < 0 || actorText == "" {
		return "", false
	}
	span := news.Span{Start: at, End: at + len(actorText)}
	best, bestLen := "", 0
	for _, m := range ms {
		if n := overlapLen(span, m.Span); n > bestLen && m.Code != "" {
			best, bestLen = code(m), n
		}
	}
	return best, bestLen > 0
}

// wordIndex is the index of word in text standing as a whole word, or -1.
func wordIndex(text, word string) int {
	for off := 0; word != ""; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return -1
		}
		at, end := off+i, off+i+len(word)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			return at
		}
		off = at + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c == '\'' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func overlapLen(a, b news.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// Text writes the report as two small tables.
func (r *ActorsReport) Text(w io.Writer) error {
	if p := r.PLOVER; p != nil {
		if _, err := fmt.Fprintf(w, "PLOVER %s: %d actor texts\n%-10s %6s %8s %8s %8s %10s %8s %9s\n",
			p.File, p.Actors, "", "texts", "country", "code", "strict", "unresolved", "country≠", "no sector"); err != nil {
			return err
		}
		for _, row := range []struct {
			name string
			c    *ActorCoding
		}{{"dev", &p.Dev}, {"held-out", &p.Held}, {"all", &p.ActorCoding}} {
			c := row.c
			if _, err := fmt.Fprintf(w, "%-10s %6d %8.4f %8.4f %8.4f %10d %8d %9d\n",
				row.name, c.Actors, c.Country, c.Code, c.Strict, c.Unresolved, c.WrongCountry, c.NoSector); err != nil {
				return err
			}
		}
	}
	if d := r.Demo; d != nil {
		if _, err := fmt.Fprintf(w, "demo gold %s: %d articles, %d mentions, %d predicted outside the gold\n%-10s %9s %9s %9s %9s\n%-10s %9.4f %9.4f %9.4f %9.4f\n",
			d.Gold, d.Articles, d.Score.Gold, d.Outside, "linking", "precision", "recall", "F1", "code acc",
			"entente", d.Score.Precision, d.Score.Recall, d.Score.F1, d.CodeAccuracy); err != nil {
			return err
		}
		for _, m := range d.Misses {
			if _, err := fmt.Fprintf(w, "  miss %s %q: want %s, got %q\n", m.File, m.Text, m.Actor, m.Predicted); err != nil {
				return err
			}
		}
	}
	return nil
}
