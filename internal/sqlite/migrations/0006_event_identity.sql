-- Event identity: the tellings of one event, by several articles or by one
-- article twice, share events.event_id, the id of the event's first stored
-- telling (see "Events" in doc.go for the rule and why).
--
-- The events table is rebuilt with an explicit INTEGER PRIMARY KEY: VACUUM
-- may renumber an implicit rowid, and event_id and news.EventHit.ID must
-- stay what they were. The copy keeps every rowid as the new id.
CREATE TABLE events_new (
	id            INTEGER PRIMARY KEY,
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	source        TEXT NOT NULL DEFAULT '',
	target        TEXT NOT NULL DEFAULT '',
	source_code   TEXT NOT NULL DEFAULT '',
	target_code   TEXT NOT NULL DEFAULT '',
	type          TEXT NOT NULL DEFAULT '',
	cameo         TEXT NOT NULL DEFAULT '',
	quad_class    INTEGER NOT NULL DEFAULT 0,
	goldstein     REAL NOT NULL DEFAULT 0,
	realized      INTEGER NOT NULL DEFAULT 0,
	modality      TEXT NOT NULL DEFAULT '',
	date          TEXT,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	trigger_start INTEGER NOT NULL DEFAULT 0,
	trigger_end   INTEGER NOT NULL DEFAULT 0,
	sentence      INTEGER NOT NULL DEFAULT 0,
	-- The UTC day ("2020-09-14") of date, or of the article's published
	-- when the event has no date; NULL when neither is known.
	day           TEXT,
	event_id      INTEGER
);
INSERT INTO events_new (id, article_id, source, target, source_code, target_code, type, cameo,
	quad_class, goldstein, realized, modality, date, start, "end", trigger_start, trigger_end, sentence, day)
SELECT e.rowid, e.article_id, e.source, e.target, e.source_code, e.target_code, e.type, e.cameo,
	e.quad_class, e.goldstein, e.realized, e.modality, e.date, e.start, e."end", e.trigger_start,
	e.trigger_end, e.sentence, coalesce(substr(e.date, 1, 10), substr(a.published, 1, 10))
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY e.rowid;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;

CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_source ON events (source, target, date);
CREATE INDEX events_target ON events (target, source, date);
CREATE INDEX events_source_code ON events (source_code, target_code, date);
CREATE INDEX events_target_code ON events (target_code, source_code, date);
-- Finds the first telling of the same event on the same day.
CREATE INDEX events_identity ON events (source, target, cameo, realized, day);
-- Gathers an event's tellings for its counts.
CREATE INDEX events_event ON events (event_id);

-- event_first names, for every event row, the first stored telling it is
-- the same event as: the lowest id among the rows with the same source,
-- target, CAMEO code and realisation that fall on the same day, or come
-- from the same near-duplicate cluster, or from the same article. Each term
-- looks only at its own rows, so the answer does not depend on the order in
-- which rows get it, and a later row never changes an earlier one's. The
-- unary + keeps SQLite from answering the cluster and article terms through
-- events_identity, which would scan every day of a busy dyad.
CREATE VIEW event_first (id, first) AS
SELECT e.id, min(
	coalesce((SELECT min(o.id) FROM events o
		WHERE o.source = e.source AND o.target = e.target AND o.cameo = e.cameo
			AND o.realized = e.realized AND o.day = e.day), e.id),
	coalesce((SELECT min(o.id) FROM articles x CROSS JOIN events o ON o.article_id = x.id
		WHERE x.cluster = a.cluster AND +o.source = e.source AND +o.target = e.target
			AND +o.cameo = e.cameo AND +o.realized = e.realized), e.id),
	coalesce((SELECT min(o.id) FROM events o
		WHERE o.article_id = e.article_id AND +o.source = e.source AND +o.target = e.target
			AND +o.cameo = e.cameo AND +o.realized = e.realized), e.id))
FROM events e JOIN articles a ON a.id = e.article_id;

UPDATE events SET event_id = (SELECT f.first FROM event_first f WHERE f.id = events.id);

-- Put inserts an article's events before it clusters the article, so a new
-- event is identified twice: on insert by day and article, and again when
-- its article joins a cluster.
CREATE TRIGGER events_identify AFTER INSERT ON events BEGIN
	UPDATE events SET day = coalesce(substr(new.date, 1, 10),
		(SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = new.article_id))
	WHERE id = new.id;
	UPDATE events SET event_id = (SELECT f.first FROM event_first f WHERE f.id = new.id)
	WHERE id = new.id;
END;

CREATE TRIGGER events_identify_cluster AFTER UPDATE OF cluster ON articles
WHEN new.cluster IS NOT NULL BEGIN
	UPDATE events SET event_id = (SELECT f.first FROM event_first f WHERE f.id = events.id)
	WHERE article_id = new.id;
END;
