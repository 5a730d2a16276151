package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/news"
	"github.com/google/go-cmp/cmp"
)

// A said is one piece of a made-up article: words, and the actor they
// mention when Actor is set.
type said struct {
	Text  string
	Actor news.ActorID
	How   string
}

// doc builds an article from pieces joined by spaces, with a mention for
// each piece that names an actor, all in sentence 0.
func doc(url string, published time.Time, pieces ...said) *news.Article {
	a := &news.Article{URL: url, Title: url, Published: published}
	var b strings.Builder
	for _, p := range pieces {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(p.Text)
		if p.Actor != "" {
			how := p.How
			if how == "" {
				how = "name"
			}
			a.Mentions = append(a.Mentions, news.Mention{
				Span: news.Span{Start: start, End: b.Len()}, Text: p.Text, Actor: p.Actor, How: how,
			})
		}
	}
	a.Text = b.String()
	return a
}

// quote adds a direct quote of the piece text to a, by speaker.
func quote(a *news.Article, text string, speaker news.ActorID) *news.Article {
	i := strings.Index(a.Text, text)
	a.Quotes = append(a.Quotes, news.Quote{Text: text, Speaker: speaker, Cue: "said", Direct: true,
		Span: news.Span{Start: i, End: i + len(text)}})
	return a
}

const (
	luk   news.ActorID = "ALEXANDER_LUKASHENKO"
	putin news.ActorID = "VLADIMIR_PUTIN"
	blr   news.ActorID = "BLRGOV"
	pet   news.ActorID = "NEW:IVAN_PETROV"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 0, 0, 0, time.UTC) }

// corpus stores four articles: two in August 2020, one in February 2022 and
// an undated one, mentioning Lukashenko 5 times in 4 articles, Putin 4
// times in 2, Petrov twice in 1 and the Belarusian government once.
func corpus(tb testing.TB, db *DB) []*news.Article {
	tb.Helper()
	as := []*news.Article{
		quote(doc("https://a.example/1", date(2020, 8, 10),
			said{"Alexander Lukashenko", luk, ""}, said{"spoke to", "", ""}, said{"Vladimir Putin", putin, ""},
			said{"as", "", ""}, said{"Minsk", blr, "metonym"}, said{"watched.", "", ""},
			said{"Lukashenko", luk, "surname"}, said{"said: we stand firm.", "", ""}), "we stand firm.", luk),
		quote(doc("https://a.example/2", date(2020, 8, 20),
			said{"Ivan Petrov", pet, "new"}, said{"criticised", "", ""}, said{"Lukashenko.", luk, "surname"},
			said{"Petrov", pet, "surname"}, said{"said: it is over.", "", ""}), "it is over.", pet),
		quote(quote(doc("https://a.example/3", date(2022, 2, 24),
			said{"Putin", putin, "surname"}, said{"and", "", ""}, said{"Lukashenko", luk, "surname"},
			said{"met.", "", ""}, said{"Putin", putin, "surname"}, said{"said: we are one.", "", ""},
			said{"He", putin, "pronoun"}, said{"added: and united. Lukashenko said: yes.", "", ""}),
			"we are one.", putin), "yes.", luk),
		doc("https://a.example/4", time.Time{}, said{"Lukashenko", luk, "surname"}, said{"again.", "", ""}),
	}
	as[1].NewActors = []news.Actor{{ID: pet, Name: "Ivan Petrov", Kind: "person", Descriptor: "a political analyst"}}
	mustPut(tb, db, as...)
	return as
}

func TestActors(t *testing.T) {
	db := MustOpenDB(t)
	corpus(t, db)
	tests := []struct {
		name string
		f    news.ActorFilter
		want []news.ActorCount
	}{
		{
			name: "actors rank by mentions, then articles, then id",
			want: []news.ActorCount{
				{Actor: luk, Articles: 4, Mentions: 5},
				{Actor: putin, Articles: 2, Mentions: 4},
				{Actor: pet, Name: "Ivan Petrov", Articles: 1, Mentions: 2},
				{Actor: blr, Articles: 1, Mentions: 1},
			},
		},
		{
			name: "a date range counts only the articles published in it",
			f:    news.ActorFilter{Filter: news.Filter{From: date(2020, 8, 1), To: time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)}},
			want: []news.ActorCount{
				{Actor: luk, Articles: 2, Mentions: 3},
				{Actor: pet, Name: "Ivan Petrov", Articles: 1, Mentions: 2},
				{Actor: blr, Articles: 1, Mentions: 1},
				{Actor: putin, Articles: 1, Mentions: 1},
			},
		},
		{
			name: "limit and offset page the ranking",
			f:    news.ActorFilter{Filter: news.Filter{Limit: 2, Offset: 1}},
			want: []news.ActorCount{
				{Actor: putin, Articles: 2, Mentions: 4},
				{Actor: pet, Name: "Ivan Petrov", Articles: 1, Mentions: 2},
			},
		},
		{
			name: "a range without articles ranks nobody",
			f:    news.ActorFilter{Filter: news.Filter{From: date(2030, 1, 1)}},
			want: []news.ActorCount{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Actors(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Actors mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("mentions outrank articles: three mentions in one article beat one in each of two", func(t *testing.T) {
		db := MustOpenDB(t)
		mustPut(t, db,
			doc("https://b.example/1", date(2021, 1, 1), said{"Putin", putin, ""}, said{"Putin", putin, ""}, said{"Putin", putin, ""}, said{"Minsk", blr, ""}),
			doc("https://b.example/2", date(2021, 1, 2), said{"Minsk", blr, ""}))
		got, err := db.Actors(context.Background(), news.ActorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		want := []news.ActorCount{{Actor: putin, Articles: 1, Mentions: 3}, {Actor: blr, Articles: 2, Mentions: 2}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Actors mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("from after to is invalid", func(t *testing.T) {
		_, err := db.Actors(context.Background(), news.ActorFilter{Filter: news.Filter{From: date(2022, 1, 1), To: date(2020, 1, 1)}})
		if !errors.Is(err, news.ErrInvalid) {
			t.Errorf("error = %v, want ErrInvalid", err)
		}
	})
}

func TestActorDetail(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	corpus(t, db)
	t.Run("a known actor gets totals, forms, months and co-mentions", func(t *testing.T) {
		got, err := db.ActorDetail(ctx, luk)
		if err != nil {
			t.Fatal(err)
		}
		got.Quotes = nil // checked below
		want := &news.ActorInfo{
			ActorCount: news.ActorCount{Actor: luk, Articles: 4, Mentions: 5},
			FirstSeen:  date(2020, 8, 10), LastSeen: date(2022, 2, 24),
			Forms: []news.FormCount{
				{Text: "Lukashenko", How: "surname", Mentions: 3},
				{Text: "Alexander Lukashenko", How: "name", Mentions: 1},
				{Text: "Lukashenko.", How: "surname", Mentions: 1},
			},
			Codes:       []news.CodeCount{},
			Descriptors: []string{},
			Months: []news.MonthCount{
				{Month: "2020-08", Articles: 2, Mentions: 3},
				{Month: "2022-02", Articles: 1, Mentions: 1},
			},
			CoMentioned: []news.ActorCount{
				{Actor: putin, Articles: 2, Mentions: 4},
				{Actor: pet, Name: "Ivan Petrov", Articles: 1, Mentions: 2},
				{Actor: blr, Articles: 1, Mentions: 1},
			},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ActorDetail mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("an actor's quotes come newest first with their articles", func(t *testing.T) {
		got, err := db.ActorDetail(ctx, luk)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, h := range got.Quotes {
			texts = append(texts, h.Quote.Text+" @"+h.Article.URL)
		}
		want := []string{"yes. @https://a.example/3", "we stand firm. @https://a.example/1"}
		if diff := cmp.Diff(want, texts); diff != "" {
			t.Errorf("quotes (-want +got):\n%s", diff)
		}
	})
	t.Run("a new actor carries its stored record", func(t *testing.T) {
		got, err := db.ActorDetail(ctx, pet)
		if err != nil {
			t.Fatal(err)
		}
		want := &news.Actor{ID: pet, Name: "Ivan Petrov", Kind: "person", Descriptor: "a political analyst"}
		if diff := cmp.Diff(want, got.New); diff != "" {
			t.Errorf("New (-want +got):\n%s", diff)
		}
		if got.Name != "Ivan Petrov" || got.Mentions != 2 {
			t.Errorf("Name %q, Mentions %d", got.Name, got.Mentions)
		}
	})
	t.Run("codes carry the dates of their first and last article", func(t *testing.T) {
		a := doc("https://a.example/codes", date(2013, 1, 1), said{"Putin", putin, "surname"})
		a.Mentions[0].Code = "RUSGOV"
		b := doc("https://a.example/codes2", date(2010, 1, 1), said{"Putin", putin, "surname"})
		b.Mentions[0].Code = "RUSGOV"
		mustPut(t, db, a, b)
		got, err := db.ActorDetail(ctx, putin)
		if err != nil {
			t.Fatal(err)
		}
		want := []news.CodeCount{{Code: "RUSGOV", Mentions: 2, From: date(2010, 1, 1), To: date(2013, 1, 1)}}
		if diff := cmp.Diff(want, got.Codes); diff != "" {
			t.Errorf("Codes (-want +got):\n%s", diff)
		}
	})
	t.Run("descriptors come from the actor's quotes, most frequent first", func(t *testing.T) {
		a := doc("https://a.example/desc", date(2023, 1, 1), said{"The", "", ""}, said{"Belarusian leader", luk, "role"},
			said{"said: one. The president said: two. He said: three. Mr Lukashenko said: four.", "", ""})
		for _, q := range []struct{ text, desc string }{{"one.", "the Belarusian leader"}, {"two.", "the president"}, {"three.", ""}, {"four.", "the Belarusian leader"}} {
			quote(a, q.text, luk)
			a.Quotes[len(a.Quotes)-1].Descriptor = q.desc
		}
		mustPut(t, db, a)
		got, err := db.ActorDetail(ctx, luk)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"the Belarusian leader", "the president"}, got.Descriptors); diff != "" {
			t.Errorf("Descriptors (-want +got):\n%s", diff)
		}
	})
	t.Run("an actor nobody mentions is not found", func(t *testing.T) {
		_, err := db.ActorDetail(ctx, "NOBODY")
		if !errors.Is(err, news.ErrNotFound) {
			t.Errorf("error = %v, want ErrNotFound", err)
		}
	})
}

func TestNewActorsMerge(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	later := doc("https://a.example/later", date(2021, 3, 1), said{"Petrov", pet, "new"})
	later.NewActors = []news.Actor{{ID: pet, Name: "Petrov", Kind: "person"}}
	earlier := doc("https://a.example/earlier", date(2020, 1, 1), said{"Ivan Petrov", pet, "new"})
	earlier.NewActors = []news.Actor{{ID: pet, Name: "Ivan Petrov", Kind: "organisation", Descriptor: "a political analyst"}}
	third := doc("https://a.example/third", date(2022, 1, 1), said{"Petrov", pet, "new"})
	third.NewActors = []news.Actor{{ID: pet, Descriptor: "a banker"}}
	bare := doc("https://a.example/bare", date(2022, 1, 1), said{"Ivanova", "NEW:OLGA_IVANOVA", "surname"},
		said{"Olga Ivanova", "NEW:OLGA_IVANOVA", "new"}, said{"spoke", "", ""})
	mustPut(t, db, later)
	mustPut(t, db, earlier, third, bare)

	t.Run("an actor merged across articles keeps the first name, kind and descriptor given", func(t *testing.T) {
		got, err := db.ActorDetail(ctx, pet)
		if err != nil {
			t.Fatal(err)
		}
		want := &news.Actor{ID: pet, Name: "Petrov", Kind: "person", Descriptor: "a political analyst"}
		if diff := cmp.Diff(want, got.New); diff != "" {
			t.Errorf("merged actor (-want +got):\n%s", diff)
		}
	})
	t.Run("first seen is the earliest article, whatever the order of ingest", func(t *testing.T) {
		var first string
		if err := db.db.QueryRow("SELECT first_seen FROM actors WHERE id = ?", string(pet)).Scan(&first); err != nil {
			t.Fatal(err)
		}
		if first != "2020-01-01T09:00:00Z" {
			t.Errorf("first_seen = %s", first)
		}
	})
	t.Run("a new actor mentioned but not described is named by the mention that introduced it", func(t *testing.T) {
		got, err := db.Article(ctx, bare.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := []news.Actor{{ID: "NEW:OLGA_IVANOVA", Name: "Olga Ivanova"}}
		if diff := cmp.Diff(want, got.NewActors); diff != "" {
			t.Errorf("NewActors (-want +got):\n%s", diff)
		}
	})
	t.Run("new actors are found by name without regard to case", func(t *testing.T) {
		for _, name := range []string{"olga ivanova", "OLGA  IVANOVA"} {
			got, err := db.ActorsNamed(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].ID != "NEW:OLGA_IVANOVA" {
				t.Errorf("ActorsNamed(%q) = %+v", name, got)
			}
		}
		if got, _ := db.ActorsNamed(ctx, "Nobody"); len(got) != 0 {
			t.Errorf("ActorsNamed(Nobody) = %+v", got)
		}
	})
}

func BenchmarkActors(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	// 2,000 articles over two years, each mentioning 5 of 50 actors twice.
	var batch []*news.Article
	for i := range 2000 {
		var pieces []said
		for k := range 5 {
			id := news.ActorID("ACTOR_" + strconv.Itoa((i*7+k*11)%50))
			pieces = append(pieces, said{"Name", id, ""}, said{"He", id, "pronoun"})
		}
		batch = append(batch, doc("https://a.example/"+strconv.Itoa(i), date(2020, 1, 1).AddDate(0, 0, i%730), pieces...))
	}
	mustPut(b, db, batch...)
	f := news.ActorFilter{Filter: news.Filter{From: date(2020, 6, 1), To: date(2021, 6, 1), Limit: 20}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.Actors(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkActorDetail(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	var batch []*news.Article
	for i := range 2000 {
		var pieces []said
		for k := range 5 {
			id := news.ActorID("ACTOR_" + strconv.Itoa((i*7+k*11)%50))
			pieces = append(pieces, said{"Name", id, ""}, said{"said: yes.", "", ""})
		}
		a := doc("https://a.example/"+strconv.Itoa(i), date(2020, 1, 1).AddDate(0, 0, i%730), pieces...)
		batch = append(batch, quote(a, "yes.", a.Mentions[0].Actor))
	}
	mustPut(b, db, batch...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.ActorDetail(ctx, "ACTOR_7"); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleDB_Actors() {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	text := "Lukashenko met Putin. Lukashenko said no."
	a := &news.Article{URL: "https://a.example/1", Text: text, Mentions: []news.Mention{
		{Span: news.Span{Start: 0, End: 10}, Text: "Lukashenko", Actor: "ALEXANDER_LUKASHENKO", How: "surname"},
		{Span: news.Span{Start: 15, End: 20}, Text: "Putin", Actor: "VLADIMIR_PUTIN", How: "surname"},
		{Span: news.Span{Start: 22, End: 32}, Text: "Lukashenko", Actor: "ALEXANDER_LUKASHENKO", How: "surname"},
	}}
	if _, err := db.Put(ctx, []*news.Article{a}); err != nil {
		panic(err)
	}
	ranking, err := db.Actors(ctx, news.ActorFilter{})
	if err != nil {
		panic(err)
	}
	for _, c := range ranking {
		fmt.Println(c.Actor, c.Articles, c.Mentions)
	}
	// Output:
	// ALEXANDER_LUKASHENKO 1 2
	// VLADIMIR_PUTIN 1 1
}

func TestActorFormsFoldCase(t *testing.T) {
	tests := []struct {
		name string
		docs []*news.Article
		want []news.FormCount
	}{
		{"a pronoun opening a sentence and inside one is one form, in its commonest spelling",
			[]*news.Article{
				doc("https://f.example/1", date(2021, 1, 1), said{"He", putin, "pronoun"}, said{"said so, and", "", ""}, said{"he", putin, "pronoun"}, said{"left.", "", ""}),
				doc("https://f.example/2", date(2021, 1, 2), said{"He", putin, "pronoun"}, said{"came back.", "", ""}),
			},
			[]news.FormCount{{Text: "He", How: "pronoun", Mentions: 3}}},
		{"a headline's capitals join the body's name, and a Cyrillic case pair folds too",
			[]*news.Article{
				doc("https://f.example/3", date(2021, 1, 3), said{"PUTIN", putin, "surname"}, said{"VISITS MINSK.", "", ""}, said{"Putin", putin, "surname"}, said{"arrived.", "", ""}),
				doc("https://f.example/4", date(2021, 1, 4), said{"Putin", putin, "surname"}, said{"spoke.", "", ""}, said{"ПУТИН", putin, "alias"}, said{"и", "", ""}, said{"Путин", putin, "alias"}),
			},
			[]news.FormCount{{Text: "Putin", How: "surname", Mentions: 3}, {Text: "ПУТИН", How: "alias", Mentions: 2}}},
		{"the same text read two ways stays two forms",
			[]*news.Article{
				doc("https://f.example/5", date(2021, 1, 5), said{"Minsk", putin, "metonym"}, said{"and", "", ""}, said{"Minsk", putin, "alias"}),
			},
			[]news.FormCount{{Text: "Minsk", How: "alias", Mentions: 1}, {Text: "Minsk", How: "metonym", Mentions: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			mustPut(t, db, tt.docs...)
			got, err := db.ActorDetail(context.Background(), putin)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Forms); diff != "" {
				t.Errorf("forms (-want +got):\n%s", diff)
			}
		})
	}
}
