package export

import (
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// GDELTColumns are the columns of the GDELT 2.0 event table, in the order
// of its codebook. Entente's GDELT export writes them in this order, tab
// separated, without a header row, as GDELT's export files do.
var GDELTColumns = [61]string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// Offsets of the column groups in GDELTColumns.
const (
	gdeltActor1    = 5
	gdeltActor2    = 15
	gdeltIsRoot    = 25
	gdeltGeo       = 35 // three groups of 8: Actor1Geo, Actor2Geo, ActionGeo
	gdeltGeoFields = 8
	gdeltDateAdded = 59
)

// toneCacheSize bounds the article tones kept while exporting: events come
// newest first, so the articles of one stretch of days repeat, and a
// bounded cache keeps a large store out of memory.
const toneCacheSize = 4096

type gdelt struct {
	ctx   context.Context
	w     io.Writer
	s     Store
	names Names
	tones map[int64]*news.Tone
	row   [len(GDELTColumns)]string
	line  []byte
}

func newGDELTSink(ctx context.Context, w io.Writer, s Store, names Names) *gdelt {
	return &gdelt{ctx: ctx, w: w, s: s, names: names, tones: make(map[int64]*news.Tone)}
}

func (g *gdelt) write(h news.EventHit) (bool, error) {
	if !h.Event.Realized {
		return false, nil
	}
	a := article(h.Article)
	tone, err := g.tone(a.ID)
	if err != nil {
		return false, err
	}
	if !GDELTRow(&g.row, h, tone, g.names) {
		return false, nil
	}
	g.line = g.line[:0]
	for i, f := range g.row {
		if i > 0 {
			g.line = append(g.line, '\t')
		}
		g.line = append(g.line, f...)
	}
	g.line = append(g.line, '\n')
	_, err = g.w.Write(g.line)
	return err == nil, err
}

func (g *gdelt) close() error { return nil }

// tone is the article's tone, nil when it has none or is gone.
func (g *gdelt) tone(id int64) (*news.Tone, error) {
	if id == 0 {
		return nil, nil
	}
	if t, ok := g.tones[id]; ok {
		return t, nil
	}
	a, err := g.s.Article(g.ctx, id)
	if errors.Is(err, news.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if len(g.tones) >= toneCacheSize {
		clear(g.tones)
	}
	g.tones[id] = a.Tone
	return a.Tone, nil
}

// GDELTRow fills row with h as a GDELT 2.0 event, given the tone of its
// article (nil: unknown) and, optionally, names for its actors. It reports
// false, leaving row undefined, for an event with no date, its own or its
// article's.
func GDELTRow(row *[61]string, h news.EventHit, tone *news.Tone, names Names) bool {
	e, a := h.Event, article(h.Article)
	day := e.Date
	if day.IsZero() {
		day = a.Published
	}
	if day.IsZero() {
		return false
	}
	day = day.UTC()
	clear(row[:])
	row[0] = strconv.FormatInt(h.ID, 10)
	row[1] = day.Format("20060102")
	row[2] = day.Format("200601")
	row[3] = day.Format("2006")
	row[4] = strconv.FormatFloat(fractionDate(day), 'f', 4, 64)
	gdeltActor(row[gdeltActor1:gdeltActor2], e.Source, e.SourceCode, names)
	gdeltActor(row[gdeltActor2:gdeltIsRoot], e.Target, e.TargetCode, names)
	row[gdeltIsRoot] = "0"
	if e.Sentence == 0 {
		row[gdeltIsRoot] = "1"
	}
	row[26] = e.CAMEO
	row[27] = prefix(e.CAMEO, 3)
	row[28] = prefix(e.CAMEO, 2)
	row[29] = strconv.Itoa(e.QuadClass)
	row[30] = strconv.FormatFloat(e.Goldstein, 'f', -1, 64)
	row[31] = strconv.Itoa(h.NumMentions)
	row[32] = strconv.Itoa(h.NumSources)
	row[33] = strconv.Itoa(h.NumArticles)
	if tone != nil {
		row[34] = strconv.FormatFloat(tone.Tone, 'f', -1, 64)
	}
	// GDELT marks a missing location with geo type 0 and empty fields.
	for g := range 3 {
		row[gdeltGeo+g*gdeltGeoFields] = "0"
	}
	added := a.Published
	if added.IsZero() {
		added = day
	}
	row[gdeltDateAdded] = added.UTC().Format("20060102150405")
	row[60] = a.URL
	if row[60] == "" {
		row[60] = a.Source
	}
	for i := range row {
		row[i] = field(row[i])
	}
	return true
}

// fractionDate is GDELT's YYYY.FFFF: the year plus ((month-1)*30 + day)/365,
// an approximation the codebook chose for easy sorting, kept as is so that
// our rows sort with GDELT's.
func fractionDate(t time.Time) float64 {
	return float64(t.Year()) + float64((int(t.Month())-1)*30+t.Day())/365
}

// gdeltActor fills the ten actor columns: code, name, then the code's parts.
func gdeltActor(cols []string, id news.ActorID, code string, names Names) {
	cols[0] = code
	cols[1] = strings.ToUpper(actorName(names, id))
	p := SplitCAMEO(code)
	copy(cols[2:], []string{p.Country, p.KnownGroup, p.Ethnic, p.Religion1, p.Religion2, p.Type1, p.Type2, p.Type3})
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// field keeps a value on its line and in its column.
func field(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}
