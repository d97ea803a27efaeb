-- Which key sealed an employer's contact phone, as workers.pii_key_id records it for workers, so
-- that `minning pii rotate` finds the rows still sealed under an earlier key. Rows stored before
-- this migration have NULL (not recorded); the next rotation opens them with whichever key fits
-- and records it.
ALTER TABLE employers ADD COLUMN pii_key_id text;
