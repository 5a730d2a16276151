package export

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// codebook is the GDELT 2.0 event table's columns transcribed apart from
// GDELTColumns, from the codebook's field list, so that a slip in either
// shows.
var codebook = func() []string {
	cols := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
			"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, a+f)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
		"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			cols = append(cols, g+f)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}()

// gdeltReader maps a GDELT 2.0 event line's columns by name, as a reader of
// GDELT's files would.
func gdeltReader(line string) (map[string]string, error) {
	fs := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
	if len(fs) != len(codebook) {
		return nil, fmt.Errorf("%d fields, want %d", len(fs), len(codebook))
	}
	m := make(map[string]string, len(fs))
	for i, f := range fs {
		m[codebook[i]] = f
	}
	return m, nil
}

func TestGDELTColumns(t *testing.T) {
	t.Run("the exported columns are the codebook's 61 in its order", func(t *testing.T) {
		if diff := cmp.Diff(codebook, GDELTColumns[:]); diff != "" {
			t.Errorf("columns mismatch (-codebook +GDELTColumns):\n%s", diff)
		}
	})
	t.Run("a GDELT 2.0 row of known layout maps to its columns", func(t *testing.T) {
		// A row laid out as GDELT's export files are: a coded dyad, action
		// codes, counts, three geo groups and the trailer.
		row := strings.Join([]string{"900000001", "20200810", "202008", "2020", "2020.6027",
			"BLRGOV", "BELARUS", "BLR", "", "", "", "", "GOV", "", "",
			"BLROPP", "BELARUS", "BLR", "", "", "", "", "OPP", "", "",
			"1", "173", "173", "17", "4", "-5", "10", "2", "10", "-6.2",
			"4", "Minsk, Horad Minsk, Belarus", "BO", "BO04", "", "53.9", "27.5667", "-2223",
			"4", "Minsk, Horad Minsk, Belarus", "BO", "BO04", "", "53.9", "27.5667", "-2223",
			"1", "Belarus", "BO", "BO", "", "53", "28", "BO",
			"20200810120000", "https://news.example/minsk"}, "\t")
		m, err := gdeltReader(row)
		if err != nil {
			t.Fatal(err)
		}
		for col, want := range map[string]string{"SQLDATE": "20200810", "Actor2Type1Code": "OPP",
			"EventRootCode": "17", "NumSources": "2", "AvgTone": "-6.2", "Actor2Geo_FeatureID": "-2223",
			"ActionGeo_Type": "1", "DATEADDED": "20200810120000", "SOURCEURL": "https://news.example/minsk"} {
			if m[col] != want {
				t.Errorf("%s = %q, want %q", col, m[col], want)
			}
		}
	})
}

func TestGDELTExport(t *testing.T) {
	s := testStore(t)
	var buf bytes.Buffer
	sum, err := Write(context.Background(), &buf, s, Options{Kind: "events", Format: "gdelt", Names: testNames})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	lines = lines[:len(lines)-1]
	rows := make([]map[string]string, len(lines))
	for i, l := range lines {
		if n := strings.Count(l, "\t") + 1; n != 61 {
			t.Fatalf("line %d has %d fields, want 61: %q", i+1, n, l)
		}
		if rows[i], err = gdeltReader(l); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
	}
	t.Run("realised dated events are written, undated ones skipped and counted", func(t *testing.T) {
		if sum.Written != 3 || sum.Skipped != 1 || len(rows) != 3 {
			t.Errorf("summary %+v, %d rows; want 3 written, 1 skipped", sum, len(rows))
		}
	})
	t.Run("the sanctions read as GDELT would code them", func(t *testing.T) {
		want := map[string]string{
			"SQLDATE": "20201002", "MonthYear": "202010", "Year": "2020", "FractionDate": "2020.7452",
			"Actor1Code": "IGOEUREEC", "Actor1Name": "EUROPEAN UNION", "Actor1CountryCode": "EUR",
			"Actor1KnownGroupCode": "EEC", "Actor1Type1Code": "IGO", "Actor2Code": "BLRGOV",
			"Actor2CountryCode": "BLR", "Actor2Type1Code": "GOV", "IsRootEvent": "1", "EventCode": "163",
			"EventBaseCode": "163", "EventRootCode": "16", "QuadClass": "4", "GoldsteinScale": "-8",
			"NumMentions": "4", "NumSources": "2", "NumArticles": "3", "AvgTone": "-4.5",
			"ActionGeo_Type": "0", "ActionGeo_Lat": "", "DATEADDED": "20201002080000",
			"SOURCEURL": "https://reuters.example/sanctions",
		}
		got := map[string]string{}
		for col := range want {
			got[col] = rows[0][col]
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sanctions row mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("an article without URL is cited by its source and dated by its event", func(t *testing.T) {
		r := rows[2]
		if r["SOURCEURL"] != "Minsk Herald" || r["DATEADDED"] != "20191208000000" || r["EventBaseCode"] != "071" {
			t.Errorf("loan row: SOURCEURL %q, DATEADDED %q, EventBaseCode %q", r["SOURCEURL"], r["DATEADDED"], r["EventBaseCode"])
		}
		if r["AvgTone"] != "" {
			t.Errorf("AvgTone %q for an article without tone, want empty", r["AvgTone"])
		}
	})
}

func TestGDELTRow(t *testing.T) {
	hit := func(e news.Event, a *news.Article) news.EventHit { return news.EventHit{ID: 7, Event: e, Article: a} }
	tests := []struct {
		name string
		h    news.EventHit
		want map[string]string
	}{
		{"1 January 1979 is 1979.0027, as in GDELT's files",
			hit(news.Event{CAMEO: "040", Date: day(1979, 1, 1), Realized: true}, nil),
			map[string]string{"FractionDate": "1979.0027", "SQLDATE": "19790101", "DATEADDED": "19790101000000"}},
		{"an undated event takes its article's date",
			hit(news.Event{CAMEO: "040", Sentence: 3, Realized: true}, &news.Article{Published: time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)}),
			map[string]string{"SQLDATE": "20210304", "IsRootEvent": "0", "DATEADDED": "20210304050607"}},
		{"a tab or newline in a field never splits the row",
			hit(news.Event{Source: "NEW:the\tgroup", CAMEO: "01", Date: day(2020, 1, 1)}, &news.Article{URL: "https://x.example/a\nb"}),
			map[string]string{"Actor1Name": "THE GROUP", "SOURCEURL": "https://x.example/a b", "EventBaseCode": "01", "EventRootCode": "01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var row [61]string
			if !GDELTRow(&row, tt.h, nil, nil) {
				t.Fatal("row skipped")
			}
			m, err := gdeltReader(strings.Join(row[:], "\t"))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for col := range tt.want {
				got[col] = m[col]
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("row mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("an event with no date anywhere is skipped", func(t *testing.T) {
		var row [61]string
		if GDELTRow(&row, hit(news.Event{CAMEO: "040"}, &news.Article{}), nil, nil) {
			t.Error("undated event written")
		}
	})
}

func TestSplitCAMEO(t *testing.T) {
	tests := []struct {
		name string
		code string
		want ActorCode
	}{
		{"a country alone is its country", "BLR", ActorCode{Country: "BLR"}},
		{"a country's sector is country and type", "BLRGOV", ActorCode{Country: "BLR", Type1: "GOV"}},
		{"an IGO names its region and known group", "IGOEUREEC", ActorCode{Country: "EUR", KnownGroup: "EEC", Type1: "IGO"}},
		{"the UN is a known group, not a type", "IGOUNO", ActorCode{KnownGroup: "UNO", Type1: "IGO"}},
		{"a sector without a country is a type", "AGR", ActorCode{Type1: "AGR"}},
		{"religions fill the two religion columns", "LBNCHRCTH", ActorCode{Country: "LBN", Religion1: "CHR", Religion2: "CTH"}},
		{"three types fill the three type columns", "RUSGOVMILELI", ActorCode{Country: "RUS", Type1: "GOV", Type2: "MIL", Type3: "ELI"}},
		{"a region is a country", "WSTMIL", ActorCode{Country: "WST", Type1: "MIL"}},
		{"a code not in 3-letter parts splits to nothing", "BLRG", ActorCode{}},
		{"an empty code splits to nothing", "", ActorCode{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, SplitCAMEO(tt.code)); diff != "" {
				t.Errorf("SplitCAMEO(%q) mismatch (-want +got):\n%s", tt.code, diff)
			}
		})
	}
}

func FuzzSplitCAMEO(f *testing.F) {
	for _, c := range []string{"BLRGOV", "IGOEUREEC", "LBNCHRCTHREB", "", "AB", "ZZZZZZ"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, code string) {
		p := SplitCAMEO(code)
		parts := map[string]int{}
		for i := 0; i+3 <= len(code) && len(code)%3 == 0; i += 3 {
			parts[code[i:i+3]]++
		}
		for _, v := range []string{p.Country, p.KnownGroup, p.Ethnic, p.Religion1, p.Religion2, p.Type1, p.Type2, p.Type3} {
			if v == "" {
				continue
			}
			if parts[v] == 0 {
				t.Fatalf("SplitCAMEO(%q) made up part %q", code, v)
			}
			parts[v]--
		}
	})
}

func FuzzGDELTRow(f *testing.F) {
	f.Add("BLRGOV", "ALEXANDER_LUKASHENKO", "0412", "https://x.example/a", int64(1e9), 0)
	f.Add("", "NEW:a\tb\nc", "1", "", int64(0), 2)
	f.Fuzz(func(t *testing.T, code, id, cameo, url string, unix int64, sentence int) {
		h := news.EventHit{Event: news.Event{Source: news.ActorID(id), SourceCode: code, CAMEO: cameo,
			Date: time.Unix(unix%1e11, 0), Sentence: sentence}, Article: &news.Article{URL: url}}
		var row [61]string
		if !GDELTRow(&row, h, nil, nil) {
			return
		}
		line := strings.Join(row[:], "\t")
		if _, err := gdeltReader(line); err != nil || strings.ContainsAny(line, "\r\n") {
			t.Fatalf("row %q: %v", line, err)
		}
	})
}
