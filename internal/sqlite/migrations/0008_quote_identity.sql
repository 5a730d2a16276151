-- Quote identity: the tellings of one quote, by several articles or by one
-- article twice, share key (the speaker and the normalised words) and
-- scope. See "Quotes" in doc.go. A local quote (too short to tell
-- occasions apart, or said by no known actor) is the same only within one
-- near-duplicate cluster: its scope is its article's cluster. Any other
-- quote's scope is 0, so its key alone identifies it across stories.
-- Key and locality are computed by Go functions the package registers with
-- the driver (quotekey.go), as insertQuote computes them for new rows.
ALTER TABLE quotes ADD COLUMN key TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN scope INTEGER NOT NULL DEFAULT 0;
UPDATE quotes SET key = entente_quote_key(speaker, speaker_text, text),
	scope = CASE WHEN entente_quote_local(speaker, speaker_text, text)
		THEN coalesce((SELECT cluster FROM articles WHERE id = quotes.article_id), article_id) ELSE 0 END;
-- Groups the tellings of a quote and counts them.
CREATE INDEX quotes_key ON quotes (key, scope);

-- Put inserts an article's quotes, a local one scoped to its own article,
-- before it clusters the article: a copy's local quotes take its cluster
-- when it joins one.
CREATE TRIGGER quotes_scope_copy AFTER UPDATE OF cluster ON articles
WHEN new.cluster IS NOT NULL AND new.cluster != new.id BEGIN
	UPDATE quotes SET scope = new.cluster WHERE article_id = new.id AND scope != 0;
END;
