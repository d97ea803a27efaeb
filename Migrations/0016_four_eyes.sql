-- Four eyes on money: the key that approved a subsidy claim cannot pay it. Approved claims keep
-- their approver; claims paid before this migration did not record one, so they keep none.
ALTER TABLE subsidy_claims ADD COLUMN approved_by_key uuid REFERENCES api_keys (id);
UPDATE subsidy_claims SET approved_by_key = decided_by_key WHERE status = 'approved';
ALTER TABLE subsidy_claims ADD CONSTRAINT subsidy_claims_paid_by_another
    CHECK (status <> 'paid' OR approved_by_key IS NULL OR approved_by_key <> decided_by_key) NOT VALID;

-- An expenditure above the confirmation threshold waits here until a second key confirms it;
-- the ledger entry is appended then, by the confirming key.
CREATE TABLE pending_expenditures (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pairing_id integer NOT NULL REFERENCES pairings (id),
    year integer NOT NULL CHECK (year BETWEEN 1996 AND 2100),
    project_id uuid REFERENCES projects (id),
    amount_fen bigint NOT NULL CHECK (amount_fen > 0),
    entry_date date NOT NULL,
    document_number text NOT NULL CHECK (length(document_number) BETWEEN 1 AND 100),
    requested_by_key uuid NOT NULL REFERENCES api_keys (id),
    requested_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    requested_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'confirmed')),
    confirmed_by_key uuid REFERENCES api_keys (id),
    ledger_position bigint UNIQUE REFERENCES fund_ledger (position),
    CHECK ((status = 'confirmed') = (ledger_position IS NOT NULL AND confirmed_by_key IS NOT NULL)),
    CHECK (confirmed_by_key <> requested_by_key)
);
CREATE INDEX pending_expenditures_open_idx ON pending_expenditures (requested_at) WHERE status = 'pending';
