-- Families share phones, so a phone held by another worker is accepted with a warning; finding
-- one needs a keyed hash like the ID number's, since the phone itself is encrypted. Rows written
-- before this migration get theirs when the phone is next written or the key is rotated.
ALTER TABLE workers ADD COLUMN phone_hmac bytea;
CREATE INDEX workers_phone_hmac_idx ON workers (phone_hmac) WHERE phone_hmac IS NOT NULL;
