-- Candidate generation at registry scale (a million workers, a hundred thousand vacancies): each
-- closeness tier of MatchingRepository is read on one of these in id order and stops when the
-- pool is full, instead of ranking every eligible row (bench/recommendations.sh).

-- A unit, minor, sub-major or major group's skills in worker order, certified or not, without the heap.
CREATE INDEX worker_skills_occupation_worker_idx ON worker_skills (occupation_code, worker_id) INCLUDE (certificate);
-- Whether an available worker may be matched at all (available in time, of age, willing to work
-- there) and their wishes, answered from the index for each skill row a tier reads.
CREATE INDEX workers_matching_idx ON workers (id) INCLUDE (available_from, birth_year, preferred_destinations, preferred_occupations)
    WHERE status = 'available';
-- Available workers who wish for an occupation (a unit group, or any of a major group's).
CREATE INDEX workers_preferred_occupations_idx ON workers USING gin (preferred_occupations) WHERE status = 'available';
-- Open vacancies of a minor or major ISCO group (the unit group uses vacancies_matching_idx).
CREATE INDEX vacancies_minor_group_idx ON vacancies (left(occupation_code, 3), id) WHERE status = 'open';
CREATE INDEX vacancies_major_group_idx ON vacancies (left(occupation_code, 1), id) WHERE status = 'open';
