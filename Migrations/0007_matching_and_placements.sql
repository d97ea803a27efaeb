-- How much heavier a worker weighs in a cohort allocation, per priority group (per mille; factors
-- multiply). Policy, not code: the coordination meeting can change it without a release.
CREATE TABLE priority_weights (
    priority_group text PRIMARY KEY CHECK (priority_group IN ('monitored', 'lifted', 'dibao', 'key_assistance_county')),
    factor_per_mille integer NOT NULL CHECK (factor_per_mille BETWEEN 1000 AND 5000),
    source text NOT NULL
);

-- Live placements (proposed, accepted, hired) per vacancy, kept by the trigger below. The CHECK
-- is what makes overbooking impossible under concurrency: the counter's UPDATE locks the vacancy
-- row, so concurrent proposals and accepts for one vacancy queue up and the one that would pass
-- `openings` fails.
ALTER TABLE vacancies ADD COLUMN live_placements integer NOT NULL DEFAULT 0 CHECK (live_placements >= 0);
ALTER TABLE vacancies ADD CONSTRAINT vacancies_not_overbooked CHECK (live_placements <= openings);

-- One cohort allocation that was carried out (dry runs store nothing).
CREATE TABLE allocations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    requested_by_key uuid NOT NULL REFERENCES api_keys (id),
    bureau_id uuid NOT NULL REFERENCES bureaus (id),
    workers integer NOT NULL CHECK (workers >= 0),
    vacancies integer NOT NULL CHECK (vacancies >= 0),
    assigned integer NOT NULL CHECK (assigned >= 0),
    objective bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE placements (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    worker_id uuid NOT NULL REFERENCES workers (id),
    vacancy_id uuid NOT NULL REFERENCES vacancies (id),
    status text NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn', 'hired', 'separated')),
    allocation_id uuid REFERENCES allocations (id),
    proposed_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    score integer NOT NULL CHECK (score BETWEEN 0 AND 100000),
    weighted_score integer NOT NULL CHECK (weighted_score >= 0),
    explanation jsonb NOT NULL,
    hired_on date,
    separated_on date,
    separation_reason text CHECK (length(separation_reason) BETWEEN 1 AND 200),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((hired_on IS NOT NULL) = (status IN ('hired', 'separated'))),
    CHECK ((separated_on IS NOT NULL) = (status = 'separated')),
    CHECK ((separation_reason IS NOT NULL) = (status = 'separated')),
    CHECK (separated_on IS NULL OR separated_on >= hired_on)
);
-- A worker holds at most one accepted or hired placement, whatever the code above does.
CREATE UNIQUE INDEX placements_one_job_per_worker ON placements (worker_id) WHERE status IN ('accepted', 'hired');
-- No two live proposals of the same pair.
CREATE UNIQUE INDEX placements_one_live_per_pair ON placements (worker_id, vacancy_id) WHERE status IN ('proposed', 'accepted', 'hired');
CREATE INDEX placements_vacancy_idx ON placements (vacancy_id, status);
CREATE INDEX placements_listing_idx ON placements (created_at DESC, id DESC);

CREATE FUNCTION placements_count_live() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_live boolean := TG_OP = 'UPDATE' AND OLD.status IN ('proposed', 'accepted', 'hired');
    is_live boolean := NEW.status IN ('proposed', 'accepted', 'hired');
BEGIN
    IF is_live AND NOT was_live THEN
        UPDATE vacancies SET live_placements = live_placements + 1 WHERE id = NEW.vacancy_id;
    ELSIF was_live AND NOT is_live THEN
        UPDATE vacancies SET live_placements = live_placements - 1 WHERE id = NEW.vacancy_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER placements_live_count AFTER INSERT OR UPDATE OF status ON placements
    FOR EACH ROW EXECUTE FUNCTION placements_count_live();

-- History is kept: a placement ends by a transition, never by deletion.
CREATE FUNCTION placements_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'placements are never deleted; withdraw or separate instead' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER placements_no_delete BEFORE DELETE OR TRUNCATE ON placements
    FOR EACH STATEMENT EXECUTE FUNCTION placements_refuse_delete();

-- 稳岗 follow-up: one row per month worked. A NULL wage records a month the worker worked but was
-- not paid, which raises an alert.
CREATE TABLE placement_months (
    placement_id uuid NOT NULL REFERENCES placements (id),
    month date NOT NULL CHECK (extract(day FROM month) = 1),
    wage_paid_fen bigint CHECK (wage_paid_fen BETWEEN 0 AND 10000000),
    verified_by text NOT NULL CHECK (length(verified_by) BETWEEN 1 AND 50),
    recorded_by_key uuid NOT NULL REFERENCES api_keys (id),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (placement_id, month)
);

-- 防返贫 follow-up for the worker's origin bureau.
CREATE TABLE alerts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('monitored_worker_separated', 'wage_missing', 'wage_below_minimum')),
    worker_id uuid NOT NULL REFERENCES workers (id),
    placement_id uuid NOT NULL REFERENCES placements (id),
    origin_region_code text NOT NULL,
    month date,
    details text NOT NULL,
    raised_at timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    acknowledged_by_key uuid REFERENCES api_keys (id),
    acknowledgement_note text CHECK (length(acknowledgement_note) BETWEEN 1 AND 500),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by_key IS NULL)),
    -- Recording a month again must not raise its alert twice.
    UNIQUE NULLS NOT DISTINCT (placement_id, kind, month)
);
CREATE INDEX alerts_region_idx ON alerts (origin_region_code text_pattern_ops, raised_at DESC);

-- Candidate generation for recommendations runs on these.
CREATE INDEX vacancies_matching_idx ON vacancies (status, occupation_code) WHERE status = 'open';
CREATE INDEX workers_available_idx ON workers (status, available_from) WHERE status = 'available';
