-- Reference tables loaded by `minning seed` from Seeds/. Codes are the natural keys: they are what
-- every other table and every API field carries.

CREATE TABLE regions (
    code text PRIMARY KEY CHECK (code ~ '^[1-9][0-9]{5}$'),
    name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 64),
    level text NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    parent_code text REFERENCES regions (code),
    -- The level follows from the code itself (GB/T 2260); keep the two from drifting apart.
    CHECK (level = CASE WHEN code LIKE '%0000' THEN 'province' WHEN code LIKE '%00' THEN 'prefecture' ELSE 'county' END),
    CHECK ((level = 'province') = (parent_code IS NULL)),
    CHECK (parent_code IS NULL OR left(code, 2) = left(parent_code, 2))
);
CREATE INDEX regions_parent_code_idx ON regions (parent_code);

-- 国家乡村振兴重点帮扶县: matching and subsidies tilt toward these.
CREATE TABLE key_assistance_counties (
    region_code text PRIMARY KEY REFERENCES regions (code),
    verified boolean NOT NULL,
    source text NOT NULL
);

-- 结对帮扶: which Fujian city or county assists which Ningxia county, and when.
CREATE TABLE pairings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fujian_region_code text NOT NULL REFERENCES regions (code) CHECK (fujian_region_code LIKE '35%'),
    ningxia_region_code text NOT NULL REFERENCES regions (code) CHECK (ningxia_region_code LIKE '64%'),
    start_year integer NOT NULL CHECK (start_year BETWEEN 1996 AND 2100),
    end_year integer CHECK (end_year IS NULL OR end_year BETWEEN start_year AND 2100),
    basis text NOT NULL CHECK (basis IN ('sourced', 'illustrative')),
    source text NOT NULL,
    UNIQUE (fujian_region_code, ningxia_region_code, start_year)
);
CREATE INDEX pairings_ningxia_idx ON pairings (ningxia_region_code);

-- ISCO-08 with its hierarchy (major 1 digit, sub-major 2, minor 3, unit 4): similarity between two
-- occupations is the length of their common code prefix.
CREATE TABLE occupations (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
    level text NOT NULL CHECK (level IN ('major', 'sub_major', 'minor', 'unit')),
    parent_code text REFERENCES occupations (code),
    name_en text NOT NULL,
    name_zh text NOT NULL,
    CHECK (length(code) = CASE level WHEN 'major' THEN 1 WHEN 'sub_major' THEN 2 WHEN 'minor' THEN 3 ELSE 4 END),
    CHECK ((level = 'major') = (parent_code IS NULL)),
    CHECK (parent_code IS NULL OR code LIKE parent_code || '_')
);
CREATE INDEX occupations_parent_code_idx ON occupations (parent_code);

-- GB/T 4754-2017 sections.
CREATE TABLE industries (
    code text PRIMARY KEY CHECK (code ~ '^[A-T]$'),
    name_zh text NOT NULL,
    name_en text NOT NULL
);
