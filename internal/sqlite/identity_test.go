package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// story pads an event article with a paragraph of its own, signs it as the
// pipeline does, and returns it: articles built from the same story are
// near-duplicates, those from different stories are not.
func story(a *news.Article, story string) *news.Article {
	a.Text += " " + strings.Repeat(story+" ", 6)
	return sign(a)
}

// Stories pad articles (see story): each its own, sharing no words.
const (
	sochi   = "Putin and Lukashenko met in Sochi for talks on the loan and on the protests in Minsk."
	gas     = "Gazprom and Beltransgaz argued about the price of gas and the transit fees for the coming year."
	oil     = "Refineries in Novopolotsk and Mozyr waited for crude while both sides quarrelled over duties."
	potash  = "Uralkali's chief executive was detained after meeting officials, shaking fertiliser markets."
	reactor = "Builders finished Astravets reactor units near Lithuania despite protests from Vilnius."
)

// telling is how one hit tells its event.
type telling struct {
	Sentence                            string
	Mentions, Articles, Sources, Source int // Source: index of the article in the case's put order
}

func TestEventIdentity(t *testing.T) {
	loan := news.Event{Source: "VLADIMIR_PUTIN", Target: "ALEXANDER_LUKASHENKO", SourceCode: "RUSGOV", TargetCode: "BLRGOV",
		Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true}
	promise := loan
	promise.Realized, promise.Modality = false, "promise"
	talks := loan
	talks.Type, talks.CAMEO, talks.QuadClass, talks.Goldstein = "CONSULT", "040", 1, 1
	doc := func(n int, source string, published time.Time, cs ...coded) *news.Article {
		return eventDoc(fmt.Sprintf("https://i.example/%d", n), source, published, nil, cs...)
	}
	tests := []struct {
		name    string
		batches [][]*news.Article
		want    []telling
		mention int // hits with Mentions
		dyad    int // realised events Dyad counts, in all periods
	}{
		{
			name: "a copy published a day later, in the same batch, tells the same event",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), sochi),
				story(doc(1, "belta", day(2020, 9, 15), coded{"Putin lent Lukashenko money.", loan}), sochi),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 2, 2, 1, 0}},
			mention: 2, dyad: 1,
		},
		{
			name: "a copy put in a later batch tells the same event",
			batches: [][]*news.Article{
				{story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), sochi)},
				{story(doc(1, "TASS", day(2020, 9, 15), coded{"Putin lent Lukashenko money.", loan}), sochi)},
			},
			want:    []telling{{"Putin lent Lukashenko money.", 2, 2, 2, 0}},
			mention: 2, dyad: 1,
		},
		{
			name: "a copy keeps a day its original tells the event on, and takes the first for others",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan},
					coded{"He had lent on the 10th.", dated(loan, day(2020, 9, 10))}), sochi),
				story(doc(1, "TASS", day(2020, 9, 15), coded{"Putin lent Lukashenko money.", loan},
					coded{"He had lent on the 10th.", dated(loan, day(2020, 9, 10))}), sochi),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 2, 2, 2, 0}, {"He had lent on the 10th.", 2, 2, 2, 0}},
			mention: 4, dyad: 2,
		},
		{
			name: "a copy keeps its own day for an event its original does not tell",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin met Lukashenko.", talks}), sochi),
				story(doc(1, "TASS", day(2020, 9, 15), coded{"Putin met Lukashenko.", talks},
					coded{"Putin lent Lukashenko money.", loan}), sochi),
				story(doc(2, "Delfi", day(2020, 9, 15), coded{"Putin lent Lukashenko money.", loan}), gas),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 2, 2, 2, 1}, {"Putin met Lukashenko.", 2, 2, 2, 0}},
			mention: 4, dyad: 2,
		},
		{
			name: "unrelated articles on the same day tell the same event, from two sources",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), sochi),
				story(doc(1, "TASS", day(2020, 9, 14), coded{"Russia will lend Belarus $1.5 billion.", loan}), gas),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 2, 2, 2, 0}},
			mention: 2, dyad: 1,
		},
		{
			name: "unrelated articles on different days tell two events",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), sochi),
				story(doc(1, "BelTA", day(2020, 9, 15), coded{"Putin lent Lukashenko money.", loan}), gas),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 1, 1, 1, 1}, {"Putin lent Lukashenko money.", 1, 1, 1, 0}},
			mention: 2, dyad: 2,
		},
		{
			name: "one article telling an event twice has two mentions of one event",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan},
					coded{"The loan was agreed.", loan}), sochi),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 2, 1, 1, 0}},
			mention: 2, dyad: 1,
		},
		{
			name: "a promise and its fulfilment on the same day are two events",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin promised Lukashenko money.", promise}), sochi),
				story(doc(1, "TASS", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), gas),
			}},
			want:    []telling{{"Putin promised Lukashenko money.", 1, 1, 1, 0}, {"Putin lent Lukashenko money.", 1, 1, 1, 1}},
			mention: 2, dyad: 1,
		},
		{
			name: "different CAMEO codes between the same actors on the same day are two events",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin met Lukashenko.", talks}), sochi),
				story(doc(1, "TASS", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), gas),
			}},
			want:    []telling{{"Putin met Lukashenko.", 1, 1, 1, 0}, {"Putin lent Lukashenko money.", 1, 1, 1, 1}},
			mention: 2, dyad: 2,
		},
		{
			name: "undated articles that are not copies tell two events",
			batches: [][]*news.Article{{
				story(doc(0, "BelTA", time.Time{}, coded{"Putin lent Lukashenko money.", loan}), sochi),
				story(doc(1, "TASS", time.Time{}, coded{"Putin lent Lukashenko money.", loan}), oil),
			}},
			want:    []telling{{"Putin lent Lukashenko money.", 1, 1, 1, 0}, {"Putin lent Lukashenko money.", 1, 1, 1, 1}},
			mention: 2, dyad: 0,
		},
		{
			name: "an undated event falls back to its article's day",
			batches: [][]*news.Article{{
				undate(story(doc(0, "BelTA", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), sochi)),
				story(doc(1, "TASS", day(2020, 9, 14), coded{"Putin lent Lukashenko money.", loan}), gas),
			}},
			// The hit is the first stored telling, the undated one.
			want:    []telling{{"Putin lent Lukashenko money.", 2, 2, 2, 0}},
			mention: 2, dyad: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := MustOpenDB(t)
			var put []*news.Article
			for _, b := range tt.batches {
				mustPut(t, db, b...)
				put = append(put, b...)
			}
			hits, err := db.Events(ctx, news.EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, tellingsOf(t, hits, put)); diff != "" {
				t.Errorf("Events mismatch (-want +got):\n%s", diff)
			}
			all, err := db.Events(ctx, news.EventFilter{Mentions: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != tt.mention {
				t.Errorf("with Mentions: %d hits, want %d", len(all), tt.mention)
			}
			for _, h := range all {
				if h.NumMentions == 0 || h.NumArticles == 0 {
					t.Errorf("with Mentions: hit %d has no counts: %+v", h.ID, h)
				}
			}
			s, err := db.Dyad(ctx, news.DyadQuery{A: "RUS", B: "BLR", By: "year"})
			if err != nil {
				t.Fatal(err)
			}
			events := 0
			byID := map[int64]news.EventHit{}
			for _, h := range hits {
				byID[h.ID] = h
			}
			for _, p := range s.Periods {
				events += p.Events
				// The dyad matches every telling, so its evidence is
				// the listing's hit, counts and all.
				for _, e := range p.Evidence {
					h := byID[e.ID]
					if h.NumMentions != e.NumMentions || h.NumArticles != e.NumArticles || h.NumSources != e.NumSources {
						t.Errorf("evidence %d counts %d/%d/%d, the listing %d/%d/%d", e.ID,
							e.NumMentions, e.NumArticles, e.NumSources, h.NumMentions, h.NumArticles, h.NumSources)
					}
				}
			}
			if events != tt.dyad {
				t.Errorf("Dyad counts %d realised events, want %d", events, tt.dyad)
			}
		})
	}
}

// dated is e on d.
func dated(e news.Event, d time.Time) news.Event {
	e.Date = d
	return e
}

// undate clears the date of a's events, as for a sentence without one.
func undate(a *news.Article) *news.Article {
	for i := range a.Events {
		a.Events[i].Date = time.Time{}
	}
	return a
}

// tellingsOf describes hits, naming each hit's article by its index in put.
func tellingsOf(tb testing.TB, hits []news.EventHit, put []*news.Article) []telling {
	tb.Helper()
	var out []telling
	for _, h := range hits {
		i := slices.IndexFunc(put, func(a *news.Article) bool { return a.ID == h.Article.ID })
		if i < 0 {
			tb.Fatalf("hit %d: article %d was not put", h.ID, h.Article.ID)
		}
		out = append(out, telling{h.Sentence, h.NumMentions, h.NumArticles, h.NumSources, i})
	}
	return out
}

// identityCorpus is one store's worth of the cases TestEventIdentity takes
// one at a time, in three batches.
func identityCorpus() [][]*news.Article {
	loan := news.Event{Source: "VLADIMIR_PUTIN", Target: "ALEXANDER_LUKASHENKO", SourceCode: "RUSGOV", TargetCode: "BLRGOV",
		Type: "AID", CAMEO: "071", QuadClass: 2, Goldstein: 7.4, Realized: true}
	doc := func(n int, source string, published time.Time, text string, cs ...coded) *news.Article {
		return story(eventDoc(fmt.Sprintf("https://m.example/%d", n), source, published, nil, cs...), text)
	}
	return [][]*news.Article{
		{
			doc(0, "BelTA", day(2020, 9, 14), sochi, coded{"Putin lent Lukashenko money.", loan}),
			doc(1, "belta", day(2020, 9, 15), sochi, coded{"Putin lent Lukashenko money.", loan}),
			undate(doc(2, "TASS", day(2020, 9, 15), gas, coded{"Russia lent Belarus money.", loan})),
		},
		{
			doc(3, "Delfi", day(2020, 9, 16), sochi, coded{"Putin lent Lukashenko money.", loan}),
			doc(4, "Delfi", day(2020, 9, 20), oil, coded{"Putin lent more.", loan}, coded{"Again, he lent.", loan}),
		},
		{
			doc(5, "", time.Time{}, potash, coded{"Putin lent Lukashenko money.", loan}),
			doc(6, "", time.Time{}, reactor, coded{"Putin lent Lukashenko money.", loan}),
		},
	}
}

// TestEventIdentityBackfill stores the same articles in a fresh store and,
// as version 5 did, in a store of that version, migrated afterwards: the
// migration must identify the old events as Put identifies new ones.
func TestEventIdentityBackfill(t *testing.T) {
	ctx := context.Background()
	ms, err := readMigrations(migrations)
	if err != nil {
		t.Fatal(err)
	}
	before := fstest.MapFS{}
	for _, m := range ms[:5] {
		before["migrations/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
	}
	sdb, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "old.db")+"?_pragma=foreign_keys(1)&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	old := &DB{db: sdb, write: make(chan struct{}, 1)}
	t.Cleanup(func() { old.Close() })
	if err := migrate(ctx, sdb, before); err != nil {
		t.Fatal(err)
	}
	if v := pragma(t, old, "user_version"); v != "5" {
		t.Fatalf("old store at version %s, want 5", v)
	}
	fresh, put := MustOpenDB(t), identityCorpus()
	for _, b := range put {
		mustPut(t, fresh, b...)
	}
	putV5(t, sdb, slices.Concat(put...))
	if err := migrate(ctx, sdb, migrations); err != nil {
		t.Fatalf("migrating to the latest version: %v", err)
	}
	if v := pragma(t, old, "user_version"); v != latestVersion(t) {
		t.Fatalf("migrated store at version %s, want %s", v, latestVersion(t))
	}
	list := func(db *DB, put [][]*news.Article, f news.EventFilter) []telling {
		hits, err := db.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return tellingsOf(t, hits, slices.Concat(put...))
	}
	// TASS's telling on the 15th is not the loan story's: the copy of the
	// 15th tells the event on its original's day, the 14th.
	// TASS's undated telling sorts with the undated, though its day is
	// that of its article.
	want := []telling{
		{"Putin lent more.", 2, 1, 1, 4},
		{"Putin lent Lukashenko money.", 3, 3, 2, 0},
		{"Russia lent Belarus money.", 1, 1, 1, 2},
		{"Putin lent Lukashenko money.", 1, 1, 0, 5},
		{"Putin lent Lukashenko money.", 1, 1, 0, 6},
	}
	t.Run("a fresh store finds the events the corpus holds", func(t *testing.T) {
		if diff := cmp.Diff(want, list(fresh, put, news.EventFilter{})); diff != "" {
			t.Errorf("Events mismatch (-want +got):\n%s", diff)
		}
	})
	for _, f := range []news.EventFilter{{}, {Mentions: true}} {
		t.Run(fmt.Sprintf("the migrated store lists what the fresh one does, mentions %v", f.Mentions), func(t *testing.T) {
			if diff := cmp.Diff(list(fresh, put, f), list(old, put, f)); diff != "" {
				t.Errorf("Events mismatch (-fresh +migrated):\n%s", diff)
			}
		})
	}
	t.Run("the migrated store identifies new articles too", func(t *testing.T) {
		loan := put[0][0].Events[0]
		loan.Date = time.Time{}
		late := story(eventDoc("https://m.example/7", "Reuters", day(2020, 9, 15), nil, coded{"Putin lent Lukashenko money.", loan}), "Zapad manoeuvres alarmed Nato neighbours watching troops near Brest and Grodno.")
		mustPut(t, old, late)
		got := list(old, append(put, []*news.Article{late}), news.EventFilter{Filter: news.Filter{Source: "reuters"}})
		if diff := cmp.Diff([]telling{{"Putin lent Lukashenko money.", 2, 2, 2, 7}}, got); diff != "" {
			t.Errorf("Events mismatch (-want +got):\n%s", diff)
		}
	})
}

// putV5 writes the articles put stored, with their IDs, clusters and
// events, into sdb as Put did at schema version 5.
func putV5(tb testing.TB, sdb *sql.DB, put []*news.Article) {
	tb.Helper()
	for _, a := range put {
		_, err := sdb.Exec(`INSERT INTO articles (id, url, url_key, title, published, language, source, source_key, text, ingested_at, cluster)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', ?)`,
			a.ID, a.URL, urlKey(a.URL), a.Title, formatTime(a.Published), a.Language, a.Source, sourceKey(a.Source), a.Text, a.Cluster)
		if err != nil {
			tb.Fatal(err)
		}
		for _, e := range a.Events {
			_, err := sdb.Exec(`INSERT INTO events (article_id, source, target, source_code, target_code, type, cameo,
				quad_class, goldstein, realized, modality, date, start, "end", trigger_start, trigger_end, sentence)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				a.ID, string(e.Source), string(e.Target), e.SourceCode, e.TargetCode, e.Type, e.CAMEO, e.QuadClass,
				e.Goldstein, e.Realized, e.Modality, formatTime(e.Date), e.Span.Start, e.Span.End, e.Trigger.Start, e.Trigger.End, e.Sentence)
			if err != nil {
				tb.Fatal(err)
			}
		}
	}
}
