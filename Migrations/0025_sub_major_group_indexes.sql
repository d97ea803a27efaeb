-- Recommendations now read vacancies tier by tier in the order of the scorer's occupation values,
-- and a skill or wish in the sub-major group (two shared digits) is a tier of its own: it needs
-- the same indexes the minor and major groups have.
CREATE INDEX vacancies_sub_major_group_idx ON vacancies (left(occupation_code, 2), id) WHERE status = 'open';
CREATE INDEX vacancies_sub_major_group_region_idx ON vacancies (left(occupation_code, 2), work_region_code) WHERE status = 'open';
