-- Training bases change (a new course, a larger cohort): versions let two clerks edit without
-- overwriting each other, as for workers, employers and vacancies.
ALTER TABLE training_bases ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE training_bases ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
