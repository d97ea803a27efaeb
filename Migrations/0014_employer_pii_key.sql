-- Which key sealed an employer's contact phone, as workers.pii_key_id records it for workers, so
-- that `minning pii rotate` finds the rows still sealed under an earlier key. Until now one key
-- sealed everything, and the workers' rows name it; with no workers to tell, the rows stay NULL
-- (unknown) and the next rotation re-seals them.
ALTER TABLE employers ADD COLUMN pii_key_id text;
UPDATE employers SET pii_key_id = (SELECT pii_key_id FROM workers WHERE pii_key_id IS NOT NULL GROUP BY pii_key_id ORDER BY count(*) DESC LIMIT 1);
