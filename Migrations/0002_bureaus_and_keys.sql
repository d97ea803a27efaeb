-- Organisations that use Minning, and the API keys they call it with.

CREATE TABLE bureaus (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind text NOT NULL CHECK (kind IN ('origin_labor_bureau', 'destination_labor_bureau', 'cooperation_office', 'oversight', 'operator')),
    region_code text NOT NULL REFERENCES regions (code),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Two bureaus with one name in one region would be indistinguishable to a clerk.
    UNIQUE (region_code, name)
);
-- Scope filters compare region codes by prefix.
CREATE INDEX bureaus_region_code_idx ON bureaus (region_code text_pattern_ops);

CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bureau_id uuid NOT NULL REFERENCES bureaus (id),
    role text NOT NULL CHECK (role IN ('admin', 'origin_bureau', 'destination_bureau', 'cooperation_office', 'observer')),
    label text NOT NULL DEFAULT '' CHECK (length(label) <= 200),
    -- The first characters of the key, so a person can tell keys apart; too short to use.
    display_prefix text NOT NULL,
    -- SHA-256 of the whole key. The key itself is shown once and never stored.
    secret_sha256 bytea NOT NULL UNIQUE CHECK (length(secret_sha256) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX api_keys_bureau_id_idx ON api_keys (bureau_id);
