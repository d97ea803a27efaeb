-- Training bases (培训基地) that Fujian employers and vocational colleges run in origin regions,
-- and the enrolments of workers in them. A certified enrolment adds the skill to the worker.
CREATE TABLE training_bases (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    operator_kind text NOT NULL CHECK (operator_kind IN ('employer', 'college')),
    operator_employer_id uuid REFERENCES employers (id),
    operator_name text NOT NULL CHECK (length(operator_name) BETWEEN 1 AND 200),
    region_code text NOT NULL CHECK (region_code ~ '^[1-9][0-9]{5}$'),
    occupations text[] NOT NULL CHECK (cardinality(occupations) BETWEEN 1 AND 50),
    capacity_per_cohort integer NOT NULL CHECK (capacity_per_cohort BETWEEN 1 AND 1000),
    registered_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((operator_kind = 'employer') = (operator_employer_id IS NOT NULL))
);
CREATE INDEX training_bases_region_idx ON training_bases (region_code text_pattern_ops);

CREATE TABLE enrolments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    training_base_id uuid NOT NULL REFERENCES training_bases (id),
    worker_id uuid NOT NULL REFERENCES workers (id),
    occupation_code text NOT NULL REFERENCES occupations (code),
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    outcome text CHECK (outcome IN ('certified', 'failed', 'dropped')),
    certificate text CHECK (length(certificate) BETWEEN 1 AND 200),
    level integer CHECK (level BETWEEN 1 AND 5),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK ((outcome = 'certified') = (certificate IS NOT NULL)),
    UNIQUE (training_base_id, worker_id, occupation_code, starts_on)
);
CREATE INDEX enrolments_worker_idx ON enrolments (worker_id);
