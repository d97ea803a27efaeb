-- Workers registered by origin labor bureaus. ID number and phone are stored encrypted
-- (AES-256-GCM, key outside the database), with a keyed hash of the ID number to find duplicates
-- and masked forms for display. Consent withdrawal erases the personal fields and keeps what
-- reports count.
CREATE TABLE workers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    origin_region_code text NOT NULL CHECK (origin_region_code ~ '^[1-9][0-9]{5}$'),
    name text CHECK (length(name) BETWEEN 1 AND 50),
    id_number_ciphertext bytea,
    id_number_masked text,
    id_number_hmac bytea UNIQUE,
    phone_ciphertext bytea,
    phone_masked text,
    pii_key_id text,
    sex text NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date date,
    birth_year integer NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    education text NOT NULL CHECK (education IN ('none', 'primary', 'junior_secondary', 'senior_secondary', 'junior_college', 'bachelor', 'postgraduate')),
    poverty_status text NOT NULL CHECK (poverty_status IN ('none', 'lifted', 'monitored', 'dibao')),
    monitored_kind text CHECK (monitored_kind IN ('unstable', 'marginal', 'sudden_hardship')),
    preferred_destinations text[] NOT NULL DEFAULT '{}',
    preferred_occupations text[] NOT NULL DEFAULT '{}',
    expected_monthly_wage_fen bigint NOT NULL CHECK (expected_monthly_wage_fen BETWEEN 0 AND 10000000),
    needs_housing boolean NOT NULL,
    available_from date NOT NULL,
    status text NOT NULL CHECK (status IN ('available', 'in_training', 'placed', 'inactive')),
    consent_given_on date NOT NULL,
    consent_scope text NOT NULL,
    consent_method text NOT NULL CHECK (consent_method IN ('written', 'electronic', 'recorded_verbal')),
    consent_recorded_by text NOT NULL,
    consent_recorded_by_key uuid NOT NULL REFERENCES api_keys (id),
    consent_withdrawn_on date,
    registered_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((poverty_status = 'monitored') = (monitored_kind IS NOT NULL)),
    -- Personal fields are all present while consent stands, all gone once it is withdrawn.
    CHECK (
        (consent_withdrawn_on IS NULL AND name IS NOT NULL AND id_number_ciphertext IS NOT NULL AND id_number_hmac IS NOT NULL
            AND phone_ciphertext IS NOT NULL AND birth_date IS NOT NULL)
        OR (consent_withdrawn_on IS NOT NULL AND name IS NULL AND id_number_ciphertext IS NULL AND id_number_hmac IS NULL
            AND phone_ciphertext IS NULL AND birth_date IS NULL AND status = 'inactive')
    )
);
CREATE INDEX workers_origin_region_idx ON workers (origin_region_code text_pattern_ops);
CREATE INDEX workers_listing_idx ON workers (created_at DESC, id DESC);
CREATE INDEX workers_status_idx ON workers (status);

CREATE TABLE worker_skills (
    worker_id uuid NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    occupation_code text NOT NULL REFERENCES occupations (code),
    certificate text CHECK (length(certificate) BETWEEN 1 AND 200),
    level integer CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (worker_id, occupation_code)
);
CREATE INDEX worker_skills_occupation_idx ON worker_skills (occupation_code);
