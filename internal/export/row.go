package export

import (
	"strings"
	"time"

	"github.com/entente-news/entente/internal/news"
)

// The row types are the flat, typed records of the CSV and Parquet
// formats: one field a column, named by its parquet tag. Optional values
// (an undated article, an article without tone) are pointers, which
// Parquet stores as nulls and CSV as empty cells.

type articleRow struct {
	ID        int64      `parquet:"id"`
	URL       string     `parquet:"url"`
	Title     string     `parquet:"title"`
	Author    string     `parquet:"author"`
	Published *time.Time `parquet:"published,optional,timestamp(millisecond)"`
	Language  string     `parquet:"language,dict"`
	Source    string     `parquet:"source,dict"`
	Origin    string     `parquet:"origin"`
	Cluster   int64      `parquet:"cluster"`
	Tone      *float64   `parquet:"tone,optional"`
	Positive  *float64   `parquet:"positive,optional"`
	Negative  *float64   `parquet:"negative,optional"`
	Polarity  *float64   `parquet:"polarity,optional"`
	WordCount *int64     `parquet:"word_count,optional"`
	Mentions  int64      `parquet:"mentions"`
	Quotes    int64      `parquet:"quotes"`
	Events    int64      `parquet:"events"`
	Amounts   int64      `parquet:"amounts"`
	Text      string     `parquet:"text"`
}

func newArticleRow(a *news.Article) articleRow {
	r := articleRow{
		ID: a.ID, URL: a.URL, Title: a.Title, Author: a.Author, Published: when(a.Published),
		Language: a.Language, Source: a.Source, Origin: a.Origin, Cluster: a.Cluster,
		Mentions: int64(len(a.Mentions)), Quotes: int64(len(a.Quotes)), Events: int64(len(a.Events)),
		Amounts: int64(len(a.Amounts)), Text: a.Text,
	}
	if t := a.Tone; t != nil {
		wc := int64(t.WordCount)
		r.Tone, r.Positive, r.Negative, r.Polarity, r.WordCount = &t.Tone, &t.Positive, &t.Negative, &t.Polarity, &wc
	}
	return r
}

type quoteRow struct {
	ArticleID     int64      `parquet:"article_id"`
	Published     *time.Time `parquet:"published,optional,timestamp(millisecond)"`
	ArticleSource string     `parquet:"article_source,dict"`
	Language      string     `parquet:"language,dict"`
	URL           string     `parquet:"url"`
	Title         string     `parquet:"title"`
	Speaker       string     `parquet:"speaker,dict"`
	SpeakerCode   string     `parquet:"speaker_code,dict"`
	SpeakerName   string     `parquet:"speaker_name,dict"`
	SpeakerText   string     `parquet:"speaker_text"`
	Descriptor    string     `parquet:"descriptor"`
	Cue           string     `parquet:"cue,dict"`
	Direct        bool       `parquet:"direct"`
	Text          string     `parquet:"text"`
	Sentence      int64      `parquet:"sentence"`
	Start         int64      `parquet:"start"`
	End           int64      `parquet:"end"`
	// The counts come last, where they move no column a reader finds by
	// position.
	NumMentions int64 `parquet:"num_mentions"`
	NumArticles int64 `parquet:"num_articles"`
	NumSources  int64 `parquet:"num_sources"`
}

func newQuoteRow(h news.QuoteHit, names Names) quoteRow {
	q, a := h.Quote, article(h.Article)
	return quoteRow{
		ArticleID: a.ID, Published: when(a.Published), ArticleSource: a.Source, Language: a.Language,
		URL: a.URL, Title: a.Title, Speaker: string(q.Speaker), SpeakerCode: actorCode(names, q.Speaker, a.Published),
		SpeakerName: actorName(names, q.Speaker), SpeakerText: q.SpeakerText, Descriptor: q.Descriptor,
		Cue: q.Cue, Direct: q.Direct, Text: q.Text, Sentence: int64(q.Sentence),
		Start: int64(q.Span.Start), End: int64(q.Span.End),
		NumMentions: int64(h.NumMentions), NumArticles: int64(h.NumArticles), NumSources: int64(h.NumSources),
	}
}

type eventRow struct {
	ID            int64      `parquet:"id"`
	Date          *time.Time `parquet:"date,optional,timestamp(millisecond)"`
	Source        string     `parquet:"source,dict"`
	SourceCode    string     `parquet:"source_code,dict"`
	SourceName    string     `parquet:"source_name,dict"`
	Target        string     `parquet:"target,dict"`
	TargetCode    string     `parquet:"target_code,dict"`
	TargetName    string     `parquet:"target_name,dict"`
	CAMEO         string     `parquet:"cameo,dict"`
	Type          string     `parquet:"type,dict"`
	QuadClass     int32      `parquet:"quad_class"`
	Goldstein     float64    `parquet:"goldstein"`
	Realized      bool       `parquet:"realized"`
	Modality      string     `parquet:"modality,dict"`
	NumMentions   int64      `parquet:"num_mentions"`
	NumArticles   int64      `parquet:"num_articles"`
	NumSources    int64      `parquet:"num_sources"`
	Sentence      string     `parquet:"sentence"`
	SentenceIndex int64      `parquet:"sentence_index"`
	Start         int64      `parquet:"start"`
	End           int64      `parquet:"end"`
	ArticleID     int64      `parquet:"article_id"`
	Published     *time.Time `parquet:"published,optional,timestamp(millisecond)"`
	ArticleSource string     `parquet:"article_source,dict"`
	Language      string     `parquet:"language,dict"`
	URL           string     `parquet:"url"`
	Title         string     `parquet:"title"`
	// DatePrecision (news.Event.DatePrecision) came after the first
	// release, so it comes last: no column a reader finds by position moves.
	DatePrecision string `parquet:"date_precision,dict"`
}

func newEventRow(h news.EventHit, names Names) eventRow {
	e, a := h.Event, article(h.Article)
	return eventRow{
		ID: h.ID, Date: when(e.Date), DatePrecision: e.DatePrecision, Source: string(e.Source), SourceCode: e.SourceCode,
		SourceName: actorName(names, e.Source), Target: string(e.Target), TargetCode: e.TargetCode,
		TargetName: actorName(names, e.Target), CAMEO: e.CAMEO, Type: e.Type, QuadClass: int32(e.QuadClass),
		Goldstein: e.Goldstein, Realized: e.Realized, Modality: e.Modality,
		NumMentions: int64(h.NumMentions), NumArticles: int64(h.NumArticles), NumSources: int64(h.NumSources),
		Sentence: h.Sentence, SentenceIndex: int64(e.Sentence), Start: int64(e.Span.Start), End: int64(e.Span.End),
		ArticleID: a.ID, Published: when(a.Published), ArticleSource: a.Source, Language: a.Language,
		URL: a.URL, Title: a.Title,
	}
}

// article guards against a hit without its article: a store bug should
// give empty cells, not a panic halfway through a file.
func article(a *news.Article) *news.Article {
	if a == nil {
		return &news.Article{}
	}
	return a
}

// when is nil for the zero time, so that Parquet stores a null rather than
// year 1.
func when(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	return &t
}

// actorName is the knowledge base's name for id, or, for actors it lacks,
// the ID read as a name: IDs are chosen to read as what they name
// ("ALEXANDER_LUKASHENKO", "NEW:coordination council").
func actorName(names Names, id news.ActorID) string {
	if id == "" {
		return ""
	}
	if names != nil {
		if a, ok := names.Actor(id); ok && a.Name != "" {
			return a.Name
		}
	}
	return strings.ReplaceAll(strings.TrimPrefix(string(id), "NEW:"), "_", " ")
}

// actorCode is id's CAMEO code at t: its fixed code, or for people the
// code of the role they held then.
func actorCode(names Names, id news.ActorID, t time.Time) string {
	if id == "" || names == nil {
		return ""
	}
	a, ok := names.Actor(id)
	if !ok {
		return ""
	}
	if a.Code != "" {
		return a.Code
	}
	if r, ok := a.RoleAt(t); ok {
		return r.Code
	}
	return ""
}
