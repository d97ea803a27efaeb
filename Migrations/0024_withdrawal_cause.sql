-- A claim withdrawn because a placement's facts were corrected keeps that correction as facts, so
-- that its reason reads in each reader's language; `withdrawal_reason` stays as the English text
-- written at the time (all that claims withdrawn before this migration have).
ALTER TABLE subsidy_claims ADD COLUMN withdrawal_cause jsonb;
