-- A hire, separation or month dated before the backdating window (default: from the first day of
-- the previous month) is recorded only by a cooperation office, with a reason kept here.
CREATE TABLE backdated_facts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    placement_id uuid NOT NULL REFERENCES placements (id),
    fact text NOT NULL CHECK (fact IN ('hired_on', 'separated_on', 'month')),
    day date NOT NULL,
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    recorded_by_key uuid NOT NULL REFERENCES api_keys (id),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    recorded_at timestamptz NOT NULL
);
CREATE INDEX backdated_facts_placement_idx ON backdated_facts (placement_id);

CREATE FUNCTION backdated_facts_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'backdated_facts is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER backdated_facts_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON backdated_facts
    FOR EACH STATEMENT EXECUTE FUNCTION backdated_facts_refuse_change();
