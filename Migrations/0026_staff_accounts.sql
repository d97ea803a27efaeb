-- Staff accounts (工作台账号): the people who use the console, each of one bureau with one role,
-- like keys. Their work is audited under a key of their own that is revoked at birth, so the
-- audit log names the account (through audit_key_id) and the key can never call the API.
CREATE TABLE staff_accounts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bureau_id uuid NOT NULL REFERENCES bureaus (id),
    role text NOT NULL CHECK (role IN ('admin', 'origin_bureau', 'destination_bureau', 'cooperation_office', 'observer')),
    login text NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    display_name text NOT NULL DEFAULT '' CHECK (length(display_name) <= 100),
    -- bcrypt, salted; the password itself is never stored.
    password_hash text NOT NULL CHECK (password_hash LIKE '$2%'),
    must_change_password boolean NOT NULL DEFAULT true,
    audit_key_id uuid NOT NULL UNIQUE REFERENCES api_keys (id),
    failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    last_failed_at timestamptz,
    locked_until timestamptz,
    disabled_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_accounts_bureau_id_idx ON staff_accounts (bureau_id);

-- Sessions live here, not in a replica's memory, so every replica knows them. The cookie holds
-- the token; only its SHA-256 is stored.
CREATE TABLE staff_sessions (
    token_sha256 bytea PRIMARY KEY CHECK (length(token_sha256) = 32),
    staff_id uuid NOT NULL REFERENCES staff_accounts (id),
    -- Every form of the session carries it; a request without it changes nothing.
    csrf_token text NOT NULL CHECK (length(csrf_token) >= 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz
);
CREATE INDEX staff_sessions_staff_id_idx ON staff_sessions (staff_id);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'read_personal_data', 'withdraw_consent', 'import', 'revoke', 'correct', 'search_personal_data',
                      'log_in', 'log_out', 'change_password', 'disable'));
