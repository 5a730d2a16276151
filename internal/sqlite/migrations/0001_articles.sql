-- Articles and their full-text index.
--
-- url_key is the normalised URL (see urlKey in url.go) and carries the
-- identity of an article that has one; hash carries it for one that has not.
-- Both unique indexes are partial so that empty keys never collide.
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	url         TEXT NOT NULL DEFAULT '',
	url_key     TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	-- RFC 3339 UTC to the second, fixed width, so text order is time order;
	-- NULL when unknown, which sorts last under ORDER BY published DESC.
	published   TEXT,
	language    TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	-- Lowercased in Go: SQLite's NOCASE and lower() fold ASCII only.
	source_key  TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL DEFAULT '',
	origin      TEXT NOT NULL DEFAULT '',
	hash        TEXT NOT NULL DEFAULT '',
	-- JSON array of news.Removal; NULL when nothing was removed.
	removed     TEXT,
	ingested_at TEXT NOT NULL
);

CREATE UNIQUE INDEX articles_url_key ON articles (url_key) WHERE url_key != '';
CREATE UNIQUE INDEX articles_hash_nourl ON articles (hash) WHERE url_key = '' AND hash != '';
-- A URL-less article is also a duplicate of one with a URL and the same hash.
CREATE INDEX articles_hash ON articles (hash) WHERE hash != '';
CREATE INDEX articles_published ON articles (published DESC, id);
CREATE INDEX articles_source ON articles (source_key, published DESC);
CREATE INDEX articles_language ON articles (language COLLATE NOCASE, published DESC);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title,
	text,
	content = 'articles',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
