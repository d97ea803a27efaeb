-- Projects funded through a pairing (结对帮扶) in its Ningxia county.
CREATE TABLE projects (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pairing_id bigint NOT NULL REFERENCES pairings (id),
    category text NOT NULL CHECK (category IN ('industry', 'infrastructure', 'education', 'health', 'labor_cooperation', 'housing', 'other')),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    budget_fen bigint NOT NULL CHECK (budget_fen BETWEEN 1 AND 100000000000),
    status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_pairing_idx ON projects (pairing_id);

-- The fund ledger: append-only and hash-chained. Each entry's hash covers its canonical content
-- and the previous entry's hash (see LedgerHash in the domain library), so a row changed or
-- removed behind the service's back is found by `minning ledger verify`. A mistake is corrected
-- by a reversal entry, never by an edit.
CREATE TABLE fund_ledger (
    position bigint PRIMARY KEY CHECK (position >= 1),
    pairing_id bigint NOT NULL REFERENCES pairings (id),
    year integer NOT NULL CHECK (year BETWEEN 1996 AND 2100),
    project_id uuid REFERENCES projects (id),
    kind text NOT NULL CHECK (kind IN ('commitment', 'transfer', 'expenditure', 'reversal')),
    amount_fen bigint NOT NULL CHECK (amount_fen BETWEEN 1 AND 100000000000),
    entry_date date NOT NULL,
    document_number text NOT NULL CHECK (length(document_number) BETWEEN 1 AND 100),
    -- A reversal cancels exactly one earlier entry, once.
    reverses_position bigint UNIQUE REFERENCES fund_ledger (position),
    recorded_by_key uuid NOT NULL REFERENCES api_keys (id),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    recorded_at timestamptz NOT NULL,
    previous_hash bytea NOT NULL CHECK (length(previous_hash) = 32),
    entry_hash bytea NOT NULL UNIQUE CHECK (length(entry_hash) = 32),
    CHECK ((kind = 'reversal') = (reverses_position IS NOT NULL)),
    CHECK (project_id IS NULL OR kind IN ('expenditure', 'reversal'))
);
CREATE INDEX fund_ledger_pairing_year_idx ON fund_ledger (pairing_id, year);

CREATE FUNCTION fund_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'fund_ledger is append-only: % is not allowed; record a reversal instead', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER fund_ledger_no_update_or_delete BEFORE UPDATE OR DELETE ON fund_ledger
    FOR EACH ROW EXECUTE FUNCTION fund_ledger_refuse_change();
CREATE TRIGGER fund_ledger_no_truncate BEFORE TRUNCATE ON fund_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION fund_ledger_refuse_change();
