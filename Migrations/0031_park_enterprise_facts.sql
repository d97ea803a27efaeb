-- 产业合作 as dated facts (issue 16, item 6): an enterprise's investment_fen is what it agreed to
-- invest; money that actually arrived (实际到位) and the people it employs are recorded each time
-- they are known, with the day, rather than typed once a year.
CREATE TABLE park_investment_arrivals (
    id uuid PRIMARY KEY,
    enterprise_id uuid NOT NULL REFERENCES park_enterprises (id),
    arrived_on date NOT NULL,
    amount_fen bigint NOT NULL CHECK (amount_fen BETWEEN 1 AND 10000000000000),
    evidence_ref text NOT NULL CHECK (length(evidence_ref) BETWEEN 1 AND 100),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL
);
CREATE INDEX park_investment_arrivals_enterprise_idx ON park_investment_arrivals (enterprise_id, arrived_on);

-- A headcount on a day: the jobs, and of them those held by people of lifted or monitored
-- households (脱贫人口) and by local people. A year's figure is the year's last headcount.
CREATE TABLE park_headcounts (
    enterprise_id uuid NOT NULL REFERENCES park_enterprises (id),
    counted_on date NOT NULL,
    jobs integer NOT NULL CHECK (jobs BETWEEN 0 AND 1000000),
    lifted_jobs integer NOT NULL CHECK (lifted_jobs >= 0),
    local_jobs integer NOT NULL CHECK (local_jobs >= 0),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (enterprise_id, counted_on),
    CHECK (lifted_jobs <= jobs),
    CHECK (local_jobs <= jobs)
);
