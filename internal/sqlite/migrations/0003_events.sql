-- Coded events: who did what to whom, one row per event an article's
-- sentence carries. Rows belong to their article and go with it. Offsets are
-- bytes into articles.text: start/end the evidence sentence, trigger_start/
-- trigger_end its verb.

CREATE TABLE events (
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	source        TEXT NOT NULL DEFAULT '',
	target        TEXT NOT NULL DEFAULT '',
	-- CAMEO country+sector codes, e.g. "BLRGOV"; the first three letters
	-- are the country, which is how a country stands for all its sectors.
	source_code   TEXT NOT NULL DEFAULT '',
	target_code   TEXT NOT NULL DEFAULT '',
	type          TEXT NOT NULL DEFAULT '',
	cameo         TEXT NOT NULL DEFAULT '',
	quad_class    INTEGER NOT NULL DEFAULT 0,
	goldstein     REAL NOT NULL DEFAULT 0,
	realized      INTEGER NOT NULL DEFAULT 0,
	modality      TEXT NOT NULL DEFAULT '',
	-- The event's date in the layout of articles.published; NULL when
	-- unknown (an undated event of an undated article).
	date          TEXT,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	trigger_start INTEGER NOT NULL DEFAULT 0,
	trigger_end   INTEGER NOT NULL DEFAULT 0,
	sentence      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_article ON events (article_id);
-- Dyad queries look an actor pair up from either side.
CREATE INDEX events_source ON events (source, target, date);
CREATE INDEX events_target ON events (target, source, date);
-- Country groups match on the code's prefix (source_code >= 'BLR' AND
-- source_code < 'BLS'), which these ranges serve.
CREATE INDEX events_source_code ON events (source_code, target_code, date);
CREATE INDEX events_target_code ON events (target_code, source_code, date);
