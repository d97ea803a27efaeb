-- Bulk data for bench/recommendations.sh, loaded in SQL (not through the API): N_WORKERS workers of
-- Ningxia's counties (and a few of central and western provinces) with 1–3 skills each, N_EMPLOYERS
-- Fujian employers and N_VACANCIES open vacancies across Fujian's counties.
--
-- psql variables: origin_bureau, origin_key (the bureau and key the workers are registered by),
-- dest_bureau (posts employers and vacancies), n_workers, n_employers, n_vacancies.
-- Personal fields are random bytes (the benchmark never decrypts them); every CHECK of
-- Migrations/0004–0007 holds. Deterministic for a given seed.
\set ON_ERROR_STOP on
SELECT setseed(0.42);

-- Occupations drawn with weights: the trades Fujian hires Ningxia workers for most are common,
-- the rest rarer. An array with repeats, indexed by a random number, is the cheapest draw.
CREATE TEMP TABLE bench_occupation_pool AS
SELECT array_agg(o.code ORDER BY o.code, g) AS codes
FROM occupations o
CROSS JOIN LATERAL generate_series(1, CASE
    WHEN o.code IN ('8153', '8212', '9329', '9313', '7112', '5120', '8322', '9333', '8219', '5322') THEN 12
    WHEN o.code IN ('7212', '7533', '8152', '8156', '8160', '9321', '9412', '5131', '5414', '9111', '7411', '8344') THEN 6
    WHEN left(o.code, 1) IN ('5', '7', '8', '9') THEN 2
    ELSE 1 END) g
WHERE o.level = 'unit';

CREATE TEMP TABLE bench_regions AS
SELECT
    (SELECT array_agg(code ORDER BY code) FROM regions WHERE level = 'county' AND code LIKE '64%') AS ningxia,
    -- a few counties of central and western provinces (origin codes carry no foreign key)
    ARRAY['622921', '620523', '522327', '431227', '513433', '452623', '612426', '411523'] AS elsewhere,
    (SELECT array_agg(code ORDER BY code) FROM regions WHERE level = 'prefecture' AND code LIKE '35%') AS fujian_cities,
    (SELECT array_agg(code ORDER BY code) FROM regions WHERE level = 'county' AND code LIKE '35%') AS fujian_counties;

-- Workers ----------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_workers AS
SELECT n,
       CASE WHEN random() < 0.92 THEN r.ningxia[1 + floor(random() * cardinality(r.ningxia))::int]
            ELSE r.elsewhere[1 + floor(random() * cardinality(r.elsewhere))::int] END AS origin,
       current_date - (18 * 365 + floor(random() * 40 * 365))::int AS birth_date,
       random() AS p_poverty, random() AS p_status, random() AS p_dest, random() AS p_wish,
       r.fujian_cities, r.fujian_counties
FROM generate_series(1, :n_workers) n CROSS JOIN bench_regions r;

INSERT INTO workers (
    origin_region_code, name, id_number_ciphertext, id_number_masked, id_number_hmac, phone_ciphertext, phone_masked,
    pii_key_id, sex, birth_date, birth_year, education, poverty_status, monitored_kind, preferred_destinations,
    preferred_occupations, expected_monthly_wage_fen, needs_housing, available_from, status, consent_given_on,
    consent_scope, consent_method, consent_recorded_by, consent_recorded_by_key, registered_by_bureau, created_at)
SELECT b.origin,
       'bench' || b.n,
       decode(md5('id' || b.n) || md5('id2' || b.n), 'hex'),
       b.origin || '********' || lpad((b.n % 10000)::text, 4, '0'),
       sha256(('bench-worker-' || b.n)::bytea),
       decode(md5('phone' || b.n), 'hex'),
       '138****' || lpad((b.n % 10000)::text, 4, '0'),
       'bench',
       CASE WHEN random() < 0.5 THEN 'male' ELSE 'female' END,
       b.birth_date,
       extract(year FROM b.birth_date)::int,
       (ARRAY['none', 'primary', 'primary', 'junior_secondary', 'junior_secondary', 'junior_secondary', 'junior_secondary',
              'senior_secondary', 'senior_secondary', 'junior_college', 'bachelor'])[1 + floor(random() * 11)::int],
       CASE WHEN b.p_poverty < 0.50 THEN 'none' WHEN b.p_poverty < 0.85 THEN 'lifted' WHEN b.p_poverty < 0.93 THEN 'monitored' ELSE 'dibao' END,
       CASE WHEN b.p_poverty >= 0.85 AND b.p_poverty < 0.93
            THEN (ARRAY['unstable', 'marginal', 'sudden_hardship'])[1 + floor(random() * 3)::int] END,
       -- half name no destination; a third one city or county; the rest two
       CASE WHEN b.p_dest < 0.50 THEN '{}'::text[]
            WHEN b.p_dest < 0.85 THEN ARRAY[CASE WHEN random() < 0.7 THEN b.fujian_cities[1 + floor(random() * cardinality(b.fujian_cities))::int]
                                                 ELSE b.fujian_counties[1 + floor(random() * cardinality(b.fujian_counties))::int] END]
            ELSE ARRAY[b.fujian_cities[1 + floor(random() * cardinality(b.fujian_cities))::int],
                       b.fujian_counties[1 + floor(random() * cardinality(b.fujian_counties))::int]] END,
       CASE WHEN b.p_wish < 0.4 THEN ARRAY[p.codes[1 + floor(random() * cardinality(p.codes))::int]] ELSE '{}'::text[] END,
       (300000 + floor(random() * 50) * 10000)::bigint,
       random() < 0.7,
       current_date + (floor(random() * 150) - 120)::int,
       CASE WHEN b.p_status < 0.85 THEN 'available' WHEN b.p_status < 0.92 THEN 'in_training'
            WHEN b.p_status < 0.98 THEN 'placed' ELSE 'inactive' END,
       current_date - 30,
       'registration, matching and follow-up',
       (ARRAY['written', 'electronic', 'recorded_verbal'])[1 + floor(random() * 3)::int],
       'bench',
       :'origin_key'::uuid,
       :'origin_bureau'::uuid,
       now() - make_interval(secs => :n_workers - b.n)
FROM bench_workers b CROSS JOIN bench_occupation_pool p;

-- 1–3 skills a worker; a second or third skill is often in the first one's sub-major group.
INSERT INTO worker_skills (worker_id, occupation_code, certificate, level)
SELECT s.worker_id, s.code,
       CASE WHEN random() < 0.4 THEN '职业技能等级证书' END,
       CASE WHEN random() < 0.5 THEN 1 + floor(random() * 5)::int END
FROM (
    SELECT w.id AS worker_id, p.codes[1 + floor(random() * cardinality(p.codes))::int] AS code
    FROM workers w CROSS JOIN bench_occupation_pool p
    CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 3)::int + 0 * w.birth_year) g
) s
ON CONFLICT DO NOTHING;

-- Employers and vacancies ------------------------------------------------------------------------
INSERT INTO employers (name, credit_code, region_code, industry_code, size, contact_name, contact_phone_ciphertext,
                       contact_phone_masked, registered_by_bureau)
SELECT '闽宁基准企业' || n,
       '91350' || lpad(n::text, 13, '0'),
       r.fujian_counties[1 + floor(random() * cardinality(r.fujian_counties))::int],
       (ARRAY['C', 'C', 'C', 'C', 'E', 'E', 'F', 'H', 'O', 'A'])[1 + floor(random() * 10)::int],
       (ARRAY['micro', 'small', 'medium', 'large'])[1 + floor(random() * 4)::int],
       '联系人' || n,
       decode(md5('employer' || n), 'hex'),
       '139****' || lpad((n % 10000)::text, 4, '0'),
       :'dest_bureau'::uuid
FROM generate_series(1, :n_employers) n CROSS JOIN bench_regions r;

CREATE TEMP TABLE bench_employers AS
SELECT row_number() OVER (ORDER BY id) AS k, id, region_code FROM employers WHERE name LIKE '闽宁基准企业%';

INSERT INTO vacancies (employer_id, title, occupation_code, openings, wage_min_fen, wage_max_fen, housing_provided,
                       meals_provided, work_region_code, min_age, max_age, min_education, required_certificates,
                       starts_on, closes_on, status, posted_by_bureau, created_at)
SELECT e.id, o.name_zh, v.code, 1 + floor(random() * 50)::int, v.wage_min, v.wage_min + floor(random() * 25) * 10000,
       random() < 0.7, random() < 0.6, e.region_code,
       16 + floor(random() * 7)::int, 40 + floor(random() * 21)::int,
       (ARRAY['none', 'primary', 'junior_secondary', 'junior_secondary', 'senior_secondary'])[1 + floor(random() * 5)::int],
       CASE WHEN random() < 0.2 THEN ARRAY[v.code] ELSE '{}'::text[] END,
       v.starts_on, greatest(current_date + 1, v.starts_on - floor(random() * 20)::int),
       'open', :'dest_bureau'::uuid, now() - make_interval(secs => :n_vacancies - v.n)
FROM (
    SELECT n, p.codes[1 + floor(random() * cardinality(p.codes))::int] AS code,
           1 + floor(random() * (SELECT count(*) FROM bench_employers))::int AS employer_k,
           (350000 + floor(random() * 30) * 10000)::bigint AS wage_min,
           current_date + (7 + floor(random() * 110))::int AS starts_on
    FROM generate_series(1, :n_vacancies) n CROSS JOIN bench_occupation_pool p
) v
JOIN bench_employers e ON e.k = v.employer_k
JOIN occupations o ON o.code = v.code;

VACUUM ANALYZE workers;
VACUUM ANALYZE worker_skills;
VACUUM ANALYZE employers;
VACUUM ANALYZE vacancies;
