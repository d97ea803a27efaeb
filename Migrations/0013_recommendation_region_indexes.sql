-- Recommendations for a worker who named where they want to work: each closeness tier reads the
-- open vacancies of its occupation groups inside each wished-for county or city range, instead of
-- every open vacancy of the groups and filtering by region afterwards (100 times fewer rows for a
-- county at 100,000 vacancies; bench/recommendations.sh). The unit group uses vacancies_open_idx.
CREATE INDEX vacancies_minor_group_region_idx ON vacancies (left(occupation_code, 3), work_region_code) WHERE status = 'open';
CREATE INDEX vacancies_major_group_region_idx ON vacancies (left(occupation_code, 1), work_region_code) WHERE status = 'open';
