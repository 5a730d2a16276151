-- Event identity: the tellings of one event, by several articles or by one
-- article twice, share source, target, cameo, realized and day (see
-- "Events" in doc.go for the rule and why).
--
-- The events table is rebuilt with an explicit INTEGER PRIMARY KEY: VACUUM
-- may renumber an implicit rowid, and news.EventHit.ID must stay what it
-- was. The copy keeps every rowid as the new id.
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
	-- The day that identifies the event: the UTC day ("2020-09-14") of
	-- date, or of the article's published when the event has no date, or
	-- "#" and the article id when neither is known; a near-duplicate copy
	-- takes its original's day instead (below).
	day           TEXT NOT NULL DEFAULT ''
);
INSERT INTO events_new (id, article_id, source, target, source_code, target_code, type, cameo,
	quad_class, goldstein, realized, modality, date, start, "end", trigger_start, trigger_end, sentence, day)
SELECT e.rowid, e.article_id, e.source, e.target, e.source_code, e.target_code, e.type, e.cameo,
	e.quad_class, e.goldstein, e.realized, e.modality, e.date, e.start, e."end", e.trigger_start,
	e.trigger_end, e.sentence, coalesce(substr(e.date, 1, 10), substr(a.published, 1, 10), '#' || e.article_id)
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY e.rowid;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;

CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_source ON events (source, target, date);
CREATE INDEX events_target ON events (target, source, date);
CREATE INDEX events_source_code ON events (source_code, target_code, date);
CREATE INDEX events_target_code ON events (target_code, source_code, date);
-- Date bounds alone, as "entente events --from" sets them.
CREATE INDEX events_date ON events (date);
-- Groups the tellings of an event, and finds an original's telling of it.
CREATE INDEX events_identity ON events (source, target, cameo, realized, day);

-- A copy (an article whose cluster another article founded) takes, for each
-- event its original (the founder) also tells, the day the original tells
-- it on: its own day if the original has it, else the original's first. A
-- copy republished a day later thus tells the same event as its original,
-- not a new one on the later day. A copy reads only its founder's rows,
-- which never change, so days do not chain from copy to copy and the order
-- in which rows are updated does not matter. The unary + keeps SQLite on
-- events_article here rather than scanning every day of a busy dyad.
UPDATE events SET day = coalesce((
	SELECT o.day FROM articles a JOIN events o ON o.article_id = a.cluster
	WHERE a.id = events.article_id AND a.cluster != a.id
		AND +o.source = events.source AND +o.target = events.target
		AND +o.cameo = events.cameo AND +o.realized = events.realized
	ORDER BY o.day != events.day, o.id LIMIT 1), day);

-- Put inserts an article's events, with their own day (insertEvent in
-- event.go), before it clusters the article: a copy's events take their
-- original's day when the copy joins its cluster.
CREATE TRIGGER events_day_copy AFTER UPDATE OF cluster ON articles
WHEN new.cluster IS NOT NULL AND new.cluster != new.id BEGIN
	UPDATE events SET day = coalesce((
		SELECT o.day FROM events o
		WHERE o.article_id = new.cluster
			AND +o.source = events.source AND +o.target = events.target
			AND +o.cameo = events.cameo AND +o.realized = events.realized
		ORDER BY o.day != events.day, o.id LIMIT 1), day)
	WHERE article_id = new.id;
END;
