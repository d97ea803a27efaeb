-- A day's headcount is corrected against the version read (If-Match), so two offices correcting
-- the same day do not overwrite each other unseen.
ALTER TABLE park_headcounts ADD COLUMN version integer NOT NULL DEFAULT 1;
