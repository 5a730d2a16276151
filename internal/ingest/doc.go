// Package ingest turns files, directories, globs and stdin into news.Raw
// documents: Expand resolves command-line arguments to inputs, Read reads
// one input and hands each document to a Sink.
//
// It does not extract article text from HTML, clean boilerplate, detect
// languages or deduplicate; those are later stages. It does not fetch URLs.
//
// # Formats
//
// Read decompresses gzip (by magic bytes; multi-member streams, as Common
// Crawl ships WARCs, read through; a .gz name on bytes that are not gzip is
// read as it is) and then names the format: a WARC version line wins;
// otherwise the extension (.txt, .html/.htm, .jsonl/.ndjson/.json, .csv,
// .warc, .rss/.atom, .xml when it holds a feed); otherwise the content: '{'
// starts JSONL, an rss/feed/rdf root a feed, other markup HTML, a header
// row naming a text column CSV, and anything else plain text.
// Stdin ("-") is always sniffed.
//
//   - Plain text: the file is one article (HTML false). It must be UTF-8,
//     or UTF-16 with a byte-order mark.
//   - HTML: the file is one page (HTML true), transcoded to UTF-8 from the
//     charset its <meta charset>, <meta http-equiv="content-type"> or XML
//     declaration names. A page that declares none must be UTF-8.
//   - JSONL (.jsonl, .ndjson, .json): one object per line, named
//     "path#line N". A line that is not an object goes to Sink.Error; lines
//     may be up to 64 MB. A file holding one JSON array of objects is
//     refused with a hint to convert it (jq -c '.[]').
//   - CSV: a header row, then one article per row, named "path#row N" with
//     rows counted from 1 after the header. A row with the wrong number of
//     fields goes to Sink.Error.
//   - WARC 1.0/1.1, plain or one gzip member per record, named
//     "path#record N". A response record yields its page when the HTTP
//     status is 200 and the Content-Type is HTML; chunked transfer and gzip
//     or deflate content encodings are undone, and the charset comes from
//     the HTTP header, then the page. Resource records with an HTML type
//     are taken as they are. URL is WARC-Target-URI; Published stays zero,
//     since WARC-Date is when the page was crawled. Skip reasons are
//     "warc: http NNN", "warc: not html", "warc: not http", "warc: empty
//     page", "warc: record too large", "warc: page too large" and
//     "warc: content-encoding X". request, metadata, warcinfo, revisit,
//     conversion and continuation records are passed over uncounted.
//   - RSS, RDF and Atom feeds (read with gofeed): each item is one Raw,
//     named "path#item N", HTML true, Body the item's content:encoded or
//     else its description, as a fragment. URL is the item link, Title the
//     item title, Published the item's published or else updated date,
//     Author the item's author names joined with ", ", Source the feed
//     title and Language the feed language. An item with neither is
//     skipped as "feed: item without content".
//
// # JSONL and CSV fields
//
// Keys and column names match case-insensitively. Where a record has more
// than one key for a field, the first in this list wins:
//
//	URL        url, link, canonical_url
//	Title      title, headline
//	Body       text, content, maintext, body, article      (HTML false)
//	Body       html, raw_html, when no text key is present (HTML true)
//	Published  date, published, date_publish, publish_date, pubDate,
//	           published_at, publishedAt, date_published
//	Source     source, domain, site_name, source_domain
//	Language   language, lang
//	Author     author, authors, byline
//
// In JSONL an array of strings is joined (authors with ", ", text with a
// blank line) and an object stands for its "name" member, as in NewsAPI's
// {"source": {"id": …, "name": …}}. Dates are RFC 3339, "2006-01-02",
// "2006-01-02 15:04:05", RFC 1123 and similar forms, Unix seconds or
// milliseconds; a date Read cannot read leaves Published zero and is not an
// error. Ambiguous forms such as 01/02/2006 are deliberately not read. A
// record with no text is skipped as "jsonl: record without text" or
// "csv: row without text".
//
// # Bad input
//
// Read returns an error, after sending what came before it, for an empty
// input, binary content (NUL bytes or many control bytes; news.ErrUnsupported),
// text that is not UTF-8 and declares no charset (news.ErrInvalid), a
// truncated gzip stream and a truncated WARC record (named by its number).
// Documents above 64 MB are refused rather than read.
//
// # Why a hand-written WARC reader
//
// No Go WARC library is available to the project; the format is a version
// line, named fields, Content-Length bytes and two line endings, which
// warc.go reads in a page of code, bounded so that a lying Content-Length
// cannot claim memory the input does not back.
package ingest
