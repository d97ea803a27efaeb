-- A hire or separation date entered wrong is corrected, never overwritten silently: each
-- correction keeps the old day, the new one, the reason and who made it. Append-only.
CREATE TABLE placement_corrections (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    placement_id uuid NOT NULL REFERENCES placements (id),
    fact text NOT NULL CHECK (fact IN ('hired_on', 'separated_on')),
    old_value date NOT NULL,
    new_value date NOT NULL CHECK (new_value <> old_value),
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    corrected_by_key uuid NOT NULL REFERENCES api_keys (id),
    corrected_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    corrected_at timestamptz NOT NULL
);
CREATE INDEX placement_corrections_placement_idx ON placement_corrections (placement_id, corrected_at);

CREATE FUNCTION placement_corrections_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'placement_corrections is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER placement_corrections_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON placement_corrections
    FOR EACH STATEMENT EXECUTE FUNCTION placement_corrections_refuse_change();

-- A claim whose facts a correction took away is withdrawn (pending or approved), never paid.
ALTER TABLE subsidy_claims DROP CONSTRAINT subsidy_claims_status_check;
ALTER TABLE subsidy_claims ADD CONSTRAINT subsidy_claims_status_check
    CHECK (status IN ('pending', 'approved', 'paid', 'rejected', 'withdrawn'));
ALTER TABLE subsidy_claims ADD COLUMN withdrawal_reason text CHECK (length(withdrawal_reason) BETWEEN 1 AND 300);
ALTER TABLE subsidy_claims ADD CONSTRAINT subsidy_claims_withdrawn_with_reason CHECK ((status = 'withdrawn') = (withdrawal_reason IS NOT NULL));
-- A paid one is never reversed silently: the cooperation office gets an alert.
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check
    CHECK (kind IN ('monitored_worker_separated', 'wage_missing', 'wage_below_minimum', 'paid_claim_facts_changed'));

-- A correction is its own kind of change in the audit trail, so an auditor can list them all.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'read_personal_data', 'withdraw_consent', 'import', 'revoke', 'correct'));
