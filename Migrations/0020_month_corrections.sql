-- The wage recorded for a month worked, corrected with a reason; the old wage is kept. Append-only.
CREATE TABLE placement_month_corrections (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    placement_id uuid NOT NULL REFERENCES placements (id),
    month date NOT NULL,
    old_wage_paid_fen bigint,
    new_wage_paid_fen bigint CHECK (new_wage_paid_fen BETWEEN 0 AND 10000000),
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    corrected_by_key uuid NOT NULL REFERENCES api_keys (id),
    corrected_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    corrected_at timestamptz NOT NULL,
    CHECK (old_wage_paid_fen IS DISTINCT FROM new_wage_paid_fen),
    FOREIGN KEY (placement_id, month) REFERENCES placement_months (placement_id, month)
);

CREATE FUNCTION placement_month_corrections_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'placement_month_corrections is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER placement_month_corrections_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON placement_month_corrections
    FOR EACH STATEMENT EXECUTE FUNCTION placement_month_corrections_refuse_change();
