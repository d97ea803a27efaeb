-- Fujian's monthly minimum wage by county (Seeds/minimum_wages.csv): a vacancy may not offer less.
CREATE TABLE minimum_wages (
    region_code text NOT NULL REFERENCES regions (code),
    effective_from date NOT NULL,
    monthly_fen bigint NOT NULL CHECK (monthly_fen > 0),
    tier integer NOT NULL CHECK (tier BETWEEN 1 AND 4),
    basis text NOT NULL CHECK (basis IN ('sourced', 'illustrative')),
    PRIMARY KEY (region_code, effective_from)
);

-- Fujian employers, registered by the destination bureau whose scope holds their county.
CREATE TABLE employers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    credit_code text NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
    region_code text NOT NULL REFERENCES regions (code) CHECK (region_code LIKE '35%'),
    industry_code text NOT NULL REFERENCES industries (code),
    size text NOT NULL CHECK (size IN ('micro', 'small', 'medium', 'large')),
    contact_name text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 50),
    -- A person's phone: sealed like workers' phones.
    contact_phone_ciphertext bytea NOT NULL,
    contact_phone_masked text NOT NULL,
    registered_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employers_region_idx ON employers (region_code text_pattern_ops);
CREATE INDEX employers_listing_idx ON employers (created_at DESC, id DESC);

-- Vacancies posted for an employer by the destination bureau whose scope holds the employer.
CREATE TABLE vacancies (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    employer_id uuid NOT NULL REFERENCES employers (id),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    occupation_code text NOT NULL REFERENCES occupations (code) CHECK (length(occupation_code) = 4),
    openings integer NOT NULL CHECK (openings BETWEEN 1 AND 10000),
    wage_min_fen bigint NOT NULL CHECK (wage_min_fen > 0),
    wage_max_fen bigint NOT NULL CHECK (wage_max_fen <= 10000000),
    housing_provided boolean NOT NULL,
    meals_provided boolean NOT NULL,
    work_region_code text NOT NULL REFERENCES regions (code) CHECK (work_region_code LIKE '35%'),
    min_age integer NOT NULL CHECK (min_age >= 16),
    max_age integer NOT NULL CHECK (max_age <= 65),
    min_education text NOT NULL CHECK (min_education IN ('none', 'primary', 'junior_secondary', 'senior_secondary', 'junior_college', 'bachelor', 'postgraduate')),
    -- Occupations (ISCO-08 unit groups) in which a certificate is required.
    required_certificates text[] NOT NULL DEFAULT '{}',
    starts_on date NOT NULL,
    closes_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'closed')),
    posted_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (wage_min_fen <= wage_max_fen),
    CHECK (min_age <= max_age)
);
CREATE INDEX vacancies_employer_idx ON vacancies (employer_id);
CREATE INDEX vacancies_open_idx ON vacancies (status, occupation_code, work_region_code);
CREATE INDEX vacancies_listing_idx ON vacancies (created_at DESC, id DESC);
