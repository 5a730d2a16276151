-- Near-duplicate clusters: syndicated copies and reposts of one story.
--
-- articles.cluster is the id of the first stored article of the cluster
-- (an article alone is its own cluster); NULL for articles stored before
-- this migration. articles.signature is the MinHash signature
-- (internal/dedup), little-endian uint64s, kept to verify candidates.
ALTER TABLE articles ADD COLUMN cluster INTEGER;
ALTER TABLE articles ADD COLUMN signature BLOB;
CREATE INDEX articles_cluster ON articles (cluster) WHERE cluster IS NOT NULL;

-- One row per LSH band of an article's signature: articles sharing a
-- band_hash are candidate near-duplicates. uint64 hashes are stored as
-- their int64 bit pattern.
CREATE TABLE article_bands (
	band_hash  INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_bands_hash ON article_bands (band_hash);
CREATE INDEX article_bands_article ON article_bands (article_id);
