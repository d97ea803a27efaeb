-- An alert keeps the facts it reports, so that it reads in each reader's language (Chinese by
-- default, English on request). `details` stays as the English text written when it was raised;
-- alerts raised before this migration have only that.
ALTER TABLE alerts ADD COLUMN facts jsonb;
