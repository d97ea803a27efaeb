-- Industrial parks (闽宁产业园 and others) and the enterprises in them, with yearly figures the
-- coordination meeting compares: jobs, local hires, hires from lifted or monitored households.
CREATE TABLE parks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    region_code text NOT NULL REFERENCES regions (code),
    established_on date NOT NULL,
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE park_enterprises (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    park_id uuid NOT NULL REFERENCES parks (id),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    credit_code text NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
    -- Where in Fujian it came from, when it relocated (产业转移); NULL for a local firm.
    relocated_from_region_code text REFERENCES regions (code) CHECK (relocated_from_region_code LIKE '35%'),
    industry_code text NOT NULL REFERENCES industries (code),
    investment_fen bigint NOT NULL CHECK (investment_fen BETWEEN 0 AND 10000000000000),
    entered_on date NOT NULL,
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX park_enterprises_park_idx ON park_enterprises (park_id);

CREATE TABLE park_enterprise_years (
    enterprise_id uuid NOT NULL REFERENCES park_enterprises (id),
    year integer NOT NULL CHECK (year BETWEEN 1996 AND 2100),
    jobs integer NOT NULL CHECK (jobs BETWEEN 0 AND 1000000),
    local_hires integer NOT NULL CHECK (local_hires >= 0),
    priority_hires integer NOT NULL CHECK (priority_hires >= 0),
    output_value_fen bigint NOT NULL CHECK (output_value_fen BETWEEN 0 AND 100000000000000),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (enterprise_id, year),
    CHECK (local_hires <= jobs),
    CHECK (priority_hires <= jobs)
);
