-- Employment subsidies are data, granted from facts (免申即享): a policy names who benefits, how
-- much, and the conditions; evaluation turns placements that meet them into pending claims.
CREATE TABLE subsidy_policies (
    code text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,50}$'),
    name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 100),
    beneficiary text NOT NULL CHECK (beneficiary IN ('worker', 'employer')),
    amount_fen bigint NOT NULL CHECK (amount_fen BETWEEN 1 AND 100000000),
    -- Origin regions by code prefix ('64' Ningxia); empty means any origin.
    origin_prefixes text[] NOT NULL DEFAULT '{}',
    -- Poverty statuses that qualify; empty means any.
    poverty_statuses text[] NOT NULL DEFAULT '{}',
    min_verified_months integer NOT NULL CHECK (min_verified_months BETWEEN 0 AND 120),
    -- Minning records a hire only with a labour contract, so "contract required" means hired.
    contract_required boolean NOT NULL,
    limit_kind text NOT NULL CHECK (limit_kind IN ('once_per_placement', 'once_per_person_per_year')),
    valid_from date NOT NULL,
    valid_to date,
    basis text NOT NULL CHECK (basis IN ('sourced', 'illustrative')),
    source text NOT NULL
);

CREATE TABLE subsidy_claims (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    policy_code text NOT NULL REFERENCES subsidy_policies (code),
    beneficiary text NOT NULL CHECK (beneficiary IN ('worker', 'employer')),
    worker_id uuid NOT NULL REFERENCES workers (id),
    employer_id uuid NOT NULL REFERENCES employers (id),
    placement_id uuid NOT NULL REFERENCES placements (id),
    -- What the limit counts: the placement, or the person's (or employer's) year.
    period_key text NOT NULL,
    beneficiary_key uuid NOT NULL,
    amount_fen bigint NOT NULL CHECK (amount_fen > 0),
    facts jsonb NOT NULL,
    evaluated_as_of date NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'approved', 'paid', 'rejected')),
    rejection_reason text CHECK (length(rejection_reason) BETWEEN 1 AND 200),
    ledger_position bigint UNIQUE REFERENCES fund_ledger (position),
    decided_by_key uuid REFERENCES api_keys (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- The guard against paying twice: one claim per policy, beneficiary and period, whoever
    -- evaluates and however many evaluations run at once.
    UNIQUE (policy_code, beneficiary_key, period_key),
    CHECK ((status = 'paid') = (ledger_position IS NOT NULL)),
    CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
);
CREATE INDEX subsidy_claims_status_idx ON subsidy_claims (status, created_at);
