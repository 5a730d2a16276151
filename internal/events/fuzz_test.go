package events_test

import (
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/demo"
	"github.com/entente-news/entente/internal/events"
	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

func FuzzCode(f *testing.F) {
	f.Add("Belarus accused Poland of espionage.")
	f.Add("Lukashenko said Poland attacked Belarus yesterday.")
	f.Add("Russia did not recognise Abkhazia on May 16, 2019.")
	f.Fuzz(func(t *testing.T, text string) {
		an, err := stages()
		if err != nil {
			t.Fatal(err)
		}
		doc := an.Annotate(text)
		ms := resolver().Resolve(doc, published)
		for _, e := range events.Code(doc, ms, published) {
			if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start > e.Span.End {
				t.Fatalf("sentence span %v outside %d bytes", e.Span, len(text))
			}
			if e.Trigger.Start < e.Span.Start || e.Trigger.End > e.Span.End || e.Trigger.Start >= e.Trigger.End {
				t.Fatalf("trigger %v outside sentence %v", e.Trigger, e.Span)
			}
			if e.Sentence < 0 || e.Sentence >= len(doc.Sentences) || e.Source == "" && e.Target == "" || e.QuadClass < 1 || e.QuadClass > 4 {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}

// BenchmarkCode measures events.Code alone over the demo corpus's plain
// text articles, annotated and resolved once.
func BenchmarkCode(b *testing.B) {
	an, err := stages()
	if err != nil {
		b.Fatal(err)
	}
	fsys := demo.Corpus()
	paths, err := fs.Glob(fsys, "text/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("demo texts: %v", err)
	}
	pub := time.Date(2020, 8, 10, 0, 0, 0, 0, time.UTC)
	var docs []docMentions
	sentences := 0
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			b.Fatal(err)
		}
		d := an.Annotate(string(data))
		docs = append(docs, docMentions{d, resolver().Resolve(d, pub)})
		sentences += len(d.Sentences)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(events.Code(d.doc, d.ms, pub))
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/sec, "sentences/s")
	b.ReportMetric(float64(n)/sec, "events/s")
}

type docMentions struct {
	doc *nlp.Doc
	ms  []news.Mention
}

func FuzzDate(f *testing.F) {
	f.Add("Drills are scheduled from 14 to 25 September .", int64(1600041600))
	f.Add("Minsk signed on May 16 , 2019 .", int64(1622764800))
	f.Add("The talks resume on January 3 .", int64(1609286400))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		pub := time.Unix(unix%(1<<33), 0).UTC()
		got := events.Date(strings.Fields(text), pub)
		if got.IsZero() || got.Hour() != 0 || got.Minute() != 0 || got.Second() != 0 {
			t.Fatalf("Date(%q, %v) = %v, want a day", text, pub, got)
		}
	})
}

func FuzzReadDiscards(f *testing.F) {
	f.Add("+World_Golf_Championships # sport\nBASEBALL\n")
	f.Add("<!-- header -->\n\n+ \n")
	f.Fuzz(func(t *testing.T, data string) {
		lx, err := events.LoadPetrarch(strings.NewReader("--- ACCUSE [112] ---\nACCUSE\n"))
		if err != nil {
			t.Fatal(err)
		}
		_ = lx.ReadDiscards(strings.NewReader(data))
	})
}

// FuzzParsePetrarch reads fuzzed dictionaries and codes a fixed sentence
// with each, which runs the matcher over whatever patterns, markers and
// code pairs the dictionary holds.
func FuzzParsePetrarch(f *testing.F) {
	f.Add("&TREATY\n+PACT\n\n####### VERB PATTERNS #######\n--- SIGN [057] ---\nSIGN\n- * PEACE &TREATY [057]\n")
	f.Add("--- STOP [---] ---\nHALT {HALTS HALTED}\n- * $ AID + [162]\n")
	f.Add("--- AGREE [081] ---\nAGREE\nWIRE_+TAP [1711]\n- % * [030:030]\n- + * WITH ^ $ [:031]\n")
	f.Add("--- 0 [\xb0]\n\xa90[\xb0]\n+")
	an, err := stages()
	if err != nil {
		f.Fatal(err)
	}
	const text = "Jordan and Egypt agreed with Syria, freed from Iraq, to wire tap the phones of Libya."
	doc := an.Annotate(text)
	ms := resolver().Resolve(doc, published)
	f.Fuzz(func(t *testing.T, data string) {
		verbs, _, err := events.ParsePetrarch(strings.NewReader(data))
		if err != nil {
			return
		}
		for _, v := range verbs {
			if len(strings.Fields(v)) < 2 {
				t.Fatalf("verb line %q lacks a lemma and a code", v)
			}
		}
		lx, err := events.LoadPetrarch(strings.NewReader(data))
		if err != nil {
			return
		}
		for _, e := range lx.Code(doc, ms, published) {
			if e.Trigger.Start < 0 || e.Trigger.End > len(text) || e.Source == "" && e.Target == "" {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}
