-- Candidate lookups take the earliest founders of a band (dedup.go); an
-- index on (band_hash, article_id) serves them in order without a sort.
DROP INDEX article_bands_hash;
CREATE INDEX article_bands_hash ON article_bands (band_hash, article_id);
