-- Trigram matching for search keys (in PGlite, loaded as an extension at open).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
