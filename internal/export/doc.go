// Package export streams stored articles, quotes and events out of a store
// into files other tools read: JSON lines, CSV, Parquet, and GDELT 2.0's
// event table.
//
// Input → output: a Store (the news read contracts: List and Article,
// Quotes, Events) and Options naming a kind, a format and filters → records
// written to an io.Writer, one page of the store at a time, so that a large
// store never sits in memory at once.
//
// Formats:
//   - jsonl: one JSON object per line, in the news types' own JSON (an
//     article with its text and analyses, a news.QuoteHit, a news.EventHit);
//   - csv: RFC 4180 with a header row and one flat column per scalar field;
//   - parquet: the same flat columns, typed, zstd-compressed, written with
//     github.com/parquet-go/parquet-go;
//   - gdelt (events only): the 61 tab-separated columns of the GDELT 2.0
//     event table, no header row, in the order of "The GDELT Event Database
//     Data Format Codebook V2.0" (2/19/2015, http://gdeltproject.org/data.html).
//
// The CSV and Parquet columns come from one row struct per kind, so the two
// formats cannot drift apart: the CSV header is the Parquet schema's column
// names.
//
// GDELT mapping: GLOBALEVENTID is the stored event's ID; SQLDATE, MonthYear,
// Year and FractionDate come from the event's date, or the article's
// publication date when the sentence gives none (as GDELT dates undated
// events by their report); FractionDate is year + ((month-1)*30 + day)/365,
// the codebook's approximation, which puts 1 January 1979 at 1979.0027 as
// GDELT's own files do. The actor fields split the CAMEO code into 3-letter
// parts (BLRGOV → country BLR, type GOV; IGOEUREEC → type IGO, country EUR,
// known group EEC); ethnic codes are left empty, since the knowledge base
// codes no ethnicity. IsRootEvent is 1 for an event in the article's first
// sentence (GDELT's proxy for the lead paragraph). EventBaseCode and
// EventRootCode are the CAMEO code's first 3 and 2 digits. NumMentions,
// NumSources and NumArticles are the store's counts, AvgTone the article's
// tone. Entente does not geocode: every Geo_Type is 0 and the other geo
// columns are empty, as in GDELT rows without a location. DATEADDED is the
// article's publication time (Entente keeps no ingest time). SOURCEURL is the
// article's URL, or its source's name when it has none, as GDELT cites
// sources without URLs. Only realised events are GDELT events; events with
// no date at all are skipped and counted.
//
// The CAMEO actor-code splitter is written here rather than taken from a
// library because no Go library does it; its type, religion and region
// lists are those of the CAMEO manual (v1.1b3, chapter 3), and a country is
// any ISO 3166-1 alpha-3 code golang.org/x/text knows.
//
// It does not resolve actor names itself (Options.Names does), geocode, or
// write GDELT's mentions or GKG tables.
package export
