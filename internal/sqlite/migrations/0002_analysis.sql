-- What the analysis stages find in an article: mentions of actors, the
-- actors the knowledge base lacks, quotes, amounts and tone. Rows belong to
-- their article and go with it. Offsets are bytes into articles.text.

CREATE TABLE mentions (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	-- The text as written, kept so that "how is this actor written" needs
	-- no byte slicing of articles.text (SQLite's substr counts characters).
	text       TEXT NOT NULL DEFAULT '',
	actor      TEXT NOT NULL,
	code       TEXT NOT NULL DEFAULT '',
	how        TEXT NOT NULL DEFAULT '',
	sentence   INTEGER NOT NULL DEFAULT 0
);
-- Rows read back in rowid order, which is the order Put was given.
CREATE INDEX mentions_article ON mentions (article_id);
-- Covers ranking and co-mention queries without touching the table.
CREATE INDEX mentions_actor ON mentions (actor, article_id);

-- Actors the knowledge base lacks ("NEW:..." IDs), merged across articles
-- by ID. The knowledge base's own actors are embedded in the binary.
CREATE TABLE actors (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL DEFAULT '',
	-- Lowercased in Go, as articles.source_key is.
	name_key   TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL DEFAULT '',
	descriptor TEXT NOT NULL DEFAULT '',
	-- Published date of the earliest article seen mentioning the actor,
	-- in the same layout as articles.published; NULL when none was dated.
	first_seen TEXT
) WITHOUT ROWID;
CREATE INDEX actors_name ON actors (name_key);

CREATE TABLE quotes (
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	text          TEXT NOT NULL DEFAULT '',
	speaker       TEXT NOT NULL DEFAULT '',
	speaker_text  TEXT NOT NULL DEFAULT '',
	descriptor    TEXT NOT NULL DEFAULT '',
	cue           TEXT NOT NULL DEFAULT '',
	direct        INTEGER NOT NULL DEFAULT 0,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	speaker_start INTEGER NOT NULL DEFAULT 0,
	speaker_end   INTEGER NOT NULL DEFAULT 0,
	sentence      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker, article_id) WHERE speaker != '';

CREATE TABLE amounts (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	text       TEXT NOT NULL DEFAULT '',
	value      REAL NOT NULL DEFAULT 0,
	unit       TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL DEFAULT '',
	object     TEXT NOT NULL DEFAULT '',
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	sentence   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX amounts_article ON amounts (article_id);

-- One row per article that has a tone: a side table rather than columns on
-- articles, so an article without one needs no NULLs and the articles
-- insert stays as it was.
CREATE TABLE tones (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	tone       REAL NOT NULL,
	positive   REAL NOT NULL,
	negative   REAL NOT NULL,
	polarity   REAL NOT NULL,
	word_count INTEGER NOT NULL
);
