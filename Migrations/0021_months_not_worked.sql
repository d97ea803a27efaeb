-- A month recorded in error (the worker did not work it) is struck out by a correction, never
-- deleted: the row stays with worked = false and counts for nothing (no verified month, no wage).
ALTER TABLE placement_months
    ADD COLUMN worked boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT placement_months_not_worked_unpaid CHECK (worked OR wage_paid_fen IS NULL);

ALTER TABLE placement_month_corrections
    ADD COLUMN old_worked boolean NOT NULL DEFAULT true,
    ADD COLUMN new_worked boolean NOT NULL DEFAULT true,
    DROP CONSTRAINT placement_month_corrections_check,
    ADD CONSTRAINT placement_month_corrections_changes
        CHECK ((old_wage_paid_fen, old_worked) IS DISTINCT FROM (new_wage_paid_fen, new_worked)),
    ADD CONSTRAINT placement_month_corrections_not_worked_unpaid CHECK (new_worked OR new_wage_paid_fen IS NULL);

-- Corrections are listed in the order they were made: their times come from the service's clock
-- and can be equal, and their ids are random.
ALTER TABLE placement_month_corrections ADD COLUMN recorded_order bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE placement_corrections ADD COLUMN recorded_order bigint GENERATED ALWAYS AS IDENTITY;
