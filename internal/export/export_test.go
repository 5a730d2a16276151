package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"

	"github.com/entente-news/entente/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// export runs Write into a buffer.
func export(t *testing.T, s Store, opt Options) ([]byte, Summary) {
	t.Helper()
	var buf bytes.Buffer
	sum, err := Write(context.Background(), &buf, s, opt)
	if err != nil {
		t.Fatalf("export %s as %s: %v", opt.Kind, opt.Format, err)
	}
	return buf.Bytes(), sum
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

// everything is what the store holds of each kind, read in one call, to
// compare exports against.
type everything struct {
	articles []*news.Article
	quotes   []news.QuoteHit
	events   []news.EventHit // realised only, as exports are by default
}

func readAll(t *testing.T, s Store) everything {
	t.Helper()
	ctx := context.Background()
	var all everything
	list, err := s.List(ctx, news.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		full, err := s.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		all.articles = append(all.articles, full)
	}
	if all.quotes, err = s.Quotes(ctx, news.QuoteFilter{Filter: news.Filter{Limit: 1000}}); err != nil {
		t.Fatal(err)
	}
	if all.events, err = s.Events(ctx, news.EventFilter{Realized: true, Filter: news.Filter{Limit: 1000}}); err != nil {
		t.Fatal(err)
	}
	return all
}

func decodeLines[R any](t *testing.T, b []byte) []R {
	t.Helper()
	var out []R
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r R
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, r)
	}
	return out
}

func readParquet[Row any](t *testing.T, b []byte) []Row {
	t.Helper()
	r := parquet.NewGenericReader[Row](bytes.NewReader(b))
	defer r.Close()
	rows := make([]Row, r.NumRows())
	n, err := r.Read(rows)
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatalf("read parquet: %v", err)
	}
	return rows[:n]
}

func mapRows[R, Row any](rs []R, f func(R) Row) []Row {
	out := make([]Row, len(rs))
	for i, r := range rs {
		out[i] = f(r)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	s := testStore(t)
	all := readAll(t, s)
	if len(all.articles) != 5 || len(all.quotes) != 1 || len(all.events) != 4 {
		t.Fatalf("the test store holds %d articles, %d quotes, %d realised events; want 5, 1, 4",
			len(all.articles), len(all.quotes), len(all.events))
	}
	quoteRows := func(h news.QuoteHit) quoteRow { return newQuoteRow(h, testNames) }
	eventRows := func(h news.EventHit) eventRow { return newEventRow(h, testNames) }
	tests := []struct {
		name  string
		opt   Options
		check func(t *testing.T, out []byte)
	}{
		{"articles as JSON lines come back whole, text and analyses included", Options{Kind: "articles", Format: "jsonl"},
			func(t *testing.T, out []byte) {
				got := decodeLines[*news.Article](t, out)
				if diff := cmp.Diff(all.articles, got, cmp.FilterPath(func(p cmp.Path) bool {
					f, ok := p.Last().(cmp.StructField)
					return ok && (f.Name() == "Hash" || f.Name() == "Signature" || f.Name() == "Bands")
				}, cmp.Ignore())); diff != "" {
					t.Errorf("articles mismatch (-store +export):\n%s", diff)
				}
			}},
		{"quotes as JSON lines are the store's quote hits", Options{Kind: "quotes", Format: "jsonl"},
			func(t *testing.T, out []byte) {
				if diff := cmp.Diff(all.quotes, decodeLines[news.QuoteHit](t, out)); diff != "" {
					t.Errorf("quotes mismatch (-store +export):\n%s", diff)
				}
			}},
		{"events as JSON lines are the store's realised event hits", Options{Kind: "events", Format: "jsonl"},
			func(t *testing.T, out []byte) {
				if diff := cmp.Diff(all.events, decodeLines[news.EventHit](t, out)); diff != "" {
					t.Errorf("events mismatch (-store +export):\n%s", diff)
				}
			}},
		{"articles as Parquet read back as their rows", Options{Kind: "articles", Format: "parquet"},
			func(t *testing.T, out []byte) {
				if diff := cmp.Diff(mapRows(all.articles, newArticleRow), readParquet[articleRow](t, out)); diff != "" {
					t.Errorf("rows mismatch (-store +parquet):\n%s", diff)
				}
			}},
		{"quotes as Parquet read back as their rows", Options{Kind: "quotes", Format: "parquet", Names: testNames},
			func(t *testing.T, out []byte) {
				if diff := cmp.Diff(mapRows(all.quotes, quoteRows), readParquet[quoteRow](t, out)); diff != "" {
					t.Errorf("rows mismatch (-store +parquet):\n%s", diff)
				}
			}},
		{"events as Parquet read back as their rows", Options{Kind: "events", Format: "parquet", Names: testNames},
			func(t *testing.T, out []byte) {
				if diff := cmp.Diff(mapRows(all.events, eventRows), readParquet[eventRow](t, out)); diff != "" {
					t.Errorf("rows mismatch (-store +parquet):\n%s", diff)
				}
			}},
		{"articles as CSV match the golden file", Options{Kind: "articles", Format: "csv"},
			func(t *testing.T, out []byte) { golden(t, "articles.golden.csv", out) }},
		{"quotes as CSV match the golden file", Options{Kind: "quotes", Format: "csv", Names: testNames},
			func(t *testing.T, out []byte) { golden(t, "quotes.golden.csv", out) }},
		{"events as CSV match the golden file", Options{Kind: "events", Format: "csv", Names: testNames},
			func(t *testing.T, out []byte) { golden(t, "events.golden.csv", out) }},
		{"events as GDELT match the golden file", Options{Kind: "events", Format: "gdelt", Names: testNames},
			func(t *testing.T, out []byte) { golden(t, "events.golden.tsv", out) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := export(t, s, tt.opt)
			tt.check(t, out)
		})
	}
}

func TestCSV(t *testing.T) {
	s := testStore(t)
	for _, tt := range []struct {
		kind string
		row  reflect.Type
		rows int
	}{
		{"articles", reflect.TypeFor[articleRow](), 5},
		{"quotes", reflect.TypeFor[quoteRow](), 1},
		{"events", reflect.TypeFor[eventRow](), 4},
	} {
		t.Run(tt.kind+" parse as RFC 4180 with the Parquet columns as header", func(t *testing.T) {
			out, sum := export(t, s, Options{Kind: tt.kind, Format: "csv"})
			recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			schema := parquet.SchemaOf(reflect.New(tt.row).Interface())
			var names []string
			for _, f := range schema.Fields() {
				names = append(names, f.Name())
			}
			if diff := cmp.Diff(names, recs[0]); diff != "" {
				t.Errorf("header mismatch (-parquet +csv):\n%s", diff)
			}
			if len(recs)-1 != tt.rows || sum.Written != tt.rows {
				t.Errorf("%d records, summary %d; want %d", len(recs)-1, sum.Written, tt.rows)
			}
		})
	}
}

func TestFilters(t *testing.T) {
	s := testStore(t)
	all := readAll(t, s)
	ids := func(hs []news.EventHit) []int64 {
		var out []int64
		for _, h := range hs {
			out = append(out, h.ID)
		}
		return out
	}
	tests := []struct {
		name string
		opt  Options
		want []int64
	}{
		{"a page of one record at a time exports the same events", Options{PageSize: 1}, ids(all.events)},
		{"limit and offset pick a slice of the export", Options{PageSize: 1, Filter: news.Filter{Limit: 2, Offset: 1}},
			ids(all.events[1:3])},
		{"a limit beyond the store exports everything", Options{Filter: news.Filter{Limit: 100}}, ids(all.events)},
		{"a type keeps only its events", Options{Type: "SANCTION"}, ids(all.events[:1])},
		{"an actor keeps its events on either side", Options{Actor: "VLADIMIR_PUTIN"}, ids(all.events[1:2])},
		{"a date range bounds the events' dates", Options{Filter: news.Filter{From: day(2020, 9, 1), To: day(2020, 9, 30)}},
			ids(all.events[1:2])},
		{"all adds the unrealised threat", Options{All: true, Type: "138"}, []int64{threatID(t, s)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.Kind, tt.opt.Format = "events", "jsonl"
			out, sum := export(t, s, tt.opt)
			got := ids(decodeLines[news.EventHit](t, out))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("event ids mismatch (-want +got):\n%s", diff)
			}
			if sum.Written != len(got) {
				t.Errorf("summary says %d written, export holds %d", sum.Written, len(got))
			}
		})
	}
}

func threatID(t *testing.T, s Store) int64 {
	hs, err := s.Events(context.Background(), news.EventFilter{Type: "THREATEN"})
	if err != nil || len(hs) != 1 {
		t.Fatalf("threat: %v, %d hits", err, len(hs))
	}
	return hs[0].ID
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"an unknown kind is refused", Options{Kind: "actors", Format: "jsonl"}},
		{"an unknown format is refused", Options{Kind: "events", Format: "xml"}},
		{"gdelt holds only events", Options{Kind: "quotes", Format: "gdelt"}},
		{"gdelt holds only realised events", Options{Kind: "events", Format: "gdelt", All: true}},
		{"a negative limit is refused", Options{Kind: "events", Format: "csv", Filter: news.Filter{Limit: -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := Write(context.Background(), &buf, nil, tt.opt)
			if !errors.Is(err, news.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %q before refusing", buf.String())
			}
		})
	}
}

func TestCancel(t *testing.T) {
	s := testStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Write(ctx, &bytes.Buffer{}, s, Options{Kind: "events", Format: "csv"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestCell(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"a midnight UTC time is a bare date", day(2020, 8, 9), "2020-08-09"},
		{"a time of day is RFC 3339 in UTC", day(2020, 8, 9).Add(90 * 60e9), "2020-08-09T01:30:00Z"},
		{"a float is as short as round-trips", 7.4, "7.4"},
		{"a nil pointer is an empty cell", (*float64)(nil), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cell(reflect.ValueOf(tt.v)); got != tt.want {
				t.Errorf("cell(%v) = %q, want %q", tt.v, got, tt.want)
			}
		})
	}
}
