-- Who did what to which object, and who read personal data unmasked. Append-only: the database
-- itself refuses UPDATE, DELETE and TRUNCATE, so not even a compromised service account can
-- rewrite it through SQL without dropping the trigger (which needs the table owner).
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    key_id uuid,
    bureau_id uuid,
    role text,
    action text NOT NULL CHECK (action IN ('create', 'update', 'read_personal_data', 'withdraw_consent', 'import', 'revoke')),
    object_type text NOT NULL,
    object_id text NOT NULL,
    request_id text,
    -- Names of the fields involved, never their values.
    fields text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id, occurred_at);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- A POST retried with the same Idempotency-Key returns the first response. The row is written in
-- the same transaction as the object it created, so a failed request leaves no key behind, and a
-- concurrent retry waits on the unique index until the first one commits.
CREATE TABLE idempotency_keys (
    api_key_id uuid NOT NULL REFERENCES api_keys (id),
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_sha256 bytea NOT NULL,
    response_status integer,
    response_body bytea,
    response_location text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (api_key_id, idempotency_key)
);
