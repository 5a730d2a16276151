package actors_test

import (
	"bytes"
	"context"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/demo"
	"github.com/entente-news/entente/internal/extract"
	"github.com/entente-news/entente/internal/ingest"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// demoDocs annotates every article of the demo corpus once; names are the
// articles' Raw.Name.
func demoDocs(tb testing.TB, an *nlp.Annotator) (docs []*nlp.Doc, dates []time.Time, names []string) {
	tb.Helper()
	corpus := demo.Corpus()
	err := fs.WalkDir(corpus, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".md") {
			return err
		}
		b, err := fs.ReadFile(corpus, path)
		if err != nil {
			return err
		}
		return ingest.Read(context.Background(), path, bytes.NewReader(b), ingest.Sink{Doc: func(raw news.Raw) error {
			a, err := extract.Article(raw)
			if err != nil {
				return nil // not an article; the pipeline's tests cover why
			}
			docs, dates = append(docs, an.Annotate(a.Text)), append(dates, a.Published)
			names = append(names, raw.Name)
			return nil
		}})
	})
	if err != nil {
		tb.Fatal(err)
	}
	return docs, dates, names
}

func BenchmarkResolve(b *testing.B) {
	an, r := setup(b)
	docs, dates, _ := demoDocs(b, an)
	b.ReportAllocs()
	mentions, articles := 0, 0
	for b.Loop() {
		for i, d := range docs {
			mentions += len(r.Resolve(d, dates[i]))
			articles++
		}
	}
	b.ReportMetric(float64(mentions)/b.Elapsed().Seconds(), "mentions/s")
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkPLOVER(b *testing.B) {
	an, r := setup(b)
	docs, dates, _ := demoDocs(b, an)
	var ms []news.Mention
	for i, d := range docs {
		ms = append(ms, r.Resolve(d, dates[i])...)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range ms {
			r.PLOVER(m)
		}
	}
	b.ReportMetric(float64(len(ms))*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
}

// FuzzResolve checks the span invariants on any text: in range, ordered,
// not overlapping, and Text equal to the text under the span.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"Alexander Lukashenko met Belarusian Prime Minister Sergei Rumas in Minsk.",
		"Russia's foreign minister said the Kremlin, not Brussels, decides. The president agreed.",
		"Valery Karbalevich, a Minsk-based economist, disagreed. Karbalevich left.",
		"Аляксандр Лукашэнка і Belarusian troops 's the the President",
		"Ousted President Askar Akayev met Police, protesters and ethnic Albanians in Serbia.",
		"King Hassan of Morocco, Cairo's security chief and The Alliance (CSTO) (",
		"Salaheddine Sidhoum, Algeria's leading activist, saw top al-Qaeda leaders; Франсуа Олланда,",
		"Egyptian demonstrators in Mosul met the Donetsk People's Republic's UN peacekeepers in Puerto Rico.",
	} {
		f.Add(s, int64(0))
	}
	an, r := setup(f)
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		doc := an.Annotate(text)
		ms := r.Resolve(doc, time.Unix(unix%4e9, 0))
		end := 0
		for _, m := range ms {
			if m.Span.Start < end || m.Span.End <= m.Span.Start || m.Span.End > len(text) {
				t.Fatalf("bad span %+v after %d in %d bytes", m.Span, end, len(text))
			}
			if m.Text != text[m.Span.Start:m.Span.End] {
				t.Fatalf("text %q under span %+v is %q", m.Text, m.Span, text[m.Span.Start:m.Span.End])
			}
			if m.Actor == "" || m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
				t.Fatalf("mention %+v lacks an actor or a sentence", m)
			}
			end = m.Span.End
			if c := r.PLOVER(m); (m.Code == "") != (c == "") || len(c)%3 != 0 || strings.ToUpper(c) != c {
				t.Fatalf("PLOVER code %q of %+v is not a country and sectors", c, m)
			}
		}
		r.Discovered(doc, ms)
	})
}
